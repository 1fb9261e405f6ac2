// Scores a graph's articles against a page's gold (scripts/pages/build.mjs).
//
// - article F1 (exact): a found article matches a gold one when their spans, trimmed of layout
//   characters at both ends, start and end at the same place (for web pages the end may run on
//   over the trailing metadata lines: gold's `outer`);
// - article F1 (overlap): one-to-one pairs whose overlap covers at least half of the union;
// - main headline exact: over all gold articles, the overlap-paired found article's main title
//   equals gold's (layout characters and a leading —— removed; no headline = no headline);
// - kicker / subtitle exact: the same, over gold articles that have a kicker / a subtitle;
//   kicker/subtitle false: paired articles where one is found and gold has none;
// - subheads P/R: found `article.subheads[].text` against gold subheads of paired articles;
// - confidence: among found articles (headlines) with confidence >= 0.9, the share that are right.
// Found articles inside a region gold could not align (pdftotext merged two articles) are not
// scored, nor, on such pages, found articles lying mostly outside every aligned gold article.
const LAYOUT = /[\s\u200b-\u200d\u2060\ufeff\u3000]/;
const squash = (s) => (s ?? "").replace(new RegExp(LAYOUT.source, "g"), "").replace(/^—+/, "");

function trim(text, start, end) {
  while (start < end && LAYOUT.test(text[start])) start++;
  while (end > start && LAYOUT.test(text[end - 1])) end--;
  return { start, end };
}

export function emptyTally() {
  return { gold: 0, found: 0, exact: 0, overlap: 0, mainOk: 0, withHeadline: 0, kickers: 0, kickerOk: 0, subtitles: 0, subtitleOk: 0, falseKicker: 0, falseSubtitle: 0, subGold: 0, subFound: 0, subOk: 0, confHigh: 0, confHighOk: 0, headConfHigh: 0, headConfHighOk: 0, pages: 0, unaligned: 0 };
}

/**
 * Adds a page's figures to `tally`; with `{ judge: true }` also returns, per found article and
 * headline, its confidence and whether it is right (for the calibration script).
 */
