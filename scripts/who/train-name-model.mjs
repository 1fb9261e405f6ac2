// Trains the name model (dictionaries/name-model.txt): an averaged perceptron over candidate spans
// (a surname and one or two given characters), with the very feature code the library runs
// (src/stages/5-people/names/name-model.ts, bundled here by esbuild). Deterministic: the same corpora give the
// same file.
//
//   node scripts/who/train-name-model.mjs [--report | --pipeline [--source pku] [--errors N [--causes]]]
//
// Training split (scripts/who/corpora.mjs, nameTrainingDocuments): PKU 1998 days 01–03, cluener2020
// train records with index % 5 ≠ 0, msra-ner sentences with index % 5 ≠ 0, resume-ner dev, weibo-ner
// dev. Dev (never read here): PKU days 04–05, cluener and msra index % 5 = 0.
//
// The character statistics the features read are jackknifed: the documents of each fold are featured
// with the counts of the other four folds, so that the weights learn how far to trust the counts of
// names they have not seen, as on new text. --report prints a five-fold cross-validation of the
// training split (each fold's model trained on the other four) and writes nothing. --pipeline
// cross-validates the whole library the same way: each fold's documents are read by extractWho
// built with the name model and name-chars.txt of the other four folds, and person P/R/F1 is
// printed per corpus (the training figures to compare a change by; dev stays for npm run eval).
// --causes sorts the misses by why they were missed (no candidate, the candidate's score under its
// fold's model, another span over it). NOT_NAMES="苏家 龙凤 …" replaces not-names.txt in --pipeline:
// the words mined from these same documents make their precision read high (pku 92.5 with them,
// 83.5 with the twelve hand-written ones only, near dev's 81.4), so precision rules are chosen
// with them left out.
import { build } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { countNameChars, nameCharLines } from "./name-counts.mjs";
import { nameTrainingDocuments } from "./corpora.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const corpora = resolve(root, "../shared/corpora");
const out = resolve(root, "dictionaries/name-model.txt");
const FOLDS = 5;
const EPOCHS = 10;
/** Weights are written as integers: the averaged weight times this. */
const SCALE = 10;

