// Hard-negative mining for dictionaries/not-names.txt: runs the built library (npm run build first)
// with the name model on the training split (pku-peoples-daily-1998 days 01–03, cluener2020 train
// records with index % 5 ≠ 0) and prints the strings it takes for names that the corpora never
// label as one, most frequent first. The list is reviewed by hand before anything is added.
// Run: node scripts/who/mine-not-names.mjs [dist path]
import { resolve, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isCluenerTraining, isPkuTrainingDay, readCluener, readPku } from "./corpora.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const corpora = resolve(here, "../../../shared/corpora");
const baoxun = await import(pathToFileURL(process.argv[2] ?? resolve(here, "../../dist/index.js")).href);

function pageOf(text) {
  const offsets = new Uint32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) offsets[i] = i;
  const article = { id: "a1", kind: "news", span: { start: 0, end: text.length }, body: { text, offsets }, headline: null, opener: null, columnId: null };
  return { input: text, articles: [article], unassigned: [], diagnostics: [] };
}

const items = [
  ...readPku(corpora).filter((a) => isPkuTrainingDay(a.day)).flatMap((a) => a.paragraphs.map((p) => ({ text: p.text, names: p.persons }))),
  ...readCluener(corpora).filter((r) => isCluenerTraining(r.index)).map((r) => ({ text: r.text, names: r.names })),
];
const goldNames = new Set(items.flatMap((it) => it.names.map((n) => it.text.slice(n.start, n.end))));
const wrong = new Map();
for (const it of items) {
  const gold = new Set(it.names.map((n) => `${n.start}:${n.end}`));
  for (const p of baoxun.extractWho(pageOf(it.text), { modelNames: true }).persons) {
    for (const m of p.mentions) {
      if (gold.has(`${m.span.start}:${m.span.end}`) || goldNames.has(p.name)) continue;
      wrong.set(p.name, (wrong.get(p.name) ?? 0) + 1);
    }
  }
}
console.log([...wrong].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${w}\t${n}`).join("\n"));
