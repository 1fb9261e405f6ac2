import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repeatedSample } from "../../../bench/inputs.mjs";
import { extract } from "../../../src/extract.js";
import { toCsv, toGraphml, toJsonLines, toNodeLink } from "../../../src/outputs/export/index.js";
import { PAGE_A, PAGE_B, parseLines, runInProcess, tempDir } from "./cli-harness.js";

const ROOT = resolve(__dirname, "../../..");
const CLI = join(ROOT, "dist/cli.js");
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

function pageFile(content: string | Uint8Array, name = "page.txt"): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

// Issue 18, "the command line": what a newcomer met in their first hour.
describe("help and version", () => {
  it.each([[["extract", "--help"]], [["extract", "-h"]], [["--help"]], [["-h"]], [["help"]]])("baoxun %j prints the usage on stdout and exits 0", async (argv) => {
    const run = await runInProcess(argv);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toMatch(/^usage: baoxun extract FILE\|- /);
    expect(run.stdout).toContain("--format json|summary|html|csv|jsonl|node-link|graphml");
  });

  it.each([[["--version"]], [["-V"]], [["version"]]])("baoxun %j prints the package version", async (argv) => {
    expect(await runInProcess(argv)).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  });

  it("extract --help wins over a missing file", async () => {
    expect((await runInProcess(["extract", "no-such-file.txt", "--help"])).code).toBe(0);
  });
});

describe("--format: the API's exporters from a shell", () => {
  const path = pageFile(PAGE_A);
  const graph = extract(PAGE_A);

  it.each([
    ["jsonl", toJsonLines(graph)],
    ["node-link", `${JSON.stringify(toNodeLink(graph))}\n`],
    ["graphml", toGraphml(graph)],
  ])("--format %s prints what the API gives", async (format, expected) => {
    expect(await runInProcess(["extract", path, "--format", format])).toEqual({ code: 0, stdout: expected, stderr: "" });
  });

  it.each(["persons", "credits", "dates", "roles"])("--format csv --table %s prints that table, escaped as toCsv escapes it", async (table) => {
    const run = await runInProcess(["extract", path, "--format", "csv", "--table", table]);
    expect(run).toEqual({ code: 0, stdout: toCsv(graph)[table as keyof ReturnType<typeof toCsv>], stderr: "" });
  });

  it("--format csv --out-dir DIR writes every table as DIR/<table>.csv", async () => {
    const dir = join(tempDir(), "tables");
    const run = await runInProcess(["extract", path, "--format", "csv", "--out-dir", dir]);
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
    const tables = toCsv(graph);
    expect(readdirSync(dir).sort()).toEqual(Object.keys(tables).map((t) => `${t}.csv`).sort());
    for (const [name, csv] of Object.entries(tables)) expect(readFileSync(join(dir, `${name}.csv`), "utf8")).toBe(csv);
  });

  it("a formula in the page is escaped in the CLI's csv as in the API's", async () => {
    const text = "=HYPERLINK(\"x\")\n\n本报讯（记者林晓东）3月20日上午，清河新区召开会议。\n";
    const run = await runInProcess(["extract", pageFile(text), "--format", "csv", "--table", "articles"]);
    expect(run.stdout).toBe(toCsv(extract(text)).articles);
  });

  it.each([
    [["--format", "csv"], /--format csv is several tables: pass --table articles\|persons\|.* or --out-dir DIR/],
    [["--format", "csv", "--table", "people"], /--table must be one of articles, persons/],
    [["--format", "csv", "--table", "persons", "--out-dir", "x"], /--table and --out-dir exclude each other/],
    [["--format", "json", "--table", "persons"], /--table is for --format csv/],
    [["--format", "xml"], /--format must be one of json, summary, html, csv, jsonl, node-link, graphml, got "xml"/],
  ])("%j is a usage error (exit 2)", async (flags, message) => {
    const run = await runInProcess(["extract", path, ...flags]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe("");
  });
});

describe("one rule for a UTF-8 BOM: it is the text's first character, as in the API", () => {
  it.each([
    ["a file", (bytes: Uint8Array) => ["extract", pageFile(bytes)], ""],
    ["stdin", () => ["extract", "-"], "stdin"],
  ])("from %s, the spans equal the API's on the decoded text, BOM included", async (_, argv, via) => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PAGE_A)]);
    const run = await runInProcess(argv(bytes), via === "stdin" ? `\ufeff${PAGE_A}` : "");
    expect(run.code).toBe(0);
    const graph = JSON.parse(run.stdout) as ReturnType<typeof extract>;
    expect(graph).toEqual(extract(`\ufeff${PAGE_A}`));
    expect(graph.input.length).toBe(PAGE_A.length + 1);
    expect(graph.credits[0]!.span.start).toBe(extract(PAGE_A).credits[0]!.span.start + 1);
  });

  it("in batch mode too", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PAGE_A)]));
    const run = await runInProcess(["extract", dir, "--jobs", "1"], "", { workerUrl: null });
    const [line] = parseLines(run.stdout);
    expect(line!.graph).toEqual(extract(`\ufeff${PAGE_A}`));
  });
});