/** The library's feature code and lexicon parts, bundled from the sources. */
async function loadModelCode() {
  const entry = `
    export { allNameCandidates, visitNameFeatures, KeySink } from "./src/stages/5-people/names/name-model.ts";
    export { CharStats } from "./src/lexicon/char-stats.ts";
    export { SurnameTable } from "./src/lexicon/surname-table.ts";
    export { WordSet } from "./src/lexicon/word-set.ts";
    export { encodeNameCounts } from "./src/lexicon/name-counts-format.ts";
    export { encodeNameWeights } from "./src/lexicon/name-weights-format.ts";
    export { surnames, roleTitles, occupationTitles, collectiveRoles, honorifics, nameEndWords, orgSuffixes } from "./src/lexicon/dictionaries.ts";
  `;
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "silent",
    plugins: [{ name: "text", setup: (b) => b.onLoad({ filter: /\.txt$/ }, (a) => ({ contents: readFileSync(a.path, "utf8").split("\n").filter((l) => !l.startsWith("#")).join("\n"), loader: "text" })) }],
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString("base64")}`);
}

const code = await loadModelCode();
const surnameSet = code.surnames();
const fixed = {
  surnames: new code.SurnameTable(surnameSet),
  endWords: new code.WordSet(code.nameEndWords()),
  titles: new code.WordSet(code.roleTitles().concat(code.occupationTitles(), code.collectiveRoles())),
  honorifics: new code.WordSet(code.honorifics()),
  organizationSuffixes: new code.WordSet(code.orgSuffixes()),
};
// CharStats reads the compact form the build inlines (src/lexicon/name-counts-format.ts), not the lines.
const lexiconOf = (docs) => ({ ...fixed, chars: new code.CharStats(code.encodeNameCounts(nameCharLines(countNameChars(docs, surnameSet).counts).join("\n"))) });

const docs = nameTrainingDocuments(corpora);
const foldOf = (i) => i % FOLDS;

// Every candidate of every document, featured with the counts of the other folds.
const featureIds = new Map();
const featureNames = [];
const idOf = (f) => {
  let id = featureIds.get(f);
  if (id === undefined) featureIds.set(f, (id = featureNames.push(f) - 1));
  return id;
};
const examples = []; // { fold, doc, start, end, label, features: Int32Array }
let goldHan = 0;
let covered = 0;
let goldForeign = 0;
let coveredForeign = 0;
for (let k = 0; k < FOLDS; k++) {
  const lex = lexiconOf(docs.filter((_, i) => foldOf(i) !== k));
  docs.forEach((doc, d) => {
    if (foldOf(d) !== k) return;
    const gold = new Set(doc.persons.map((p) => `${p.start}:${p.end}`));
    const found = new Set();
    const { candidates, repeats } = code.allNameCandidates(lex, doc.text);
    candidates.forEach((c, n) => {
      const sink = new code.KeySink();
      code.visitNameFeatures(lex, doc.text, c, repeats[n], sink);
      const features = sink.keys.map(idOf);
      const key = `${c.start}:${c.end}`;
      const label = gold.has(key) ? 1 : -1;
      if (label > 0) found.add(key);
      examples.push({ fold: k, doc: d, start: c.start, end: c.end, foreign: c.surnameLength === 0, label, features: Int32Array.from(features) });
    });
    for (const p of doc.persons) {
      const name = doc.text.slice(p.start, p.end);
      if (/^[\u3400-\u9fff]{2,4}$/u.test(name) && fixed.surnames.lengthAt(doc.text, p.start) > 0 && name.length - fixed.surnames.lengthAt(doc.text, p.start) <= 2) {
        goldHan++;
        if (found.has(`${p.start}:${p.end}`)) covered++;
      } else if (/^[\u3400-\u9fff][\u3400-\u9fff·•]{1,7}$/u.test(name)) {
        goldForeign++;
        if (found.has(`${p.start}:${p.end}`)) coveredForeign++;
      }
    }
  });
}
// Features seen fewer than MIN_COUNT times are dropped: they are mostly one name's characters, which
// the counts already cover, and they would make the file (in the browser bundle) large.
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 40);
const seen = new Int32Array(featureNames.length);
for (const ex of examples) for (const f of ex.features) seen[f]++;
for (const ex of examples) ex.features = ex.features.filter((f) => seen[f] >= MIN_COUNT);
console.log(`${docs.length} documents, ${examples.length} candidates (${examples.filter((e) => e.label > 0).length} names), ${seen.filter((n) => n >= MIN_COUNT).length} features seen ${MIN_COUNT} times or more`);
console.log(`candidates cover ${covered} of ${goldHan} Chinese gold names (${((100 * covered) / goldHan).toFixed(1)}%)`);
console.log(`candidates cover ${coveredForeign} of ${goldForeign} other Han gold names of 2–8 characters (${((100 * coveredForeign) / goldForeign).toFixed(1)}%)`);

/** A deterministic permutation (a linear congruential generator seeded by `seed`). */
function shuffled(n, seed) {
  const order = Array.from({ length: n }, (_, i) => i);
  let s = seed >>> 0;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** An averaged perceptron over `train` (examples): the averaged weights, by feature id. */
function trainPerceptron(train) {
  const w = new Float64Array(featureNames.length);
  const total = new Float64Array(featureNames.length); // sum over steps of w, kept lazily
  const stamp = new Float64Array(featureNames.length);
  let step = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const i of shuffled(train.length, 12345 + epoch)) {
      const ex = train[i];
      step++;
      let score = 0;
      for (const f of ex.features) score += w[f];
      if (score * ex.label <= 0) {
        for (const f of ex.features) {
          total[f] += (step - stamp[f]) * w[f];
          stamp[f] = step;
          w[f] += ex.label;
        }
      }
    }
  }
  for (let f = 0; f < w.length; f++) total[f] += (step + 1 - stamp[f]) * w[f];
  return total.map((t) => t / (step + 1));
}

/** Rounds the averaged weights to the integers the file holds. */
const quantise = (avg) => Int32Array.from(avg, (x, f) => (Math.abs(x * SCALE) < pruneOf(f) ? 0 : Math.round(x * SCALE)));
/** Weights smaller than this (after scaling) are left out: they change few decisions and the file ships in the browser bundle. */
const PRUNE = Number(process.env.PRUNE ?? 9);
/**
 * The same for the weights of single given characters (G, H): their counts in name-chars.txt say
 * most of it already. 37 rather than 9 left 156 weights out (the browser bundle paid for issue 20's
 * third round) at about -0.3 F1 on pku and cluener in the pipeline cross-validation; the surname's (S)
 * keep 9 (孙中山 in a list of leaders needs 孙's).
 */
const PRUNE_CHARACTERS = Number(process.env.PRUNE_CHARACTERS ?? 37);
const CHARACTER_TEMPLATES = new Set(["G", "H"]);
const pruneOf = (f) => (CHARACTER_TEMPLATES.has(featureNames[f][0]) ? PRUNE_CHARACTERS : PRUNE);

/** P/R/F1 of the model's names on `test` examples: per document, non-overlapping, best score first. */
function evaluate(weights, test, margin = 0, kind = () => true) {
  const byDoc = new Map();
  for (const ex of test) {
    let score = 0;
    for (const f of ex.features) score += weights[f];
    if (!byDoc.has(ex.doc)) byDoc.set(ex.doc, []);
    byDoc.get(ex.doc).push({ ...ex, score });
  }
  let tp = 0;
  let predicted = 0;
  for (const list of byDoc.values()) {
    list.sort((a, b) => b.score - a.score || a.start - b.start);
    const taken = [];
    for (const c of list) {
      if (c.score <= margin) break;
      if (taken.some((t) => t.start < c.end && c.start < t.end)) continue;
      taken.push(c);
      if (!kind(c)) continue;
      predicted++;
      if (c.label > 0) tp++;
    }
  }
  const gold = test.filter((e) => e.label > 0 && kind(e)).length;
  const p = tp / Math.max(1, predicted);
  const r = tp / Math.max(1, gold);
  return { p, r, f: (2 * p * r) / Math.max(1e-9, p + r), gold, predicted };
}

/** The library built from the sources with the given name-chars.txt and name-model.txt lines. */
async function libraryWith(charLines, modelLines) {
  const textOf = (path) => {
    if (path.endsWith("/name-chars.txt")) return code.encodeNameCounts(charLines.join("\n"));
    if (path.endsWith("/name-model.txt")) return code.encodeNameWeights(modelLines.join("\n"));
    if (path.endsWith("/not-names.txt") && process.env.NOT_NAMES !== undefined) return process.env.NOT_NAMES.split(" ").join("\n");
    return readFileSync(path, "utf8").split(/\r?\n/u).filter((l) => !l.startsWith("#")).join("\n");
  };
  const result = await build({
    entryPoints: [resolve(root, "src/index.ts")],
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
    plugins: [{ name: "text", setup: (b) => b.onLoad({ filter: /\.txt$/ }, (a) => ({ contents: textOf(a.path), loader: "text" })) }],
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString("base64")}`);
}

