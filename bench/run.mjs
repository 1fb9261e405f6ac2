// `npm run bench`: baoxun's speed, start-up, scaling and memory, with the peer libraries measured
// in the same run on the same text. Prints markdown tables to stdout.
//
//   node bench/run.mjs [--quick] [--only throughput,stages,segmentit,startup,cli,scaling]
//
// --quick runs fewer iterations and sizes (a smoke test, not a measurement).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, cpus, loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Bench } from "tinybench";
import { issueSizes, multiPage, pathological, samplePage, sourcePages } from "./inputs.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const child = resolve(here, "child.mjs");
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const onlyArg = args.find((a) => a.startsWith("--only"));
const only = onlyArg ? (onlyArg.includes("=") ? onlyArg.split("=")[1] : args[args.indexOf(onlyArg) + 1] ?? "").split(",") : null;
const wants = (section) => !only || only.includes(section);

// Measure a snapshot of dist/, so that a rebuild running meanwhile (tsup cleans dist/ first)
// cannot pull files from under the benchmark. It stays inside the repository (in the gitignored
// bench/results/) so that the CLI still resolves its dependencies from node_modules.
if (!existsSync(resolve(root, "dist/index.js")) || !existsSync(resolve(root, "dist/cli.js"))) {
  console.error("bench: dist/ is missing or incomplete; run `npm run build` first (npm run bench does)");
  process.exit(2);
}
const dist = resolve(here, `results/dist-${process.pid}`);
cpSync(resolve(root, "dist"), dist, { recursive: true });
process.on("exit", () => rmSync(dist, { recursive: true, force: true }));
process.on("SIGINT", () => process.exit(130));
process.env.BAOXUN_DIST = dist;
const cliJs = resolve(dist, "cli.js");
const baoxun = await import(pathToFileURL(resolve(dist, "index.js")).href);
const { extract } = baoxun;

console.log(`# baoxun benchmark\n`);
console.log(`node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} × ${availableParallelism()}, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
console.log(`multi-page text: ${sourcePages().source}${quick ? "\n(--quick: fewer iterations and sizes; not a measurement)" : ""}\n`);

const REFERENCE_DATE = "2021-04-13";
const sample = samplePage();
const twoMb = multiPage(2_000_000);

if (wants("throughput")) await throughput();
if (wants("stages")) stages();
if (wants("segmentit")) segmentit();
if (wants("startup")) startup();
if (wants("cli")) cli();
if (wants("scaling")) scaling();

/** Runs `fn` under tinybench and returns the median time of one call, in ms. */
async function median(name, fn, { iterations, time }) {
  const bench = new Bench({ name, iterations, time, warmupIterations: Math.min(iterations, 2), warmupTime: 0, throws: true });
  bench.add(name, fn);
  await bench.run();
  const result = bench.tasks[0].result;
  if (result.state !== "completed") throw new Error(`${name}: ${result.state} ${result.error?.message ?? ""}`);
  return result.latency.p50;
}

async function throughput() {
  const require = createRequire(import.meta.url);
  const { Jieba } = require("@node-rs/jieba");
  const { dict } = require("@node-rs/jieba/dict");
  const jiebaRs = Jieba.withDict(dict);
  const jiebaWasm = require("jieba-wasm");
  const chrono = require("chrono-node");
  const reference = new Date(`${REFERENCE_DATE}T00:00:00`);

  const texts = [
    { name: "sample page", text: sample, big: false },
    { name: "2 MB, many pages", text: twoMb, big: true },
  ];
  const peers = [
    { name: "@node-rs/jieba cut (hmm)", run: (t) => jiebaRs.cut(t, true) },
    { name: "@node-rs/jieba tag (hmm)", run: (t) => jiebaRs.tag(t, true) },
    { name: "jieba-wasm cut (hmm)", run: (t) => jiebaWasm.cut(t, true) },
    { name: "jieba-wasm tag (hmm)", run: (t) => jiebaWasm.tag(t, true) },
    { name: "chrono-node zh parse", run: (t) => chrono.zh.parse(t, reference) },
  ];

  console.log(`## Throughput: full extraction against the peers, same text, same run\n`);
  console.log(`ratio = baoxun chars/s ÷ peer chars/s (above 1: baoxun is faster, though it does far more).\n`);
  console.log(`| text | chars | library | median ms | chars/s | baoxun ÷ peer |`);
  console.log(`|---|---:|---|---:|---:|---:|`);
  for (const { name, text, big } of texts) {
    const libraries = [{ name: "**baoxun extract**", run: (t) => extract(t, { referenceDate: REFERENCE_DATE }) }, ...peers];
    // The sample page: tinybench medians. The 2 MB text: a few seconds a call, so rounds in
    // which every library runs once, interleaved, keeping each one's fastest: on a machine whose
    // load changes from minute to minute, every library then sees the same conditions.
    const times = big ? interleavedFastest(libraries, text, quick ? 1 : 3) : [];
    if (!big) for (const l of libraries) times.push(await median(`${l.name} ${name}`, () => l.run(text), { iterations: quick ? 5 : 50, time: quick ? 100 : 1000 }));
    const baoxunRate = text.length / (times[0] / 1000);
    libraries.forEach((library, i) => {
      const rate = text.length / (times[i] / 1000);
      console.log(`| ${name} | ${text.length} | ${library.name} | ${fmtMs(times[i])} | ${fmtRate(rate)} | ${i === 0 ? 1 : (baoxunRate / rate).toFixed(2)} |`);
    });
  }
  console.log(`\nSample page: tinybench median. 2 MB: fastest of ${quick ? 1 : 3} interleaved rounds after a warm-up round.`);

  console.log(`\n## Pathological inputs (baoxun only)\n`);
  console.log(`| input | chars | median ms | chars/s | articles |`);
  console.log(`|---|---:|---:|---:|---:|`);
  for (const [name, make] of Object.entries(pathological)) {
    const text = make(issueSizes[name]);
    const ms = await median(name, () => extract(text), { iterations: quick ? 1 : 3, time: 0 });
    const articles = extract(text).articles.length;
    console.log(`| ${name} | ${text.length} | ${fmtMs(ms)} | ${fmtRate(text.length / (ms / 1000))} | ${articles} |`);
  }
  console.log("");
}

