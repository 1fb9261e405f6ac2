// Article boundaries and headlines on pages built from pku-peoples-daily-1998: its paragraph ids
// (19980101-01-001-002 = day-page-article-paragraph) give exact articles, and the first paragraph
// of an article with more than one is its headline, with the short paragraphs without a full
// stop right after it (a kicker or subtitle: 全总致全国各族职工慰问信 / 勉励广大职工…), three at
// most; a paragraph of four characters or fewer is an author's name, not a headline line, nor is a
// byline (本报记者郭伟成, told by the corpus's tags: scripts/pages/sources.mjs), the text's first line.
// Each newspaper page is laid out three times: as a
// clean web text (headline, blank line, paragraphs), the same without the blank line after the
// headline, and as a PDF extraction (paragraphs broken at a column width, headline printed after
// the body).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isByline, pkuParagraphs } from "../pages/sources.mjs";
import { wrap } from "../pages/render-text.mjs";

/** Reads the corpus into pages of articles, each article a list of paragraph strings, and per
 * article the index of the byline under its headline (本报记者郭伟成: the text's first line), or -1. */
export function readPkuPages(corpora) {
  const pages = new Map();
  for (const { day, page, article, text, words } of pkuParagraphs(corpora)) {
    const pageKey = `${day}-${page}`;
    if (!pages.has(pageKey)) pages.set(pageKey, new Map());
    const articles = pages.get(pageKey);
    if (!articles.has(article)) articles.set(article, { paragraphs: [], byline: -1 });
    const a = articles.get(article);
    if (a.byline < 0 && a.paragraphs.length >= 1 && a.paragraphs.length <= 2 && isByline(words)) a.byline = a.paragraphs.length;
    a.paragraphs.push(text);
  }
  return [...pages.entries()].map(([key, articles]) => ({
    key,
    articles: [...articles.values()].map((a) => a.paragraphs),
    bylines: [...articles.values()].map((a) => a.byline),
  }));
}


/** Lays out a page; returns the text and, per article, its expected [start, end) and headline. */
export function headlineParagraphs(paragraphs, byline = -1) {
  if (paragraphs.length < 2) return [];
  const parts = [paragraphs[0]];
  for (const [i, p] of paragraphs.slice(1, 3).entries()) {
    // A byline is the text's first line, not a headline's.
    if (i + 1 === byline || p.length <= 4 || p.length > 50 || /[。：]/.test(p) || /^[（(].*[）)]$/.test(p)) break;
    parts.push(p);
  }
  return parts.length < paragraphs.length ? parts : parts.slice(0, 1);
}

export function layoutPage(articles, layout, bylines = []) {
  let text = "";
  const expected = [];
  for (const [n, paragraphs] of articles.entries()) {
    const parts = headlineParagraphs(paragraphs, bylines[n] ?? -1);
    const headline = parts.length ? parts.join("") : null;
    const body = paragraphs.slice(parts.length);
    const start = text.length;
    if (layout === "web") {
      if (headline) text += `${parts.join("\n")}\n\n`;
      text += body.join("\n");
    } else if (layout === "web-compact") {
      if (headline) text += `${parts.join("\n")}\n`;
      text += body.join("\n");
    } else {
      text += body.map((p) => wrap(p, 20).join("\n")).join("\n");
      if (headline) text += `\n\n${parts.join("\n\n")}`;
    }
    expected.push({ start, end: text.length, headline });
    text += "\n\n";
  }
  return { text, expected };
}

export function scorePage(graph, expected) {
  const squash = (s) => (s ?? "").replace(/\s+/g, "");
  let boundaries = 0;
  let headlines = 0;
  for (const want of expected) {
    const found = graph.articles.find((a) => a.span.start === want.start && a.span.end === want.end);
    if (!found) continue;
    boundaries++;
    const got = found.headline ? squash(found.headline.text) : null;
    if ((want.headline === null && got === null) || (want.headline !== null && got === squash(want.headline))) headlines++;
  }
  return { boundaries, headlines, expected: expected.length, found: graph.articles.length };
}

/** The dev pages of scripts/pages (built into .pages/ when absent), scored per kind. */
async function runPages({ baoxun, split }) {
  const { existsSync, readdirSync } = await import("node:fs");
  const { resolve, dirname } = await import("node:path");
  const { fileURLToPath } = await import("node:url");
  const { build, KINDS } = await import("../pages/build.mjs");
  const { emptyTally, scoreGraph, tallyRow, TABLE_HEAD } = await import("../pages/score.mjs");
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../.pages");
  const missing = KINDS.filter((k) => !existsSync(join(root, split, k)));
  if (missing.length) await build({ out: root, splits: [split], kinds: missing });
  const days = { dev: ["04–05", "even days"], train: ["01–02", "odd days but 3, 7, 11 …"], tune: ["03", "days 3, 7, 11 …"] }[split];
  console.log(`\nGenerated pages (scripts/pages, ${split} split: PKU 1998 days ${days[0]}, Sogou by docno, Wikinews by file; ecpo-jingbao real pages, ${days[1]}):\n`);
  for (const line of TABLE_HEAD) console.log(line);
  for (const kind of KINDS) {
    const dir = join(root, split, kind);
    if (!existsSync(dir)) continue;
    const tally = emptyTally();
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".gold.json")).sort()) {
      const gold = JSON.parse(readFileSync(join(dir, file), "utf8"));
      const text = readFileSync(join(dir, file.replace(/\.gold\.json$/, ".txt")), "utf8");
      scoreGraph(baoxun.extract(text), text, gold, tally);
    }
    console.log(tallyRow(kind, tally));
  }
}

/** The real seed page: 12 articles, 10 headlines (test/seed-page holds the structure). */
function runSeed({ baoxun, corpora }) {
  const { existsSync, readdirSync } = require_fs();
  const dir = join(corpora, "../seed");
  if (!existsSync(dir)) return console.log("seed page absent");
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
    const g = baoxun.extract(readFileSync(join(dir, f), "utf8"));
    console.log(`\nseed page ${f}: ${g.articles.length} articles, ${g.articles.filter((a) => a.headline).length} headlines (want 12 and 10)`);
  }
}
import * as fs from "node:fs";
const require_fs = () => fs;

export async function run({ baoxun, corpora }) {
  // ARTICLES_SPLIT=tune scores the pages a labeller trained on the train pages never saw.
  const split = ["train", "tune"].includes(process.env.ARTICLES_SPLIT) ? process.env.ARTICLES_SPLIT : "dev";
  await runPages({ baoxun, split });
  runSeed({ baoxun, corpora });
  const pages = readPkuPages(corpora);
  console.log(`\npku-peoples-daily-1998, whole pages as printed: ${pages.length} pages, ${pages.reduce((n, p) => n + p.articles.length, 0)} articles`);
  console.log("| layout | articles expected | found | exact boundaries | headlines exactly right |");
  console.log("|---|---|---|---|---|");
  for (const layout of ["web", "web-compact", "pdf"]) {
    const total = { boundaries: 0, headlines: 0, expected: 0, found: 0 };
    for (const page of pages) {
      const { text, expected } = layoutPage(page.articles, layout, page.bylines);
      const score = scorePage(baoxun.extract(text), expected);
      for (const k of Object.keys(total)) total[k] += score[k];
    }
    const pct = (n) => `${n} (${((100 * n) / total.expected).toFixed(1)}%)`;
    console.log(`| ${layout} | ${total.expected} | ${total.found} | ${pct(total.boundaries)} | ${pct(total.headlines)} |`);
  }
}
