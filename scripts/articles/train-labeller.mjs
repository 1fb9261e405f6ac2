#!/usr/bin/env node
// Trains the article line labeller (src/stages/2-articles/labeller) on the TRAIN pages of
// scripts/pages (PKU days 01–02, Sogou docno 0–9, three quarters of the Wikinews train file,
// jingbao's odd days but 3, 7, 11 …) and writes src/stages/2-articles/labeller/weights.ts.
// Deterministic: same pages, same weights.
//
//   node scripts/pages/build.mjs --split train && node scripts/pages/build.mjs --split tune
//   node scripts/articles/train-labeller.mjs [--epochs 40]
//
// An averaged structured perceptron over per-line features with tag transitions (Viterbi). The
// TUNE pages (composed from other articles of the training material: scripts/pages/sources.mjs)
// are never trained on: they fit the temperature that turns scores into calibrated tag
// probabilities (the article and headline confidence) and measure the model. Never the dev split.
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildSync } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const bundle = join(root, ".tmp/labeller-entry.mjs");
buildSync({ entryPoints: [join(here, "labeller-entry.ts")], bundle: true, platform: "node", format: "esm", outfile: bundle, logLevel: "error" });
const L = await import(pathToFileURL(bundle).href);
const { TAGS, TAG_COUNT: T } = L;
const tagIndex = Object.fromEntries(TAGS.map((t, i) => [t, i]));
const ROLE_TAG = { kicker: "K", main: "M", subtitle: "T", subhead: "S" };
// ecpo-jingbao's train pages (odd days) train the old-style model only: in one model with the
// modern pages they cost those (docs/articles.md).
const KINDS = ["plain", "pdf-default", "pdf-raw", "web", "jingbao"];
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const EPOCHS = arg("epochs", 40);
// Perceptrons trained on other page orders disagree (PKU pdf pages: 176 to 192 exact of 321
// between two trainings); the mean of several is steadier than any one of them.
const RUNS = arg("runs", 4);
const MIN_COUNT = 2;
// How the modern model is stored (compact() below): weights in steps of --scale, a feature kept
// when its weights differ across tags by at least --min-spread, and a weight nearer 0 than
// --entry-min stored as 0. Steps of 8, spread 12, entries 4 took the modern weights from 14.2 to
// 9.8 KB gzip (steps of 4 and a largest weight of 6 before), the held-out figures moving by a few
// articles either way, as any rounding moves them; steps of 10 (8.8 KB) split the seed page
// wrongly (docs/performance.md, 8 December).
const MODERN_STORAGE = { scale: arg("scale", 8), minSpread: arg("min-spread", 12), entryMin: arg("entry-min", 4), minWeight: 0 };
// The old-style model is pruned harder by its largest weight: its pages are fewer, and its small
// weights bought nothing (held-out jingbao article F1 0.595 at 6, 0.608 at 16, 0.625 at 24, 0.577
// at 32; 24 is 14 KB less gzip than 6). Coarser steps or pruning by spread cost it (0.57–0.60).
const OLD_STORAGE = { scale: arg("old-scale", 4), minSpread: 0, entryMin: 0, minWeight: arg("old-min-weight", 24), unshifted: true };
const USE_TRANSITIONS = !process.argv.includes("--no-transitions");
// --with-tune: measure and calibrate on the tune pages, then train the shipped model on train and tune.
const WITH_TUNE = process.argv.includes("--with-tune");

/** FNV-1a of a string: the page order of each epoch. */
const fnv = (s) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};

