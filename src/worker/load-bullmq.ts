/** BullMQ's module, as its types describe it. */
export type BullMq = typeof import("bullmq");

/**
 * Loads BullMQ on first use. It is an optional dependency, imported only here and only by the
 * queue commands, so that `baoxun` itself and its browser bundle never load it.
 */
export async function loadBullMq(): Promise<BullMq> {
  try {
    return await import("bullmq");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") {
      throw new Error("the queue commands need the optional dependency bullmq: npm install bullmq");
    }
    throw error;
  }
}

/**
 * BullMQ's connection settings for a `redis://` or `rediss://` URL. A worker waits out a Redis
 * restart (BullMQ requires its blocking connection to retry without a limit); `enqueue` and
 * `collect` give up after a few tries, so that a wrong URL is an error and not a hang.
 */
export function connectionOf(redis: string, role: "worker" | "client"): { url: string; maxRetriesPerRequest: number | null } {
  if (!/^rediss?:\/\/./.test(redis)) throw new RangeError(`--redis takes a URL such as redis://127.0.0.1:6379, got "${redis}"`);
  return { url: redis, maxRetriesPerRequest: role === "worker" ? null : 2 };
}
