/**
 * Per-line features for the line labeller: what a reader of a column of text sees of each line —
 * its width against the column, how it ends and starts, whether a blank line or a marker (an
 * opener, a credit, a page header, a box label, a web metadata label) sits there — and what the
 * rule steps (classify, regions) made of it. Each feature is a short string; the model's weights
 * are keyed by them (weights.ts).
 */
import type { PieceTable } from "../01-pieces.js";
import { BLANK_BEFORE, STARTS_LINE } from "../01-pieces.js";
import type { Unit } from "../02-units.js";
import type { UnitRole } from "../03-classify.js";
import { openerLength, isMastheadLine, type MarkerLexicon } from "../markers.js";
import { ALL_TAGS, TAGS } from "./model.js";

/**
 * Labels of boxes set inside or beside an article (核心阅读, 链接…) and of web page furniture
 * (来源：, 分享到…): small closed sets of page furniture, matched at a line's start.
 */
const BOX_LABELS = ["核心阅读", "图片报道", "延伸阅读", "背景链接", "相关链接", "链接", "短评", "记者手记", "编者按", "小资料"];
const WEB_LABELS = ["来源：", "来源:", "发布时间", "发布日期", "作者：", "作者:", "编辑：", "责任编辑", "【字号", "字号：", "分享到", "首页 >", "首页>", "本版责编", "版式设计", "浏览次数", "【打印】", "【关闭】"];

const SENTENCE_END = "。！？!?";
const CLOSERS = "”’」』）)】》\"'";
const PAUSE = "，、；：,;:";

/** A bucket for a length in characters. */
function lengthBucket(n: number): string {
  return n <= 4 ? String(n) : n <= 6 ? "5" : n <= 9 ? "7" : n <= 13 ? "10" : n <= 18 ? "14" : n <= 25 ? "19" : "26";
}

/** A bucket for a line's width against its column's. */
function ratioBucket(width: number, column: number): string {
  if (column <= 0) return "n";
  const r = width / column;
  return r < 0.35 ? "a" : r < 0.6 ? "b" : r < 0.8 ? "c" : r < 0.95 ? "d" : r < 1.05 ? "e" : r < 1.3 ? "f" : "g";
}

/** How a line ends: a finished sentence, a closer after one, a pause, a bracket, a Han character… */
function endClass(text: string): string {
  const t = text.trimEnd();
  if (!t) return "0";
  const last = t[t.length - 1]!;
  if (SENTENCE_END.includes(last)) return "s";
  if (CLOSERS.includes(last)) {
    const before = t[t.length - 2] ?? "";
    if (SENTENCE_END.includes(before)) return "S";
    return last === "）" || last === ")" ? "b" : "q";
  }
  if (PAUSE.includes(last)) return "p";
  if (last === "—" || last === "…") return "d";
  const code = last.charCodeAt(0);
  if (code >= 0x3400 && code <= 0x9fff) return "h";
  if (/[0-9０-９]/u.test(last)) return "9";
  return "o";
}

/** How a line starts. */
function startClass(text: string): string {
  const t = text.trimStart();
  if (!t) return "0";
  const c = t[0]!;
  if (c === "（" || c === "(") return "b";
  if (c === "—" || c === "－" || c === "-") return "d";
  if (c === "【" || c === "[" || c === "［") return "k";
  if (c === "“" || c === "「" || c === "《") return "q";
  if (c === "▲" || c === "△" || c === "■" || c === "□" || c === "●" || c === "◆" || c === "◇" || c === "★") return "m";
  if (/^[一二三四五六七八九十]+[、．.]/u.test(t) || /^[0-9０-９]+[、．.]/u.test(t)) return "n";
  if (/[0-9０-９]/u.test(c)) return "9";
  const code = c.charCodeAt(0);
  if (code >= 0x3400 && code <= 0x9fff) return "h";
  return "o";
}

/** Counts of sentence marks inside a line: none, pauses only, a full stop. */
function punctClass(text: string): string {
  let pauses = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "。" || c === "！" || c === "？") return "s";
    if (c === "，" || c === "、" || c === "；") pauses++;
  }
  return pauses === 0 ? "0" : pauses === 1 ? "1" : "2";
}

/** The start of one of the labels, or "". */
function labelAt(text: string, labels: readonly string[]): string {
  const t = text.trimStart();
  for (const label of labels) if (t.startsWith(label)) return label;
  return "";
}