/** A page's lines: features and gold tags by construction. */
export function pageLines(text, gold) {
  const page = L.repairLayout(text);
  const lexicon = L.markerLexicon(L.resolveDictionaries(undefined));
  const { store, pieces } = L.splitPieces(page, lexicon);
  const reading = L.readByRules(pieces, lexicon);
  const features = L.lineFeatures(pieces, reading);
  const allowed = L.allowedTags(pieces, reading);
  const tags = new Uint8Array(pieces.count);
  const bodyStart = new Set();
  for (const a of gold.articles) {
    // The first line of the text proper: a 核心阅读 box between headline and text is inside the article.
    const body = a.blocks.filter((b) => !ROLE_TAG[b.role] && b.role !== "box" && b.role !== "box-label").sort((x, y) => x.start - y.start)[0];
    if (body) bodyStart.add(body.start);
  }
  for (let p = 0; p < pieces.count; p++) {
    const textP = pieces.text[p];
    const lead = textP.length - textP.trimStart().length;
    const o = L.pieceOffset(store, pieces, p, Math.min(lead, Math.max(0, textP.length - 1)));
    let tag = "F";
    for (const a of gold.articles) {
      if (o < a.span.start || o >= a.span.end) continue;
      tag = "I";
      const b = a.blocks.find((b) => o >= b.start && o < b.end);
      if (b && ROLE_TAG[b.role]) tag = ROLE_TAG[b.role];
      else if (b && bodyStart.has(b.start) && o < b.start + 4) tag = "B";
      // A line that starts a body block mid-line (a run-on) still opens the article.
      if (b && bodyStart.has(b.start) && o <= b.start && L.pieceEnd(store, pieces, p) > b.start) tag = "B";
    }
    tags[p] = tagIndex[tag];
  }
  // Gold always allowed: the constraints are the library's, the gold is the page's.
  for (let p = 0; p < tags.length; p++) allowed[p] |= 1 << tags[p];
  return { features, tags, allowed, oldStyle: L.oldStylePage(pieces) };
}

function readPages(split) {
  const pages = [];
  for (const kind of KINDS) {
    const dir = join(root, ".pages", split, kind);
    if (!existsSync(dir)) throw new Error(`${dir} is missing: run node scripts/pages/build.mjs --split ${split}`);
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".gold.json")).sort()) {
      const gold = JSON.parse(readFileSync(join(dir, f), "utf8"));
      // Pages where pdftotext merged articles have no gold for those lines.
      if (gold.unaligned?.length) continue;
      const text = readFileSync(join(dir, f.replace(/\.gold\.json$/, ".txt")), "utf8");
      pages.push({ id: `${kind}/${gold.id}`, ...pageLines(text, gold) });
    }
  }
  return pages;
}

/** One averaged perceptron, its page order shuffled by `run`: raw (unrounded) weights. */
function trainRun(pages, run) {
  // Feature counts: rare features are dropped from the model. Weights are flat tables indexed by
  // feature code (features.ts), as the library reads them.
  const C = L.FEATURE_CODES;
  const counts = new Int32Array(C);
  for (const pg of pages) for (const code of pg.features.codes.subarray(0, pg.features.start[pg.features.count])) counts[code]++;
  const w = new Float64Array(C * T);
  const acc = new Float64Array(C * T);
  const trans = Array.from({ length: T + 1 }, () => new Float64Array(T));
  const transAcc = Array.from({ length: T + 1 }, () => new Float64Array(T));
  let c = 1;
  const update = (features, p, tag, delta) => {
    for (let k = features.start[p]; k < features.start[p + 1]; k++) {
      const code = features.codes[k];
      if (counts[code] < MIN_COUNT) continue;
      w[code * T + tag] += delta;
      acc[code * T + tag] += c * delta;
    }
  };
  const order = pages.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    // A fixed shuffle per epoch.
    const salt = run ? `${run}:${epoch}` : `${epoch}`;
    order.sort((a, b) => fnv(`${salt}:${pages[a].id}`) - fnv(`${salt}:${pages[b].id}`));
    let errors = 0;
    let total = 0;
    for (const i of order) {
      const { features, tags } = pages[i];
      const transitions = trans.map((r) => [...r]);
      const scores = L.emissionScores(features, w);
      const guess = L.viterbi(scores, tags.length, transitions, pages[i].allowed);
      for (let p = 0; p < tags.length; p++) {
        total++;
        if (guess[p] !== tags[p]) {
          errors++;
          update(features, p, tags[p], 1);
          update(features, p, guess[p], -1);
        }
        const gp = p ? guess[p - 1] : T;
        const tp = p ? tags[p - 1] : T;
        if (USE_TRANSITIONS && (gp !== tp || guess[p] !== tags[p])) {
          trans[tp][tags[p]] += 1;
          transAcc[tp][tags[p]] += c;
          trans[gp][guess[p]] -= 1;
          transAcc[gp][guess[p]] -= c;
        }
      }
      c++;
    }
    if (epoch === EPOCHS - 1 || epoch % 10 === 0) console.error(`run ${run + 1}, epoch ${epoch + 1}: ${errors} / ${total} lines wrong`);
  }
  const weights = w.map((x, i) => x - acc[i] / c);
  const transitions = trans.map((r, i) => r.map((x, t) => x - transAcc[i][t] / c));
  return { weights, transitions };
}

