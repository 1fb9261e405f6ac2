import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli, type CliIo } from "../../../src/runners/cli/run.js";

/** Invented pages (not newspaper text): two short reports with a headline, a credit and a date. */
export const PAGE_A = "清河新区召开安全生产会议\n\n本报讯（记者林晓东）3月20日上午，清河新区召开安全生产工作会议。区应急管理局局长周明远出席会议并讲话。\n";
export const PAGE_B = "古镇老街迎来首批游客\n\n本报讯（通讯员白露）清明假期，古镇老街接待游客三万人次，同比增长两成。\n";

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "baoxun-cli-"));
}

/** Runs the CLI in this process with the given stdin text, collecting its output. */
export async function runInProcess(argv: string[], stdinText = "", extra: Partial<CliIo> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdin: (async function* () {
      if (stdinText) yield new TextEncoder().encode(stdinText);
    })(),
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    ...extra,
  });
  return { code, stdout, stderr };
}

/** Parses JSON Lines output, asserting that every line is JSON. */
export function parseLines(text: string): { id: string; graph?: { articles: unknown[]; referenceDate: string | null }; error?: { code: string; message: string } }[] {
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line));
}