/** What the rule steps decided for every piece: its unit's role and whether it was headline. */
export interface RuleView {
  readonly unitOf: Uint32Array;
  readonly units: readonly Unit[];
  readonly roles: readonly UnitRole[];
  readonly widths: Float64Array;
  /** 1 where the rule steps put the piece in a headline region, 2 where they start an article text. */
  readonly headline: Uint8Array;
  /** The markers the page is read with (the caller's dictionaries included). */
  readonly lexicon: MarkerLexicon;
}

/** How line a's width compares with line b's: equal, shorter, longer, or no line. */
function widthRelation(pieces: PieceTable, a: number, b: number): string {
  if (a < 0 || b >= pieces.count) return "x";
  const wa = pieces.width[a]!;
  const wb = pieces.width[b]!;
  return Math.abs(wa - wb) <= 0.5 ? "=" : wa < 0.8 * wb ? "<" : wa > 1.25 * wb ? ">" : "~";
}

/** The features of every piece, in order. */
export function lineFeatures(pieces: PieceTable, view: RuleView): string[][] {
  const n = pieces.count;
  const base: { ratio: string; end: string; start: string; len: string; punct: string }[] = new Array(n);
  for (let p = 0; p < n; p++) {
    const text = pieces.text[p]!;
    const u = view.unitOf[p]!;
    base[p] = {
      ratio: ratioBucket(pieces.width[p]!, view.widths[u] ?? 0),
      end: endClass(text),
      start: startClass(text),
      len: lengthBucket(text.trim().length),
      punct: punctClass(text),
    };
  }
  const out: string[][] = new Array(n);
  for (let p = 0; p < n; p++) {
    const text = pieces.text[p]!;
    const b = base[p]!;
    const prev = p > 0 ? base[p - 1]! : null;
    const next = p + 1 < n ? base[p + 1]! : null;
    const u = view.unitOf[p]!;
    const unit = view.units[u]!;
    const blankBefore = (pieces.flags[p]! & BLANK_BEFORE) !== 0 ? "1" : "0";
    const blankAfter = p + 1 >= n || (pieces.flags[p + 1]! & BLANK_BEFORE) !== 0 ? "1" : "0";
    const runOn = (pieces.flags[p]! & STARTS_LINE) === 0 ? "1" : "0";
    const role = view.roles[u]!;
    const unitFirst = unit.first === p ? "1" : "0";
    const f: string[] = [
      "b",
      `r${b.ratio}`,
      `e${b.end}`,
      `s${b.start}`,
      `l${b.len}`,
      `c${b.punct}`,
      `re${b.ratio}${b.end}`,
      `lc${b.len}${b.punct}`,
      `bb${blankBefore}`,
      `ba${blankAfter}`,
      `bba${blankBefore}${blankAfter}`,
      `ro${runOn}`,
      `R${role}`,
      `Rf${role}${unitFirst}`,
      `H${view.headline[p]}`,
      `Hp${p > 0 ? view.headline[p - 1] : 2}${view.headline[p]}`,
      `pe${prev ? prev.end : "^"}`,
      `pr${prev ? prev.ratio : "^"}`,
      `per${prev ? prev.end + prev.ratio : "^"}${b.ratio}`,
      `pc${prev ? prev.punct : "^"}${b.punct}`,
      `ne${next ? next.end : "$"}`,
      `nr${next ? next.ratio : "$"}`,
      `ns${next ? next.start : "$"}`,
      `nc${b.punct}${next ? next.punct : "$"}`,
      `bl${blankBefore}${b.len}${b.punct}`,
      `pel${prev ? prev.end : "^"}${b.len}${b.punct}`,
      `x${prev ? prev.end : "^"}${b.end}${b.len}`,
      `xr${prev ? prev.ratio : "^"}${b.ratio}${next ? next.ratio : "$"}`,
      `xe${b.end}${next ? next.start : "$"}${blankAfter}`,
      `pp${p > 1 ? base[p - 2]!.end : "^"}${prev ? prev.end : "^"}`,
      `w${widthRelation(pieces, p - 1, p)}${widthRelation(pieces, p, p + 1)}`,
      `wl${widthRelation(pieces, p, p + 1)}${b.len}`,
      `Hb${view.headline[p]}${blankBefore}${b.punct}`,
    ];
    const opener = openerLength(text, view.lexicon) > 0;
    if (opener) f.push("op");
    // A short line without sentence marks after a finished sentence or a credit, or before an
    // opener: how a headline sits among body lines.
    const afterEnd = !prev || prev.end === "s" || prev.end === "S" || prev.end === "b";
    if (b.punct === "0" && afterEnd) f.push(`hs${b.ratio}`, `hsn${next ? next.punct : "$"}`);
    if (p + 2 < n && openerLength(pieces.text[p + 2]!, view.lexicon) > 0) f.push(`nop2${b.punct}`);
    if (unit.credit !== null) f.push(`cr${unit.credit}`);
    if (text.length <= 60 && isMastheadLine(text)) f.push("mh");
    const box = labelAt(text, BOX_LABELS);
    if (box && text.trim().length <= box.length + 2) f.push("box");
    const web = labelAt(text, WEB_LABELS);
    if (web) f.push(`web${web}`);
    if (p + 1 < n && openerLength(pieces.text[p + 1]!, view.lexicon) > 0) f.push("nop");
    if (p > 0 && view.units[view.unitOf[p - 1]!]!.credit !== null) f.push("pcr");
    if (p === 0) f.push("first");
    if (p === n - 1) f.push("last");
    out[p] = f;
  }
  return out;
}

