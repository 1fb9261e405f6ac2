import type { PageResult } from "../batch/page-result.js";
import { jobIdOf } from "./keys.js";
import { withQueue, type OpenedQueue } from "./load-bullmq.js";
import { queueScripts, type QueueScripts } from "./scripts.js";
import { storedLine, type QueuedPage } from "./pages.js";

/** Where {@link enqueuePages} puts the pages. */
export interface EnqueueOptions {
  /** A Redis URL, `redis://host:port[/db]` or `rediss://…`. */
  readonly redis: string;
  /** The queue name (no ":"). */
  readonly queue: string;
  /** Tries per page before it becomes a dead letter (default 3). */
  readonly attempts?: number;
}

/** What {@link enqueuePages} did. */
export interface EnqueueSummary {
  /** Pages put on the queue as jobs. */
  readonly enqueued: number;
  /** Inputs that were already error results (an unreadable file, a bad JSON line), stored as such. */
  readonly errors: number;
  /** Pages skipped because an earlier page of the same call had the same id. */
  readonly duplicates: number;
}

/** Pages added to Redis per round trip. */
const CHUNK = 500;

/**
 * Puts pages on a queue for {@link createWorker}s and records their ids, in order, for
 * {@link collectResults}. Enqueueing a page id again runs that page again, and its new result
 * replaces the old; an input that is already an error result is stored as the page's result
 * without a job. Needs the optional dependency `bullmq`.
 *
 * @example
 * ```ts
 * await enqueuePages([{ id: "p1", text: "本报讯（记者林晓东）……" }], { redis: "redis://127.0.0.1:6379", queue: "archive" });
 * // => { enqueued: 1, errors: 0, duplicates: 0 }
 * ```
 */
export async function enqueuePages(
  pages: AsyncIterable<QueuedPage | PageResult> | Iterable<QueuedPage | PageResult>,
  settings: EnqueueOptions,
): Promise<EnqueueSummary> {
  const attempts = settings.attempts ?? 3;
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError(`attempts must be a whole number, at least 1, got ${attempts}`);
  return withQueue(settings, ({ queue, client, keys }) => enqueueInto(queue, queueScripts(client, keys), pages, attempts));
}

async function enqueueInto(queue: OpenedQueue["queue"], scripts: QueueScripts, pages: AsyncIterable<QueuedPage | PageResult> | Iterable<QueuedPage | PageResult>, attempts: number): Promise<EnqueueSummary> {
  const seen = new Set<string>();
  let enqueued = 0;
  let errors = 0;
  let duplicates = 0;
  let chunk: (QueuedPage | PageResult)[] = [];

  const flush = async () => {
    if (chunk.length === 0) return;
    // The ids are recorded before their jobs exist, so that every stored result has a recorded id.
    const dead = await scripts.registerPages(chunk.map((page) => ({ id: page.id, line: isResult(page) ? storedLine(page) : null })));
    // A dead letter's failed job is kept (for inspection) and would block a new job of the same id.
    for (const [i, page] of chunk.entries()) if (dead[i] === true && !isResult(page)) await queue.remove(jobIdOf(page.id));
    const jobs = chunk.filter((page): page is QueuedPage => !isResult(page));
    await queue.addBulk(
      jobs.map((page) => ({
        name: "page",
        data: page,
        opts: { jobId: jobIdOf(page.id), attempts, backoff: { type: "exponential", delay: 1000 }, removeOnComplete: true, removeOnFail: false },
      })),
    );
    enqueued += jobs.length;
    errors += chunk.length - jobs.length;
    chunk = [];
  };

  for await (const page of pages) {
    if (seen.has(page.id)) {
      duplicates++;
      continue;
    }
    seen.add(page.id);
    chunk.push(page);
    if (chunk.length >= CHUNK) await flush();
  }
  await flush();
  return { enqueued, errors, duplicates };
}

function isResult(page: QueuedPage | PageResult): page is PageResult {
  return !("text" in page) && !("path" in page);
}
