// Corpus readers for the page generator: each returns titled articles
// `{ id, source, split, main, extra: [headline lines after the main], paragraphs: [...] }`,
// read in place from ../shared/corpora (never copied into the repository).
//
// THE SPLIT (fixed up front; dev is never used for tuning, and scored once per change):
// - pku-peoples-daily-1998: days 19980101–03 train, days 04–05 dev;
// - sogou-news-sample: by the docno's first hex digit, 0–b train, c–f dev (about a quarter);
// - tdt-wikinews-zh-timex: wikinews.train.txt train, wikinews.dev.txt dev;
// - ecpo-jingbao: real whole pages, split by day (odd days of the month train, even days dev).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** The split of a PKU article id such as 19980104-03-002. */
export const pkuSplit = (day) => (Number(day.slice(6, 8)) <= 3 ? "train" : "dev");
export const sogouSplit = (docno) => (/^[c-f]/i.test(docno) ? "dev" : "train");

/** PKU 1998 as paragraphs: its id (day, page, article) and its text without the POS tags. */
export function* pkuParagraphs(corpora) {
  const raw = readFileSync(join(corpora, "pku-peoples-daily-1998/199801-01to05.pfr.utf8.txt"), "utf8");
  for (const line of raw.split("\n")) {
    const tokens = line.trim().split(/\s+/).filter(Boolean);
    if (tokens.length < 2) continue;
    const [day, page, article] = tokens[0].split("/")[0].split("-");
    const text = tokens
      .slice(1)
      .map((t) => t.replace(/^\[/, "").replace(/\/[A-Za-z]+(\][A-Za-z]+)?$/, ""))
      .join("");
    yield { day, page, article, text };
  }
}

/** PKU 1998: paragraph ids give articles; the first paragraph is the headline, with the short
 * lines without a full stop after it (a subtitle), as scripts/eval/articles.mjs reads them. */
export function readPku(corpora) {
  const articles = new Map();
  for (const { day, page, article, text } of pkuParagraphs(corpora)) {
    const key = `${day}-${page}-${article}`;
    if (!articles.has(key)) articles.set(key, { id: `pku-${key}`, source: "pku", split: pkuSplit(day), paragraphs: [] });
    articles.get(key).paragraphs.push(text);
  }
  const out = [];
  for (const a of articles.values()) {
    const ps = a.paragraphs;
    if (ps.length < 2) continue;
    const extra = [];
    for (const p of ps.slice(1, 3)) {
      if (p.length <= 4 || p.length > 40 || /[。：]/.test(p) || /^[（(].*[）)]$/.test(p)) break;
      extra.push(p);
    }
    const body = ps.slice(1 + extra.length);
    // Picture pages (a title and a one-line caption) and poems make no article of text.
    if (!body.length || body.join("").length < 40) continue;
    if (/（附图片|图片１张/.test(ps[0]) && body.join("").length < 120) continue;
    out.push({ id: a.id, source: "pku", split: a.split, main: ps[0].replace(/（附图片.*?）/g, ""), extra, paragraphs: body });
  }
  return out;
}

/** Splits a text without paragraph breaks into paragraphs of two to four sentences. */
export function paragraphsOf(text, rng) {
  const sentences = text.match(/[^。！？]+[。！？]+[”’」』）]?|[^。！？]+$/g) ?? [];
  const out = [];
  let cur = "";
  let want = 2 + Math.floor(rng() * 3);
  let n = 0;
  for (const s of sentences) {
    cur += s.trim();
    if (++n >= want) {
      out.push(cur);
      cur = "";
      n = 0;
      want = 2 + Math.floor(rng() * 3);
    }
  }
  if (cur) out.push(cur);
  return out.filter((p) => p.length > 0);
}

