import { createHash } from "node:crypto";

/**
 * Where a queue's pages and results live in Redis, beside BullMQ's own `bull:<queue>:*` keys.
 * Results are keyed by page id, so that a re-run or a retry overwrites and never duplicates.
 */
export interface QueueKeys {
  /** Hash: page id → its output line (without "\n"), success or error. */
  readonly results: string;
  /** Sorted set: every page id enqueued, scored by enqueue order (the order `collect` writes). */
  readonly pages: string;
  /** Counter behind the scores of `pages`. */
  readonly sequence: string;
  /** Set: ids of pages that failed every attempt (their result is an error line). */
  readonly dead: string;
}

/** The keys of a queue's pages and results. */
export function queueKeys(queue: string): QueueKeys {
  const base = `baoxun:${queue}`;
  return { results: `${base}:results`, pages: `${base}:pages`, sequence: `${base}:sequence`, dead: `${base}:dead` };
}

/**
 * The BullMQ job id of a page id. BullMQ rejects custom ids that contain ":" or look like
 * integers (`pages.jsonl:7`, `20210413`), so the page id is hashed; the same page always gets the
 * same job id, and BullMQ ignores a second add of a job that is still waiting or running.
 */
export function jobIdOf(pageId: string): string {
  return `p${createHash("sha256").update(pageId).digest("hex").slice(0, 40)}`;
}

/** Checks a queue name: BullMQ's rule (no ":"), and not empty. */
export function checkQueueName(queue: string): void {
  if (queue === "" || queue.includes(":")) throw new RangeError(`queue name must be non-empty and without ":", got "${queue}"`);
}