/** The mean of RUNS perceptrons, rounded and pruned into the compact model. */
function train(pages, storage) {
  const C = L.FEATURE_CODES;
  const w = new Float64Array(C * T);
  const trans = Array.from({ length: T + 1 }, () => new Float64Array(T));
  for (let run = 0; run < RUNS; run++) {
    const one = trainRun(pages, run);
    for (let i = 0; i < w.length; i++) w[i] += one.weights[i] / RUNS;
    for (let i = 0; i <= T; i++) for (let t = 0; t < T; t++) trans[i][t] += one.transitions[i][t] / RUNS;
  }
  const round = (x) => Math.round(x * 100) / 100;
  return { ...compact(w, storage), transitions: trans.map((r) => [...r].map(round)) };
}

/**
 * Feature weights as small integers in steps of `scale`, for the bundle (model.ts): [code, weights]
 * of the features kept, ascending, and the table the library would build from them.
 *
 * A line takes exactly one tag, so adding the same number to a feature's weights for every tag
 * changes no decision and no probability: each feature's weights are shifted by the one of them
 * that leaves the most at 0 (ties: the smallest sum), which gzip stores in fewer bits. A feature
 * whose weights differ across tags by less than `minSpread` (or, `minWeight`, whose largest is
 * below it) changes few decisions; a weight nearer 0 than `entryMin` is stored as 0.
 */
function compact(w, { scale, minSpread, minWeight, entryMin, unshifted = false }) {
  const C = L.FEATURE_CODES;
  const kept = [];
  const table = new Float64Array(C * T);
  for (let code = 0; code < C; code++) {
    const raw = Array.from(w.subarray(code * T, code * T + T));
    if (Math.max(...raw) - Math.min(...raw) < minSpread) continue;
    let shift = 0;
    let best = { zeros: -1, sum: Infinity };
    for (const candidate of unshifted ? [] : raw) {
      const steps = raw.map((x) => Math.round((x - candidate) / scale));
      const zeros = steps.filter((x) => x === 0).length;
      const sum = steps.reduce((s, x) => s + Math.abs(x), 0);
      if (zeros > best.zeros || (zeros === best.zeros && sum < best.sum)) [best, shift] = [{ zeros, sum }, candidate];
    }
    const steps = raw.map((x) => (Math.abs(x - shift) < entryMin ? 0 : Math.round((x - shift) / scale)));
    if (steps.every((x) => Math.abs(x) * scale < Math.max(minWeight, 1))) continue;
    kept.push([code, steps]);
    table.set(steps.map((x) => x * scale), code * T);
  }
  return { kept, table, scale };
}

/** The temperature that maximises the held-out pages' likelihood of their gold tags. */
function fitTemperature(model, pages) {
  let best = { t: 1, ll: -Infinity };
  for (let t = 0.25; t <= 400; t *= 1.1) {
    let ll = 0;
    for (const { features, tags, allowed } of pages) {
      const scores = L.emissionScores(features, model.table);
      const m = L.marginals(scores, tags.length, model.transitions, t, allowed);
      for (let p = 0; p < tags.length; p++) ll += Math.log(Math.max(1e-9, m[p * T + tags[p]]));
    }
    if (ll > best.ll) best = { t, ll };
  }
  return Math.round(best.t * 1000) / 1000;
}