/** The lines of name-model.txt for `weights` (by feature id). */
const modelLinesOf = (weights) =>
  featureNames
    .map((f, id) => [f, weights[id]])
    .filter(([, w]) => w !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([f, w]) => `${f}\t${w}`);

if (process.argv.includes("--pipeline")) {
  const { pageOf } = await import("../eval/who.mjs");
  const { reportNames } = await import("./name-errors.mjs");
  const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : null);
  const only = arg("--source");
  const predicted = [];
  // --causes: each miss's candidate score under its fold's model ("doc:start:end" → score).
  const candidateScores = new Map();
  for (let k = 0; k < FOLDS; k++) {
    const rest = docs.filter((_, i) => foldOf(i) !== k);
    const charLines = nameCharLines(countNameChars(rest, surnameSet).counts);
    const weights = quantise(trainPerceptron(examples.filter((e) => e.fold !== k)));
    for (const ex of examples) {
      if (ex.fold !== k) continue;
      let score = 0;
      for (const f of ex.features) score += weights[f];
      candidateScores.set(`${ex.doc}:${ex.start}:${ex.end}`, { score, foreign: ex.foreign });
    }
    const lib = await libraryWith(charLines, modelLinesOf(weights));
    docs.forEach((doc, d) => {
      if (foldOf(d) !== k || (only && doc.source !== only)) return;
      const spans = (options) => lib.extractWho(pageOf(doc.text), options).persons.flatMap((p) => p.mentions.map((m) => `${m.span.start}:${m.span.end}`));
      // Which names the model added: those not found with modelNames off.
      const anchored = new Set(spans({ modelNames: false }));
      predicted[d] = new Map(spans({}).map((k) => [k, anchored.has(k) ? "anchored" : "model"]));
    });
  }
  reportNames(docs, predicted, Number(arg("--errors") ?? 0), process.argv.includes("--causes") ? candidateScores : null);
  process.exit(0);
}

