import { withQueue } from "./load-bullmq.js";
import { queueScripts } from "./scripts.js";

/** Which queue {@link dropQueue} deletes. */
export interface DropOptions {
  /** A Redis URL, `redis://host:port[/db]` or `rediss://…`. */
  readonly redis: string;
  /** The queue name (no ":"). */
  readonly queue: string;
  /**
   * Drop the queue even while workers are extracting its pages (default false: refuse). Their
   * results are then stored into a queue that no longer lists its pages, and never collected.
   */
  readonly force?: boolean;
}

/** What {@link dropQueue} deleted. */
export interface DropSummary {
  /** Pages the queue had listed. */
  readonly pages: number;
  /** Result lines deleted. */
  readonly results: number;
  /** Of the pages, dead letters. */
  readonly deadLetters: number;
  /** Jobs BullMQ still held (waiting, delayed, running, or failed for good) when the queue was dropped. */
  readonly jobs: number;
}

/** A queue is still in use: the error {@link dropQueue} throws without `force`. */
export class QueueBusyError extends Error {
  override readonly name = "QueueBusyError";
  constructor(
    readonly queue: string,
    readonly active: number,
  ) {
    super(`queue "${queue}" has ${active} page(s) being extracted; stop its workers first, or force the drop`);
  }
}

/**
 * Deletes a queue from Redis once its results are collected: BullMQ's jobs and keys
 * (`bull:<queue>:*`, by BullMQ's own `obliterate`) and baoxun's page list, results and dead
 * letters (`baoxun:<queue>:*`). Results are otherwise kept until deleted, so that `collect` can
 * be run again. Refuses, with a {@link QueueBusyError}, while a worker holds one of its pages,
 * unless `force`. Dropping a queue that does not exist deletes nothing and is not an error.
 *
 * @example
 * ```ts
 * await dropQueue({ redis: "redis://127.0.0.1:6379", queue: "archive" });
 * // => { pages: 3, results: 3, deadLetters: 0, jobs: 0 }
 * ```
 */
export async function dropQueue(settings: DropOptions): Promise<DropSummary> {
  return withQueue(settings, async ({ queue, client, keys }) => {
    const counts = await queue.getJobCounts("waiting", "active", "delayed", "prioritized", "paused", "waiting-children", "failed", "completed");
    if ((counts.active ?? 0) > 0 && settings.force !== true) throw new QueueBusyError(settings.queue, counts.active ?? 0);
    const { pages, done, dead } = await queueScripts(client, keys).counts();
    // Jobs first: a drop cut short then leaves results that can still be collected, rather than
    // jobs still running into a queue whose page list is gone.
    await queue.obliterate({ force: true });
    await client.del(keys.pages, keys.results, keys.sequence, keys.dead);
    return { pages, results: done, deadLetters: dead, jobs: Object.values(counts).reduce((sum, n) => sum + n, 0) };
  });
}
