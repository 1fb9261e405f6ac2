// Measurements that need a fresh process; bench/run.mjs spawns this file and reads the last line
// of stdout, one JSON object.
//   node bench/child.mjs startup
//   node --expose-gc --trace-gc bench/child.mjs scale CHARS
//   node --max-old-space-size=N bench/child.mjs segmentit CHARS|sample
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
// bench/run.mjs passes its snapshot of dist/ (see there); run alone, the child reads dist/.
const dist = pathToFileURL(resolve(process.env.BAOXUN_DIST ?? resolve(here, "../dist"), "index.js")).href;
const [mode, arg] = process.argv.slice(2);

if (mode === "startup") {
  const sample = readFileSync(resolve(here, "../examples/sample-page.txt"), "utf8");
  const t0 = performance.now();
  const { extract } = await import(dist);
  const t1 = performance.now();
  const graph = extract(sample);
  const t2 = performance.now();
  // performance.now() counts from process start: t0 is what node itself costs before our code.
  console.log(JSON.stringify({ nodeStart: t0, importMs: t1 - t0, firstExtractMs: t2 - t1, totalMs: t2 - t0, articles: graph.articles.length }));
} else if (mode === "scale") {
  const { multiPage } = await import("./inputs.mjs");
  const { extract } = await import(dist);
  const chars = Number(arg);
  const text = multiPage(chars);
  // Warm up on another text so that the measured run is not dominated by compilation.
  extract(multiPage(20_000));
  globalThis.gc();
  globalThis.gc();
  const before = process.memoryUsage();
  resetPeakRss();
  const rssBefore = readStatus("VmRSS");
  console.log("BENCH-START");
  const t0 = performance.now();
  const graph = extract(text);
  const ms = performance.now() - t0;
  const after = process.memoryUsage();
  console.log("BENCH-END");
  const peakRss = readStatus("VmHWM");
  const retainedBefore = after.heapUsed;
  globalThis.gc();
  const retained = process.memoryUsage().heapUsed - before.heapUsed;
  // The call above is the process's first at this size, partly unoptimised: its time is not the
  // rate. Repeat it (at least three times, for about 1.5 s) and keep the fastest for that.
  let warmMs = ms;
  for (let i = 0, spent = 0; i < 3 || (spent < 1500 && i < 500); i++) {
    const t = performance.now();
    extract(text);
    const took = performance.now() - t;
    warmMs = Math.min(warmMs, took);
    spent += took;
  }
  console.log(
    JSON.stringify({
      chars: text.length,
      ms,
      warmMs,
      heapBefore: before.heapUsed,
      heapAtEnd: retainedBefore,
      arrayBuffersBefore: before.arrayBuffers,
      arrayBuffersAtEnd: after.arrayBuffers,
      retained,
      rssGrowth: peakRss !== null && rssBefore !== null ? peakRss - rssBefore : null,
      articles: graph.articles.length,
    }),
  );
} else if (mode === "segmentit") {
  const require = createRequire(import.meta.url);
  const { samplePage, multiPage } = await import("./inputs.mjs");
  const text = arg === "sample" ? samplePage() : multiPage(Number(arg));
  const t0 = performance.now();
  const { Segment, useDefault } = require("segmentit");
  const segment = useDefault(new Segment());
  const t1 = performance.now();
  segment.doSegment(text.slice(0, 200));
  const t2 = performance.now();
  const words = segment.doSegment(text);
  const t3 = performance.now();
  console.log(JSON.stringify({ chars: text.length, loadMs: t1 - t0, ms: t3 - t2, words: words.length, heapUsed: process.memoryUsage().heapUsed }));
} else {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}

/** Resets the kernel's peak-RSS counter (Linux); without it VmHWM includes building the input. */
function resetPeakRss() {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
  } catch {
    // Not Linux, or not allowed: VmHWM then also counts the input's construction.
  }
}

function readStatus(field) {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync("/proc/self/status", "utf8"));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}
