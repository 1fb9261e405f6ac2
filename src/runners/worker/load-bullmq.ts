import { checkQueueName, queueKeys, type QueueKeys } from "./keys.js";

/** BullMQ's module, as its types describe it. */
export type BullMq = typeof import("bullmq");

/** BullMQ is not installed: the CLI's queue commands report it in one line, with exit code 2. */
export class MissingBullMqError extends Error {
  constructor() {
    super("the queue commands need the optional dependency bullmq, which is not installed: npm install bullmq");
    this.name = "MissingBullMqError";
  }
}

/**
 * Loads BullMQ on first use. It is an optional dependency, imported only here and only by the
 * queue commands, so that `baoxun` itself and its browser bundle never load it.
 */
export async function loadBullMq(): Promise<BullMq> {
  try {
    return await import("bullmq");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") throw new MissingBullMqError();
    throw error;
  }
}

/**
 * BullMQ's connection settings for a `redis://` or `rediss://` URL. A worker waits out a Redis
 * restart (BullMQ requires its blocking connection to retry without a limit); `enqueue` and
 * `collect` give up after a few tries, so that a wrong URL is an error and not a hang.
 */
export function connectionOf(redis: string, role: "worker" | "client") {
  if (!/^rediss?:\/\/./.test(redis)) throw new RangeError(`--redis takes a URL such as redis://127.0.0.1:6379, got "${redis}"`);
  if (role === "worker") return { url: redis, maxRetriesPerRequest: null };
  // Up to 4 reconnects, about 2 s in all; then ioredis stops and the command fails.
  return { url: redis, maxRetriesPerRequest: 2, retryStrategy: (times: number) => (times > 4 ? null : times * 200) };
}

/** How long `enqueue` and `collect` try to reach Redis before they give up. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * A BullMQ queue for `enqueue` and `collect`, connected, or an error saying that Redis cannot be
 * reached (rather than BullMQ waiting for it for ever).
 */
export async function openQueue(bullmq: BullMq, queue: string, redis: string): Promise<InstanceType<BullMq["Queue"]>> {
  const opened = new bullmq.Queue(queue, { connection: connectionOf(redis, "client") });
  let lastError: Error | null = null;
  // Connection errors also fail the command that needs Redis, which reports them.
  opened.on("error", (error) => (lastError = error));
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), CONNECT_TIMEOUT_MS)));
  const ready = await Promise.race([opened.waitUntilReady().then(() => "ready" as const, () => "failed" as const), timedOut]);
  clearTimeout(timer);
  if (ready === "ready") return opened;
  await opened.disconnect().catch(() => undefined);
  const why = (lastError as Error | null)?.message;
  throw new Error(`cannot reach Redis at ${redis}${why ? `: ${why}` : ""}`);
}

/** What {@link withQueue} lends: the connected queue, its Redis client, and baoxun's keys for it. */
export interface OpenedQueue {
  readonly queue: InstanceType<BullMq["Queue"]>;
  readonly client: Awaited<InstanceType<BullMq["Queue"]>["client"]>;
  readonly keys: QueueKeys;
}

/**
 * Checks the queue name, connects to the queue (or fails saying Redis cannot be reached), runs
 * `use`, and closes the connection whatever `use` did: the frame of `enqueue`, `collect` and `drop`.
 */
export async function withQueue<T>(settings: { readonly redis: string; readonly queue: string }, use: (opened: OpenedQueue) => Promise<T>): Promise<T> {
  checkQueueName(settings.queue);
  const bullmq = await loadBullMq();
  const queue = await openQueue(bullmq, settings.queue, settings.redis);
  try {
    return await use({ queue, client: await queue.client, keys: queueKeys(settings.queue) });
  } finally {
    await queue.close();
  }
}
