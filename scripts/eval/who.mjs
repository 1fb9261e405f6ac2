// `npm run eval -- who`: credits, person names and position→name pairs, baoxun against the person
// taggers of @node-rs/jieba and segmentit, on the corpora in ../shared/corpora read in place.
// Dev splits (scripts/who/corpora.mjs; the dictionaries and the name model are built from the rest):
// PKU days 19980104–05, msra-ner sentences with index % 5 = 0, cluener2020 train records with
// index % 5 = 0 (names, and position→name pairs; pairs also over all records).
import { createRequire } from "node:module";
import { cluenerPairs, isCluenerTraining, isMsraTraining, isPkuTrainingDay, readCluener, readMsra, readPku } from "../who/corpora.mjs";

const require = createRequire(import.meta.url);

/** A one-article page over `text`, so that extractWho reads it as written (no segmentation). */
export function pageOf(text) {
  const offsets = new Uint32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) offsets[i] = i;
  const body = { text, offsets };
  const article = { id: "a1", kind: "news", span: { start: 0, end: text.length }, body, headline: null, opener: null, columnId: null };
  return { input: text, articles: [article], unassigned: [], diagnostics: [] };
}

export function score(gold, predicted) {
  let tp = 0;
  for (const k of predicted) if (gold.has(k)) tp++;
  const p = predicted.size ? tp / predicted.size : 0;
  const r = gold.size ? tp / gold.size : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, gold: gold.size, predicted: predicted.size };
}

function row(task, system, s, ms) {
  const pct = (x) => (100 * x).toFixed(1).padStart(5);
  return `| ${task.padEnd(34)} | ${system.padEnd(22)} | ${pct(s.p)} | ${pct(s.r)} | ${pct(s.f)} | ${String(s.gold).padStart(5)} | ${String(s.predicted).padStart(5)} | ${String(ms).padStart(6)} |`;
}

/** Person spans of a tagger that returns words with a tag, nr = person. */
function taggedPersons(words) {
  const spans = [];
  let at = 0;
  for (const { word, isPerson } of words) {
    if (isPerson) spans.push([at, at + word.length]);
    at += word.length;
  }
  return spans;
}

function makeTaggers() {
  const taggers = [];
  const { Jieba } = require("@node-rs/jieba");
  const { dict } = require("@node-rs/jieba/dict");
  let t = Date.now();
  const jieba = Jieba.withDict(dict);
  const jiebaInit = Date.now() - t;
  taggers.push({
    name: "@node-rs/jieba (HMM)",
    init: jiebaInit,
    persons: (text) => taggedPersons(jieba.tag(text, true).map((w) => ({ word: w.word, isPerson: w.tag === "nr" }))),
  });
  const { Segment, useDefault } = require("segmentit");
  t = Date.now();
  const segmentit = useDefault(new Segment());
  const segInit = Date.now() - t;
  const NR = 0x00000080; // POSTAG.A_NR in segmentit
  taggers.push({
    name: "segmentit",
    init: segInit,
    persons: (text) => {
      // segmentit's time grows exponentially with a run that has no punctuation (40 characters: 0.6 s,
      // 60: 7 s), so it reads pieces cut at punctuation and at most 30 characters long.
      const spans = [];
      const pieces = text.split(/(?<=[，。！？；：、\n“”《》（）])/u).flatMap((p) => p.match(/[^]{1,30}/gu) ?? []);
      let base = 0;
      for (const piece of pieces) {
        let at = 0;
        for (const w of segmentit.doSegment(piece)) {
          const start = piece.indexOf(w.w, at);
          if (start < 0) continue;
          if (w.p && (w.p & NR) !== 0) spans.push([base + start, base + start + w.w.length]);
          at = start + w.w.length;
        }
        base += piece.length;
      }
      return spans;
    },
  });
  return taggers;
}

function baoxunPersons(baoxun, text, options) {
  const who = baoxun.extractWho(pageOf(text), options);
  return { who, spans: who.persons.flatMap((p) => p.mentions.map((m) => [m.span.start, m.span.end])) };
}

