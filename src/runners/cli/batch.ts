import { closeSync, existsSync, ftruncateSync, openSync, readSync, statSync, writeSync } from "node:fs";
import { SingleBar } from "cli-progress";
import { formatResultLine } from "../batch/lines.js";
import { mapOrdered } from "../batch/map-ordered.js";
import { isPageError, pageError, type PageError, type PageResult } from "../batch/page-result.js";
import type { ExtractOptions } from "../../contracts/options.js";
import type { WorkerOutcome } from "./page-task.js";
import { countPages, describeFsError, InputError, jobsOf, type InputSpec, type Job } from "./inputs.js";
import { createPagePool } from "./pool.js";

/** How a batch run was asked for on the command line. */
export interface BatchSettings {
  readonly inputs: readonly InputSpec[];
  /** The results file; `null` writes the lines to standard output. */
  readonly out: string | null;
  readonly resume: boolean;
  readonly threads: number;
  readonly options: ExtractOptions;
  /** Whether to reject a page whose id was already seen in this run (off for stdin: bounded memory). */
  readonly checkDuplicates: boolean;
  /**
   * As a filter (stdin to stdout), an error line is data like any other: exit 0, so that Hadoop
   * Streaming and Spark's RDD.pipe do not fail the task. Otherwise pages with errors exit 3.
   */
  readonly errorLinesAreData?: boolean;
}

/** Where a batch run reads and writes. */
export interface BatchIo {
  readonly stdin: AsyncIterable<Uint8Array | string>;
  readonly stdout: (text: string) => unknown;
  /** Resolves once standard output can take more (when `stdout` returned false). */
  readonly drained?: () => Promise<void>;
  readonly stderr: (text: string) => void;
  /** A terminal to draw the progress bar on; absent when stderr is not a TTY (or --quiet). */
  readonly progress?: NodeJS.WritableStream;
  /** Injected by tests to use worker threads from a given file. */
  readonly workerUrl?: URL | null;
}

/** Failures kept for the final report; the rest are only counted (they are all in the output). */
const REPORTED_FAILURES = 20;
/** Pages in flight per thread: enough to keep every core busy, few enough to bound memory. */
const WINDOW_PER_THREAD = 4;

/**
 * Runs `baoxun extract` over many pages: one output line per input page, in input order, success
 * or error. Returns the exit code: 0 when every page succeeded, 3 when some have error lines
 * (0 as a filter, see {@link BatchSettings.errorLinesAreData}).
 */
export async function runBatch(settings: BatchSettings, io: BatchIo): Promise<number> {
  let done = new Set<string>();
  let fd: number | null = null;
  if (settings.out !== null) {
    try {
      if (settings.resume) done = readFinishedIds(settings.out);
      fd = openSync(settings.out, settings.resume ? "a" : "w");
    } catch (error) {
      throw new InputError(`cannot write ${settings.out}: ${describeFsError(error)}`);
    }
  }
  const write = async (text: string) => {
    if (fd !== null) writeSync(fd, text);
    else if (io.stdout(text) === false && io.drained) await io.drained();
  };

  // No bar for a stream on stdin: its length is unknown, and it is usually a pipeline's middle.
  const progress = settings.inputs.some((spec) => spec.kind === "stdin-jsonl") ? undefined : io.progress;
  const total = progress ? await countPages(settings.inputs) : null;
  const bar = progress && total !== null ? startBar(progress, total) : null;
  const pool = await createPagePool(settings.threads, settings.options, io.workerUrl === undefined ? {} : { workerUrl: io.workerUrl });
  const seen = new Set<string>();
  const failures: { id: string; error: PageError }[] = [];
  let failed = 0;
  let processed = 0;
  let skipped = 0;
  const started = Date.now();

  const pages = async function* (): AsyncGenerator<Job> {
    for await (const job of jobsOf(settings.inputs, io.stdin)) {
      if (done.has(job.id)) {
        skipped++;
        bar?.increment(1, payload());
        continue;
      }
      if (settings.checkDuplicates) {
        if (seen.has(job.id)) {
          yield { id: job.id, load: async () => pageError(job.id, "duplicate-id", `id "${job.id}" was already used by an earlier page in this run`) };
          continue;
        }
        seen.add(job.id);
      }
      yield job;
    }
  };
  const payload = () => {
    const seconds = (Date.now() - started) / 1000;
    return { rate: seconds > 0 ? (processed / seconds).toFixed(1) : "0.0", failed };
  };
  const runJob = async (job: Job): Promise<WorkerOutcome & { id: string }> => {
    const loaded = await job.load();
    if (!("text" in loaded)) return { id: job.id, ...outcomeOf(loaded) };
    try {
      return { id: job.id, ...(await pool.run(loaded)) };
    } catch (error) {
      // A worker that died (out of memory, a crash) still owes the page its line.
      return { id: job.id, ...outcomeOf(pageError(job.id, "internal-error", `worker failed: ${error instanceof Error ? error.message : String(error)}`)) };
    }
  };

  try {
    for await (const outcome of mapOrdered(pages(), runJob, pool.threads * WINDOW_PER_THREAD)) {
      const id = outcome.id;
      await write(outcome.line);
      processed++;
      if (outcome.error !== null) {
        failed++;
        if (failures.length < REPORTED_FAILURES) failures.push({ id, error: outcome.error });
      }
      bar?.increment(1, payload());
    }
  } finally {
    bar?.stop();
    await pool.close();
    if (fd !== null) closeSync(fd);
  }

  const seconds = (Date.now() - started) / 1000;
  if (progress) {
    const resumed = skipped > 0 ? `, ${skipped} skipped (already in ${settings.out})` : "";
    io.stderr(`baoxun: ${processed} pages in ${seconds.toFixed(1)}s (${(processed / Math.max(seconds, 0.001)).toFixed(1)} pages/s), ${failed} failed${resumed}\n`);
  }
  if (failed > 0) {
    const where = settings.out === null ? "the output" : settings.out;
    const lines = failures.map((f) => `  ${f.id}: ${f.error.code}: ${f.error.message}`);
    if (failed > failures.length) lines.push(`  … and ${failed - failures.length} more`);
    io.stderr(`baoxun: ${failed} of ${processed} pages failed (each has an error line in ${where}):\n${lines.join("\n")}\n`);
    return settings.errorLinesAreData ? 0 : 3;
  }
  return 0;
}

