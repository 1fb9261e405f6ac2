// `npm run eval -- traditional`: the dev sets of the who and when evaluations, as written
// (Simplified) and converted to Traditional with OpenCC (scripts/traditional/convert.mjs: s2tw and
// s2hk, each at character and at phrase level), side by side in one run. The same splits as
// who.mjs (PKU days 19980104–05, the held-out fifth of cluener2020) and when.mjs (the dev half of its
// four suites, the same cases set aside); gold spans carry over because the conversions keep every text's length
// (a text whose length changes is left out and counted).
import { cluenerPairs, isCluenerTraining, readCluener } from "../who/corpora.mjs";
import { CONVERSIONS } from "../traditional/convert.mjs";
import { baoxunPairs, pageOf, pkuDevDocs, score as scoreSets } from "./who.mjs";
import { classify, isDev, score as scoreDates, SUITES, SYSTEMS } from "./when.mjs";
import { existsSync } from "node:fs";
import { join } from "node:path";

const SCRIPTS = [{ name: "Simplified", convert: (text) => text }, ...CONVERSIONS];
const union = (sets) => new Set(sets.flatMap((s, i) => [...s].map((k) => `${i}:${k}`)));
const pct = (x) => (100 * x).toFixed(1);

/** `docs` converted by each script; a document whose length changes is dropped from every script. */
function convertAll(docs) {
  const converted = SCRIPTS.map((s) => docs.map((d) => s.convert(d.text)));
  const keep = docs.map((d, i) => converted.every((texts) => texts[i].length === d.text.length));
  return { keep, converted, dropped: keep.filter((k) => !k).length };
}

function whoRows(baoxun, corpora) {
  const rows = [];
  const docs = pkuDevDocs(corpora);
  const { keep, converted, dropped } = convertAll(docs);
  const kept = docs.filter((_, i) => keep[i]);
  const goldPersons = union(kept.map((d) => d.persons));
  const goldCredits = union(kept.map((d) => d.credits));
  const persons = [];
  const credits = [];
  for (const texts of converted) {
    const p = [];
    const c = [];
    texts.forEach((text, i) => {
      if (!keep[i]) return;
      // pageOf skips layout repair, where extract folds the page: fold here as repair would.
      const who = baoxun.extractWho(pageOf(baoxun.foldTraditional(text)));
      p.push(new Set(who.persons.flatMap((x) => x.mentions.map((m) => `${m.span.start}:${m.span.end}`))));
      const byId = new Map(who.persons.map((x) => [x.id, x]));
      c.push(new Set(who.credits.flatMap((k) => byId.get(k.personId).mentions.filter((m) => m.span.start >= k.span.start && m.span.end <= k.span.end).map((m) => `${m.span.start}:${m.span.end}`))));
    });
    persons.push(scoreSets(goldPersons, union(p)));
    credits.push(scoreSets(goldCredits, union(c)));
  }
  rows.push({ task: `pku 04–05 persons (${goldPersons.size})`, cells: persons.map((s) => s.f), dropped });
  rows.push({ task: `pku 04–05 credits, silver (${goldCredits.size})`, cells: credits.map((s) => s.f), dropped });

  const records = readCluener(corpora).filter((r) => !isCluenerTraining(r.index));
  const c = convertAll(records);
  const keptRecords = records.filter((_, i) => c.keep[i]);
  const gold = union(keptRecords.map((r) => new Set(cluenerPairs(r).map(({ position, name }) => `${position.end}>${name.start}:${name.end}`))));
  const pairs = c.converted.map((texts) => scoreSets(gold, union(texts.filter((_, i) => c.keep[i]).map((text) => new Set(baoxunPairs(baoxun, baoxun.foldTraditional(text)))))));
  rows.push({ task: `cluener held-out role pairs (${gold.size})`, cells: pairs.map((s) => s.f), dropped: c.dropped });
  return rows;
}

function whenRows(baoxun, corpora) {
  const rows = [];
  const system = SYSTEMS.find((s) => s.name === "baoxun");
  for (const [name, load] of SUITES) {
    const dir = join(corpora, name);
    if (!existsSync(dir)) continue;
    // Categories are read on the text as written, so every script sets aside the same cases.
    const cases = load(dir)
      .filter((c) => isDev(name, c))
      .map((c) => ({ ...c, reasons: classify(c) }));
    const { keep, dropped } = convertAll(cases);
    const kept = cases.filter((_, i) => keep[i]);
    const detection = [];
    const values = [];
    for (const script of SCRIPTS) {
      // baoxun reads the converted text; the scoring rules (marker trimming, value categories) read
      // the text as the suite wrote it, as the gold was made on it. The spans are the same.
      const converted = { name: system.name, run: (ctx, text, ref) => system.run(ctx, script.convert(text), ref) };
      const s = scoreDates({ baoxun }, converted, kept);
      detection.push(s.f1);
      values.push(s.valueN ? s.valueOk / s.valueN : 0);
    }
    rows.push({ task: `${name} dates F1`, cells: detection, dropped });
    rows.push({ task: `${name} values`, cells: values, dropped });
  }
  return rows;
}

export async function run({ baoxun, corpora }) {
  const rows = [...whoRows(baoxun, corpora), ...whenRows(baoxun, corpora)];
  console.log(`| task (gold) | ${SCRIPTS.map((s) => s.name).join(" | ")} | worst gap | left out |`);
  console.log(`| --- | ${SCRIPTS.map(() => "---:").join(" | ")} | ---: | ---: |`);
  for (const { task, cells, dropped } of rows) {
    const gap = Math.max(...cells.map((x) => cells[0] - x));
    console.log(`| ${task} | ${cells.map(pct).join(" | ")} | ${pct(gap)} | ${dropped} |`);
  }
  console.log("\nF1 in percent (values: accuracy on matched expressions in scope). worst gap: Simplified minus the worst");
  console.log("Traditional column; the target is a gap of at most 2.0. left out: texts whose length a conversion changed.");
}