/** Sogou: contenttitle is the headline; the content loses a repeated headline before U+E40C. */
export function readSogou(corpora, rng) {
  const raw = readFileSync(join(corpora, "sogou-news-sample/news_sohusite_xml.smarty.dat"), "utf8");
  const out = [];
  for (const m of raw.matchAll(/<doc>([\s\S]*?)<\/doc>/g)) {
    const get = (tag) => (m[1].match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`)) ?? [])[1]?.trim() ?? "";
    const docno = get("docno");
    const title = get("contenttitle").replace(/[\u3000 ]+/g, "　");
    let content = get("content");
    const sep = content.indexOf("\ue40c");
    if (sep >= 0) content = content.slice(sep + 1);
    content = content.replace(/[\ue000-\uf8ff]/g, "").replace(/^[\u3000 ]+/, "");
    if (!title || content.length < 80 || title.length > 40) continue;
    out.push({ id: `sogou-${docno}`, source: "sogou", split: sogouSplit(docno), main: title, extra: [], paragraphs: paragraphsOf(content, rng) });
  }
  return out;
}

/** Joins a word-segmented line: spaces go, except between two Latin/digit tokens. */
export const unsegment = (line) => line.trim().replace(/ +/g, (s, i, str) => (/[A-Za-z0-9]/.test(str[i - 1] ?? "") && /[A-Za-z0-9]/.test(str[i + s.length] ?? "") ? " " : ""));

/** Wikinews (TDT): the first line is the title, 【2008年9月6日讯】 a dateline, blank lines paragraphs. */
export function readWikinews(corpora) {
  const out = [];
  for (const split of ["train", "dev"]) {
    const raw = readFileSync(join(corpora, `tdt-wikinews-zh-timex/wikinews.${split}.txt`), "utf8");
    for (const chunk of raw.split(/^filename:/m).slice(1)) {
      const lines = chunk.split("\n");
      const id = lines[0].trim();
      const body = lines.slice(1).map(unsegment);
      const title = body.find((l) => l);
      const rest = body.slice(body.indexOf(title) + 1);
      const paragraphs = [];
      let cur = "";
      for (const l of rest) {
        if (!l) {
          if (cur) paragraphs.push(cur);
          cur = "";
        } else cur += l;
      }
      if (cur) paragraphs.push(cur);
      // 【2008年9月6日讯】 opens the first paragraph, as a dateline does.
      if (paragraphs.length > 1 && /^【.*】$/.test(paragraphs[0])) paragraphs.splice(0, 2, paragraphs[0] + paragraphs[1]);
      if (!title || paragraphs.join("").length < 80) continue;
      out.push({ id: `wikinews-${id}`, source: "wikinews", split, main: title, extra: [], paragraphs });
    }
  }
  return out;
}

/** ecpo-jingbao: whole real pages; each `<div type="article">` is one gold article, its
 * paragraphs with their original line ends; the headline is its first short paragraph (the
 * corpus does not label it: a heuristic, so headline figures on jingbao are approximate).
 * Split by day: issues of an odd day of the month train, of an even day are dev. */
export function readJingbao(corpora) {
  const root = join(corpora, "ecpo-jingbao/jingbao-textGT");
  const pages = [];
  for (const year of readdirSync(root).sort()) {
    for (const file of readdirSync(join(root, year, "04")).sort()) {
      const xml = readFileSync(join(root, year, "04", file), "utf8").replace(/<!--[\s\S]*?-->/g, "");
      let n = 0;
      for (const pm of xml.split(/<div type="page"/).slice(1)) {
        n++;
        const blocks = [];
        for (const dm of pm.matchAll(/<div type="(article|margin|head|other)"[^>]*>([\s\S]*?)<\/div>/g)) {
          const paragraphs = [...dm[2].matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)]
            .map((p) =>
              p[1]
                .replace(/&gaiji;/g, "\ue111")
                .split(/<lb\s*\/>/)
                .map((l) => l.replace(/<[^>]+>/g, "").trim())
                .filter(Boolean),
            )
            .filter((ls) => ls.length);
          if (paragraphs.length) blocks.push({ type: dm[1], paragraphs });
        }
        const day = Number(/_\d{4}-\d\d-(\d\d)_/.exec(file)?.[1]);
        const split = day % 2 === 1 ? "train" : "dev";
        if (blocks.some((b) => b.type === "article")) pages.push({ id: `jingbao-${file.replace(/\.xml$/, "")}-${n}`, split, blocks });
      }
    }
  }
  return pages;
}