function outcomeOf(result: PageResult): WorkerOutcome {
  return { line: formatResultLine(result), error: isPageError(result) ? result.error : null };
}

function startBar(stream: NodeJS.WritableStream, total: number): SingleBar {
  const bar = new SingleBar({
    stream,
    format: "{bar} {percentage}% | {value}/{total} pages | {rate} pages/s | ETA {eta_formatted} | {failed} failed",
    // The cursor stays visible: a run stopped with Ctrl-C must not leave the terminal without one.
    hideCursor: false,
    etaBuffer: 50,
    fps: 5,
  });
  bar.start(total, 0, { rate: "0.0", failed: 0 });
  return bar;
}

/**
 * The ids already written to a results file, for `--resume`. Only whole lines count: a line cut
 * short by an interrupted run is removed from the file, and its page is done again.
 */
export function readFinishedIds(path: string): Set<string> {
  const ids = new Set<string>();
  if (!existsSync(path)) return ids;
  const fd = openSync(path, "r+");
  try {
    const size = statSync(path).size;
    const chunk = Buffer.alloc(1 << 20);
    let position = 0;
    let carry: Buffer = Buffer.alloc(0);
    let lastNewline = -1;
    while (position < size) {
      const read = readSync(fd, chunk, 0, chunk.length, position);
      if (read === 0) break;
      let data = Buffer.concat([carry, chunk.subarray(0, read)]);
      const dataStart = position - carry.length;
      let from = 0;
      for (let at = data.indexOf(0x0a, from); at >= 0; at = data.indexOf(0x0a, from)) {
        const id = leadingId(data.subarray(from, Math.min(at, from + 4096)));
        if (id !== null) ids.add(id);
        lastNewline = dataStart + at;
        from = at + 1;
      }
      // Only a line's head is needed for its id: keep at most 4 KiB of an unfinished line.
      carry = Buffer.from(data.subarray(from, Math.min(data.length, from + 4096)));
      data = Buffer.alloc(0);
      position += read;
      if (carry.length === 4096) {
        // Skip the rest of a long line without holding it.
        const next = findNewline(fd, position, size);
        if (next < 0) break;
        const id = leadingId(carry);
        if (id !== null) ids.add(id);
        lastNewline = next;
        carry = Buffer.alloc(0);
        position = next + 1;
      }
    }
    if (lastNewline + 1 < size) ftruncateSync(fd, lastNewline + 1);
  } finally {
    closeSync(fd);
  }
  return ids;
}

function findNewline(fd: number, from: number, size: number): number {
  const chunk = Buffer.alloc(1 << 20);
  for (let position = from; position < size; ) {
    const read = readSync(fd, chunk, 0, chunk.length, position);
    if (read === 0) return -1;
    const at = chunk.subarray(0, read).indexOf(0x0a);
    if (at >= 0) return position + at;
    position += read;
  }
  return -1;
}

/** The id of a result line, read off its head: every line starts with {"id":"…", (see formatResultLine). */
function leadingId(head: Buffer): string | null {
  const match = /^\{"id":("(?:[^"\\]|\\.)*")/.exec(head.toString("utf8"));
  if (!match) return null;
  try {
    return JSON.parse(match[1]!) as string;
  } catch {
    return null;
  }
}