export async function run({ baoxun, corpora }) {
  const taggers = makeTaggers();
  const systems = [
    { name: "baoxun (anchored only)", options: { modelNames: false } },
    { name: "baoxun (default)", options: {} },
  ];
  console.log(`tagger start-up: ${taggers.map((t) => `${t.name} ${t.init} ms`).join(", ")}`);
  console.log("| task                               | system                 |     P |     R |    F1 |  gold |  pred |     ms |");
  console.log("| ---------------------------------- | ---------------------- | ----- | ----- | ----- | ----- | ----- | ------ |");

  // PKU: person names and credits, per article (paragraphs joined by \n).
  const docs = pkuDevDocs(corpora);
  const union = (sets) => new Set(sets.flatMap((s, i) => [...s].map((k) => `${i}:${k}`)));
  const goldPersons = union(docs.map((d) => d.persons));
  const goldCredits = union(docs.map((d) => d.credits));
  for (const sys of systems) {
    const t = Date.now();
    const persons = [];
    const credits = [];
    for (const d of docs) {
      const { who, spans } = baoxunPersons(baoxun, d.text, sys.options);
      persons.push(new Set(spans.map(([s, e]) => `${s}:${e}`)));
      const byId = new Map(who.persons.map((p) => [p.id, p]));
      credits.push(new Set(who.credits.flatMap((c) => byId.get(c.personId).mentions.filter((m) => m.span.start >= c.span.start && m.span.end <= c.span.end).map((m) => `${m.span.start}:${m.span.end}`))));
    }
    const ms = Date.now() - t;
    console.log(row("pku 04–05 persons", sys.name, score(goldPersons, union(persons)), ms));
    console.log(row("pku 04–05 credits (silver)", sys.name, score(goldCredits, union(credits)), ms));
  }
  for (const tg of taggers) {
    const t = Date.now();
    const persons = docs.map((d) => new Set(tg.persons(d.text).map(([s, e]) => `${s}:${e}`)));
    console.log(row("pku 04–05 persons", tg.name, score(goldPersons, union(persons)), Date.now() - t));
  }

  // msra-ner: person names per sentence, the held-out fifth (the rest trains the name model).
  const msra = readMsra(corpora).filter((_, i) => !isMsraTraining(i));
  const goldMsra = union(msra.map((s) => new Set(s.persons.map((p) => `${p.start}:${p.end}`))));
  for (const sys of systems) {
    const t = Date.now();
    const pred = union(msra.map((s) => new Set(baoxunPersons(baoxun, s.text, sys.options).spans.map(([a, b]) => `${a}:${b}`))));
    console.log(row("msra-ner dev fifth persons", sys.name, score(goldMsra, pred), Date.now() - t));
  }
  for (const tg of taggers) {
    const t = Date.now();
    const pred = union(msra.map((s) => new Set(tg.persons(s.text).map(([a, b]) => `${a}:${b}`))));
    console.log(row("msra-ner dev fifth persons", tg.name, score(goldMsra, pred), Date.now() - t));
  }

  // cluener2020: person names per sentence (every name span: Chinese, transliterated, Latin, nicknames).
  const cluener = readCluener(corpora);
  const cluenerDev = cluener.filter((r) => !isCluenerTraining(r.index));
  const goldCluener = union(cluenerDev.map((r) => new Set(r.names.map((n) => `${n.start}:${n.end}`))));
  for (const sys of systems) {
    const t = Date.now();
    const pred = union(cluenerDev.map((r) => new Set(baoxunPersons(baoxun, r.text, sys.options).spans.map(([a, b]) => `${a}:${b}`))));
    console.log(row("cluener held-out fifth names", sys.name, score(goldCluener, pred), Date.now() - t));
  }
  for (const tg of taggers) {
    const t = Date.now();
    const pred = union(cluenerDev.map((r) => new Set(tg.persons(r.text).map(([a, b]) => `${a}:${b}`))));
    console.log(row("cluener held-out fifth names", tg.name, score(goldCluener, pred), Date.now() - t));
  }

  // cluener2020: position→name pairs (a position span directly followed by a name span; chains by 、 or 兼).
  for (const [label, records] of [
    ["cluener held-out fifth pairs", cluenerDev],
    ["cluener all train pairs", cluener],
  ]) {
    const gold = union(records.map((r) => new Set(cluenerPairs(r).map(({ position, name }) => `${position.end}>${name.start}:${name.end}`))));
    const t = Date.now();
    const pred = union(records.map((r) => new Set(baoxunPairs(baoxun, r.text))));
    console.log(row(label, "baoxun", score(gold, pred), Date.now() - t));
  }
  console.log("\ncredits (silver): PKU has no credit labels; a gold credit is a person (nr) after a credit marker");
  console.log("(记者, 通讯员, 摄影, 编辑 … possibly after other names and 、) or before 摄/摄影/报道, or alone in a closing bracket.");
  console.log("pairs: baoxun roles whose name starts where the title ends (and chains by 、/兼), plus credits (记者X); list");
  console.log("members (区领导A、B: B) are left out because the adjacency gold cannot contain them.");
}

