import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { EntityGraph } from "../../../src/contracts/graph.js";
import { expectValidGraph } from "../../helpers/invariants.js";
import { PAGE_A, PAGE_B, parseLines, runInProcess, tempDir } from "./cli-harness.js";

const SAMPLE = resolve(__dirname, "../../../examples/sample-page.txt");
const CLI = resolve(__dirname, "../../../dist/cli.js");
const GBK = Buffer.from([0xb1, 0xbe, 0xb1, 0xa8, 0xd1, 0xb6]); // 本报讯 in GBK

/** pages/a.txt, pages/b.txt, pages/sub/c.txt (the sample), pages/sub/gbk.txt (not UTF-8), and files that are not pages. */
function archive(): string {
  const dir = tempDir();
  mkdirSync(join(dir, "pages/sub"), { recursive: true });
  mkdirSync(join(dir, "pages/.cache"), { recursive: true });
  writeFileSync(join(dir, "pages/a.txt"), PAGE_A);
  writeFileSync(join(dir, "pages/b.txt"), PAGE_B);
  writeFileSync(join(dir, "pages/sub/c.txt"), readFileSync(SAMPLE));
  writeFileSync(join(dir, "pages/sub/gbk.txt"), GBK);
  writeFileSync(join(dir, "pages/notes.md"), "# not a page");
  writeFileSync(join(dir, "pages/.cache/x.txt"), PAGE_A);
  return dir;
}