/** Where the time goes: each stage of `extract` on its own, on the 2 MB text (fastest of 3). */
function stages() {
  const { repairLayout, detectArticles, extractWhen, extractWho, buildGraph } = baoxun;
  const runs = quick ? 1 : 3;
  const best = { repairLayout: Infinity, detectArticles: Infinity, extractWhen: Infinity, extractWho: Infinity, buildGraph: Infinity };
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const repaired = repairLayout(twoMb);
    const t1 = performance.now();
    const page = detectArticles(repaired);
    const t2 = performance.now();
    const when = extractWhen(page, { referenceDate: REFERENCE_DATE });
    const t3 = performance.now();
    const who = extractWho(page);
    const t4 = performance.now();
    buildGraph(page, who, when);
    const t5 = performance.now();
    const times = { repairLayout: t1 - t0, detectArticles: t2 - t1, extractWhen: t3 - t2, extractWho: t4 - t3, buildGraph: t5 - t4 };
    for (const [stage, ms] of Object.entries(times)) best[stage] = Math.min(best[stage], ms);
  }
  const total = Object.values(best).reduce((a, b) => a + b, 0);
  console.log(`## Where the time goes: each stage on the 2 MB text (fastest of ${runs})\n`);
  console.log(`| stage | ms | share | chars/s |`);
  console.log(`|---|---:|---:|---:|`);
  for (const [stage, ms] of Object.entries(best)) console.log(`| ${stage} | ${fmtMs(ms)} | ${((100 * ms) / total).toFixed(0)} % | ${fmtRate(twoMb.length / (ms / 1000))} |`);
  console.log(`| all | ${fmtMs(total)} | 100 % | ${fmtRate(twoMb.length / (total / 1000))} |\n`);
}

/** segmentit is slow and superlinear on long text: each size runs in a child with a heap cap and a deadline. */
function segmentit() {
  console.log(`## segmentit tagging (child process, --max-old-space-size=2048, 60 s deadline per size)\n`);
  console.log(`| text | chars | load ms | tag ms | chars/s | baoxun ÷ segmentit | outcome |`);
  console.log(`|---|---:|---:|---:|---:|---:|---|`);
  const sizes = quick ? ["sample", "10000"] : ["sample", "10000", "100000", "2000000"];
  for (const size of sizes) {
    const text = size === "sample" ? sample : multiPage(Number(size));
    extract(text);
    const baoxunMs = Math.min(...[0, 1, 2].map(() => timeOnce(() => extract(text))));
    const run = spawnSync(process.execPath, ["--max-old-space-size=2048", child, "segmentit", size], { encoding: "utf8", timeout: 60_000 });
    const label = size === "sample" ? "sample page" : `${Number(size) / 1000} K chars, many pages`;
    const result = lastJson(run.stdout);
    if (result) {
      const rate = result.chars / (result.ms / 1000);
      console.log(`| ${label} | ${result.chars} | ${fmtMs(result.loadMs)} | ${fmtMs(result.ms)} | ${fmtRate(rate)} | ${(text.length / (baoxunMs / 1000) / rate).toFixed(1)} | ok, heap ${fmtBytes(result.heapUsed)} |`);
    } else {
      const why = run.error?.code === "ETIMEDOUT" ? "killed after 60 s" : run.signal ? `killed by ${run.signal}` : `exit ${run.status}: ${(run.stderr.match(/(FATAL ERROR[^\n]*|heap out of memory)/u) ?? [run.stderr.trim().split("\n").pop()])[0]}`;
      console.log(`| ${label} | ${text.length} | – | – | – | – | ${why} |`);
    }
  }
  console.log("");
}

