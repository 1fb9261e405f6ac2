// Readers for the annotated corpora in ../shared/corpora, shared by the dictionary builder
// (scripts/who/build-dictionaries.mjs) and the evaluation (scripts/eval/who.mjs).
// The corpora are read in place and never copied into the repository.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * pku-peoples-daily-1998 as articles: { id, day, paragraphs: [{ text, tokens: [{ word, tag, start }] , persons: [{start,end}] }] }.
 * A person is a run of nr tokens: a surname token of one or two characters joined with the given
 * name that follows (江/nr 泽民/nr → 江泽民); any other nr token is a person on its own.
 */
export function readPku(corpora) {
  const raw = readFileSync(join(corpora, "pku-peoples-daily-1998/199801-01to05.pfr.utf8.txt"), "utf8");
  const articles = [];
  let current = null;
  for (const line of raw.split("\n")) {
    if (line.trim() === "") continue;
    const parts = line.split("  ").filter(Boolean);
    const id = parts[0].replace(/\/m$/, "");
    const articleId = id.slice(0, 15);
    if (!current || current.id !== articleId) {
      current = { id: articleId, day: id.slice(0, 8), paragraphs: [] };
      articles.push(current);
    }
    const tokens = [];
    let text = "";
    for (const part of parts.slice(1)) {
      const m = /^\[?(.+)\/([A-Za-z]+)(?:\][a-z]+)?$/.exec(part);
      if (!m) continue;
      tokens.push({ word: m[1], tag: m[2], start: text.length });
      text += m[1];
    }
    const persons = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.tag !== "nr") continue;
      const next = tokens[i + 1];
      if (next && next.tag === "nr" && t.word.length <= 2 && next.word.length <= 2) {
        persons.push({ start: t.start, end: next.start + next.word.length, surname: t.word, given: next.word });
        i++;
      } else persons.push({ start: t.start, end: t.start + t.word.length, surname: null, given: null });
    }
    current.paragraphs.push({ text, tokens, persons });
  }
  return articles;
}

/** msra-ner test split as sentences: { text, persons: [{start,end}] }. */
export function readMsra(corpora) {
  const raw = readFileSync(join(corpora, "msra-ner/msra_test_bio.txt"), "utf8");
  const sentences = [];
  let chars = [];
  let tags = [];
  const flush = () => {
    if (!chars.length) return;
    const text = chars.join("");
    const persons = [];
    for (let i = 0; i < tags.length; i++) {
      if (tags[i] !== "B-PER") continue;
      let j = i + 1;
      while (tags[j] === "I-PER") j++;
      persons.push({ start: i, end: j });
    }
    sentences.push({ text, persons });
    chars = [];
    tags = [];
  };
  for (const line of raw.split("\n")) {
    if (line.trim() === "") {
      flush();
      continue;
    }
    const [ch, tag] = line.split("\t");
    chars.push(ch);
    tags.push((tag ?? "O").trim());
  }
  flush();
  return sentences;
}

/** cluener2020 train as records: { index, text, names: [{start,end}], positions: [{start,end}] } (end exclusive). */
export function readCluener(corpora) {
  const raw = readFileSync(join(corpora, "cluener2020/train.jsonl"), "utf8");
  const spans = (label) => Object.values(label ?? {}).flatMap((list) => list.map(([s, e]) => ({ start: s, end: e + 1 })));
  return raw
    .split("\n")
    .filter(Boolean)
    .map((line, index) => {
      const { text, label } = JSON.parse(line);
      return { index, text, names: spans(label.name), positions: spans(label.position) };
    });
}

/**
 * Gold position→name pairs of a cluener record: a position span directly followed by a name span;
 * in a chain (市委常委、宣传部长王少青) every position joined by 、 or 兼 pairs with the name.
 */
