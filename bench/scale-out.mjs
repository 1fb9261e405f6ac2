// Pages per second with 1, 2 and 4 queue workers (`baoxun worker`, one process each, on a Redis
// started here on a loopback port), against the single-process batch CLI on the same pages.
// Prints a markdown table. Needs `npm run build` and a redis-server (Debian: .ci/install-redis).
//
//   node bench/scale-out.mjs [--pages N] [--workers 1,2,4] [--rounds R]
//
// Every setup runs R times (default 3), the setups taking turns, and the best time is kept: on a
// machine shared with other work, that is the one least disturbed.
// The pages are invented (test/runners/worker/generate-pages.mjs), a few ms of work each. A batch CLI run
// is timed from start to exit (its start-up included); a worker run from the moment the filled
// queue is resumed, with the workers already up, to the last page done.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, connect } from "node:net";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateJsonl } from "../test/runners/worker/generate-pages.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cli = resolve(root, "dist/cli.js");
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] ?? fallback : fallback);
const pageCount = Number(option("--pages", "2000"));
const workerCounts = option("--workers", "1,2,4").split(",").map(Number);
const rounds = Number(option("--rounds", "3"));

if (spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status !== 0) {
  console.error("bench/scale-out: needs redis-server (Debian: apt-get install redis-server)");
  process.exit(2);
}
const { enqueuePages, collectResults } = await import(pathToFileURL(resolve(root, "dist/worker.js")).href);
const { Queue } = await import("bullmq");

const dir = mkdtempSync(join(tmpdir(), "baoxun-scale-out-"));
const input = join(dir, "pages.jsonl");
writeFileSync(input, generateJsonl(pageCount));
const pages = readFileSync(input, "utf8").split("\n").filter((l) => l !== "").map((l) => JSON.parse(l));
const redis = await startRedis();
const rows = [];
let expected = null;
let queues = 0;

try {
  console.log(`# baoxun scale-out\n`);
  console.log(`node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} × ${availableParallelism()}, load average before ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  console.log(`${pageCount} invented pages (${(Buffer.byteLength(readFileSync(input)) / 1e6).toFixed(1)} MB of JSON Lines)\n`);

  const setups = [
    ...[1, availableParallelism()].map((jobs) => ({
      name: `batch CLI, one process, --jobs ${jobs}`,
      command: `baoxun extract pages.jsonl --out results.jsonl --jobs ${jobs}`,
      run: () => runBatch(jobs),
    })),
    ...workerCounts.map((count) => ({
      name: `${count} worker process${count > 1 ? "es" : ""}, --concurrency 1 each`,
      command: `baoxun worker --redis URL --queue NAME  (× ${count})`,
      run: () => runWorkers(count, 1),
    })),
    {
      name: `1 worker process, --concurrency ${availableParallelism()}`,
      command: `baoxun worker --redis URL --queue NAME --concurrency ${availableParallelism()}`,
      run: () => runWorkers(1, availableParallelism()),
    },
  ];
  const times = setups.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, setup] of setups.entries()) times[i].push(await setup.run());
  }
  for (const [i, setup] of setups.entries()) {
    const best = times[i].reduce((a, b) => (b.seconds < a.seconds ? b : a));
    rows.push([setup.name, setup.command, best, times[i]]);
  }

  console.log(`| run | command | pages/s (best of ${rounds}) | wall s, all runs | pages per CPU-second |`);
  console.log("|---|---|---:|---|---:|");
  for (const [name, command, best, all] of rows) {
    const cpu = Math.min(...all.map((t) => t.cpu));
    console.log(`| ${name} | \`${command}\` | ${(pageCount / best.seconds).toFixed(0)} | ${all.map((t) => t.seconds.toFixed(1)).join(", ")} | ${(pageCount / cpu).toFixed(0)} |`);
  }
  console.log("\nCPU counts every process of a run (the CLI or the workers, their threads, and Redis for worker runs), start-up included.");
  console.log(`\nload average after ${loadavg().map((l) => l.toFixed(2)).join(" ")}; every worker run's results equal the batch CLI's, line for line.`);
} finally {
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
}