function startup() {
  const runs = quick ? 3 : 21;
  const results = [];
  for (let i = 0; i < runs; i++) {
    const run = spawnSync(process.execPath, [child, "startup"], { encoding: "utf8" });
    const result = lastJson(run.stdout);
    if (!result) throw new Error(`startup child failed: ${run.stderr}`);
    results.push(result);
  }
  const med = (key) => medianOf(results.map((r) => r[key]));
  // The quartiles too: on a shared VM the median of one run moves by a few ms from minute to minute.
  const totals = results.map((r) => r.totalMs).sort((a, b) => a - b);
  const quartile = (q) => totals[Math.min(totals.length - 1, Math.floor(q * (totals.length - 1)))];
  console.log(`## Start-up: import to first result, in a fresh process (median of ${runs})\n`);
  console.log(`| node boot (before import) | import baoxun | first extract (sample page) | import → first result | p25–p75 | target |`);
  console.log(`|---:|---:|---:|---:|---:|---:|`);
  console.log(
    `| ${fmtMs(med("nodeStart"))} | ${fmtMs(med("importMs"))} | ${fmtMs(med("firstExtractMs"))} | **${fmtMs(med("totalMs"))}** | ${fmtMs(quartile(0.25))}–${fmtMs(quartile(0.75))} | < 50 ms |\n`,
  );
}

function cli() {
  const runs = quick ? 3 : 21;
  const commands = {
    node: ["-e", ""],
    json: [cliJs, "extract", "examples/sample-page.txt"],
    summary: [cliJs, "extract", "examples/sample-page.txt", "--format", "summary"],
  };
  // Interleaved, one run of each command per round, so that they share the machine's moods: run
  // in blocks, the JSON command read 40 ms slower than the summary twice, and the same in an A/B.
  const times = { node: [], json: [], summary: [] };
  for (let i = 0; i < runs; i++) {
    for (const [name, argv] of Object.entries(commands)) {
      const t0 = performance.now();
      const run = spawnSync(process.execPath, argv, { cwd: root, encoding: "utf8" });
      times[name].push(performance.now() - t0);
      if (run.status !== 0) throw new Error(`${argv.join(" ")} exited ${run.status}: ${run.stderr}`);
    }
  }
  const [node, json, summary] = [times.node, times.json, times.summary].map(medianOf);
  console.log(`## CLI as a whole process (wall time, median of ${runs} interleaved runs)\n`);
  console.log(`| command | median ms | target |`);
  console.log(`|---|---:|---:|`);
  console.log(`| node -e "" (baseline: node itself) | ${fmtMs(node)} | |`);
  console.log(`| baoxun extract examples/sample-page.txt | **${fmtMs(json)}** | < 250 ms |`);
  console.log(`| baoxun extract examples/sample-page.txt --format summary | ${fmtMs(summary)} | < 250 ms |\n`);
}

/**
 * Each size in a fresh process: time of one extract after a warm-up on other text, and memory.
 * Peak heap is the largest V8 heap size seen at any GC (--trace-gc) or at the end, less the heap
 * before the call (which already holds the input); peak RSS is the kernel's high-water mark
 * above the RSS before the call, so it also counts typed arrays outside the V8 heap.
 */
