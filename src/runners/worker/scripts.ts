import type { QueueKeys } from "./keys.js";

/** The part of BullMQ's Redis client that the scripts need (it runs on ioredis, node-redis or Bun). */
interface ScriptClient {
  defineCommand(name: string, definition: { numberOfKeys: number; lua: string }): void;
  runCommand(name: string, args: (string | number)[]): Promise<unknown>;
}

/**
 * Each step on Redis is one Lua script: atomic (a killed process leaves it done or not done), one
 * round trip, and portable across the Redis clients BullMQ supports.
 */
const SCRIPTS = {
  // KEYS: results, dead. ARGV: id, line. A page done again after a dead letter is no longer one.
  baoxunStoreResult: {
    numberOfKeys: 2,
    lua: `redis.call("HSET", KEYS[1], ARGV[1], ARGV[2]) redis.call("SREM", KEYS[2], ARGV[1]) return 1`,
  },
  // KEYS: results, dead. ARGV: id, line, keep ("1": a line stored meanwhile wins). Returns the stored line.
  baoxunStoreDeadLetter: {
    numberOfKeys: 2,
    lua: `if ARGV[3] == "1" then redis.call("HSETNX", KEYS[1], ARGV[1], ARGV[2]) else redis.call("HSET", KEYS[1], ARGV[1], ARGV[2]) end
redis.call("SADD", KEYS[2], ARGV[1]) return redis.call("HGET", KEYS[1], ARGV[1])`,
  },
  // KEYS: pages, sequence, results, dead. ARGV: id1, line1, id2, line2, … (line "" for a page that
  // gets a job). Records the ids in order (NX: a page enqueued again keeps its place), stores the
  // lines given, and returns for each id whether it is a dead letter (its failed job must go first).
  baoxunRegisterPages: {
    numberOfKeys: 4,
    lua: `local n = #ARGV / 2
local last = redis.call("INCRBY", KEYS[2], n)
local dead = {}
for i = 1, n do
  local id, line = ARGV[2 * i - 1], ARGV[2 * i]
  redis.call("ZADD", KEYS[1], "NX", last - n + i, id)
  dead[i] = redis.call("SISMEMBER", KEYS[4], id)
  if line ~= "" then
    redis.call("HSET", KEYS[3], id, line)
    redis.call("SREM", KEYS[4], id)
  end
end
return dead`,
  },
  // KEYS: pages, results, dead. Returns { pages, pages with a result, dead letters }.
  baoxunCounts: {
    numberOfKeys: 3,
    lua: `return { redis.call("ZCARD", KEYS[1]), redis.call("HLEN", KEYS[2]), redis.call("SCARD", KEYS[3]) }`,
  },
} as const;

/** The scripts, bound to one client and one queue's keys. */
export interface QueueScripts {
  storeResult(id: string, line: string): Promise<void>;
  storeDeadLetter(id: string, line: string, keepExisting: boolean): Promise<string>;
  /** Returns, per page, whether it is a dead letter. */
  registerPages(pages: readonly { readonly id: string; readonly line: string | null }[]): Promise<boolean[]>;
  counts(): Promise<{ pages: number; done: number; dead: number }>;
}

const defined = new WeakSet<object>();

/** Binds the scripts to a client (defining them on it once) and a queue's keys. */
export function queueScripts(client: ScriptClient, keys: QueueKeys): QueueScripts {
  if (!defined.has(client)) {
    for (const [name, definition] of Object.entries(SCRIPTS)) client.defineCommand(name, definition);
    defined.add(client);
  }
  return {
    storeResult: async (id, line) => {
      await client.runCommand("baoxunStoreResult", [keys.results, keys.dead, id, line]);
    },
    storeDeadLetter: async (id, line, keepExisting) =>
      String(await client.runCommand("baoxunStoreDeadLetter", [keys.results, keys.dead, id, line, keepExisting ? "1" : "0"])),
    registerPages: async (pages) => {
      const args = pages.flatMap((page) => [page.id, page.line ?? ""]);
      const dead = (await client.runCommand("baoxunRegisterPages", [keys.pages, keys.sequence, keys.results, keys.dead, ...args])) as number[];
      return dead.map((flag) => flag === 1);
    },
    counts: async () => {
      const [pages, done, dead] = (await client.runCommand("baoxunCounts", [keys.pages, keys.results, keys.dead])) as number[];
      return { pages: pages ?? 0, done: done ?? 0, dead: dead ?? 0 };
    },
  };
}
