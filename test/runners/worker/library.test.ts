import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as WorkerModule from "../../../src/runners/worker/index.js";
import { generatePage } from "./generate-pages.mjs";
import { hasRedisServer, startRedis, type TestRedis } from "./redis-server.js";

// baoxun/worker as users embed it: the built dist/worker.js (npm test builds first) on a real Redis.
const available = hasRedisServer();
if (!available) console.warn("test/worker: SKIPPED: no redis-server on this machine (Debian: apt-get install redis-server, as .ci/install-redis does)");

describe("baoxun/worker, built", () => {
  it("exports exactly createWorker, enqueuePages, collectResults, dropQueue and QueueBusyError, from ESM and from CommonJS", async () => {
    const esm = (await import(resolve(__dirname, "../../../dist/worker.js"))) as typeof WorkerModule;
    const cjs = createRequire(import.meta.url)(resolve(__dirname, "../../../dist/worker.cjs")) as typeof WorkerModule;
    const names = ["QueueBusyError", "collectResults", "createWorker", "dropQueue", "enqueuePages"];
    expect(Object.keys(esm).sort()).toEqual(names);
    expect(Object.keys(cjs).sort()).toEqual(names);
  });

  it("is not part of the main entry, which never loads bullmq", () => {
    for (const file of ["index.js", "index.cjs"]) expect(readFileSync(resolve(__dirname, "../../../dist", file), "utf8")).not.toMatch(/bullmq|createWorker/);
  });
});

describe.skipIf(!available)("createWorker, enqueuePages and collectResults on a real redis-server", () => {
  let redis: TestRedis;

  beforeAll(async () => {
    redis = await startRedis();
  });

  afterAll(async () => {
    await redis?.stop();
  });

  it("a page that fails every attempt ends as a dead-letter error result; enqueued again, a page is done again and replaced, never duplicated", async () => {
    const { collectResults, createWorker, enqueuePages } = (await import(resolve(__dirname, "../../../dist/worker.js"))) as typeof WorkerModule;
    const { extract } = (await import(resolve(__dirname, "../../../dist/index.js"))) as typeof import("../../../src/index.js");
    const queue = "dead-letters";
    const settings = { redis: redis.url, queue };
    const lines: string[] = [];
    const collect = async (waitMs: number) => {
      lines.length = 0;
      return collectResults({ ...settings, waitMs }, (line) => lines.push(line));
    };

    expect(await enqueuePages([{ id: "poison-1", text: generatePage(2) }, { id: "ok-1", text: generatePage(3) }], { ...settings, attempts: 2 })).toEqual({ enqueued: 2, errors: 0, duplicates: 0 });
    // No worker yet: nothing is lost, both pages are reported missing.
    expect(await collect(0)).toEqual({ pages: 2, written: 0, errors: 0, deadLetters: 0, missing: 2, missingIds: ["poison-1", "ok-1"] });
    expect(lines).toEqual([]);

    // A worker whose thread throws on "poison…" pages, as a thread that crashes on a page would.
    const failing = await createWorker({ ...settings, lockDuration: 1000, workerUrl: pathToFileURL(resolve(__dirname, "failing-thread.mjs")) });
    try {
      const summary = await collect(20_000);
      expect(summary).toEqual({ pages: 2, written: 2, errors: 1, deadLetters: 1, missing: 0, missingIds: [] });
      const poison = JSON.parse(lines[0]!) as { id: string; error: { code: string; message: string } };
      expect(poison.id).toBe("poison-1");
      expect(poison.error.code).toBe("internal-error");
      expect(poison.error.message).toMatch(/failed all 2 attempt\(s\).*poisoned page/);
      expect(failing.stats()).toEqual({ processed: 1, errors: 0, deadLetters: 1 });
    } finally {
      await failing.close();
    }

    // Enqueued again: the dead letter is done by a sound worker, and ok-1's new text replaces its old result.
    await enqueuePages([{ id: "ok-1", text: generatePage(4) }, { id: "poison-1", text: generatePage(2) }], settings);
    const sound = await createWorker({ ...settings, lockDuration: 1000 });
    try {
      const summary = await collect(20_000);
      expect(summary).toEqual({ pages: 2, written: 2, errors: 0, deadLetters: 0, missing: 0, missingIds: [] });
      // Still in the first enqueue order, one line each.
      expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(["poison-1", "ok-1"]);
      expect(JSON.parse(lines[1]!)).toEqual({ id: "ok-1", graph: JSON.parse(JSON.stringify(extract(generatePage(4)))) });
      expect(JSON.parse(lines[0]!)).toEqual({ id: "poison-1", graph: JSON.parse(JSON.stringify(extract(generatePage(2)))) });
    } finally {
      await sound.close();
    }
  }, 60_000);
  it("dropQueue deletes a queue's jobs, pages and results; while a page is being extracted it refuses, unless forced", async () => {
    const { collectResults, createWorker, dropQueue, enqueuePages, QueueBusyError } = (await import(resolve(__dirname, "../../../dist/worker.js"))) as typeof WorkerModule;
    const queue = "to-drop";
    const settings = { redis: redis.url, queue };
    const collect = (waitMs = 0) => collectResults({ ...settings, waitMs }, () => undefined);

    await enqueuePages([{ id: "a", text: generatePage(5) }, { id: "b", text: generatePage(6) }], settings);
    const worker = await createWorker(settings);
    try {
      expect(await collect(20_000)).toMatchObject({ pages: 2, written: 2, missing: 0 });
    } finally {
      await worker.close();
    }

    // A third page, taken by a worker that holds it: the queue is in use.
    await enqueuePages([{ id: "c", text: generatePage(7) }], settings);
    const { Worker } = await import("bullmq");
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let taken = () => {};
    const took = new Promise<void>((resolve) => (taken = resolve));
    const holder = new Worker(queue, async () => { taken(); await held; }, { connection: { url: redis.url, maxRetriesPerRequest: null } });
    holder.on("error", () => undefined);
    try {
      await took;
      const refused = await dropQueue(settings).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(QueueBusyError);
      expect((refused as InstanceType<typeof QueueBusyError>).message).toBe('queue "to-drop" has 1 page(s) being extracted; stop its workers first, or force the drop');
      // Refused means untouched.
      expect(await collect()).toEqual({ pages: 3, written: 2, errors: 0, deadLetters: 0, missing: 1, missingIds: ["c"] });

      expect(await dropQueue({ ...settings, force: true })).toEqual({ pages: 3, results: 2, deadLetters: 0, jobs: 1 });
    } finally {
      release();
      await holder.close();
    }
    expect(await collect()).toEqual({ pages: 0, written: 0, errors: 0, deadLetters: 0, missing: 0, missingIds: [] });
    const Redis = createRequire(import.meta.url)("ioredis") as typeof import("ioredis").default;
    const client = new Redis(redis.url);
    try {
      expect(await client.keys(`baoxun:${queue}:*`)).toEqual([]);
      // BullMQ's own keys: none left that holds a job or a page.
      expect((await client.keys(`bull:${queue}:*`)).filter((key) => /:(wait|active|completed|failed|delayed|id|[0-9a-f]{8,}|p[0-9a-f]{40})$/.test(key))).toEqual([]);
    } finally {
      client.disconnect();
    }

    // Dropping what is not there deletes nothing.
    expect(await dropQueue(settings)).toEqual({ pages: 0, results: 0, deadLetters: 0, jobs: 0 });
  }, 60_000);
});
