import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../runners/cli/cli-harness.js";
import { hasChromium, launchChromium, SKIP_NOTE } from "../packaging/chromium.js";
import { hasQpdf, OUT, printPdf } from "./render.js";

const CLI = resolve(__dirname, "../../dist/cli.js");
const PAGES = 500;

/** A long e-paper: one short invented report per page. */
function longPaper(pages: number): string {
  const page = (i: number) =>
    `<section style="page-break-after:always"><h1 style="font-size:28px">清河新区第${i}次安全生产会议召开</h1><p>本报讯（记者周明远）3月20日上午，清河新区召开第${i}次安全生产工作会议。区应急管理局局长韩东升出席会议并讲话。</p></section>`;
  return `<html><head><style>@page{size:420px 595px;margin:30px} body{font-family:"Noto Serif CJK SC",serif;font-size:14px}</style></head><body>${Array.from({ length: pages }, (_, i) => page(i + 1)).join("")}</body></html>`;
}

describe.skipIf(!hasChromium)(hasChromium ? "baoxun extract page.pdf" : `baoxun extract page.pdf (${SKIP_NOTE})`, () => {
  let browser: Browser;
  let three: string;
  beforeAll(async () => {
    browser = await launchChromium();
    three = await printPdf(browser, "three-columns.html", "cli-three-columns");
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("prints a JSON array of page graphs, or a summary per page", async () => {
    const json = await runInProcess(["extract", three, "--reference-date", "2026-03-21"]);
    expect(json.stderr).toBe("");
    expect(json.code).toBe(0);
    const pages = JSON.parse(json.stdout);
    expect(pages).toHaveLength(1);
    expect(pages[0].input.page.unit).toBe("pt");
    const summary = await runInProcess(["extract", three, "--format", "summary"]);
    expect(summary.stdout).toMatch(/^== page 1 ==\n/);
    expect(summary.stdout).toContain("main: 十万亩良田开犁播种");
  });

  it.each([
    ["a missing file", ["extract", "nowhere.pdf"], /^baoxun: cannot read nowhere\.pdf/],
    ["--format csv", ["extract", "PDF", "--format", "csv"], /^baoxun: --format must be json, summary or html for a PDF/],
    ["a damaged PDF", ["extract", "DAMAGED"], /^baoxun: not a readable PDF/],
  ])("%s: one line on stderr, exit code 2", async (_, argv, message) => {
    const damaged = join(OUT, "damaged.pdf");
    writeFileSync(damaged, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    const { code, stdout, stderr } = await runInProcess(argv.map((a) => (a === "PDF" ? three : a === "DAMAGED" ? damaged : a)));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it.skipIf(!hasQpdf)("an encrypted PDF: one line, exit 2; --password reads it", async () => {
    const locked = join(OUT, "cli-encrypted.pdf");
    execFileSync("qpdf", ["--encrypt", "pw", "owner", "256", "--", three, locked]);
    const refused = await runInProcess(["extract", locked]);
    expect([refused.code, refused.stdout, refused.stderr]).toEqual([2, "", "baoxun: the PDF is encrypted: pass its password (--password, or { password }) or decrypt it first (qpdf --decrypt)\n"]);
    const read = await runInProcess(["extract", locked, "--password", "pw", "--jsonl"]);
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout).persons.length).toBeGreaterThan(5);
  });

  it.runIf(existsSync(CLI))(
    `a ${PAGES}-page PDF: a line per page as it is read, in a 64 MB heap`,
    async () => {
      const pdf = await printPdf(browser, longPaper(PAGES), "long-paper");
      // The heap limit makes a run that holds every page fail; a line per page shows it streams.
      const run = spawnSync(process.execPath, ["--max-old-space-size=64", CLI, "extract", pdf, "--jsonl"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      const lines = run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line));
      expect(lines.map((g) => g.input.page.number)).toEqual(Array.from({ length: PAGES }, (_, i) => i + 1));
      expect(lines[PAGES - 1].articles[0].headline.main).toBe(`清河新区第${PAGES}次安全生产会议召开`);
    },
    240_000,
  );
});
