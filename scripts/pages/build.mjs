#!/usr/bin/env node
// Builds the dev/train pages for the article evaluation, with gold by construction, into a
// git-ignored folder (default .pages/): never committed, rebuilt on demand.
//
//   node scripts/pages/build.mjs [--out .pages] [--split dev|train|tune|all] [--kinds plain,pdf,web,jingbao] [--no-pdf]
//
// Writes <out>/<split>/<kind>/<page id>.txt and <page id>.gold.json for the kinds
//   plain        corpus articles typeset in narrow columns the way PDF text comes out
//   pdf-default  HTML newspaper page -> Chromium PDF -> `pdftotext`
//   pdf-raw      the same PDF -> `pdftotext -raw`
//   web          one web article with its metadata lines (来源, 发布时间, 作者, 字号, 分享到)
//   jingbao      real whole pages of ecpo-jingbao (split by day; headline = first short <p>, heuristic)
// and, for the PDF kinds, <out>/<split>/pdf/<page id>.{html,pdf,page.json}: the PDF, its HTML and
// the abstract page (every block with its role: kicker/main/subtitle/subhead/para/box/credit/…).
// Each gold.json: { id, kind, split, articles: [{ id, kind, span, outer, headline: { kicker, main,
// subtitle, position } | null, subheads: [{ text, start, end }], blocks: [{ role, text, start, end,
// box?: { x, y, w, h } in PDF points from the top left }] }], furniture, unaligned, ignore }.
// Train/tune/dev split: see sources.mjs (PKU days 01–02 train / 03 tune / 04–05 dev; Sogou by docno; Wikinews by file; jingbao by day).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { readPku, readSogou, readWikinews, readJingbao } from "./sources.mjs";
import { composePages, rng32 } from "./compose.mjs";
import { renderPlain, renderWeb } from "./render-text.mjs";
import { alignGold, pageHtml, printPdfs, pdftotext } from "./render-pdf.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const corpora = resolve(here, "../../../shared/corpora");
export const KINDS = ["plain", "pdf-default", "pdf-raw", "web", "jingbao"];

// Pages per source and split: PKU gives most; Wikinews dev holds only six articles.
const COUNTS = { dev: { pku: 30, sogou: 10, wikinews: 4, web: 60 }, train: { pku: 240, sogou: 100, wikinews: 60, web: 500 }, tune: { pku: 60, sogou: 20, wikinews: 10, web: 80 } };
const SEEDS = { dev: 1401, train: 1402, tune: 1403 };
export const SPLITS = ["dev", "train", "tune"];

export function composeAll(split) {
  const rng = rng32(7);
  const sources = { pku: readPku(corpora), sogou: readSogou(corpora, rng), wikinews: readWikinews(corpora) };
  const pages = [];
  let seed = SEEDS[split];
  for (const [label, list] of Object.entries(sources)) pages.push(...composePages(list, { seed: seed++, split, count: COUNTS[split][label], label }));
  const all = [...sources.pku, ...sources.sogou, ...sources.wikinews];
  const web = composePages(all, { seed: seed++, split, count: COUNTS[split].web, label: "web" });
  return { pages, web };
}

export function jingbaoPages(split) {
  return readJingbao(corpora).map((p, n) => ({ p, n })).filter(({ p }) => p.split === split).map(({ p, n }) => {
    const rng = rng32(9000 + n);
    const blank = rng() < 0.5;
    let text = "";
    const articles = [];
    const furniture = [];
    for (const b of p.blocks) {
      const start = text.length;
      const placed = [];
      for (const lines of b.paragraphs) {
        const s = text.length;
        text += lines.join("\n");
        placed.push({ role: "para", text: lines.join(""), start: s, end: text.length });
        text += "\n";
      }
      const end = text.length - 1;
      if (blank) text += "\n";
      if (b.type !== "article") {
        furniture.push({ role: b.type, start, end });
        continue;
      }
      const first = b.paragraphs[0];
      const head = b.paragraphs.length > 1 && first.length === 1 && first[0].length <= 14 && !/[。]/.test(first[0]) ? first[0] : null;
      if (head) placed[0].role = "main";
      articles.push({ id: `${p.id}-${articles.length}`, kind: "news", span: { start, end }, outer: { start, end }, headline: head ? { kicker: null, main: head, subtitle: null, position: "before", approximate: true } : null, subheads: [], blocks: placed });
    }
    return { text, gold: { id: p.id, kind: "jingbao", split, articles, furniture, unaligned: [], ignore: [] } };
  });
}

function save(dir, { text, gold }) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${gold.id}.txt`), text);
  writeFileSync(join(dir, `${gold.id}.gold.json`), JSON.stringify(gold, null, 1));
}

export async function build({ out = resolve(here, "../../.pages"), splits = SPLITS, kinds = KINDS, log = console.error } = {}) {
  if (!existsSync(corpora)) throw new Error(`${corpora} is absent: the pages are built from the shared corpora`);
  for (const split of splits) {
    const { pages, web } = composeAll(split);
    if (kinds.includes("plain")) for (const p of pages) save(join(out, split, "plain"), renderPlain(p));
    if (kinds.includes("web")) for (const p of web) save(join(out, split, "web"), renderWeb(p));
    if (kinds.includes("jingbao")) for (const p of jingbaoPages(split)) save(join(out, split, "jingbao"), p);
    if (kinds.some((k) => k.startsWith("pdf"))) {
      const dir = join(out, split, "pdf");
      mkdirSync(dir, { recursive: true });
      log(`printing ${pages.length} ${split} pages with Chromium …`);
      const printed = await printPdfs(pages, dir);
      pages.forEach((p, i) => {
        writeFileSync(join(dir, `${p.id}.html`), pageHtml(p));
        writeFileSync(join(dir, `${p.id}.page.json`), JSON.stringify(p, null, 1));
        for (const raw of [false, true]) {
          const kind = raw ? "pdf-raw" : "pdf-default";
          if (!kinds.includes(kind)) continue;
          const text = pdftotext(printed[i].pdf, raw);
          save(join(out, split, kind), { text, gold: alignGold(p, text, kind, printed[i].boxes) });
        }
      });
    }
    log(`${split}: built into ${join(out, split)}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const split = arg("split", "all");
  let kinds = arg("kinds", KINDS.join(",")).split(",");
  if (kinds.includes("pdf")) kinds = kinds.concat(["pdf-default", "pdf-raw"]);
  if (process.argv.includes("--no-pdf")) kinds = kinds.filter((k) => !k.startsWith("pdf"));
  await build({ out: resolve(arg("out", resolve(here, "../../.pages"))), splits: split === "all" ? SPLITS : [split], kinds });
}
