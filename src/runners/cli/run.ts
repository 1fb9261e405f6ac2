import { parseCommandArgs, QUEUE_COMMANDS, reportFailure, UsageError } from "./failures.js";
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { extract } from "../../extract.js";
import { version } from "../../../package.json";
import type { ExtractOptions } from "../../contracts/options.js";
import type { BatchIo } from "./batch.js";
import { decodePage } from "./decode-page.js";
import { extractOptions } from "./extract-options.js";
import { checkCsvTarget, checkPageFormat, PAGE_FORMATS, renderPage, type CsvTarget, type PageFormat } from "./formats.js";
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
  `usage: baoxun extract FILE|- [--reference-date YYYY-MM-DD] [--format ${PAGE_FORMATS.join("|")}] [--table NAME | --out-dir DIR] [--dictionaries FILE.json]`,
  "       baoxun extract DIR|FILE... [--out results.jsonl [--resume|--overwrite]] [--jobs N] [--quiet]",
  "       baoxun extract - --jsonl   (JSON Lines pages on stdin, one result line per page on stdout)",
  "       baoxun extract page.pdf|page.xml|page.hocr [--jsonl] [--password P]   (PDF or ALTO/hOCR OCR: a graph per page, with boxes)",
  "       baoxun worker|enqueue|collect|drop --help   (queue workers on Redis)",
  "       baoxun --version",
  "exit codes: 0 done; 2 a usage error, unreadable input or a missing optional dependency (one line on stderr);",
  "            3 a batch finished but some pages have error lines; 1 an unexpected failure (please report it)",
].join("\n");

/** Flags that only mean something for many pages; with one page they are a mistake, not ignored. */
const BATCH_ONLY = ["jobs", "resume", "overwrite", "quiet"] as const;


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
    if (command === "--version" || command === "-V" || command === "version") {
      io.stdout(`${version}\n`);
      return 0;
    }
    if (command !== undefined && QUEUE_COMMANDS.includes(command)) {
      const { runQueueCommand } = await import("./worker-commands.js");
      return await runQueueCommand(command, rest, io);
    }
    if (command !== "extract") throw new UsageError(command ? `unknown command "${command}"; ${USAGE.split("\n")[0]}` : USAGE.split("\n")[0]);
    const { values, positionals } = parseOptions(rest);
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError(`extract takes one FILE or - (stdin), or folders and files; ${USAGE.split("\n")[0]}`);
    const options = await extractOptions(values);
    const pageKind = positionals.length === 1 ? await pageFileKindOf(positionals[0]!) : null;
    if (pageKind) return await runPage(positionals[0]!, pageKind, values, options, io);
    const single = positionals.length === 1 && !values.jsonl && values.out === undefined && !isBatchInput(positionals[0]!);
    if (single) {
      const batchOnly = BATCH_ONLY.find((flag) => values[flag] !== undefined);
      if (batchOnly !== undefined) {
        throw new UsageError(`--${batchOnly} is for many pages (a folder, several files, --out or --jsonl); one page is extracted in this process`);
      }
      const format = checkPageFormat(values.format ?? "json");
      const csv: CsvTarget = { ...(values.table !== undefined ? { table: values.table } : {}), ...(values["out-dir"] !== undefined ? { outDir: values["out-dir"] } : {}) };
      checkCsvTarget(format, csv);
      return await runSingle(positionals[0]!, format, csv, options, io);
    }
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
      table: { type: "string" },
      "out-dir": { type: "string" },
      help: { type: "boolean", short: "h" },
      password: { type: "string" },
    },
    `; ${USAGE.split("\n")[0]}`,
  );
}

/** A PDF or an OCR file (baoxun/pdf), loaded only then: it brings pdf.js. */
async function pageFileKindOf(path: string) {
  if (!/\.(pdf|xml|alto|hocr)$/i.test(path)) return null;
  return (await import("./page-files.js")).pageFileKind(path);
}

async function runPage(path: string, kind: NonNullable<Awaited<ReturnType<typeof pageFileKindOf>>>, values: Values, options: ExtractOptions, io: CliIo): Promise<number> {
  const format = values.format ?? "json";
  if (format !== "json" && format !== "summary" && format !== "html") throw new UsageError(`--format must be json, summary or html for a ${kind === "pdf" ? "PDF" : "OCR file"}, got "${format}"`);
  if (values.out !== undefined) throw new UsageError("--out takes text pages; for a PDF or OCR file use --jsonl > pages.jsonl");
  const { runPageFile } = await import("./page-files.js");
  const output = values.jsonl ? "jsonl" : format;
  return runPageFile(path, kind, output, values.password === undefined ? options : { ...options, password: values.password }, io);
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

async function runSingle(path: string, format: PageFormat, csv: CsvTarget, options: ExtractOptions, io: CliIo): Promise<number> {
  const text = decodeInput(await readInput(path, io), path);
  const graph = extract(text, options);
  const out = await renderPage(format, graph, text, csv);
  if (out !== "") io.stdout(out);
  return 0;
}

async function runMany(paths: readonly string[], values: Values, options: ExtractOptions, io: CliIo): Promise<number> {
  if (values.table !== undefined || values["out-dir"] !== undefined) {
    throw new UsageError(`--${values.table !== undefined ? "table" : "out-dir"} is for one page with --format csv; with many pages the output is JSON Lines`);
  }
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

/** The page's text by the CLI's one rule ({@link decodePage}: a BOM is kept), or a usage error saying how to convert it. */
function decodeInput(bytes: Uint8Array, name: string): string {
  const decoded = decodePage(bytes);
  if ("error" in decoded) throw new UsageError(`${name === "-" ? "standard input" : name} ${decoded.error}`);
  return decoded.text;
}
