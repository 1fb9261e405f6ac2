import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { PAGE_A, PAGE_B, parseLines, runInProcess } from "./cli-harness.js";

const CLI = resolve(__dirname, "../../../dist/cli.js");

describe("baoxun extract - --jsonl", () => {
  it("turns JSON Lines pages on stdin into one line per page on stdout, in input order", async () => {
    const input = [
      JSON.stringify({ id: "one", text: PAGE_A, referenceDate: "2026-03-21" }),
      JSON.stringify({ id: "two", text: PAGE_B }),
      "[1,2]",
      JSON.stringify({ id: "three", text: "" }),
      "",
    ].join("\n");
    const { code, stdout, stderr } = await runInProcess(["extract", "-", "--jsonl"], input);
    // As a filter an error line is output like any other: exit 0, or Hadoop would fail the task.
    expect(code).toBe(0);
    expect(parseLines(stdout).map((l) => [l.id, l.error?.code ?? "ok"])).toEqual([
      ["one", "ok"],
      ["two", "ok"],
      ["-:3", "invalid-line"],
      ["three", "ok"],
    ]);
    expect(stderr).toBe("baoxun: 1 of 4 pages failed (each has an error line in the output):\n  -:3: invalid-line: line is not a JSON object\n");
  });

  it("draws no progress bar for a stream, even on a terminal", async () => {
    const terminal = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
    let drawn = "";
    terminal.on("data", (chunk: Buffer) => (drawn += chunk.toString("utf8")));
    const { code, stderr } = await runInProcess(["extract", "-", "--jsonl"], `${JSON.stringify({ id: "one", text: PAGE_A })}\n`, { progress: terminal });
    expect({ code, stderr, drawn }).toEqual({ code: 0, stderr: "", drawn: "" });
  });

  it("refuses - without --jsonl among many inputs", async () => {
    const { code, stderr } = await runInProcess(["extract", "-", "--out", "x.jsonl"]);
    expect(code).toBe(2);
    expect(stderr).toBe("baoxun: reading many pages from stdin needs --jsonl\n");
  });

  it("keeps input order on worker threads when pages finish out of order", async () => {
    // Big and small pages alternate, so that on two threads later pages finish first.
    const pages = Array.from({ length: 30 }, (_, i) => ({ id: `page-${i}`, text: i % 3 === 0 ? PAGE_A.repeat(40) : PAGE_B }));
    const child = spawn(process.execPath, [CLI, "extract", "-", "--jsonl", "--jobs", "2"], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.setEncoding("utf8").on("data", (t: string) => (stdout += t));
    for (const page of pages) child.stdin.write(`${JSON.stringify(page)}\n`);
    child.stdin.end();
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(code).toBe(0);
    const lines = parseLines(stdout);
    expect(lines.map((l) => l.id)).toEqual(pages.map((p) => p.id));
    expect(lines.every((l) => l.graph !== undefined)).toBe(true);
  });

  it("answers a page before its input ends, as a filter in a pipeline must", async () => {
    const child = spawn(process.execPath, [CLI, "extract", "-", "--jsonl", "--jobs", "2"], { stdio: ["pipe", "pipe", "pipe"] });
    child.stdout.setEncoding("utf8");
    child.stdin.write(`${JSON.stringify({ id: "first", text: PAGE_A })}\n`);
    // stdin stays open: the line for "first" must still come.
    const firstLine = await new Promise<string>((done) => {
      let buffered = "";
      child.stdout.on("data", (t: string) => {
        buffered += t;
        if (buffered.includes("\n")) done(buffered.slice(0, buffered.indexOf("\n")));
      });
    });
    expect(JSON.parse(firstLine).id).toBe("first");
    child.stdin.end();
    expect(await new Promise((done) => child.on("close", done))).toBe(0);
  });

  it("streams 100 MB of pages through a 32 MB heap: input is not held", async () => {
    // Each page is 100 kB and fails fast (a bad referenceDate), so the test is quick; a pipeline
    // that kept its input lines would run out of heap long before the end.
    const child = spawn(process.execPath, ["--max-old-space-size=32", CLI, "extract", "-", "--jsonl", "--jobs", "1"], { stdio: ["pipe", "pipe", "pipe"] });
    let lines = 0;
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (t: string) => (lines += t.split("\n").length - 1));
    child.stderr.setEncoding("utf8").on("data", (t: string) => (stderr += t));
    const body = "报".repeat(50_000);
    for (let i = 0; i < 1000; i++) {
      if (!child.stdin.write(`${JSON.stringify({ id: `p${i}`, text: body, referenceDate: "2026-02-30" })}\n`)) {
        await new Promise((done) => child.stdin.once("drain", done));
      }
    }
    child.stdin.end();
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).toMatch(/^baoxun: 1000 of 1000 pages failed/);
    expect(code).toBe(0);
    expect(lines).toBe(1000);
  }, 60_000);
});
