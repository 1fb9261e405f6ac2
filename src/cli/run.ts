import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { BaoxunError } from "../errors.js";
import { extract } from "../extract.js";
import { formatSummary } from "../format-summary/index.js";
import type { ExtractOptions } from "../types.js";

/** Where the CLI reads and writes; injected so that tests run it in-process. */
export interface CliIo {
  readonly stdin: AsyncIterable<Uint8Array | string>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const USAGE = `usage: baoxun extract FILE|- [--reference-date YYYY-MM-DD] [--format json|summary]`;

/** A mistake of the user's: one line on stderr, exit code 2, never a stack trace. */
class UsageError extends Error {}

/**
 * Runs the command line and returns its exit code: 0 on success, 2 for a usage error or bad
 * input (one line on stderr), 1 for an unexpected failure.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === "--help" || command === "-h" || command === "help") {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (command !== "extract") throw new UsageError(command ? `unknown command "${command}"; ${USAGE}` : USAGE);
    const { values, positionals } = parseOptions(rest);
    if (positionals.length !== 1) throw new UsageError(`extract takes one FILE or - (stdin); ${USAGE}`);
    const format = values.format ?? "json";
    if (format !== "json" && format !== "summary") throw new UsageError(`--format must be json or summary, got "${format}"`);
    const text = decodeUtf8(await readInput(positionals[0]!, io), positionals[0]!);
    const options: ExtractOptions = values["reference-date"] === undefined ? {} : { referenceDate: values["reference-date"] };
    const graph = extract(text, options);
    io.stdout(format === "json" ? `${JSON.stringify(graph, null, 2)}\n` : formatSummary(graph));
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof BaoxunError) {
      io.stderr(`baoxun: ${error.message}\n`);
      return 2;
    }
    io.stderr(`baoxun: unexpected failure: ${error instanceof Error ? error.message : String(error)}; please report it with the input\n`);
    return 1;
  }
}

function parseOptions(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: { "reference-date": { type: "string" }, format: { type: "string" } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split("\n")[0]}; ${USAGE}`);
  }
}

async function readInput(path: string, io: CliIo): Promise<Uint8Array> {
  if (path === "-") {
    const chunks: Uint8Array[] = [];
    for await (const chunk of io.stdin) chunks.push(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : code ?? "cannot read";
    throw new UsageError(`cannot read ${path}: ${why}`);
  }
}

function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${name === "-" ? "standard input" : name} is not valid UTF-8; convert it first (e.g. iconv -f GB18030 -t UTF-8)`);
  }
}