function scaling() {
  const sizes = quick ? [10_000, 100_000, 1_000_000] : [10_000, 30_000, 100_000, 300_000, 1_000_000, 3_000_000, 10_000_000];
  console.log(`## Scaling: one extract per size, each in a fresh process\n`);
  console.log(
    `First call: the one call whose memory the other columns describe, in a process warmed up on 20 K characters only, so partly unoptimised. Warm: the fastest of the repeats of the same call in that process (at least three, about one and a half seconds' worth); the growth column compares these. Peak heap: the largest V8 heap seen at a GC or at the end, less the heap before the call (which holds the input); it includes garbage not yet collected, and the young generation (up to 16 MiB whatever the input, so it weighs on small sizes). 1 MiB young generation: the same call run again with --max-semi-space-size=1, so that young garbage is collected as it comes: the heap the call needs. Marginal: the growth of peak heap from the previous size, per added character (the per-character cost without fixed costs). Live after mark-compact: the largest heap left by a full GC during the call (the retained result when none ran). Peak RSS: kernel high-water mark less RSS before the call (includes typed arrays outside the heap). Retained: heap still held by the result after a full GC.\n`,
  );
  console.log(`| chars | first call ms | warm ms | warm chars/s | warm time ÷ previous (size ×) | peak heap | heap B/char | heap B/char, 1 MiB young generation | marginal B/char | live after mark-compact B/char | peak RSS B/char | retained B/char | articles |`);
  console.log(`|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
  let previous = null;
  for (const chars of sizes) {
    const run = scaleRun(chars, []);
    if (run.failed) {
      console.log(`| ${chars} | failed: ${run.failed} |`);
      continue;
    }
    const { result, peakHeap, peakLive } = run;
    // The same call with V8's young generation held at 1 MiB: what the call needs, not what V8
    // lets pile up before collecting (it grows the young generation to 16 MiB when memory is free).
    const small = scaleRun(chars, ["--max-semi-space-size=1"]);
    const smallPeak = small.failed ? "–" : (small.peakHeap / result.chars).toFixed(1);
    const growth = previous ? `${(result.warmMs / previous.warmMs).toFixed(1)} (×${(result.chars / previous.chars).toFixed(1)})` : "";
    const marginal = previous ? ((peakHeap - previous.peakHeap) / (result.chars - previous.chars)).toFixed(1) : "";
    console.log(
      `| ${result.chars} | ${fmtMs(result.ms)} | ${fmtMs(result.warmMs)} | ${fmtRate(result.chars / (result.warmMs / 1000))} | ${growth} | ${fmtBytes(peakHeap)} | ${(peakHeap / result.chars).toFixed(1)} | ${smallPeak} | ${marginal} | ${(peakLive / result.chars).toFixed(1)} | ${result.rssGrowth === null ? "–" : (result.rssGrowth / result.chars).toFixed(1)} | ${(result.retained / result.chars).toFixed(1)} | ${result.articles} |`,
    );
    previous = { ...result, peakHeap };
  }
  console.log(`\nTarget: linear growth, peak heap below 20 bytes per input character.\n`);
}

/** One `extract` of `chars` characters in a fresh process with the given node flags; its GC trace read for peak and live heap. */
function scaleRun(chars, flags) {
  const run = spawnSync(process.execPath, ["--expose-gc", "--trace-gc", "--max-old-space-size=8192", ...flags, child, "scale", String(chars)], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const result = lastJson(run.stdout);
  if (!result) return { failed: `exit ${run.status} ${run.stderr.trim().split("\n").pop()}` };
  const during = run.stdout.slice(run.stdout.indexOf("BENCH-START"), run.stdout.indexOf("BENCH-END"));
  let peakMb = 0;
  let liveMb = 0;
  for (const m of during.matchAll(/(Scavenge|Mark-Compact|Mark-sweep)(?: \([a-z ]+\))? (\d+(?:\.\d+)?) \((\d+(?:\.\d+)?)\) -> (\d+(?:\.\d+)?) /gu)) {
    peakMb = Math.max(peakMb, Number(m[2]));
    // After a scavenge the old generation still holds its garbage: only a full GC says what is live.
    if (m[1] !== "Scavenge") liveMb = Math.max(liveMb, Number(m[4]));
  }
  return {
    result,
    peakHeap: Math.max(peakMb * 1024 * 1024, result.heapAtEnd) - result.heapBefore,
    peakLive: Math.max(liveMb * 1024 * 1024 - result.heapBefore, result.retained),
  };
}

/** Runs every library once per round, in turn, after one warm-up round; returns each one's fastest ms. */
function interleavedFastest(libraries, text, rounds) {
  const best = libraries.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round <= rounds; round++) {
    libraries.forEach((library, i) => {
      const ms = timeOnce(() => library.run(text));
      if (round > 0) best[i] = Math.min(best[i], ms);
    });
  }
  return best;
}

function timeOnce(fn) {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** The child's result: its last JSON line (with --trace-gc, a GC line can still follow it). */
function lastJson(stdout) {
  const lines = (stdout ?? "").trim().split("\n");
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!lines[i].startsWith("{")) continue;
    try {
      return JSON.parse(lines[i]);
    } catch {
      return null;
    }
  }
  return null;
}

function medianOf(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function fmtMs(ms) {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

function fmtRate(perSecond) {
  return perSecond >= 1e6 ? `${(perSecond / 1e6).toFixed(2)} M` : `${(perSecond / 1e3).toFixed(1)} K`;
}

function fmtBytes(bytes) {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(0)} KiB`;
}