export function scoreGraph(graph, text, gold, tally = emptyTally(), { judge = false } = {}) {
  const judged = { articles: [], headlines: [] };
  tally.pages++;
  tally.unaligned += gold.unaligned?.length ?? 0;
  const ignored = (s) => (gold.ignore ?? []).some((r) => s.start < r.end && s.end > r.start && s.start >= r.start - 2 && s.end <= r.end + 2);
  // Where pdftotext interleaved articles, gold has no article: a found article that lies mostly
  // outside the aligned gold articles there is neither right nor wrong, and is not scored.
  const inGold = (t) => {
    let inside = 0;
    for (const g of gold.articles) inside += Math.max(0, Math.min(t.end, g.span.end) - Math.max(t.start, g.span.start));
    return inside * 2 >= t.end - t.start;
  };
  const partial = (gold.unaligned?.length ?? 0) > 0;
  const found = graph.articles
    .map((a) => ({ a, t: trim(text, a.span.start, a.span.end) }))
    .filter((f) => !ignored(f.t) && (!partial || inGold(f.t)));
  const golds = gold.articles;
  tally.gold += golds.length;
  tally.found += found.length;
  const size = (s, e) => squash(text.slice(s, e)).length;
  // Exact matches.
  const exactOf = new Map();
  for (const f of found) {
    const g = golds.find((g) => f.t.start >= g.outer.start && f.t.start <= g.span.start && f.t.end >= g.span.end && f.t.end <= g.outer.end);
    if (g && !exactOf.has(g)) exactOf.set(g, f);
  }
  tally.exact += exactOf.size;
  // Overlap pairs: greedy by overlap size.
  const pairs = [];
  for (const g of golds)
    for (const f of found) {
      const lo = Math.max(g.span.start, f.t.start);
      const hi = Math.min(g.span.end, f.t.end);
      if (hi <= lo) continue;
      const inter = size(lo, hi);
      const union = size(Math.min(g.span.start, f.t.start), Math.max(g.span.end, f.t.end));
      if (inter * 2 >= union) pairs.push({ g, f, inter });
    }
  pairs.sort((x, y) => y.inter - x.inter);
  const pairOf = new Map();
  const usedF = new Set();
  for (const p of pairs) if (!pairOf.has(p.g) && !usedF.has(p.f)) pairOf.set(p.g, p.f) && usedF.add(p.f);
  tally.overlap += pairOf.size;
  const okArticle = new Set([...exactOf.values()].map((f) => f.a));
  for (const f of found) {
    const c = f.a.confidence;
    if (judge && typeof c === "number") judged.articles.push({ confidence: c, right: okArticle.has(f.a) });
    if (typeof c === "number" && c >= 0.9) {
      tally.confHigh++;
      if (okArticle.has(f.a)) tally.confHighOk++;
    }
  }
  for (const g of golds) {
    const f = pairOf.get(g)?.a ?? null;
    const h = f?.headline ?? null;
    const gh = g.headline;
    if (gh) tally.withHeadline++;
    const mainOk = f && (gh ? h && squash(h.main) === squash(gh.main) : !h);
    if (mainOk) tally.mainOk++;
    if (judge && h && typeof h.confidence === "number") judged.headlines.push({ confidence: h.confidence, right: Boolean(mainOk) });
    if (h && typeof h.confidence === "number" && h.confidence >= 0.9) {
      tally.headConfHigh++;
      if (mainOk) tally.headConfHighOk++;
    }
    if (gh?.kicker) {
      tally.kickers++;
      if (h && squash(h.kicker) === squash(gh.kicker)) tally.kickerOk++;
    } else if (f && h?.kicker) tally.falseKicker++;
    if (gh?.subtitle) {
      tally.subtitles++;
      if (h && squash(h.subtitle) === squash(gh.subtitle)) tally.subtitleOk++;
    } else if (f && h?.subtitle) tally.falseSubtitle++;
    tally.subGold += g.subheads.length;
    const fs = f?.subheads ?? [];
    tally.subFound += fs.length;
    const want = new Set(g.subheads.map((s) => squash(s.text)));
    tally.subOk += fs.filter((s) => want.has(squash(s.text))).length;
  }
  return judge ? judged : tally;
}

const pct = (n, d) => (d ? (n / d).toFixed(3) : "—");
export function tallyRow(kind, t) {
  const p = t.exact / t.found;
  const r = t.exact / t.gold;
  const f1 = t.found && t.gold ? (2 * p * r) / (p + r || 1) : 0;
  const op = t.overlap / t.found;
  const or = t.overlap / t.gold;
  const of1 = t.found && t.gold ? (2 * op * or) / (op + or || 1) : 0;
  return `| ${kind} | ${t.pages} | ${t.gold}${t.unaligned ? ` (+${t.unaligned} unaligned)` : ""} | ${t.found} | **${f1.toFixed(3)}** | ${of1.toFixed(3)} | **${pct(t.mainOk, t.gold)}** | ${pct(t.kickerOk, t.kickers)} (${t.kickers}) / ${pct(t.subtitleOk, t.subtitles)} (${t.subtitles}) | ${t.falseKicker} / ${t.falseSubtitle} | ${pct(t.subOk, t.subFound)} / ${pct(t.subOk, t.subGold)} | ${pct(t.confHighOk, t.confHigh)} (${t.confHigh}) / ${pct(t.headConfHighOk, t.headConfHigh)} (${t.headConfHigh}) |`;
}
export const TABLE_HEAD = [
  "| kind | pages | gold articles | found | article F1 exact | F1 overlap | main headline exact | kicker / subtitle exact (n) | false kicker / subtitle | subheads P / R | conf ≥ 0.9 right: articles / headlines (n) |",
  "|---|---|---|---|---|---|---|---|---|---|---|",
];
