/**
 * `baoxun worker | enqueue | collect | drop`: the queue commands. Loaded by the CLI only for these
 * commands, and BullMQ only by them, so that `baoxun extract` starts as fast as before.
 */
import { parseCommandArgs, QUEUE_COMMANDS, reportFailure, UsageError } from "./failures.js";
import { closeSync, openSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { isPageInput } from "../batch/lines.js";
import type { PageResult } from "../batch/page-result.js";
import type { ExtractOptions } from "../../contracts/options.js";
import { collectResults, createWorker, dropQueue, enqueuePages, QueueBusyError, type QueuedPage } from "../worker/index.js";
import { MissingBullMqError } from "../worker/load-bullmq.js";
import { extractOptions } from "./extract-options.js";
import { expandInputs, jobsOf } from "./inputs.js";
import type { CliIo } from "./run.js";

/** The queue commands, for the CLI's usage text. */
export const QUEUE_USAGE = [
  "       baoxun worker --redis URL --queue NAME [--concurrency N] [--lock-duration MS] [--dictionaries FILE.json] [--reference-date YYYY-MM-DD]",
  "       baoxun enqueue DIR|FILE.jsonl|-... --redis URL --queue NAME [--by-path] [--reference-date YYYY-MM-DD] [--attempts N]",
  "       baoxun collect --redis URL --queue NAME [--out results.jsonl] [--wait SECONDS]",
  "       baoxun drop --redis URL --queue NAME [--force]   (delete the queue and its results)",
].join("\n");


/**
 * Runs `baoxun worker|enqueue|collect|drop ARGS…` and returns its exit code: 0 on success, 2 for a
 * usage error, 1 for a failure (Redis unreachable…); `collect` returns 3 when some pages have
 * error lines and 4 when some pages have no result yet. A worker runs until `stop` resolves
 * (default: SIGINT or SIGTERM), then finishes the pages in hand.
 */
export async function runQueueCommand(command: string, args: readonly string[], io: CliIo, stop: Promise<unknown> = signalled()): Promise<number> {
  try {
    const { values, positionals } = parseOptions(args);
    if (values.help) {
      io.stdout(`usage:${QUEUE_USAGE.slice("      ".length)}\n`);
      return 0;
    }
    const stray = Object.keys(values).find((flag) => !FLAGS[command]?.includes(flag));
    if (stray !== undefined) throw new UsageError(`${command} takes no --${stray}\nusage:${QUEUE_USAGE.slice("      ".length)}`);
    const redis = required(values.redis, "--redis URL");
    const queue = required(values.queue, "--queue NAME");
    if (command === "worker") {
      if (positionals.length > 0) throw new UsageError(`worker takes no files; enqueue them instead`);
      const concurrency = wholeNumber(values.concurrency, "--concurrency", 1);
      const lockDuration = wholeNumber(values["lock-duration"], "--lock-duration", 30_000);
      // A page's own reference date (given at enqueue) wins over the worker's.
      const options = await extractOptions(values);
      return await runWorker({ redis, queue, concurrency, lockDuration, options }, io, stop);
    }
    if (command === "enqueue") {
      if (positionals.length === 0) throw new UsageError("enqueue takes folders, .txt or .jsonl files, or - (JSON Lines on stdin)");
      return await runEnqueue(positionals, values, redis, queue, io);
    }
    if (command === "collect") {
      if (positionals.length > 0) throw new UsageError(`collect takes no files; did you mean --out ${positionals[0]}?`);
      const wait = values.wait === undefined ? 0 : Number(values.wait);
      if (!(wait >= 0)) throw new UsageError(`--wait takes seconds, got "${values.wait}"`);
      return await runCollect(redis, queue, values.out ?? null, wait, io);
    }
    if (command === "drop") {
      if (positionals.length > 0) throw new UsageError("drop takes no files, only --redis and --queue");
      return await runDrop(redis, queue, values.force === true, io);
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    // The queue settings are checked with RangeError (a bad --concurrency, --redis or queue name);
    // a missing BullMQ is the installation's to fix, not a failure of ours: exit 2, like a usage error.
    return reportFailure(error, io.stderr, (message) => `baoxun ${command}: ${message}`, [RangeError, MissingBullMqError]);
  }
}

type Values = ReturnType<typeof parseOptions>["values"];

/** Each command's flags: one given to the wrong command is a mistake, not silently ignored. */
const FLAGS: Readonly<Record<string, readonly string[]>> = {
  worker: ["redis", "queue", "concurrency", "lock-duration", "dictionaries", "reference-date", "help"],
  enqueue: ["redis", "queue", "by-path", "reference-date", "attempts", "help"],
  collect: ["redis", "queue", "out", "wait", "help"],
  drop: ["redis", "queue", "force", "help"],
};

function parseOptions(args: readonly string[]) {
  return parseCommandArgs(
    args,
    {
      redis: { type: "string" },
      queue: { type: "string" },
      concurrency: { type: "string", short: "c" },
      "lock-duration": { type: "string" },
      "by-path": { type: "boolean" },
      dictionaries: { type: "string" },
      "reference-date": { type: "string" },
      attempts: { type: "string" },
      out: { type: "string", short: "o" },
      wait: { type: "string" },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    `\nusage:${QUEUE_USAGE.slice("      ".length)}`,
  );
}

function required(value: string | undefined, what: string): string {
  if (value === undefined || value === "") throw new UsageError(`missing ${what}`);
  return value;
}

function wholeNumber(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} takes a whole number, at least 1, got "${value}"`);
  return n;
}

function signalled(): Promise<unknown> {
  return new Promise((done) => {
    process.once("SIGINT", done);
    process.once("SIGTERM", done);
  });
}

async function runWorker(settings: { redis: string; queue: string; concurrency: number; lockDuration: number; options: ExtractOptions }, io: CliIo, stop: Promise<unknown>): Promise<number> {
  let lastError = "";
  const worker = await createWorker({
    ...settings,
    onError: (error) => {
      // A Redis outage repeats the same error on every reconnect: say it once.
      if (error.message !== lastError) io.stderr(`baoxun worker: ${error.message}\n`);
      lastError = error.message;
    },
  });
  io.stderr(`baoxun worker: taking pages from queue "${settings.queue}" (concurrency ${settings.concurrency})\n`);
  await stop;
  io.stderr("baoxun worker: stopping after the pages in hand\n");
  await worker.close();
  const { processed, errors, deadLetters } = worker.stats();
  io.stderr(`baoxun worker: ${processed} pages done (${errors} error results), ${deadLetters} dead letters\n`);
  return 0;
}

async function runEnqueue(paths: readonly string[], values: Values, redis: string, queue: string, io: CliIo): Promise<number> {
  // Checked now (extractOptions), so that a bad date is one usage error rather than an error result per page.
  const { referenceDate } = await extractOptions(values);
  const attempts = wholeNumber(values.attempts, "--attempts", 3);
  if (paths.includes("-") && paths.length > 1) throw new UsageError("- (stdin) cannot be mixed with files");
  const specs = await expandInputs(paths, false, null);
  const byPath = values["by-path"] === true;
  const withDate = (page: QueuedPage): QueuedPage =>
    referenceDate === undefined || page.referenceDate !== undefined ? page : { ...page, referenceDate };

  const pages = async function* (): AsyncGenerator<QueuedPage | PageResult> {
    for (const spec of specs) {
      if (byPath && spec.kind === "text") {
        // The same id as the batch CLI gives the file; the path every worker opens is absolute.
        yield withDate({ id: spec.path, path: resolve(spec.path) });
        continue;
      }
      for await (const job of jobsOf([spec], io.stdin)) {
        const page = await job.load();
        yield isPageInput(page) ? withDate(page) : page;
      }
    }
  };
  const summary = await enqueuePages(pages(), { redis, queue, attempts });
  const notes = [
    summary.errors > 0 ? `${summary.errors} inputs stored as error results` : "",
    summary.duplicates > 0 ? `${summary.duplicates} pages skipped: their id was used by an earlier page` : "",
  ].filter((note) => note !== "");
  io.stderr(`baoxun: enqueued ${summary.enqueued} pages on queue "${queue}"${notes.length > 0 ? ` (${notes.join("; ")})` : ""}\n`);
  return 0;
}

async function runCollect(redis: string, queue: string, out: string | null, waitSeconds: number, io: CliIo): Promise<number> {
  // Opened at the first line, so that a Redis that cannot be reached leaves no empty file behind.
  let fd: number | null = null;
  let summary;
  try {
    summary = await collectResults({ redis, queue, waitMs: waitSeconds * 1000 }, (line) => {
      if (out === null) return io.stdout(line) === false && io.drained ? io.drained() : undefined;
      fd ??= openSync(out, "w");
      writeSync(fd, line);
      return undefined;
    });
    if (out !== null && fd === null) fd = openSync(out, "w");
  } finally {
    if (fd !== null) closeSync(fd);
  }
  const { pages, written, errors, deadLetters, missing, missingIds } = summary;
  io.stderr(
    `baoxun: ${written} of ${pages} pages collected (${errors} error lines, ${deadLetters} dead letters); ${missing} still missing\n` +
      (missing > 0 ? `  missing: ${missingIds.join(", ")}${missing > missingIds.length ? ", …" : ""}\n` : ""),
  );
  return missing > 0 ? 4 : errors > 0 ? 3 : 0;
}

async function runDrop(redis: string, queue: string, force: boolean, io: CliIo): Promise<number> {
  let summary;
  try {
    summary = await dropQueue({ redis, queue, force });
  } catch (error) {
    if (error instanceof QueueBusyError) throw new UsageError(`queue "${queue}" has ${error.active} page(s) being extracted; stop its workers first, or pass --force`);
    throw error;
  }
  const { pages, results, deadLetters, jobs } = summary;
  io.stderr(`baoxun: dropped queue "${queue}": ${pages} pages, ${results} results (${deadLetters} dead letters), ${jobs} jobs\n`);
  return 0;
}