const CREDIT_WORDS = new Set(["记者", "通讯员", "摄影", "摄影记者", "特约记者", "编辑", "责任编辑", "实习生", "见习记者", "首席记者", "特派记者"]);
const AFTER_WORDS = new Set(["摄", "摄影", "报道", "整理", "摄影报道"]);

/** Silver credits of a PKU paragraph, as name spans. */
/**
 * The PKU dev days as one text per article (paragraphs joined by \n), with the gold person and
 * credit spans as "start:end" keys.
 */
export function pkuDevDocs(corpora) {
  return readPku(corpora)
    .filter((a) => !isPkuTrainingDay(a.day))
    .map((a) => {
      let text = "";
      const persons = new Set();
      const credits = new Set();
      a.paragraphs.forEach((p, i) => {
        if (i) text += "\n";
        const base = text.length;
        for (const n of p.persons) persons.add(`${base + n.start}:${base + n.end}`);
        for (const k of pkuCredits(p)) credits.add(`${base + k.start}:${base + k.end}`);
        text += p.text;
      });
      return { text, persons, credits };
    });
}

export function pkuCredits(p) {
  const found = [];
  const tokens = p.tokens;
  for (const person of p.persons) {
    let i = tokens.findIndex((t) => t.start === person.start);
    let j = i;
    while (j < tokens.length && tokens[j].start < person.end) j++;
    let k = i - 1;
    while (k >= 0 && (tokens[k].tag === "nr" || tokens[k].word === "、")) k--;
    const before = tokens[k]?.word;
    const after = tokens[j]?.word;
    const closing = tokens[k]?.word === "（" && tokens.slice(j).every((t) => t.tag === "nr" || t.word === "、" || t.word === "）");
    if (CREDIT_WORDS.has(before) || AFTER_WORDS.has(after) || closing) found.push(person);
  }
  return found;
}

export function baoxunPairs(baoxun, text) {
  const who = baoxun.extractWho(pageOf(text));
  const byId = new Map(who.persons.map((p) => [p.id, p]));
  const keys = [];
  for (const r of who.roles) {
    if (/list$/.test(r.rule)) continue;
    const person = byId.get(r.personId);
    // Each place the role is written (schema 1.2.0: one role, several mentions).
    for (const { span } of r.mentions) {
      // The name after the title, or after the chain the title opens (党工委书记、管委会主任吕沛).
      const m = person.mentions.filter((m) => m.span.start >= span.end && m.span.start - span.end <= 20).sort((a, b) => a.span.start - b.span.start)[0];
      if (m && r.rule !== "name-title") keys.push(`${span.end}>${m.span.start}:${m.span.end}`);
    }
  }
  for (const c of who.credits) {
    if (c.rule === "signature") continue;
    const m = byId.get(c.personId).mentions.find((m) => m.span.start >= c.span.start && m.span.end <= c.span.end);
    // Only markers that cluener labels as a position (记者, 通讯员, 编辑 …); 文/ and 摄 are not.
    // Only the name right after the marker, as the adjacency gold has it (通讯员伍宣、李晓萌: 伍宣).
    if (m && /记者|通讯员|实习生|编辑/u.test(c.marker) && /[记者员生辑][\s：:／/]*$/u.test(text.slice(c.span.start, m.span.start))) keys.push(`${m.span.start}>${m.span.start}:${m.span.end}`);
  }
  return keys;
}