if (process.argv.includes("--report")) {
  console.log(`weights kept: ${quantise(trainPerceptron(examples)).filter((w) => w !== 0).length}`);
  // Cross-validation on the training split: the gold here counts only names that are candidates.
  const foldWeights = Array.from({ length: FOLDS }, (_, k) => quantise(trainPerceptron(examples.filter((e) => e.fold !== k))));
  for (const [label, kind, margin] of [["all", () => true, 0], ["all", () => true, 20], ["all", () => true, 40], ["chinese", (e) => !e.foreign, 0], ["transliterated", (e) => e.foreign, 0], ["transliterated", (e) => e.foreign, 20]]) {
    let sum = { tp: 0, predicted: 0, gold: 0 };
    for (let k = 0; k < FOLDS; k++) {
      const s = evaluate(foldWeights[k], examples.filter((e) => e.fold === k), margin, kind);
      sum = { tp: sum.tp + s.p * s.predicted, predicted: sum.predicted + s.predicted, gold: sum.gold + s.gold };
    }
    const p = sum.tp / sum.predicted;
    const r = sum.tp / sum.gold;
    console.log(`cv ${label} margin ${margin}: P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${((200 * p * r) / (p + r)).toFixed(1)}`);
  }
  process.exit(0);
}

const lines = modelLinesOf(quantise(trainPerceptron(examples)));
writeFileSync(
  out,
  [
    "# generated by scripts/who/train-name-model.mjs, do not edit",
    `# The name model: feature TAB integer weight (averaged perceptron, ×${SCALE}; features seen fewer than ${MIN_COUNT} times and weights under ${PRUNE}, ${PRUNE_CHARACTERS} for single characters, left out); a candidate is a name when its features sum above 0.`,
    "# Features: src/stages/5-people/names/name-model.ts. Source: trained on pku-peoples-daily-1998 days 19980101–03, cluener2020 train records with",
    "# index % 5 ≠ 0, msra-ner sentences with index % 5 ≠ 0, resume-ner dev and weibo-ner dev (annotated person names, read in place).",
    "# Weights and character features only, no corpus text. Licence: CC0.",
    ...lines,
    "",
  ].join("\n"),
);
console.log(`name-model.txt: ${lines.length} weights`);
