import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EntityGraph } from "../../src/contracts/graph.js";
import { BaoxunError } from "../../src/errors.js";
import { extract } from "../../src/extract.js";
import { toPageHtml } from "../../src/outputs/render-html/page-view.js";
import { runInProcess } from "../runners/cli/cli-harness.js";
import { hasChromium, launchChromium, SKIP_NOTE } from "../packaging/chromium.js";
import { hasPoppler, OUT, printPdf, TOOLS_NOTE } from "./render.js";

// Browser globals of the callbacks that run in the page (the project compiles without lib "dom").
declare const document: { elementFromPoint(x: number, y: number): { getAttribute(name: string): string | null; className: string } | null; querySelector(s: string): unknown };

const ready = hasChromium && hasPoppler;

describe.skipIf(!ready)(ready ? "the page view in headless Chromium" : `the page view (${hasChromium ? TOOLS_NOTE : SKIP_NOTE})`, () => {
  let browser: Browser;
  let graph: EntityGraph;
  let html: string;
  beforeAll(async () => {
    browser = await launchChromium();
    const pdf = await printPdf(browser, "three-columns.html", "page-view");
    const run = await runInProcess(["extract", pdf, "--format", "html"]);
    expect(run.stderr).toBe("");
    html = run.stdout;
    graph = JSON.parse((await runInProcess(["extract", pdf, "--jsonl"])).stdout);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("draws the PDF page under every entity's boxes, each where the page prints it", async () => {
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, "page-view.html");
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    const requests: string[] = [];
    page.on("request", (r) => r.url().startsWith("file:") || r.url().startsWith("data:") || requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    expect(requests).toEqual([]);
    // The page image loaded, at the page's size (600 × 824.88 pt at 96/72).
    const image = await page.$eval(".bx-image", (e) => {
      const img = e as unknown as { naturalWidth: number; getBoundingClientRect(): { width: number; height: number } };
      return { natural: img.naturalWidth, width: Math.round(img.getBoundingClientRect().width) };
    });
    expect(image.natural).toBeGreaterThan(700);
    expect(image.width).toBe(800);
    // Every box of the graph is in the DOM, persons on top: the middle of 韩东升's box is 韩东升.
    const boxCount = [
      ...graph.articles.flatMap((a) => [...(a.boxes ?? []), ...(a.headline?.boxes ?? [])]),
      ...graph.persons.flatMap((p) => p.mentions.flatMap((m) => m.boxes ?? [])),
      ...graph.organizations.flatMap((o) => o.mentions.flatMap((m) => m.boxes ?? [])),
      ...[...graph.roles, ...graph.credits, ...graph.dates].flatMap((e) => e.boxes ?? []),
    ].length;
    expect(await page.$$eval(".bx-box", (es) => es.length)).toBe(boxCount);
    const han = graph.persons.find((p) => p.name === "韩东升")!;
    const box = han.mentions[0]!.boxes![0]!;
    const sheet = await page.$eval(".bx-sheet", (e) => (e as unknown as { getBoundingClientRect(): { left: number; top: number } }).getBoundingClientRect());
    const hit = await page.evaluate(
      ([x, y]) => {
        const e = document.elementFromPoint(x!, y!);
        return e && { id: e.getAttribute("data-id"), kind: e.className, title: e.getAttribute("title") };
      },
      [sheet.left + (box.x + box.width / 2) * (96 / 72), sheet.top + (box.y + box.height / 2) * (96 / 72)],
    );
    expect(hit).toEqual({ id: han.id, kind: "bx-box bx-person", title: `Person ${han.id}: 韩东升` });
    await page.screenshot({ path: join(OUT, "page-view.png"), fullPage: true });
    await page.close();
  });
});

describe("toPageHtml", () => {
  it("refuses a graph that was not read from a page", () => {
    expect(() => toPageHtml([extract("本报讯（记者周明远）会议召开。")])).toThrowError(BaoxunError);
  });
  it("escapes what it writes", () => {
    const graph = { ...extract(""), input: { length: 0, text: "", page: { number: 1, width: 10, height: 10, unit: "px" as const } } };
    const html = toPageHtml([graph], { title: "<script>", images: { 1: 'x"onerror="alert(1)' } });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain('"onerror="');
  });
});