describe("what a file that is not UTF-8 is told", () => {
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PAGE_A, "utf16le")]);
  const utf16be = Buffer.from(Buffer.from(`\ufeff${PAGE_A}`, "utf16le").map((_, i, b) => b[i ^ 1]!));
  const asciiUtf16NoBom = Buffer.from("2026-03-21 page 1\nreport by staff\n", "utf16le");
  // 清河新区 in GBK (a GB18030 subset): not UTF-8.
  const gbk = Buffer.from([0xc7, 0xe5, 0xba, 0xd3, 0xd0, 0xc2, 0xc7, 0xf8, 0x0a]);
  it.each([
    ["UTF-16 LE with a BOM", utf16le, /is UTF-16 \(little-endian\), not UTF-8; convert it first: iconv -f UTF-16LE -t UTF-8/],
    ["UTF-16 BE with a BOM", utf16be, /is UTF-16 \(big-endian\), not UTF-8; convert it first: iconv -f UTF-16BE -t UTF-8/],
    ["UTF-16 LE without a BOM", asciiUtf16NoBom, /is UTF-16 \(little-endian\)/],
  ])("%s: told how to convert UTF-16, not GB18030", async (_, bytes, message) => {
    const run = await runInProcess(["extract", pageFile(bytes)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toContain("GB18030");
  });

  it("GBK / GB18030 bytes: told how to convert GB18030", async () => {
    const run = await runInProcess(["extract", pageFile(gbk)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is not valid UTF-8; if it is GB18030 \(or GBK, GB2312\), convert it first: iconv -f GB18030 -t UTF-8/);
  });

  it("in batch mode, the same messages on the page's error line", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), utf16le);
    writeFileSync(join(dir, "b.txt"), gbk);
    const lines = parseLines((await runInProcess(["extract", dir, "--jobs", "1"], "", { workerUrl: null })).stdout);
    expect(lines.map((l) => l.error?.message)).toEqual([expect.stringMatching(/a\.txt is UTF-16 \(little-endian\)/), expect.stringMatching(/b\.txt is not valid UTF-8; if it is GB18030/)]);
  });
});

describe("flags that only make sense for many pages", () => {
  const path = pageFile(PAGE_A);
  it.each([
    [["--jobs", "abc"], /--jobs is for many pages/],
    [["--jobs", "2"], /--jobs is for many pages/],
    [["-j", "2"], /--jobs is for many pages/],
    [["--resume"], /--resume is for many pages/],
    [["--overwrite"], /--overwrite is for many pages/],
    [["--quiet"], /--quiet is for many pages/],
  ])("single page with %j: exit 2", async (flags, message) => {
    const run = await runInProcess(["extract", path, ...flags]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("many pages with --jobs abc: exit 2", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), PAGE_A);
    expect((await runInProcess(["extract", dir, "--jobs", "abc"])).code).toBe(2);
  });
});

describe("batch mode: every input gets a line", () => {
  it("a broken symbolic link in a folder gets an error line, in its place", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), PAGE_A);
    symlinkSync(join(dir, "gone.txt"), join(dir, "b.txt"));
    writeFileSync(join(dir, "c.txt"), PAGE_B);
    const run = await runInProcess(["extract", dir, "--jobs", "1"], "", { workerUrl: null });
    const lines = parseLines(run.stdout);
    expect(lines.map((l) => [l.id.slice(dir.length + 1), l.error?.code ?? "ok"])).toEqual([["a.txt", "ok"], ["b.txt", "read-error"], ["c.txt", "ok"]]);
    expect(lines[1]!.error!.message).toMatch(/b\.txt: broken symbolic link/);
    expect(run.code).toBe(3);
  });
});

describe("the built CLI as a process", () => {
  const built = existsSync(CLI);

  it.skipIf(!built)("piped into head: no stack trace, a quiet exit", async () => {
    const path = pageFile(repeatedSample(300_000));
    const child = spawn(process.execPath, [CLI, "extract", path], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Like `head -c 1000`: read one chunk, then close the pipe while the CLI is still writing.
    await new Promise<void>((done) => child.stdout.once("data", () => (child.stdout.destroy(), done())));
    const code = await new Promise<number | null>((done) => child.on("close", (c) => done(c)));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  }, 60_000);

  it.skipIf(!built)("baoxun worker without BullMQ installed: one line and exit 2", () => {
    // A copy of the package whose node_modules has everything but bullmq.
    const dir = tempDir();
    const modules = join(dir, "node_modules");
    mkdirSync(modules);
    for (const name of readdirSync(join(ROOT, "node_modules"))) {
      if (name === "bullmq" || name === ".bin") continue;
      symlinkSync(join(ROOT, "node_modules", name), join(modules, name));
    }
    // Copied, not linked: Node resolves a linked file's imports from where it really is.
    cpSync(join(ROOT, "dist"), join(dir, "dist"), { recursive: true });
    writeFileSync(join(dir, "package.json"), readFileSync(join(ROOT, "package.json")));
    const run = spawnSync(process.execPath, [join(dir, "dist/cli.js"), "worker", "--redis", "redis://127.0.0.1:1", "--queue", "q"], { encoding: "utf8" });
    expect(run.stderr).toBe("baoxun: the queue commands need the optional dependency bullmq, which is not installed: npm install bullmq\n");
    expect(run.status).toBe(2);
  });
});