describe("baoxun extract DIR --out results.jsonl", () => {
  it("writes one line per page, in path order, and keeps going past a bad file", async () => {
    const dir = archive();
    const out = join(dir, "results.jsonl");
    const { code, stdout, stderr } = await runInProcess(["extract", join(dir, "pages"), "--out", out]);
    expect(stdout).toBe("");
    const lines = parseLines(readFileSync(out, "utf8"));
    expect(lines.map((l) => l.id)).toEqual(["a.txt", "b.txt", "sub/c.txt", "sub/gbk.txt"].map((f) => join(dir, "pages", f)));
    expect(lines[3]!.error).toEqual({ code: "not-utf8", message: expect.stringMatching(/gbk.txt is not valid UTF-8; if it is GB18030 .*, convert it first: iconv -f GB18030 -t UTF-8/) });
    for (const line of lines.slice(0, 3)) {
      expect(line.error).toBeUndefined();
      expectValidGraph(line.graph as never, readFileSync(line.id, "utf8"));
    }
    expect(lines[0]!.graph!.articles.length).toBeGreaterThan(0);
    // The final report names the bad file and its reason; exit code 3 says "finished, with failures".
    expect(code).toBe(3);
    expect(stderr).toContain(`1 of 4 pages failed (each has an error line in ${out})`);
    expect(stderr).toContain(`${join(dir, "pages/sub/gbk.txt")}: not-utf8:`);
  });

  it("exits 0 with nothing on stderr when every page succeeds and stderr is not a terminal", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), PAGE_A);
    writeFileSync(join(dir, "b.txt"), PAGE_B);
    const { code, stdout, stderr } = await runInProcess(["extract", join(dir, "a.txt"), join(dir, "b.txt"), "--reference-date", "2026-03-21"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const lines = parseLines(stdout);
    expect(lines.map((l) => l.id)).toEqual([join(dir, "a.txt"), join(dir, "b.txt")]);
    expect(lines.map((l) => l.graph?.referenceDate)).toEqual(["2026-03-21", "2026-03-21"]);
  });

  it("never reads its own output file as input", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), PAGE_A);
    const out = join(dir, "results.jsonl");
    await runInProcess(["extract", dir, "--out", out]);
    const again = await runInProcess(["extract", dir, "--out", out, "--overwrite"]);
    expect(again.code).toBe(0);
    expect(parseLines(readFileSync(out, "utf8")).map((l) => l.id)).toEqual([join(dir, "a.txt")]);
  });

  it("refuses to overwrite an earlier run's results unless told", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), PAGE_A);
    const out = join(dir, "results.jsonl");
    writeFileSync(out, '{"id":"x","error":{"code":"read-error","message":"m"}}\n');
    const { code, stderr } = await runInProcess(["extract", dir, "--out", out]);
    expect(code).toBe(2);
    expect(stderr).toBe(`baoxun: ${out} exists; pass --resume to continue that run or --overwrite to start again\n`);
    expect(readFileSync(out, "utf8")).toContain('"id":"x"');
  });

  it("resumes an interrupted run without redoing finished pages", async () => {
    const dir = archive();
    const out = join(dir, "results.jsonl");
    await runInProcess(["extract", join(dir, "pages"), "--out", out]);
    const full = readFileSync(out, "utf8");
    const lines = full.split("\n");
    // Interrupted while writing the third line (the sample page's graph is longer than 4 KiB).
    const cut = lines[0]!.length + 1 + lines[1]!.length + 1 + 5000;
    expect(lines[2]!.length).toBeGreaterThan(5000);
    truncateSync(out, cut);
    // Were a finished page redone, it would now fail: its file is no longer UTF-8.
    writeFileSync(join(dir, "pages/a.txt"), GBK);
    const { code, stderr } = await runInProcess(["extract", join(dir, "pages"), "--out", out, "--resume"]);
    expect(code).toBe(3);
    expect(stderr).toContain("1 of 2 pages failed");
    expect(readFileSync(out, "utf8")).toBe(full);
  });

  it("resumes a finished run as a no-op", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), PAGE_A);
    const out = join(dir, "results.jsonl");
    await runInProcess(["extract", dir, "--out", out]);
    const before = readFileSync(out, "utf8");
    expect(await runInProcess(["extract", dir, "--out", out, "--resume"])).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(out, "utf8")).toBe(before);
  });

  it("reads JSON Lines input: ids from the lines, a bad line becomes an error line in its place", async () => {
    const dir = tempDir();
    const input = join(dir, "pages.jsonl");
    writeFileSync(
      input,
      [
        JSON.stringify({ id: "2026-03-21/1", text: PAGE_A, referenceDate: "2026-03-21" }),
        "",
        "{not json",
        JSON.stringify({ text: PAGE_B }),
        JSON.stringify({ id: 7, text: PAGE_B }),
        JSON.stringify({ id: "2026-03-21/1", text: PAGE_B }),
        JSON.stringify({ id: "bad-date", text: PAGE_B, referenceDate: "2026-02-30" }),
      ].join("\r\n"),
    );
    const { code, stdout } = await runInProcess(["extract", input]);
    expect(code).toBe(3);
    const lines = parseLines(stdout);
    expect(lines.map((l) => [l.id, l.error?.code ?? "ok"])).toEqual([
      ["2026-03-21/1", "ok"],
      [`${input}:3`, "invalid-line"],
      [`${input}:4`, "invalid-line"],
      ["7", "ok"],
      ["2026-03-21/1", "duplicate-id"],
      ["bad-date", "invalid-option"],
    ]);
    expect(lines[0]!.graph!.referenceDate).toBe("2026-03-21");
  });

  it("shows a progress bar with rate and ETA on a terminal, and a summary line", async () => {
    const dir = archive();
    const terminal = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
    let drawn = "";
    terminal.on("data", (chunk: Buffer) => (drawn += chunk.toString("utf8")));
    const { stderr } = await runInProcess(["extract", join(dir, "pages")], "", { progress: terminal });
    expect(drawn).toMatch(/4\/4 pages \| [\d.]+ pages\/s \| ETA \S+ \| 1 failed/);
    expect(stderr).toMatch(/^baoxun: 4 pages in [\d.]+s \([\d.]+ pages\/s\), 1 failed\n/);
    const drawnBefore = drawn.length;
    const quiet = await runInProcess(["extract", join(dir, "pages"), "--quiet"], "", { progress: terminal });
    expect(drawn.length).toBe(drawnBefore);
    expect(quiet.stderr).toMatch(/^baoxun: 1 of 4 pages failed/);
  });

  it.each([
    [["extract", "DIR", "--format", "summary"], /--format summary shows one page; with many pages the output is JSON Lines/],
    [["extract", "DIR", "--resume"], /--resume needs --out FILE/],
    [["extract", "DIR", "--out", "o.jsonl", "--resume", "--overwrite"], /--resume and --overwrite exclude each other/],
    [["extract", "DIR", "--jobs", "0"], /--jobs must be a whole number of threads, at least 1, got "0"/],
    [["extract", "DIR", "DIR/nope.txt"], /cannot read DIR\/nope.txt: no such file/],
    [["extract", "-", "DIR"], /- \(stdin\) cannot be mixed with files/],
    [["extract", "DIR", "--out", "DIR/missing/results.jsonl"], /cannot write DIR\/missing\/results.jsonl: no such file/],
    [["extract", "DIR", "--out", "DIR/sub", "--resume"], /cannot write DIR\/sub: is a directory/],
    [["extract", "DIR", "--reference-date", "2026-13-01"], /referenceDate must be a calendar date/],
  ])("rejects %j before reading any page, with one line and exit code 2", async (argv, message) => {
    const dir = archive();
    const { code, stdout, stderr } = await runInProcess(argv.map((a) => a.replace("DIR", join(dir, "pages"))));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.replaceAll(join(dir, "pages"), "DIR")).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("runs on worker threads from the built package", () => {
    const dir = archive();
    const out = join(dir, "results.jsonl");
    const run = spawnSync(process.execPath, [CLI, "extract", join(dir, "pages"), "--out", out, "--jobs", "2"], { encoding: "utf8" });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/1 of 4 pages failed/);
    const lines = parseLines(readFileSync(out, "utf8"));
    expect(lines.map((l) => l.error?.code ?? "ok")).toEqual(["ok", "ok", "ok", "not-utf8"]);
    expect(statSync(out).size).toBeGreaterThan(1000);
    // The same graphs as the single-page command.
    const single = JSON.parse(execFileSync(process.execPath, [CLI, "extract", join(dir, "pages/sub/c.txt")], { encoding: "utf8" }));
    expect(lines[2]!.graph).toEqual(single);
  });

  it("gives its worker threads the run's --dictionaries and --reference-date", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "pages"));
    for (let n = 0; n < 4; n++) writeFileSync(join(dir, "pages", `${n}.txt`), `本报讯（记者周明远）昨天上午，柳湾社区网格长禤志强${n}次介绍，社区新增志愿者80名。\n`);
    writeFileSync(join(dir, "d.json"), JSON.stringify({ roleTitles: ["网格长"], surnames: ["禤"] }));
    const flags = ["--dictionaries", join(dir, "d.json"), "--reference-date", "2021-04-13"];
    const threaded = spawnSync(process.execPath, [CLI, "extract", join(dir, "pages"), "--out", join(dir, "two.jsonl"), "--jobs", "2", ...flags], { encoding: "utf8" });
    const inProcess = spawnSync(process.execPath, [CLI, "extract", join(dir, "pages"), "--out", join(dir, "one.jsonl"), "--jobs", "1", ...flags], { encoding: "utf8" });
    expect([threaded.status, inProcess.status]).toEqual([0, 0]);
    const lines = readFileSync(join(dir, "two.jsonl"), "utf8");
    expect(lines).toBe(readFileSync(join(dir, "one.jsonl"), "utf8"));
    // The dictionaries reached the threads: 禤志强 is a 网格长, and 昨天 is 12 April.
    const graphs = parseLines(lines).map((l) => l.graph as unknown as EntityGraph);
    expect(graphs.every((g) => g.roles.some((r) => r.title === "网格长"))).toBe(true);
    expect(graphs.every((g) => g.dates.some((d) => d.value === "2021-04-12"))).toBe(true);
  });

  it("walks JSON Lines files inside a folder, in name order with the text pages", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), PAGE_A);
    writeFileSync(join(dir, "b.jsonl"), `${JSON.stringify({ id: "b-1", text: PAGE_B })}\n${JSON.stringify({ id: "b-2", text: PAGE_A })}\n`);
    writeFileSync(join(dir, "c.ndjson"), `${JSON.stringify({ id: "c-1", text: PAGE_B })}\n`);
    const { code, stdout } = await runInProcess(["extract", dir]);
    expect(code).toBe(0);
    expect(parseLines(stdout).map((l) => l.id)).toEqual([join(dir, "a.txt"), "b-1", "b-2", "c-1"]);
  });

  it("resumes a run killed mid-way: every page ends up with exactly one line", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "pages"));
    const sample = readFileSync(SAMPLE, "utf8");
    const ids: string[] = [];
    for (let i = 0; i < 120; i++) {
      const file = join(dir, "pages", `${String(i).padStart(3, "0")}.txt`);
      writeFileSync(file, i % 2 ? sample : PAGE_A);
      ids.push(file);
    }
    const out = join(dir, "results.jsonl");
    const child = spawn(process.execPath, [CLI, "extract", join(dir, "pages"), "--out", out, "--jobs", "2"], { stdio: "ignore" });
    // Kill it without warning once some lines are written.
    await new Promise<void>((done) => {
      const poll = setInterval(() => {
        let size = 0;
        try {
          size = statSync(out).size;
        } catch {}
        if (size > 40_000) {
          clearInterval(poll);
          child.kill("SIGKILL");
          done();
        }
      }, 5);
    });
    await new Promise((done) => child.on("close", done));
    const before = readFileSync(out, "utf8").split("\n").length - 1;
    expect(before).toBeLessThan(ids.length);
    const resumed = spawnSync(process.execPath, [CLI, "extract", join(dir, "pages"), "--out", out, "--resume", "--jobs", "2"], { encoding: "utf8" });
    expect(resumed.status).toBe(0);
    expect(parseLines(readFileSync(out, "utf8")).map((l) => l.id)).toEqual(ids);
  }, 60_000);
});
