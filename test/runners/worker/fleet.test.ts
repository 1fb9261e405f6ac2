import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jobIdOf } from "../../../src/runners/worker/keys.js";
import { generateJsonl, generateLongPage, generatePage } from "./generate-pages.mjs";
import { hasRedisServer, startRedis, type TestRedis } from "./redis-server.js";

const CLI = resolve(__dirname, "../../../dist/cli.js");
const run = promisify(execFile);
const available = hasRedisServer();
if (!available) console.warn("test/worker: SKIPPED: no redis-server on this machine (Debian: apt-get install redis-server, as .ci/install-redis does)");

/** Runs the built CLI; resolves with its exit code and output whatever the code. */
async function cli(args: string[], timeoutMs = 60_000): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { timeout: timeoutMs, maxBuffer: 256 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== "number") throw error;
    return { code: e.code, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** A `baoxun worker` process, its stderr collected. */
function startWorker(url: string, queue: string, extra: string[] = []): { child: ChildProcess; stderr: () => string; exited: Promise<{ code: number | null; signal: string | null }> } {
  const child = spawn(process.execPath, [CLI, "worker", "--redis", url, "--queue", queue, "--lock-duration", "1000", ...extra], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null }>((done) => child.once("exit", (code, signal) => done({ code, signal })));
  return { child, stderr: () => stderr, exited };
}

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

function ids(jsonl: string): string[] {
  return jsonl
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => (JSON.parse(line) as { id: string }).id);
}