export function cluenerPairs(record) {
  const pairs = [];
  const byEnd = new Map(record.positions.map((p) => [p.end, p]));
  for (const name of record.names) {
    let position = byEnd.get(name.start);
    while (position) {
      pairs.push({ position, name });
      const joiner = record.text[position.start - 1];
      position = joiner === "、" || joiner === "兼" ? byEnd.get(position.start - 1) : undefined;
    }
  }
  return pairs;
}

/** Training / evaluation split used everywhere: PKU days 01–03 and cluener records with index % 5 ≠ 0 build dictionaries. */
export const isPkuTrainingDay = (day) => day <= "19980103";
export const isCluenerTraining = (index) => index % 5 !== 0;

/** A file of one character per line with BIO/BMES tags, as sentences { text, persons } (persons: spans tagged `label`). */
function readCharTagged(path, label, charOf) {
  const raw = readFileSync(path, "utf8");
  const sentences = [];
  let chars = [];
  let tags = [];
  const flush = () => {
    if (!chars.length) return;
    const persons = [];
    for (let i = 0; i < tags.length; i++) {
      const [kind, type] = tags[i].split("-");
      if (type !== label || (kind !== "B" && kind !== "S")) continue;
      let j = i + 1;
      while (j < tags.length && /^[IME]-/.test(tags[j]) && tags[j].endsWith(`-${label}`)) j++;
      persons.push({ start: i, end: j });
      i = j - 1;
    }
    sentences.push({ text: chars.join(""), persons });
    chars = [];
    tags = [];
  };
  for (const line of raw.split("\n")) {
    if (line.trim() === "") {
      flush();
      continue;
    }
    const [token, tag] = line.split(/[\t ]/);
    chars.push(charOf(token));
    tags.push((tag ?? "O").trim());
  }
  flush();
  return sentences;
}

/** resume-ner dev as sentences { text, persons } (NAME spans). */
export const readResume = (corpora) => readCharTagged(join(corpora, "resume-ner/dev.char.bmes"), "NAME", (t) => t);

/** weibo-ner dev as sentences { text, persons } (PER.NAM spans; the jieba position digit after each character is dropped). */
export const readWeibo = (corpora) => readCharTagged(join(corpora, "weibo-ner/weiboNER_2nd_conll.dev"), "PER.NAM", (t) => t.replace(/\d+$/u, "") || t);

/** msra-ner sentences kept for dev: every fifth (index % 5 = 0); the rest train the name model. */
export const isMsraTraining = (index) => index % 5 !== 0;

/**
 * The person-name documents of the training split, { source, text, persons: [{start,end}] }: PKU
 * days 01–03 (one document per article, paragraphs joined by \n), cluener2020 train records with
 * index % 5 ≠ 0, msra-ner sentences with index % 5 ≠ 0, and all of the resume-ner and weibo-ner dev
 * files. Dev: PKU days 04–05, cluener index % 5 = 0, msra index % 5 = 0 (scripts/eval/who.mjs).
 */
export function nameTrainingDocuments(corpora) {
  const docs = [];
  for (const a of readPku(corpora)) if (isPkuTrainingDay(a.day)) docs.push({ source: "pku", ...pkuDocument(a) });
  for (const r of readCluener(corpora)) if (isCluenerTraining(r.index)) docs.push({ source: "cluener", text: r.text, persons: r.names });
  readMsra(corpora).forEach((s, i) => {
    if (isMsraTraining(i)) docs.push({ source: "msra", text: s.text, persons: s.persons });
  });
  for (const s of readResume(corpora)) docs.push({ source: "resume", text: s.text, persons: s.persons });
  for (const s of readWeibo(corpora)) docs.push({ source: "weibo", text: s.text, persons: s.persons });
  return docs;
}

/** A PKU article as one text (paragraphs joined by \n) with its person spans. */
export function pkuDocument(article) {
  let text = "";
  const persons = [];
  article.paragraphs.forEach((p, i) => {
    if (i) text += "\n";
    for (const n of p.persons) persons.push({ start: text.length + n.start, end: text.length + n.end });
    text += p.text;
  });
  return { text, persons };
}