/** CPU seconds of this process's finished children (every process a run starts is one), from /proc. */
function childCpuSeconds() {
  try {
    // Fields 16 and 17 of /proc/self/stat (after the ")" that ends the command name): cutime, cstime.
    const fields = readFileSync("/proc/self/stat", "utf8").split(")").pop().trim().split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return NaN;
  }
}

/** CPU seconds redis-server has used, from INFO (via redis-cli); NaN without redis-cli. */
function redisCpuSeconds() {
  const info = spawnSync("redis-cli", ["-u", redis.url, "info", "cpu"], { encoding: "utf8" });
  if (info.status !== 0) return NaN;
  const value = (name) => Number(new RegExp(`^${name}:([\\d.]+)`, "m").exec(info.stdout)?.[1] ?? NaN);
  return value("used_cpu_user") + value("used_cpu_sys");
}

/** One batch CLI run over the pages, in seconds. */
async function runBatch(jobs) {
  const out = join(dir, `single-${jobs}.jsonl`);
  const cpuBefore = childCpuSeconds();
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, "extract", input, "--out", out, "--jobs", String(jobs), "--quiet", "--overwrite"], { stdio: ["ignore", "ignore", "inherit"] });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`batch CLI exited ${result.status}`);
  expected ??= readFileSync(out, "utf8");
  return { seconds, cpu: childCpuSeconds() - cpuBefore };
}

/** One run of `count` workers of `concurrency` threads over the pages (enqueued first, not timed), in seconds. */
async function runWorkers(count, concurrency) {
  const queue = `scale-out-${++queues}`;
  await enqueuePages(pages, { redis: redis.url, queue });
  const counter = new Queue(queue, { connection: { url: redis.url } });
  // Paused until every worker is up: a worker's start-up (a second or more) is paid once, not per run.
  await counter.pause();
  const workers = Array.from({ length: count }, () =>
    spawn(process.execPath, [cli, "worker", "--redis", redis.url, "--queue", queue, "--concurrency", String(concurrency)], { stdio: ["ignore", "ignore", "pipe"] }),
  );
  await Promise.all(workers.map((worker) => new Promise((ready, failed) => {
    let said = "";
    worker.stderr.on("data", (chunk) => {
      said += chunk;
      if (said.includes("taking pages")) ready();
    });
    worker.once("exit", (code) => failed(new Error(`worker exited ${code}: ${said}`)));
  })));
  const started = performance.now();
  const cpuBefore = childCpuSeconds() + redisCpuSeconds();
  await counter.resume();
  let seconds;
  try {
    for (const deadline = Date.now() + 600_000; ; ) {
      const counts = await counter.getJobCounts("waiting", "active", "delayed", "prioritized");
      if (Object.values(counts).every((n) => n === 0)) break;
      if (Date.now() > deadline) throw new Error("workers did not finish in 10 minutes");
      await new Promise((r) => setTimeout(r, 50));
    }
    seconds = (performance.now() - started) / 1000;
  } finally {
    for (const worker of workers) worker.kill("SIGTERM");
    await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r() : w.once("exit", r)))));
    await counter.close();
  }
  let got = "";
  const summary = await collectResults({ redis: redis.url, queue }, (line) => (got += line));
  if (summary.missing !== 0 || got !== expected) throw new Error(`${count} workers: results differ from the batch CLI's (${summary.missing} missing)`);
  // Workers' CPU includes their start-up (their time is counted when they exit), Redis's does not.
  return { seconds, cpu: childCpuSeconds() + redisCpuSeconds() - cpuBefore };
}

/** redis-server on a free 127.0.0.1 port, without persistence. */
async function startRedis() {
  const server = createServer();
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address();
  await new Promise((r) => server.close(r));
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  for (let i = 0; ; i++) {
    const up = await new Promise((r) => connect(port, "127.0.0.1").once("connect", function () { this.end(); r(true); }).once("error", () => r(false)));
    if (up) break;
    if (i > 200) throw new Error("redis-server did not start");
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () => new Promise((r) => { child.once("exit", r); child.kill("SIGTERM"); }),
  };
}
