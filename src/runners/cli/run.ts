import { parseCommandArgs, QUEUE_COMMANDS, reportFailure, UsageError } from "./failures.js";
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { extract } from "../../extract.js";
import { formatSummary } from "../../outputs/format-summary/index.js";
import { toHtml } from "../../outputs/render-html/index.js";
import type { ExtractOptions } from "../../contracts/options.js";
import type { BatchIo } from "./batch.js";
import { extractOptions } from "./extract-options.js";
import { describeFsError, expandInputs } from "./inputs.js";

/** Where the CLI reads and writes; injected so that tests run it in-process. */
export interface CliIo {
  readonly stdin: AsyncIterable<Uint8Array | string>;
  /** Returns false (like a Node stream's write) when the caller should wait for `drained`. */
  readonly stdout: (text: string) => unknown;
  readonly stderr: (text: string) => void;
  /** Resolves once standard output can take more. */
  readonly drained?: () => Promise<void>;
  /** A terminal for the progress bar (stderr when it is a TTY); absent otherwise. */
  readonly progress?: NodeJS.WritableStream;
  /** The worker-thread file; tests inject the built one. Default: dist/batch-worker.js beside the CLI. */
  readonly workerUrl?: URL | null;
}

const USAGE = [
  "usage: baoxun extract FILE|- [--reference-date YYYY-MM-DD] [--format json|summary|html] [--dictionaries FILE.json]",
  "       baoxun extract DIR|FILE... [--out results.jsonl [--resume|--overwrite]] [--jobs N] [--quiet]",
  "       baoxun extract - --jsonl   (JSON Lines pages on stdin, one result line per page on stdout)",
  "       baoxun worker|enqueue|collect|drop --help   (queue workers on Redis)",
].join("\n");


/**
 * Runs the command line and returns its exit code: 0 on success, 2 for a usage error or bad
 * input (one line on stderr), 3 when a batch finished but some pages have error lines, 1 for an
 * unexpected failure.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === "--help" || command === "-h" || command === "help") {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (command !== undefined && QUEUE_COMMANDS.includes(command)) {
      const { runQueueCommand } = await import("./worker-commands.js");
      return await runQueueCommand(command, rest, io);
    }
    if (command !== "extract") throw new UsageError(command ? `unknown command "${command}"; ${USAGE.split("\n")[0]}` : USAGE.split("\n")[0]);
    const { values, positionals } = parseOptions(rest);
    if (positionals.length === 0) throw new UsageError(`extract takes one FILE or - (stdin), or folders and files; ${USAGE.split("\n")[0]}`);
    const options = await extractOptions(values);
    const single = positionals.length === 1 && !values.jsonl && values.out === undefined && !isBatchInput(positionals[0]!);
    if (single) return await runSingle(positionals[0]!, values.format ?? "json", options, io);
    return await runMany(positionals, values, options, io);
  } catch (error) {
    return reportFailure(error, io.stderr, (message) => `baoxun: unexpected failure: ${message}; please report it with the input`);
  }
}

type Values = ReturnType<typeof parseOptions>["values"];

function parseOptions(args: readonly string[]) {
  return parseCommandArgs(
    args,
    {
      "reference-date": { type: "string" },
      format: { type: "string" },
      dictionaries: { type: "string" },
      out: { type: "string", short: "o" },
      resume: { type: "boolean" },
      overwrite: { type: "boolean" },
      jsonl: { type: "boolean" },
      jobs: { type: "string", short: "j" },
      quiet: { type: "boolean", short: "q" },
    },
    `; ${USAGE.split("\n")[0]}`,
  );
}

/** A folder or a JSON Lines file means many pages. */
function isBatchInput(path: string): boolean {
  if (path === "-") return false;
  if (/\.(jsonl|ndjson)$/i.test(path)) return true;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // reported as "cannot read" by the single-page path
  }
}

async function runSingle(path: string, format: string, options: ExtractOptions, io: CliIo): Promise<number> {
  if (format !== "json" && format !== "summary" && format !== "html") throw new UsageError(`--format must be json, summary or html, got "${format}"`);
  const text = decodeUtf8(await readInput(path, io), path);
  const graph = extract(text, options);
  io.stdout(format === "json" ? `${JSON.stringify(graph, null, 2)}\n` : format === "summary" ? formatSummary(graph) : toHtml(graph, text));
  return 0;
}

async function runMany(paths: readonly string[], values: Values, options: ExtractOptions, io: CliIo): Promise<number> {
  if (values.format !== undefined && values.format !== "json") {
    throw new UsageError(`--format ${values.format} shows one page; with many pages the output is JSON Lines, one line per page`);
  }
  if (paths.includes("-") && paths.length > 1) throw new UsageError("- (stdin) cannot be mixed with files");
  if (paths.includes("-") && !values.jsonl) throw new UsageError("reading many pages from stdin needs --jsonl");
  const out = values.out ?? null;
  if (values.resume && values.overwrite) throw new UsageError("--resume and --overwrite exclude each other");
  if ((values.resume || values.overwrite) && out === null) throw new UsageError(`--${values.resume ? "resume" : "overwrite"} needs --out FILE`);
  if (out !== null && !values.resume && !values.overwrite && existsSync(out) && statSync(out).size > 0) {
    throw new UsageError(`${out} exists; pass --resume to continue that run or --overwrite to start again`);
  }
  const threads = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(threads) || threads < 1) throw new UsageError(`--jobs must be a whole number of threads, at least 1, got "${values.jobs}"`);
  const inputs = await expandInputs(paths, values.jsonl === true, out);
  const progress = values.quiet ? undefined : io.progress;
  const batchIo: BatchIo = {
    stdin: io.stdin,
    stdout: io.stdout,
    stderr: io.stderr,
    ...(io.drained ? { drained: io.drained } : {}),
    ...(progress ? { progress } : {}),
    ...(io.workerUrl !== undefined ? { workerUrl: io.workerUrl } : {}),
  };
  // Loaded on demand: worker threads and the progress bar cost a single-page run ~100 ms of start-up.
  const { runBatch } = await import("./batch.js");
  const filter = paths.includes("-") && out === null;
  return runBatch({ inputs, out, resume: values.resume === true, threads, options, checkDuplicates: !paths.includes("-"), errorLinesAreData: filter }, batchIo);
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
    throw new UsageError(`cannot read ${path}: ${describeFsError(error)}`);
  }
}

function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${name === "-" ? "standard input" : name} is not valid UTF-8; convert it first (e.g. iconv -f GB18030 -t UTF-8)`);
  }
}
