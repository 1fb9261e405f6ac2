import { hostname } from "node:os";
import type { ExtractOptions } from "../../contracts/options.js";
import { checkQueueName, queueKeys } from "./keys.js";
import { connectionOf, loadBullMq } from "./load-bullmq.js";
import { queueScripts } from "./scripts.js";
import { createPagePool } from "../cli/pool.js";
import { deadLetterResult, isErrorLine, loadQueuedPage, storedLine } from "./pages.js";

/** Jobs in hand per thread: one being extracted, one ready for when it is done. */
const JOBS_PER_THREAD = 2;

/** How {@link createWorker} connects and works. */
export interface CreateWorkerOptions {
  /** A Redis URL, `redis://host:port[/db]` or `rediss://…`. */
  readonly redis: string;
  /** The queue name (no ":"); the same as given to {@link enqueuePages}. */
  readonly queue: string;
  /**
   * Worker threads, each extracting one page at a time (default 1). The worker holds twice as many
   * jobs, so that a thread never waits for Redis between two pages.
   */
  readonly concurrency?: number;
  /** Options for every page; a page's own `referenceDate` wins. */
  readonly options?: ExtractOptions;
  /**
   * Milliseconds a job stays locked to this worker without a renewal (default 30000). A worker
   * that dies (SIGKILL, a lost machine) leaves its jobs locked this long; then another worker's
   * stalled-job check puts them back on the queue.
   */
  readonly lockDuration?: number;
  /** Times a page may be found stalled (its worker died) before it is given up (default 1). */
  readonly maxStalledCount?: number;
  /** Stored on each job as `processedBy`, to see who is on which page (default: `host:pid`). */
  readonly name?: string;
  /** The worker-thread file (default: dist/batch-worker.js beside this module); for tests. */
  readonly workerUrl?: URL;
  /** Told about connection and job errors that the worker survives; default: ignored. */
  readonly onError?: (error: Error) => void;
}

/** What a worker has done since it started. */
export interface WorkerStats {
  /** Pages whose result line this worker stored (success or error). */
  readonly processed: number;
  /** Of those, pages whose line is an error result. */
  readonly errors: number;
  /** Pages that failed every attempt and were stored as error results by this worker. */
  readonly deadLetters: number;
}

/** A running queue worker. */
export interface QueueWorker {
  stats(): WorkerStats;
  /** Finishes the pages in hand, then stops taking jobs and disconnects. */
  close(): Promise<void>;
}

/**
 * Starts a worker that takes pages from a BullMQ queue on Redis (filled by {@link enqueuePages}),
 * extracts each one and stores its result line under the page id, so that a re-run or a retry
 * overwrites rather than duplicates. A bad page is stored as an error result; a job that fails
 * every attempt (a worker thread that dies on it, Redis gone) is stored as an `internal-error`
 * result and counted as a dead letter. Needs the optional dependency `bullmq`.
 *
 * @example
 * ```ts
 * const worker = await createWorker({ redis: "redis://127.0.0.1:6379", queue: "archive", concurrency: 2 });
 * process.once("SIGTERM", () => void worker.close());
 * worker.stats(); // => { processed: 0, errors: 0, deadLetters: 0 }
 * ```
 */
export async function createWorker(settings: CreateWorkerOptions): Promise<QueueWorker> {
  checkQueueName(settings.queue);
  const concurrency = settings.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a whole number, at least 1, got ${concurrency}`);
  const lockDuration = settings.lockDuration ?? 30_000;
  if (!(lockDuration >= 100)) throw new RangeError(`lockDuration must be at least 100 ms, got ${lockDuration}`);
  const { Worker } = await loadBullMq();
  const keys = queueKeys(settings.queue);
  const options = settings.options ?? {};
  const pool = await createPagePool(concurrency, options, { threadForOne: true, ...(settings.workerUrl === undefined ? {} : { workerUrl: settings.workerUrl }) });
  const onError = settings.onError ?? (() => undefined);
  let processed = 0;
  let errors = 0;
  let deadLetters = 0;

  const worker = new Worker(
    settings.queue,
    async (job) => {
      const loaded = await loadQueuedPage(job.data, job.id ?? "?");
      // A thread that dies on a page rejects here: the job fails and BullMQ retries it.
      const line = "text" in loaded ? (await pool.run(loaded)).line.slice(0, -1) : storedLine(loaded);
      await (await scripts()).storeResult(loaded.id, line);
      processed++;
      if (isErrorLine(loaded.id, line)) errors++;
    },
    {
      connection: connectionOf(settings.redis, "worker"),
      name: settings.name ?? `${hostname()}:${process.pid}`,
      concurrency: concurrency * JOBS_PER_THREAD,
      lockDuration,
      // Check for stalled jobs as often as a lock can expire, so a dead worker's pages come back soon.
      stalledInterval: Math.min(lockDuration, 30_000),
      maxStalledCount: settings.maxStalledCount ?? 1,
    },
  );

  const scripts = async () => queueScripts(await worker.client, keys);
  worker.on("error", (error) => onError(error));
  worker.on("failed", (job, error) => {
    if (job === undefined) return;
    void (async () => {
      // "failed" is also emitted for an attempt that will be retried; only the last one is a dead letter.
      if ((await job.getState()) !== "failed") return;
      const data = job.data as { id?: unknown } | null;
      const id = typeof data?.id === "string" ? data.id : `job ${job.id}`;
      const attempts = Math.max(job.attemptsMade, job.opts.attempts ?? 1);
      await (await scripts()).storeDeadLetter(id, storedLine(deadLetterResult(id, attempts, error.message)), false);
      deadLetters++;
    })().catch((e: unknown) => onError(e instanceof Error ? e : new Error(String(e))));
  });
  await worker.waitUntilReady();

  return {
    stats: () => ({ processed, errors, deadLetters }),
    close: async () => {
      await worker.close();
      await pool.close();
    },
  };
}
