import { jobIdOf } from "./keys.js";
import { withQueue } from "./load-bullmq.js";
import { queueScripts } from "./scripts.js";
import { deadLetterResult, isErrorLine, storedLine } from "./pages.js";

/** Which queue's results {@link collectResults} reads. */
export interface CollectOptions {
  /** A Redis URL, `redis://host:port[/db]` or `rediss://…`. */
  readonly redis: string;
  /** The queue name (no ":"). */
  readonly queue: string;
  /**
   * Wait up to this many milliseconds for the pages still queued, running or waiting for a retry
   * (default 0: take what is there now). Waiting ends as soon as the queue has no job left.
   */
  readonly waitMs?: number;
}

/** What {@link collectResults} found. */
export interface CollectSummary {
  /** Pages enqueued on this queue. */
  readonly pages: number;
  /** Result lines written, one per page that has one. */
  readonly written: number;
  /** Of those, error results. */
  readonly errors: number;
  /** Pages that failed every attempt (each has an error line among `written`). */
  readonly deadLetters: number;
  /** Pages with no result yet: still queued, running, or waiting for a retry. */
  readonly missing: number;
  /** The first few missing page ids, in enqueue order. */
  readonly missingIds: readonly string[];
}

const CHUNK = 1000;
const MISSING_IDS = 20;
const POLL_MS = 250;

/**
 * Writes the result line of every page enqueued on a queue (the batch CLI's format, one
 * `"\n"`-terminated line per page, in enqueue order), and counts the pages that have none yet.
 * A page whose job failed for good but whose worker died before storing the dead letter gets its
 * error result here. `write` may return a promise to slow the reading down.
 *
 * @example
 * ```ts
 * const out = createWriteStream("results.jsonl");
 * await collectResults({ redis: "redis://127.0.0.1:6379", queue: "archive" }, (line) => out.write(line));
 * // => { pages: 3, written: 3, errors: 0, deadLetters: 0, missing: 0, missingIds: [] }
 * ```
 */
export async function collectResults(settings: CollectOptions, write: (line: string) => unknown): Promise<CollectSummary> {
  return withQueue(settings, async ({ queue, client, keys }) => {
    const scripts = queueScripts(client, keys);
    const deadline = Date.now() + (settings.waitMs ?? 0);
    // Done means no job left to run, not every page with a line: a page enqueued again still has its old one.
    while (Date.now() < deadline && (await pendingJobs()) > 0) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(POLL_MS, Math.max(0, deadline - Date.now()))));
    }

    let pages = 0;
    let written = 0;
    let errors = 0;
    let missing = 0;
    const missingIds: string[] = [];
    for (let from = 0; ; from += CHUNK) {
      const ids = await client.zrange(keys.pages, from, from + CHUNK - 1);
      if (ids.length === 0) break;
      pages += ids.length;
      const lines = await client.hmget(keys.results, ...ids);
      for (const [i, id] of ids.entries()) {
        const line = lines[i] ?? (await settleFailedJob(id));
        if (line === null) {
          missing++;
          if (missingIds.length < MISSING_IDS) missingIds.push(id);
          continue;
        }
        const wait = write(`${line}\n`);
        if (wait instanceof Promise) await wait;
        written++;
        if (isErrorLine(id, line)) errors++;
      }
    }
    const { dead: deadLetters } = await scripts.counts();
    return { pages, written, errors, deadLetters, missing, missingIds };

    async function pendingJobs(): Promise<number> {
      const counts = await queue.getJobCounts("waiting", "active", "delayed", "prioritized", "paused", "waiting-children");
      return Object.values(counts).reduce((sum, n) => sum + n, 0);
    }

    /** The dead-letter line of a page whose job failed for good without one; null for a page still on its way. */
    async function settleFailedJob(id: string): Promise<string | null> {
      const job = await queue.getJob(jobIdOf(id));
      if (job === undefined || (await job.getState()) !== "failed") return null;
      const line = storedLine(deadLetterResult(id, Math.max(job.attemptsMade, job.opts.attempts ?? 1), job.failedReason));
      // A worker that stored a line meanwhile wins.
      return scripts.storeDeadLetter(id, line, true);
    }
  });
}
