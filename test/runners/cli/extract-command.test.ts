import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runInProcess } from "./cli-harness.js";
import { expectValidGraph } from "../../helpers/invariants.js";

const SAMPLE = resolve(__dirname, "../../../examples/sample-page.txt");
const CLI = resolve(__dirname, "../../../dist/cli.js");

// The in-process runner shared by the CLI tests.
const run = runInProcess;

describe("baoxun extract", () => {
  it("prints a schema-valid graph as JSON", async () => {
    const { code, stdout, stderr } = await run(["extract", SAMPLE, "--reference-date", "2026-03-21"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const graph = JSON.parse(stdout);
    expect(graph.referenceDate).toBe("2026-03-21");
    expect(graph.articles.length).toBeGreaterThan(1);
    const { readFileSync } = await import("node:fs");
    expectValidGraph(graph, readFileSync(SAMPLE, "utf8"));
  });

  it("reads standard input with -", async () => {
    const { code, stdout } = await run(["extract", "-", "--format", "summary"], "示范区党政联席会议召开\n\n本报讯（记者付凯明）会议指出，要抓好落实。");
    expect(code).toBe(0);
    expect(stdout).toContain("main: 示范区党政联席会议召开");
    expect(stdout).toContain("opener: 本报讯（记者付凯明）");
  });

  it.each([
    [["extract"], /one FILE or -/],
    [["extract", "a", "b"], /cannot read a: no such file/],
    [["frobnicate", "x"], /unknown command "frobnicate"/],
    [[], /usage: baoxun extract/],
    [["extract", SAMPLE, "--format", "xml"], /--format must be one of json, summary, html, csv, jsonl, node-link, graphml/],
    [["extract", SAMPLE, "--reference-date", "2021-02-30"], /referenceDate must be a calendar date/],
    [["extract", SAMPLE, "--colour"], /Unknown option '--colour'/],
    [["extract", "/nonexistent/page.txt"], /cannot read \/nonexistent\/page.txt: no such file/],
  ])("rejects %j with one line and exit code 2", async (argv, message) => {
    const { code, stdout, stderr } = await run(argv as string[]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("refuses a file that is not UTF-8, naming the fix", async () => {
    const dir = mkdtempSync(join(tmpdir(), "baoxun-"));
    const gbk = join(dir, "page.txt");
    writeFileSync(gbk, Buffer.from([0xb1, 0xbe, 0xb1, 0xa8, 0xd1, 0xb6])); // 本报讯 in GBK
    const { code, stderr } = await run(["extract", gbk]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/is not valid UTF-8; if it is GB18030 .*, convert it first: iconv -f GB18030 -t UTF-8/);
  });

  it("runs as a real process from the built package, without a stack trace on error", () => {
    const out = execFileSync(process.execPath, [CLI, "extract", SAMPLE, "--format", "summary"], { encoding: "utf8" });
    expect(out).toMatch(/^reference date: /);
    const failed = spawnSync(process.execPath, [CLI, "extract", "/nonexistent"], { encoding: "utf8" });
    expect(failed.status).toBe(2);
    expect(failed.stderr).toBe("baoxun: cannot read /nonexistent: no such file\n");
  });
});
