// Corpus readers for the page generator: each returns titled articles
// `{ id, source, split, main, extra: [headline lines after the main], byline?, paragraphs: [...] }`,
// read in place from ../shared/corpora (never copied into the repository).
//
// THE SPLIT (fixed up front; dev is never used for tuning, and scored once per change). The
// training material is cut once more into train and tune, by article source as dev is, so that
// a model can be trained on train pages and measured on tune pages that share no article with
// them (a page composed from the same articles, or typeset another way, would leak):
// - pku-peoples-daily-1998: days 19980101–02 train, day 03 tune, days 04–05 dev;
// - sogou-news-sample: by the docno's first hex digit, 0–9 train, a–b tune, c–f dev;
// - tdt-wikinews-zh-timex: wikinews.dev.txt dev; of wikinews.train.txt, a quarter tune (FNV-1a of
//   the file name), the rest train;
// - ecpo-jingbao: real whole pages, by day of the month: even days dev, days 3, 7, 11 … tune, the
//   other odd days train.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** The split of a PKU article id such as 19980104-03-002. */
export const pkuSplit = (day) => {
  const d = Number(day.slice(6, 8));
  return d <= 2 ? "train" : d === 3 ? "tune" : "dev";
};
export const sogouSplit = (docno) => (/^[c-f]/i.test(docno) ? "dev" : /^[ab]/i.test(docno) ? "tune" : "train");
const fnv = (s) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};
const wikinewsSplit = (file, id) => (file === "dev" ? "dev" : fnv(id) % 4 === 0 ? "tune" : "train");
/** Jingbao by day of the month: even days dev, 3, 7, 11 … tune, the other odd days train. */
const jingbaoSplit = (day) => (day % 2 === 0 ? "dev" : day % 4 === 3 ? "tune" : "train");

/** PKU 1998 as paragraphs: its id (day, page, article), its text without the POS tags, and its
 * words with their tags ([word, tag]). */
export function* pkuParagraphs(corpora) {
  const raw = readFileSync(join(corpora, "pku-peoples-daily-1998/199801-01to05.pfr.utf8.txt"), "utf8");
  for (const line of raw.split("\n")) {
    const tokens = line.trim().split(/\s+/).filter(Boolean);
    if (tokens.length < 2) continue;
    const [day, page, article] = tokens[0].split("/")[0].split("-");
    // A bracketed compound ([中国/ns 国防报/n]nt) gives its words its own tag.
    const words = [];
    let open = -1;
    for (const t of tokens.slice(1)) {
      const m = /^(\[?)(.*?)\/([A-Za-z]+)(?:\]([A-Za-z]+))?$/.exec(t);
      if (!m) {
        words.push([t, ""]);
        continue;
      }
      if (m[1]) open = words.length;
      words.push([m[2], m[3]]);
      if (m[4] && open >= 0) {
        for (let i = open; i < words.length; i++) words[i][1] = m[4];
        open = -1;
      }
    }
    yield { day, page, article, text: words.map(([w]) => w).join(""), words };
  }
}

// A byline is names, places, bodies and titles, ending on a name: 本报驻南非记者温宪, 新华社记者潘大成,
// 赖林嵩周美林范双民张振明, 中国人民银行行长戴相龙 (PKU tags names nr, places ns, bodies nt,
// nouns n, abbreviations j). Its words besides those:
const BYLINE_WORDS = new Set(["本报", "驻", "摄", "报道", "兼", "副", "、", "　", " "]);
const BYLINE_TAGS = new Set(["nr", "ns", "nt", "n", "nz", "j"]);
/** Whether a paragraph right under a headline is its byline (or author line), not a subtitle. */
export function isByline(words) {
  const last = words.findLast(([, t]) => t !== "w");
  return last?.[1] === "nr" && words.every(([w, t]) => BYLINE_TAGS.has(t) || BYLINE_WORDS.has(w) || (t === "w" && /^[、·　 ]$/.test(w)));
}

/** PKU 1998: paragraph ids give articles; the first paragraph is the headline, with the short
 * lines without a full stop after it (a subtitle), as scripts/eval/articles.mjs reads them. */
export function readPku(corpora) {
  const articles = new Map();
  for (const { day, page, article, text, words } of pkuParagraphs(corpora)) {
    const key = `${day}-${page}-${article}`;
    if (!articles.has(key)) articles.set(key, { id: `pku-${key}`, source: "pku", split: pkuSplit(day), paragraphs: [], words: [] });
    articles.get(key).paragraphs.push(text);
    articles.get(key).words.push(words);
  }
  const out = [];
  for (const a of articles.values()) {
    const ps = a.paragraphs;
    if (ps.length < 2) continue;
    const extra = [];
    let byline = null;
    for (const [i, p] of ps.slice(1, 3).entries()) {
      if (p.length <= 4 || p.length > 40 || /[。：]/.test(p) || /^[（(].*[）)]$/.test(p)) break;
      // A byline under the headline opens the article's text; it is no subtitle.
      if (isByline(a.words[1 + i])) {
        byline = p;
        break;
      }
      extra.push(p);
    }
    const body = ps.slice(1 + extra.length + (byline ? 1 : 0));
    // Picture pages (a title and a one-line caption) and poems make no article of text.
    if (!body.length || body.join("").length < 40) continue;
    if (/（附图片|图片１张/.test(ps[0]) && body.join("").length < 120) continue;
    out.push({ id: a.id, source: "pku", split: a.split, main: ps[0].replace(/（附图片.*?）/g, ""), extra, byline, paragraphs: body });
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
      out.push({ id: `wikinews-${id}`, source: "wikinews", split: wikinewsSplit(split, id), main: title, extra: [], paragraphs });
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
        const split = jingbaoSplit(day);
        if (blocks.some((b) => b.type === "article")) pages.push({ id: `jingbao-${file.replace(/\.xml$/, "")}-${n}`, split, blocks });
      }
    }
  }
  return pages;
}