const HEADLINE_TAGS = (1 << TAGS.indexOf("K")) | (1 << TAGS.indexOf("M")) | (1 << TAGS.indexOf("T")) | (1 << TAGS.indexOf("S"));

/**
 * What the markers rule out, per line (a bit per tag in TAGS): a credit line (本报记者 宋崇飞 摄,
 * 示范区科创局局长刘静) is an article's line, a line holding a full stop is never a headline,
 * subhead or page furniture, and a line that opens with a report opener (本报讯, 新华社北京1月1日电) starts an article.
 */
export function allowedTags(pieces: PieceTable, view: RuleView): Uint8Array {
  const allowed = new Uint8Array(pieces.count).fill(ALL_TAGS);
  for (let p = 0; p < pieces.count; p++) {
    const text = pieces.text[p]!;
    // A credit line (本报记者 宋崇\n飞 摄 over two lines) belongs to an article.
    if (view.units[view.unitOf[p]!]!.credit !== null) allowed[p] = (1 << TAGS.indexOf("B")) | (1 << TAGS.indexOf("I"));
    // A line holding a full stop is text: no headline, subhead or page furniture.
    else if (text.includes("。")) allowed[p] = ALL_TAGS & ~HEADLINE_TAGS & ~(1 << TAGS.indexOf("F"));
    // An opener starts an article (or its body, after a 核心阅读 box: see regions.ts).
    if (openerLength(text, view.lexicon) > 0) allowed[p] = 1 << TAGS.indexOf("B");
    // 来源：… 发布时间：… 作者：… 【字号 大 中 小】 分享到 between a web headline and its body, and
    // 责任编辑：… under it, are the article's lines, never a headline; 首页 > 国内 > 正文 above the
    // headline is the page's.
    const web = text.length <= WEB_LINE_MAX ? labelAt(text, WEB_LABELS) : "";
    if (web) allowed[p] = web.startsWith("首页") ? 1 << TAGS.indexOf("F") : 1 << TAGS.indexOf("I");
    // The line right above 来源：… / 发布时间：… is the web article's headline.
    const nextText = pieces.text[p + 1];
    const below = nextText !== undefined && nextText.length <= WEB_LINE_MAX ? labelAt(nextText, WEB_LABELS) : "";
    const credit = view.units[view.unitOf[p]!]!.credit !== null;
    if (!web && !credit && HEADLINE_ABOVE.some((label) => below.startsWith(label)) && text.length <= 64 && !text.includes("。")) {
      allowed[p] = HEADLINE_TAGS & ~(1 << TAGS.indexOf("S"));
    }
  }
  return allowed;
}

/** The metadata lines printed right under a web article's headline. */
const HEADLINE_ABOVE = ["来源", "发布时间", "发布日期", "作者"];

/** A web metadata line is short: 来源：人民网-人民日报　发布时间：2019-05-06 08:30 fits. */
const WEB_LINE_MAX = 60;

/** Whether the line is a web page's metadata line (来源：…, 发布时间：…, 分享到…), for diagnostics. */
export function isWebMetadataLine(text: string): boolean {
  return text.length <= WEB_LINE_MAX && labelAt(text, WEB_LABELS) !== "";
}