/** Trains on `fit`, calibrates on `held`; reports the held-out line accuracy; returns the compact form (model.ts). */
function fitModel(name, fit, held, storage) {
  console.error(`${name}: training on ${fit.length} pages, calibrating on ${held.length}`);
  const model = train(fit, storage);
  const temperature = fitTemperature(model, held);
  let right = 0;
  let all = 0;
  const confusion = {};
  for (const { features, tags, allowed } of held) {
    const guess = L.viterbi(L.emissionScores(features, model.table), tags.length, model.transitions, allowed);
    for (let p = 0; p < tags.length; p++) {
      all++;
      if (guess[p] === tags[p]) right++;
      else confusion[`${TAGS[tags[p]]}>${TAGS[guess[p]]}`] = (confusion[`${TAGS[tags[p]]}>${TAGS[guess[p]]}`] ?? 0) + 1;
    }
  }
  console.error(`${name}: held-out errors (gold>guess):`, JSON.stringify(Object.entries(confusion).sort((a, b) => b[1] - a[1])));
  console.error(`${name}: held-out line accuracy ${(right / all).toFixed(4)}, temperature ${temperature}, ${model.kept.length} features`);
  if (WITH_TUNE) {
    // The shipped model learns from the tune pages too; its temperature is the one fitted above,
    // on pages the first model never saw.
    Object.assign(model, train([...fit, ...held], storage));
    console.error(`${name}: trained again on ${fit.length + held.length} pages (train and tune), temperature ${temperature} kept`);
  }
  // The compact form of model.ts: the codes' gaps, then the weights tag by tag, zigzagged, as
  // ASCII numbers (weights.ts 20.2 -> 17.0 KB gzip in the bundle against base-36 and decimals).
  let previous = 0;
  const gaps = model.kept.map(([code]) => {
    const gap = code - previous;
    previous = code;
    return gap;
  });
  const zigzag = (x) => (x < 0 ? -2 * x - 1 : 2 * x);
  const weights = L.writeAsciiNumbers(Array.from({ length: T }, (_, t) => model.kept.map(([, w]) => zigzag(w[t]))).flat());
  return { version: "4", layout: L.featureLayout(), temperature, transitions: model.transitions, scale: model.scale, codes: L.writeAsciiNumbers(gaps), weights };
}

const trainPages = readPages("train");
const tunePages = readPages("tune");
const jingbao = (p) => p.id.startsWith("jingbao/");
// Modern pages, and ecpo-jingbao's pages in the old style (、 for every pause) for a model of their
// own: trained together, the old pages cost the modern ones (held-out plain article F1 0.63 -> 0.61).
const modern = fitModel("modern", trainPages.filter((p) => !jingbao(p)), tunePages.filter((p) => !jingbao(p)), MODERN_STORAGE);
// All of them, though only pages in the old style are read with it: the jingbao pages of 1939 set
// ，and 。 but place headlines and bylines as the older ones do (held-out 0.582 -> 0.595).
const old = fitModel("old style", trainPages.filter(jingbao), tunePages.filter(jingbao), OLD_STORAGE);
const out = `// generated by scripts/articles/train-labeller.mjs, do not edit
import type { LabellerWeights } from "./model.js";
export const LABELLER_WEIGHTS: LabellerWeights = ${JSON.stringify(modern)};
/** For pages punctuated in the old style (features.ts, oldStylePage). */
export const OLD_STYLE_WEIGHTS: LabellerWeights = ${JSON.stringify(old)};
`;
writeFileSync(join(root, "src/stages/2-articles/labeller/weights.ts"), out);
console.error(`wrote weights.ts (${(out.length / 1024).toFixed(1)} KB)`);
