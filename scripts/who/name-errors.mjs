// Person-name figures and errors of the training split, for scripts/who/train-name-model.mjs
// --pipeline (a five-fold cross-validation of extractWho): P/R/F1 per corpus, and the misses and
// false names sorted into categories by where they stand (before a speech verb, after 据/和/与, in a
// 、 list, ·-names, …) with a few examples of each. Tuning reads these; dev stays for npm run eval.
import { score } from "../eval/who.mjs";

const SPEECH = /^(说|表示|介绍|指出|认为|强调|告诉|称|透露|坦言|回忆|解释|补充|笑着|说道|问|答)/u;
const BEFORE = /(据|和|与|及|同|跟|对|向|给|让|被|由|为|把|将)$/u;

/** The category of a name span in its text: where it stands and what it is made of. */
function categorise(text, start, end) {
  const name = text.slice(start, end);
  const left = text.slice(Math.max(0, start - 2), start);
  const right = text.slice(end, end + 2);
  if (/[·•．]/u.test(name)) return "dotted";
  if (!/^[\u3400-\u9fff]+$/u.test(name)) return "non-han";
  if (name.length === 1) return "single";
  if (name.length > 4) return "long";
  if (left.endsWith("、") || right.startsWith("、")) return "list";
  if (SPEECH.test(text.slice(end, end + 3))) return "before-speech";
  if (BEFORE.test(left)) return "after-particle";
  if (/[“‘《「]$/u.test(left) || /^[”’》」]/u.test(right)) return "quoted";
  if (start === 0 || !/[\u3400-\u9fff]/u.test(text[start - 1])) return "after-boundary";
  return "inside-text";
}

/**
 * Why a gold name was missed (--causes): what it is made of, whether the model had it as a
 * candidate and how that scored, or whether another found span overlaps it.
 */
function causeOf(doc, d, start, end, found, candidateScores) {
  const name = doc.text.slice(start, end);
  const overlap = [...found.keys()].some((k) => {
    const [a, b] = k.split(":").map(Number);
    return a < end && start < b;
  });
  const kind = /[·•．]/u.test(name) ? "dotted" : !/^[\u3400-\u9fff]+$/u.test(name) ? "non-han" : name.length === 1 ? "single" : name.length > 4 ? "long" : "han";
  const c = candidateScores.get(`${d}:${start}:${end}`);
  const score = c?.score;
  const candidate = c === undefined ? "no-candidate" : `${c.foreign ? "foreign " : ""}${score > 0 ? "scored>0" : score > -30 ? "scored-30..0" : "scored<-30"}`;
  return `${kind} ${overlap ? "overlapped" : candidate}`;
}

/**
 * Prints P/R/F1 per corpus of `docs` ({ source, text, persons }) against `predicted` (per document, a
 * Map of "start:end" to the rule that found it), and up to `showErrors` examples of each error category.
 */
export function reportNames(docs, predicted, showErrors = 0, candidateScores = null) {
  const bySource = new Map();
  const misses = new Map();
  const falses = new Map();
  const note = (map, cat, example) => {
    if (!map.has(cat)) map.set(cat, []);
    map.get(cat).push(example);
  };
  docs.forEach((doc, d) => {
    const found = predicted[d];
    if (!found) return;
    const gold = new Set(doc.persons.map((p) => `${p.start}:${p.end}`));
    if (!bySource.has(doc.source)) bySource.set(doc.source, { gold: new Set(), predicted: new Set() });
    const s = bySource.get(doc.source);
    for (const k of gold) s.gold.add(`${d}:${k}`);
    for (const k of found.keys()) s.predicted.add(`${d}:${k}`);
    const show = (start, end) => `${doc.text.slice(Math.max(0, start - 8), start)}[${doc.text.slice(start, end)}]${doc.text.slice(end, end + 8)}`.replace(/\n/g, "⏎");
    for (const k of gold) {
      if (found.has(k)) continue;
      const [a, b] = k.split(":").map(Number);
      const category = candidateScores ? causeOf(doc, d, a, b, found, candidateScores) : categorise(doc.text, a, b);
      note(misses, `${doc.source} ${category}`, show(a, b));
    }
    for (const [k, rule] of found) {
      if (gold.has(k)) continue;
      const [a, b] = k.split(":").map(Number);
      const overlaps = doc.persons.some((p) => p.start < b && a < p.end);
      note(falses, `${doc.source} ${overlaps ? "boundary" : "spurious"} ${rule}`, show(a, b));
    }
  });
  const pct = (x) => (100 * x).toFixed(1);
  const all = { gold: new Set(), predicted: new Set() };
  for (const [source, s] of [...bySource].sort()) {
    const r = score(s.gold, s.predicted);
    console.log(`${source.padEnd(8)} P ${pct(r.p)} R ${pct(r.r)} F1 ${pct(r.f)}  gold ${r.gold} predicted ${r.predicted}`);
    for (const k of s.gold) all.gold.add(`${source}:${k}`);
    for (const k of s.predicted) all.predicted.add(`${source}:${k}`);
  }
  const r = score(all.gold, all.predicted);
  console.log(`${"all".padEnd(8)} P ${pct(r.p)} R ${pct(r.r)} F1 ${pct(r.f)}  gold ${r.gold} predicted ${r.predicted}`);
  if (process.argv.includes("--mine")) {
    // Hard negatives for dictionaries/not-names.txt: strings taken for names two times or more that
    // no training document labels as one. Reviewed by hand before anything is added.
    const goldNames = new Set(docs.flatMap((doc) => doc.persons.map((p) => doc.text.slice(p.start, p.end))));
    const wrong = new Map();
    for (const list of falses.values()) for (const e of list) {
      const name = /\[(.*)\]/u.exec(e)[1];
      if (!goldNames.has(name)) wrong.set(name, (wrong.get(name) ?? 0) + 1);
    }
    console.log("\n## not labelled anywhere, taken twice or more");
    console.log([...wrong].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w, n]) => `${w} ${n}`).join("\n"));
  }
  if (showErrors <= 0) return;
  for (const [title, map] of [
    ["misses", misses],
    ["false names", falses],
  ]) {
    console.log(`\n## ${title}`);
    for (const [cat, list] of [...map].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`${cat}: ${list.length}`);
      for (const e of list.slice(0, showErrors)) console.log(`    ${e}`);
    }
  }
}
