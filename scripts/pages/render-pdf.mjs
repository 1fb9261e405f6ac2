// The PDF kinds: an abstract page is laid out as a multi-column newspaper page in HTML (headlines
// in larger type spanning their block, kicker above and subtitle below, boxes with a rule, bold
// subheads, photo placeholders with captions, page header and footer), printed to PDF by headless
// Chromium (playwright-core driving /usr/bin/chromium, fonts-noto-cjk), and extracted with
// poppler's pdftotext in its default and -raw modes. Gold is recovered by CONTENT: each block's
// text is located in the extraction (layout characters removed), an article's span runs from its
// first to its last block, and an article whose blocks are not contiguous there (pdftotext merged
// it with a neighbour) is recorded under `unaligned` and left out of the scores.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { rng32, pick } from "./compose.mjs";

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const PAGE_WIDTH = 1123; // px, A3 at 96 dpi

/** The HTML of a page; every block carries data-a (article index) and data-b (block index). */
export function pageHtml(page) {
  const rng = rng32(page.seed ^ 0x5eed);
  const parts = [];
  // Half the blocks run the full width: pdftotext interleaves side-by-side blocks more often.
  const widths = [1, 1, 1, 2 / 3, 1 / 2, 1 / 3];
  let row = [];
  let used = 0;
  const rows = [];
  // Gaps between columns and blocks: wide enough for pdftotext to see columns on most pages.
  const gap = 30 + Math.floor(rng() * 20);
  page.items.forEach((item, a) => {
    let w = item.kind === "caption" ? pick(rng, [1 / 3, 1 / 2]) : item.kind === "brief" ? pick(rng, [1 / 3, 1 / 2]) : pick(rng, widths);
    if (used + w > 1.001) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push({ item, a, w });
    used += w;
  });
  if (row.length) rows.push(row);
  for (const r of rows) {
    const total = r.reduce((n, c) => n + c.w, 0);
    parts.push('<div class="row">');
    for (const { item, a, w } of r) {
      const px = Math.floor(((PAGE_WIDTH - 60) * w) / total) - gap;
      const cols = Math.max(1, Math.round(px / 200));
      const side = item.blocks.some((b) => b.role === "main") && w >= 2 / 3 && rng() < 0.2;
      const block = (b, i) => `<div data-a="${a}" data-b="${i}" class="${b.role}">${esc(b.text)}</div>`;
      const head = item.blocks.map((b, i) => (["kicker", "main", "subtitle"].includes(b.role) ? block(b, i) : "")).join("");
      let body = "";
      let inBox = false;
      item.blocks.forEach((b, i) => {
        if (["kicker", "main", "subtitle"].includes(b.role)) return;
        if (b.role === "box-label") {
          if (inBox) body += "</div>";
          body += '<div class="box">';
          inBox = true;
        }
        if (b.role === "caption") body += '<div class="photo"></div>';
        body += block(b, i);
        if (b.role === "box" && inBox) {
          body += "</div>";
          inBox = false;
        }
      });
      if (inBox) body += "</div>";
      const mainLen = item.blocks.find((b) => b.role === "main")?.text.length ?? 10;
      const size = Math.max(22, Math.min(44, Math.floor((px * (side ? 0.3 : 0.9)) / Math.max(6, mainLen))));
      parts.push(
        `<div class="art${side ? " side" : ""}" style="width:${px}px;--hs:${size}px"><div class="head">${head}</div>` +
          `<div class="body" style="column-count:${side ? Math.max(1, cols - 1) : cols}">${body}</div></div>`,
      );
    }
    parts.push("</div>");
  }
  const header = page.furniture.header.map((h, i) => `<div class="hdr" data-f="h${i}">${esc(h)}</div>`).join("");
  const footer = page.furniture.footer.map((h, i) => `<div class="ftr" data-f="f${i}">${esc(h)}</div>`).join("");
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { margin: 0 }
body { margin: 0; padding: 24px 30px; width: ${PAGE_WIDTH - 60}px; font: 15px/1.55 "Noto Serif CJK SC", "Noto Sans CJK SC", serif; text-align: justify }
.hdr { display: inline-block; margin-right: 40px; font: 14px "Noto Sans CJK SC", sans-serif } .hdrbar { border-bottom: 3px double #000; margin-bottom: 10px; padding-bottom: 4px }
.ftr { border-top: 1px solid #000; margin-top: 10px; font-size: 12px }
.row { display: flex; gap: var(--gap); align-items: flex-start; border-bottom: 1px solid #888; padding: 8px 0 }
.art { flex: none } .art.side { display: flex; gap: 10px } .art.side .head { width: 30%; flex: none } .art.side .body { flex: 1 }
.kicker { font: 16px "Noto Sans CJK SC", sans-serif; text-align: center }
.main { font: bold var(--hs)/1.25 "Noto Sans CJK SC", sans-serif; text-align: center; margin: 4px 0 }
.subtitle { font: 18px "Noto Sans CJK SC", sans-serif; text-align: center; margin-bottom: 6px }
.body { column-gap: var(--gap); column-rule: 1px solid #ccc }
.para, .caption { text-indent: 2em }
.subhead { font-weight: bold; font-family: "Noto Sans CJK SC", sans-serif; text-align: center; margin: 6px 0 }
.box { border: 1px solid #333; padding: 4px 8px; margin: 6px 0; font-size: 14px; break-inside: avoid }
.box-label { font-weight: bold } .credit { text-align: right } .byline { font-size: 0.9em }
.photo { height: 140px; background: #bbb; margin: 4px 0 } .caption { font-size: 13px }
</style></head><body style="--gap:${gap}px"><div class="hdrbar">${header}</div>${parts.join("\n")}${footer}</body></html>`;
}

/** Prints the pages to PDF with one browser; returns per page the block boxes in PDF points. */
export async function printPdfs(pages, dir) {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
  try {
    const tab = await browser.newPage({ viewport: { width: PAGE_WIDTH, height: 1000 } });
    const out = [];
    for (const page of pages) {
      await tab.setContent(pageHtml(page), { waitUntil: "load" });
      const { height, boxes } = await tab.evaluate(() => ({
        height: Math.ceil(document.documentElement.scrollHeight),
        boxes: [...document.querySelectorAll("[data-a],[data-f]")].map((e) => {
          const r = e.getBoundingClientRect();
          return { a: e.dataset.a ?? null, b: e.dataset.b ?? null, f: e.dataset.f ?? null, x: r.x, y: r.y, w: r.width, h: r.height };
        }),
      }));
      const pdf = `${dir}/${page.id}.pdf`;
      await tab.pdf({ path: pdf, width: `${PAGE_WIDTH}px`, height: `${height + 2}px`, printBackground: true, pageRanges: "1" });
      const pt = (v) => Math.round(v * 0.75 * 10) / 10;
      out.push({ pdf, boxes: boxes.map((b) => ({ ...b, x: pt(b.x), y: pt(b.y), w: pt(b.w), h: pt(b.h) })) });
    }
    return out;
  } finally {
    await browser.close();
  }
}

export const pdftotext = (pdf, raw) => execFileSync("pdftotext", [...(raw ? ["-raw"] : []), "-enc", "UTF-8", pdf, "-"], { encoding: "utf8" });

const LAYOUT = /[\s\u200b-\u200d\u2060\ufeff\u3000]/;
/** The extraction without layout characters, with the offset of each kept character. */
export function squashWithMap(text) {
  let s = "";
  const map = [];
  for (let i = 0; i < text.length; i++) {
    if (LAYOUT.test(text[i])) continue;
    s += text[i];
    map.push(i);
  }
  return { s, map };
}
const squash = (t) => t.replace(new RegExp(LAYOUT.source, "g"), "");

function occurrences(hay, needle) {
  const out = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Gold for one extraction: blocks located by content, articles kept where contiguous. */
export function alignGold(page, text, kind, boxes) {
  const { s, map } = squashWithMap(text);
  const articles = [];
  const unaligned = [];
  const taken = [];
  page.items.forEach((item, a) => {
    const blocks = item.blocks.map((b, i) => ({ ...b, i, q: squash(b.text) }));
    const anchor = [...blocks].sort((x, y) => y.q.length - x.q.length)[0];
    const at = occurrences(s, anchor.q);
    if (at.length !== 1) return unaligned.push({ id: item.id, why: `anchor found ${at.length} times`, text: anchor.q.slice(0, 30) });
    // Longest blocks first, each at its occurrence nearest the anchor that overlaps no block
    // placed already (a 核心阅读 box repeats the body's first sentence).
    const placed = [];
    for (const b of [...blocks].sort((x, y) => y.q.length - x.q.length)) {
      const occ = occurrences(s, b.q).filter((o) => !placed.some((p) => o < p.qe && o + b.q.length > p.qs));
      if (!occ.length) return unaligned.push({ id: item.id, why: `block ${b.role} not found`, text: b.q.slice(0, 30) });
      const best = occ.reduce((x, y) => (Math.abs(y - at[0]) < Math.abs(x - at[0]) ? y : x));
      placed.push({ ...b, qs: best, qe: best + b.q.length });
    }
    placed.sort((x, y) => x.qs - y.qs);
    const qs = placed[0].qs;
    const qe = Math.max(...placed.map((b) => b.qe));
    const total = placed.reduce((n, b) => n + b.q.length, 0);
    let overlap = false;
    for (let i = 1; i < placed.length; i++) if (placed[i].qs < placed[i - 1].qe) overlap = true;
    if (overlap || qe - qs !== total) return unaligned.push({ id: item.id, why: "not contiguous in the extraction", qs, qe });
    taken.push([qs, qe]);
    const first = placed.filter((b) => ["kicker", "main", "subtitle"].includes(b.role));
    const bodyStart = Math.min(...placed.filter((b) => !first.includes(b)).map((b) => b.qs));
    const position = first.length && first[0].qs > bodyStart ? "after" : "before";
    const gb = placed.map((b) => ({
      role: b.role,
      text: b.text,
      start: map[b.qs],
      end: map[b.qe - 1] + 1,
      box: boxes?.find((x) => x.a === String(a) && x.b === String(b.i)) ?? null,
    }));
    const part = (role) => gb.find((b) => b.role === role) ?? null;
    const main = part("main");
    articles.push({
      id: item.id,
      source: item.source,
      kind: item.kind,
      span: { start: map[qs], end: map[qe - 1] + 1 },
      outer: { start: map[qs], end: map[qe - 1] + 1 },
      headline: main ? { kicker: part("kicker")?.text ?? null, main: main.text, subtitle: part("subtitle")?.text ?? null, position } : null,
      subheads: gb.filter((b) => b.role === "subhead").map(({ text, start, end }) => ({ text, start, end })),
      blocks: gb,
    });
  });
  // Unaligned articles' regions: predictions inside them are not scored.
  const ignore = unaligned.filter((u) => u.qs !== undefined).map((u) => ({ start: map[u.qs], end: map[u.qe - 1] + 1 }));
  articles.sort((x, y) => x.span.start - y.span.start);
  const furniture = [];
  for (const [role, list] of [["header", page.furniture.header], ["footer", page.furniture.footer]]) {
    for (const f of list) {
      const occ = occurrences(s, squash(f));
      if (occ.length === 1) furniture.push({ role, text: f, start: map[occ[0]], end: map[occ[0] + squash(f).length - 1] + 1 });
    }
  }
  // An editor's line at the page foot (责任编辑：…) may be read as the last article's credit.
  const foot = furniture.find((f) => f.role === "footer" && /^(责任编辑|本版责编)/.test(f.text));
  const lastArticle = articles[articles.length - 1];
  if (foot && lastArticle && foot.start >= lastArticle.span.end) lastArticle.outer = { start: lastArticle.outer.start, end: foot.end };
  return { id: page.id, kind, split: page.split, articles, unaligned, ignore, furniture, boxes: boxes?.filter((b) => b.f) ?? [] };
}

export function writeHtml(page, path) {
  writeFileSync(path, pageHtml(page));
}