describe.skipIf(!available)("queue workers on a real redis-server", () => {
  let redis: TestRedis;
  let dir: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    dir = mkdtempSync(join(tmpdir(), "baoxun-worker-"));
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await redis?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("two workers, one killed with SIGKILL in the middle of a page: every page has exactly one result, equal to a single-process run", async () => {
    // 300 pages, a long page (about a second of work) in the middle, a page with an impossible
    // date (an error result from the worker) and a line without text (an error result at enqueue).
    const lines = generateJsonl(300).split("\n").filter((line) => line !== "");
    lines.splice(150, 0, JSON.stringify({ id: "page-long", text: generateLongPage(7, 150) }));
    lines.splice(40, 0, JSON.stringify({ id: "bad-date", text: generatePage(1), referenceDate: "2021-02-30" }));
    lines.splice(80, 0, JSON.stringify({ id: "no-text" }));
    const input = join(dir, "pages.jsonl");
    writeFileSync(input, `${lines.join("\n")}\n`);

    const single = await cli(["extract", input, "--out", join(dir, "single.jsonl"), "--jobs", "1", "--quiet"]);
    expect(single.code, single.stderr).toBe(3); // the two bad pages
    const expected = readFileSync(join(dir, "single.jsonl"), "utf8");
    expect(ids(expected)).toHaveLength(303);

    const queue = "fleet";
    const enqueued = await cli(["enqueue", input, "--redis", redis.url, "--queue", queue]);
    expect(enqueued.code, enqueued.stderr).toBe(0);
    expect(enqueued.stderr).toContain("enqueued 302 pages");
    expect(enqueued.stderr).toContain("1 inputs stored as error results");

    const { Queue, QueueEvents } = await import("bullmq");
    const connection = { url: redis.url };
    const events = new QueueEvents(queue, { connection });
    const stalled: string[] = [];
    events.on("stalled", ({ jobId }) => stalled.push(jobId));
    await events.waitUntilReady();
    const jobs = new Queue(queue, { connection });

    try {
      const workers = [startWorker(redis.url, queue), startWorker(redis.url, queue)];
      children.push(...workers.map((w) => w.child));

      // The victim is whichever worker takes the long page, killed as soon as it is seen on it.
      const longJob = jobIdOf("page-long");
      const holder = await until("a worker on the long page", 40_000, async () => {
        const active = await jobs.getActive();
        return active.find((job) => job.id === longJob)?.processedBy;
      });
      const victim = workers.find((w) => holder.endsWith(`:${w.child.pid}`));
      expect(victim, `processedBy ${holder}`).toBeDefined();
      victim!.child.kill("SIGKILL");
      expect(await victim!.exited).toEqual({ code: null, signal: "SIGKILL" });

      const collected = await cli(["collect", "--redis", redis.url, "--queue", queue, "--out", join(dir, "fleet.jsonl"), "--wait", "40"]);
      expect(collected.stderr).toContain("303 of 303 pages collected (2 error lines, 0 dead letters); 0 still missing");
      expect(collected.code).toBe(3);
      // The killed worker's page was found stalled and done again by the other worker.
      expect(stalled).toContain(longJob);

      const got = readFileSync(join(dir, "fleet.jsonl"), "utf8");
      expect(new Set(ids(got)).size).toBe(303);
      // Same pages, same lines, same (input) order as the single-process run.
      expect(got).toBe(expected);

      const survivor = workers.find((w) => w !== victim)!;
      survivor.child.kill("SIGTERM");
      expect((await survivor.exited).code).toBe(0);
      expect(survivor.stderr()).toMatch(/baoxun worker: \d+ pages done \(\d+ error results\), 0 dead letters/);
    } finally {
      await jobs.close();
      await events.close();
    }
  }, 120_000);

  it("collect says which pages are still missing, drop deletes them; a Redis that cannot be reached is an error, not a hang", async () => {
    const input = join(dir, "two.jsonl");
    writeFileSync(input, generateJsonl(2));
    expect((await cli(["enqueue", input, "--redis", redis.url, "--queue", "no-workers"])).code).toBe(0);
    const out = join(dir, "partial.jsonl");
    const early = await cli(["collect", "--redis", redis.url, "--queue", "no-workers", "--out", out]);
    expect(early.code).toBe(4);
    expect(early.stderr).toBe("baoxun: 0 of 2 pages collected (0 error lines, 0 dead letters); 2 still missing\n  missing: page-0001, page-0002\n");
    expect(readFileSync(out, "utf8")).toBe("");

    // Dropped: the pages are gone with their jobs, and collect finds nothing.
    const dropped = await cli(["drop", "--redis", redis.url, "--queue", "no-workers"]);
    expect(dropped).toEqual({ code: 0, stdout: "", stderr: 'baoxun: dropped queue "no-workers": 2 pages, 0 results (0 dead letters), 2 jobs\n' });
    expect((await cli(["collect", "--redis", redis.url, "--queue", "no-workers"])).stderr).toBe("baoxun: 0 of 0 pages collected (0 error lines, 0 dead letters); 0 still missing\n");
    expect((await cli(["drop", "--redis", redis.url, "--queue", "no-workers", "extra.jsonl"])).code).toBe(2);

    // Port 1 on the loopback: nothing listens there.
    const started = Date.now();
    const refused = await cli(["collect", "--redis", "redis://127.0.0.1:1", "--queue", "no-workers"], 30_000);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^baoxun collect: cannot reach Redis at redis:\/\/127\.0\.0\.1:1/);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it("a folder enqueued --by-path: workers read the files themselves; ids and lines are the batch CLI's", async () => {
    const folder = join(dir, "by-path");
    mkdirSync(join(folder, "2021-04-13"), { recursive: true });
    for (let n = 0; n < 12; n++) writeFileSync(join(folder, "2021-04-13", `${String(n).padStart(2, "0")}.txt`), generatePage(n + 40));
    writeFileSync(join(folder, "gb18030.txt"), Buffer.from([0xb1, 0xbe, 0xb1, 0xa8, 0xd1, 0xb6])); // 本报讯 in GB18030
    const single = await cli(["extract", folder, "--out", join(dir, "by-path-single.jsonl"), "--jobs", "1", "--quiet"]);
    expect(single.code, single.stderr).toBe(3);

    const queue = "by-path";
    const enqueued = await cli(["enqueue", folder, "--by-path", "--redis", redis.url, "--queue", queue]);
    expect(enqueued.stderr).toContain("enqueued 13 pages");
    const worker = startWorker(redis.url, queue, ["--concurrency", "2"]);
    children.push(worker.child);
    try {
      const out = join(dir, "by-path-fleet.jsonl");
      const collected = await cli(["collect", "--redis", redis.url, "--queue", queue, "--out", out, "--wait", "40"]);
      expect(collected.stderr).toContain("13 of 13 pages collected (1 error lines, 0 dead letters); 0 still missing");
      expect(readFileSync(out, "utf8")).toBe(readFileSync(join(dir, "by-path-single.jsonl"), "utf8"));
    } finally {
      worker.child.kill("SIGTERM");
      expect((await worker.exited).code).toBe(0);
    }
  }, 60_000);
  it("a worker with --dictionaries and --reference-date gives each page what baoxun extract gives it with the same flags", async () => {
    const dictionaries = join(dir, "dictionaries.json");
    writeFileSync(dictionaries, JSON.stringify({ roleTitles: ["网格长"], surnames: ["禤"] }));
    const page = join(dir, "grid.txt");
    writeFileSync(page, "本报讯（记者周明远）昨天上午，柳湾社区网格长禤志强介绍，社区新增志愿者80名。\n");
    const flags = ["--dictionaries", dictionaries, "--reference-date", "2021-04-13"];
    const single = await cli(["extract", page, "--out", join(dir, "grid-single.jsonl"), "--jobs", "1", "--quiet", ...flags]);
    expect(single.code, single.stderr).toBe(0);
    const expected = readFileSync(join(dir, "grid-single.jsonl"), "utf8");
    // The user dictionaries are what make 禤志强 a 网格长, and the date what resolves 昨天.
    expect(expected).toContain("网格长");
    expect(expected).toContain("2021-04-12");

    const queue = "with-dictionaries";
    expect((await cli(["enqueue", page, "--redis", redis.url, "--queue", queue])).code).toBe(0);
    const worker = startWorker(redis.url, queue, flags);
    children.push(worker.child);
    try {
      const out = join(dir, "grid-fleet.jsonl");
      const collected = await cli(["collect", "--redis", redis.url, "--queue", queue, "--out", out, "--wait", "40"]);
      expect(collected.code, collected.stderr).toBe(0);
      expect(readFileSync(out, "utf8")).toBe(expected);
    } finally {
      worker.child.kill("SIGTERM");
      expect((await worker.exited).code).toBe(0);
    }
  }, 60_000);
});
