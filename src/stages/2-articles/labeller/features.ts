/**
 * Per-line features for the line labeller: what a reader of a column of text sees of each line —
 * its width against the column, how it ends and starts, whether a blank line or a marker (an
 * opener, a credit, a page header, a box label, a web metadata label) sits there — and what the
 * rule steps (classify, regions) made of it. Each feature is a short string; the model's weights
 * are keyed by them (weights.ts).
 */
import type { PieceTable } from "../01-pieces.js";
import { BLANK_BEFORE, STARTS_LINE } from "../01-pieces.js";
import { endsSentence } from "../../1-repair-layout/char-classes.js";
import type { Unit } from "../02-units.js";
import type { UnitRole } from "../03-classify.js";
import { openerStarts, isMastheadLine, type CreditLineKind, type MarkerLexicon } from "../markers.js";
import { ALL_TAGS, TAGS } from "./model.js";
import { junctionCohesion } from "./cohesion.js";
import { photoSourceAt } from "../../../text/photo-source.js";

/**
 * Labels of boxes set inside or beside an article (核心阅读, 链接…) and of web page furniture
 * (来源：, 分享到…): small closed sets of page furniture, matched at a line's start.
 */
const BOX_LABELS = ["核心阅读", "图片报道", "延伸阅读", "背景链接", "相关链接", "链接", "短评", "记者手记", "编者按", "小资料"];
const WEB_LABELS = ["来源：", "来源:", "发布时间", "发布日期", "作者：", "作者:", "编辑：", "责任编辑", "【字号", "字号：", "分享到", "首页 >", "首页>", "本版责编", "版式设计", "浏览次数", "【打印】", "【关闭】"];

/** The first characters of every label. */
const FIRST_CHARS = new Set([...BOX_LABELS, ...WEB_LABELS].map((label) => label[0]!));

const SENTENCE_END = "。！？!?";
const CLOSERS = "”’」』）)】》\"'";
const PAUSE = "，、；：,;:";

/** A length in characters, bucketed: index into LENGTHS (0–4 themselves, then 5–6, 7–9, 10–13, 14–18, 19–25, 26+). */
function lengthBucket(n: number): number {
  return n <= 4 ? n : n <= 6 ? 5 : n <= 9 ? 6 : n <= 13 ? 7 : n <= 18 ? 8 : n <= 25 ? 9 : 10;
}

/** A line's width against its column's, bucketed: index into RATIOS (n: no column). */
function ratioBucket(width: number, column: number): number {
  if (column <= 0) return 7;
  const r = width / column;
  return r < 0.35 ? 0 : r < 0.6 ? 1 : r < 0.8 ? 2 : r < 0.95 ? 3 : r < 1.05 ? 4 : r < 1.3 ? 5 : 6;
}

const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff;
const isDigit = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);

/** How a line ends, index into ENDS: a finished sentence, a closer after one, a bracket, a quote, a pause, a dash, a Han character… */
function endClass(text: string): number {
  let e = text.length;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  if (e === 0) return 0;
  const last = text[e - 1]!;
  if (SENTENCE_END.includes(last)) return 1;
  if (CLOSERS.includes(last)) {
    // A closer alone on its line counts as closing a sentence ("".includes is true).
    if (e < 2 || SENTENCE_END.includes(text[e - 2]!)) return 2;
    return last === "）" || last === ")" ? 3 : 4;
  }
  if (PAUSE.includes(last)) return 5;
  if (last === "—" || last === "…") return 6;
  const code = last.charCodeAt(0);
  if (isHan(code)) return 7;
  if (isDigit(code)) return 8;
  return 9;
}

/** How a line starts, index into STARTS. */
function startClass(text: string): number {
  let s = 0;
  while (s < text.length && isSpace(text.charCodeAt(s))) s++;
  if (s === text.length) return 0;
  const c = text[s]!;
  if (c === "（" || c === "(") return 1;
  if (c === "—" || c === "－" || c === "-") return 2;
  if (c === "【" || c === "[" || c === "［") return 3;
  if (c === "“" || c === "「" || c === "《") return 4;
  if ("▲△■□●◆◇★".includes(c)) return 5;
  NUMBERED.lastIndex = s;
  if (NUMBERED.test(text)) return 6;
  const code = c.charCodeAt(0);
  if (isDigit(code)) return 7;
  if (isHan(code)) return 8;
  return 9;
}
const NUMBERED = /(?:[一二三四五六七八九十]+|[0-9０-９]+)[、．.]/uy;

/** Whitespace as String.prototype.trim sees it, for the characters a page holds. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x1680;
}

/** Sentence marks inside a line, index into PUNCTS: none, one pause, more pauses, a full stop. */
function punctClass(text: string): number {
  let pauses = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return 3;
    if (c === 0xff0c || c === 0x3001 || c === 0xff1b) pauses++;
  }
  return pauses === 0 ? 0 : pauses === 1 ? 1 : 2;
}

/** The index of the label the line starts with (after white space), or -1. */
function labelAt(text: string, labels: readonly string[]): number {
  let s = 0;
  while (s < text.length && isSpace(text.charCodeAt(s))) s++;
  // Most lines start with none of the labels' first characters: told without comparing.
  const first = text[s];
  if (first === undefined || !FIRST_CHARS.has(first)) return -1;
  for (let i = 0; i < labels.length; i++) if (text.startsWith(labels[i]!, s)) return i;
  return -1;
}

/**
 * A web page's publication stamp at a line's start (2019-05-06 08:30, 2019年5月6日08:30), with
 * its clock time: a date alone may be a page header or a body line.
 */
const WEB_STAMP = /^\s*(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)\s*\d{1,2}[:：]\d\d(?:[:：]\d\d)?[\s\u3000]*/u;

/**
 * The index of the web metadata label a line starts with (WEB_LABELS), or -1: 来源：人民网, and
 * 2019-05-06 08:30　来源：人民网, where the stamp comes first; a stamp alone on its line counts as 发布时间.
 */
function webLabelAt(text: string): number {
  // Only a line whose first visible character is a digit can open with a stamp: told without the pattern.
  let s = 0;
  while (s < text.length && isSpace(text.charCodeAt(s))) s++;
  const stamp = isDigit(text.charCodeAt(s)) ? WEB_STAMP.exec(text) : null;
  if (!stamp) return labelAt(text, WEB_LABELS);
  const rest = text.slice(stamp[0].length);
  return trimmedLength(rest) === 0 ? WEB_LABELS.indexOf("发布时间") : labelAt(rest, WEB_LABELS);
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

/** How line a's width compares with line b's, index into WIDTHS: no line, equal, shorter, longer, about the same. */
function widthRelation(pieces: PieceTable, a: number, b: number): number {
  if (a < 0 || b >= pieces.count) return 0;
  const wa = pieces.width[a]!;
  const wb = pieces.width[b]!;
  return Math.abs(wa - wb) <= 0.5 ? 1 : wa < 0.8 * wb ? 2 : wa > 1.25 * wb ? 3 : 4;
}

/**
 * The values a feature's part takes, one character each in the feature's name; `none` (if any)
 * is the value for a line that is not there (before the first line, after the last).
 */
interface Part {
  readonly values: string;
  readonly none?: string;
}
const RATIOS = "abcdefgn";
const ENDS = "0sSbqpdh9o";
const STARTS = "0bdkqmn9ho";
const LENGTHS = "01234579ABC";
const PUNCTS = "012s";
const ROLES: readonly UnitRole[] = ["opener", "credit", "masthead", "headline-candidate", "body"];
const CREDITS: readonly CreditLineKind[] = ["photo", "column", "signature", "closing", "byline"];
const part = (values: string, none?: string): Part => (none === undefined ? { values } : { values, none });
const RATIO = part(RATIOS);
const END = part(ENDS);
const START = part(STARTS);
const LENGTH = part(LENGTHS);
const PUNCT = part(PUNCTS);
const BIT = part("01");
const RULE_HEADLINE = part("012");
const ROLE = part("ochmb");
const CREDIT = part("pcsxb");
const WIDTH = part("x=<>~");
const WEB = part("abcdefghijklmnopqrstuvwxyz".slice(0, WEB_LABELS.length));
/** 251 buckets of a character's code (a prime, so neighbouring code points spread): one character per bucket in names. */
const CHAR_BUCKETS = 251;
const CHAR = part(Array.from({ length: CHAR_BUCKETS }, (_, i) => String.fromCharCode(0x4e00 + i)).join(""));
/** 1021 buckets of a line's first or last two characters (a prime): a lead's 近日, 记者, 截至; a title's 举行. */
const PAIR_BUCKETS = 1021;
const PAIR = part(Array.from({ length: PAIR_BUCKETS }, (_, i) => String.fromCharCode(0x4e00 + i)).join(""));
/** How regular the page's line widths are (see pageRegularity): a column of wrapped text, or lines of any width. */
const PAGE = part("0123");
/** Lexical cohesion across the junction above a line (cohesion.ts): 0 nothing shared … 4 much; n too little text. */
const COHESION = part("01234n");
const before = (p: Part) => part(p.values, "^");
const after = (p: Part) => part(p.values, "$");

/**
 * The feature templates: a feature is a template and one value of each of its parts, and its
 * code a mixed-radix number over the parts after the template's offset. Codes index the weight
 * table directly, so scoring a line reads arrays rather than building and hashing strings.
 */
const TEMPLATES = {
  bias: [],
  r: [RATIO],
  e: [END],
  s: [START],
  l: [LENGTH],
  c: [PUNCT],
  re: [RATIO, END],
  lc: [LENGTH, PUNCT],
  bb: [BIT],
  ba: [BIT],
  bba: [BIT, BIT],
  ro: [BIT],
  R: [ROLE],
  Rf: [ROLE, BIT],
  H: [RULE_HEADLINE],
  Hp: [RULE_HEADLINE, RULE_HEADLINE],
  pe: [before(END)],
  pr: [before(RATIO)],
  per: [before(END), before(RATIO), RATIO],
  pc: [before(PUNCT), PUNCT],
  ne: [after(END)],
  nr: [after(RATIO)],
  ns: [after(START)],
  nc: [PUNCT, after(PUNCT)],
  bl: [BIT, LENGTH, PUNCT],
  pel: [before(END), LENGTH, PUNCT],
  x: [before(END), END, LENGTH],
  xr: [before(RATIO), RATIO, after(RATIO)],
  xe: [END, after(START), BIT],
  pp: [before(END), before(END)],
  w: [WIDTH, WIDTH],
  wl: [WIDTH, LENGTH],
  Hb: [RULE_HEADLINE, BIT, PUNCT],
  op: [],
  hs: [RATIO],
  hsn: [after(PUNCT)],
  nop2: [PUNCT],
  cr: [CREDIT],
  mh: [],
  box: [],
  web: [WEB],
  nop: [],
  pcr: [],
  first: [],
  last: [],
  g: [PAGE, RATIO, END, PUNCT],
  gb: [PAGE, BIT, BIT, PUNCT],
  m: [PAGE, RATIO, PUNCT, after(RATIO)],
  mn: [RATIO, PUNCT, after(RATIO), after(PUNCT)],
  mp: [before(PUNCT), before(END), RATIO, PUNCT],
  fc: [CHAR],
  lc1: [CHAR],
  lx: [COHESION],
  lxe: [COHESION, before(END)],
  lxr: [COHESION, before(RATIO), BIT],
  pt: [BIT, BIT, BIT],
  f2: [PAIR],
  l2: [PAIR],
  nf2: [PAIR],
  pl2: [PAIR],
} satisfies Record<string, readonly Part[]>;
type TemplateName = keyof typeof TEMPLATES;
const NAMES = Object.keys(TEMPLATES) as TemplateName[];
const size = (p: Part) => p.values.length + (p.none === undefined ? 0 : 1);
/** Each template's first code: the templates' code ranges laid end to end. */
const OFFSET = {} as Record<TemplateName, number>;
/** Every feature code is below this. */
export const FEATURE_CODES = NAMES.reduce((next, name) => {
  OFFSET[name] = next;
  return next + (TEMPLATES[name] as readonly Part[]).reduce((n, p) => n * size(p), 1);
}, 0);
/**
 * A fingerprint of the feature layout (templates, their parts' values, in order): weights store
 * feature codes, which mean something only for the layout they were trained on.
 */
export function featureLayout(): string {
  let h = 0x811c9dc5;
  const spec = NAMES.map((name) => `${name}:${(TEMPLATES[name] as readonly Part[]).map((p) => p.values + (p.none ?? "")).join("|")}`).join(";");
  for (let i = 0; i < spec.length; i++) h = Math.imul(h ^ spec.charCodeAt(i), 0x01000193) >>> 0;
  return `${FEATURE_CODES}-${h.toString(36)}`;
}

/** The code of a value that is not there (a part's `none`). */
const NONE_END = ENDS.length;
const NONE_RATIO = RATIOS.length;
const NONE_START = STARTS.length;
const NONE_PUNCT = PUNCTS.length;

/** A feature's name (template, a colon, a character per part): the key of its weights in weights.ts. */
export function featureName(code: number): string {
  let name = NAMES[0]!;
  for (const n of NAMES) if (OFFSET[n] <= code) name = n;
  const parts = TEMPLATES[name] as readonly Part[];
  let rest = code - OFFSET[name];
  let chars = "";
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i]!;
    const v = rest % size(p);
    rest = (rest - v) / size(p);
    chars = (v < p.values.length ? p.values[v]! : p.none!) + chars;
  }
  return `${name}:${chars}`;
}

/** The features of every line: line p's codes are codes[start[p]] up to codes[start[p + 1]]. */
export interface LineFeatures {
  readonly count: number;
  readonly codes: Int32Array;
  readonly start: Uint32Array;
}

/** Per line, what its text says by markers: read once, for the features and the allowed tags. */
export interface LineMarks {
  /** 1 where the line opens with a report opener (本报讯, 新华社北京1月1日电). */
  readonly opener: Uint8Array;
  /** 1 + the index of the web label the line starts with (WEB_LABELS), 0 for none. */
  readonly web: Uint8Array;
}

/** The markers of every line. */
export function lineMarks(pieces: PieceTable, lexicon: MarkerLexicon): LineMarks {
  const web = new Uint8Array(pieces.count);
  const opener = openerStarts(pieces, lexicon);
  for (let p = 0; p < pieces.count; p++) web[p] = webLabelAt(pieces.text[p]!) + 1;
  return { opener, web };
}

/** At most this many features a line. */
const MAX_FEATURES = NAMES.length;

/** Share of 、 among a page's pauses and stops above which it is set in the old style. */
const OLD_STYLE_DUN_SHARE = 0.6;
/** Fewer pauses than this say nothing of a page's style. */
const OLD_STYLE_MIN_PAUSES = 20;

/**
 * Whether the page is punctuated in the old style of the 1920s–40s press, 、 for every pause
 * (擇善而從、古訓也、旣不能自立、): its headlines, bylines and paragraphs sit differently from a
 * modern page's, so it is read with weights of its own (OLD_STYLE_WEIGHTS). In modern text 、 is
 * under half of the pauses (it separates a list's items).
 */
export function oldStylePage(pieces: PieceTable): boolean {
  let dun = 0;
  let other = 0;
  for (let p = 0; p < pieces.count; p++) {
    const text = pieces.text[p]!;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x3001) dun++;
      else if (c === 0xff0c || c === 0x3002 || c === 0x2c) other++;
    }
  }
  return dun + other >= OLD_STYLE_MIN_PAUSES && dun > OLD_STYLE_DUN_SHARE * (dun + other);
}

/** The features of every piece, in order. */
export function lineFeatures(pieces: PieceTable, view: RuleView, marks: LineMarks = lineMarks(pieces, view.lexicon)): LineFeatures {
  const n = pieces.count;
  const ratio = new Uint8Array(n);
  const end = new Uint8Array(n);
  const start = new Uint8Array(n);
  const len = new Uint8Array(n);
  const punct = new Uint8Array(n);
  const modal = modalWidth(pieces);
  const page = pageRegularity(pieces, modal);
  const cohesion = junctionCohesion(pieces);
  const { markers: { photoEnds }, photoSources } = view.lexicon.creditLines;
  const photoClosed = new Uint8Array(n);
  for (let p = 0; p < n; p++) {
    photoClosed[p] = endsWithPhotoCredit(pieces.text[p]!, photoEnds, photoSources) ? 1 : 0;
    const text = pieces.text[p]!;
    ratio[p] = ratioBucket(pieces.width[p]!, view.widths[view.unitOf[p]!] ?? 0);
    end[p] = endClass(text);
    start[p] = startClass(text);
    len[p] = lengthBucket(trimmedLength(text));
    punct[p] = punctClass(text);
  }
  const codes = new Int32Array(n * MAX_FEATURES);
  const starts = new Uint32Array(n + 1);
  let k = 0;
  const B = 2;
  const R = RATIOS.length;
  const E = ENDS.length;
  const L = LENGTHS.length;
  const P = PUNCTS.length;
  for (let p = 0; p < n; p++) {
    starts[p] = k;
    const text = pieces.text[p]!;
    const has = { prev: p > 0, next: p + 1 < n };
    const u = view.unitOf[p]!;
    const unit = view.units[u]!;
    const blankBefore = (pieces.flags[p]! & BLANK_BEFORE) !== 0 ? 1 : 0;
    const blankAfter = p + 1 >= n || (pieces.flags[p + 1]! & BLANK_BEFORE) !== 0 ? 1 : 0;
    const runOn = (pieces.flags[p]! & STARTS_LINE) === 0 ? 1 : 0;
    const role = ROLES.indexOf(view.roles[u]!);
    const unitFirst = unit.first === p ? 1 : 0;
    const h = view.headline[p]!;
    const r = ratio[p]!;
    const e = end[p]!;
    const l = len[p]!;
    const c = punct[p]!;
    const pe = has.prev ? end[p - 1]! : NONE_END;
    const pr = has.prev ? ratio[p - 1]! : NONE_RATIO;
    const pc = has.prev ? punct[p - 1]! : NONE_PUNCT;
    const ne = has.next ? end[p + 1]! : NONE_END;
    const nr = has.next ? ratio[p + 1]! : NONE_RATIO;
    const ns = has.next ? start[p + 1]! : NONE_START;
    const nc = has.next ? punct[p + 1]! : NONE_PUNCT;
    const w0 = widthRelation(pieces, p - 1, p);
    const w1 = widthRelation(pieces, p, p + 1);
    codes[k++] = OFFSET.bias;
    codes[k++] = OFFSET.r + r;
    codes[k++] = OFFSET.e + e;
    codes[k++] = OFFSET.s + start[p]!;
    codes[k++] = OFFSET.l + l;
    codes[k++] = OFFSET.c + c;
    codes[k++] = OFFSET.re + r * E + e;
    codes[k++] = OFFSET.lc + l * P + c;
    codes[k++] = OFFSET.bb + blankBefore;
    codes[k++] = OFFSET.ba + blankAfter;
    codes[k++] = OFFSET.bba + blankBefore * B + blankAfter;
    codes[k++] = OFFSET.ro + runOn;
    codes[k++] = OFFSET.R + role;
    codes[k++] = OFFSET.Rf + role * B + unitFirst;
    codes[k++] = OFFSET.H + h;
    codes[k++] = OFFSET.Hp + (p > 0 ? view.headline[p - 1]! : 2) * 3 + h;
    codes[k++] = OFFSET.pe + pe;
    codes[k++] = OFFSET.pr + pr;
    codes[k++] = OFFSET.per + (pe * (R + 1) + pr) * R + r;
    codes[k++] = OFFSET.pc + pc * P + c;
    codes[k++] = OFFSET.ne + ne;
    codes[k++] = OFFSET.nr + nr;
    codes[k++] = OFFSET.ns + ns;
    codes[k++] = OFFSET.nc + c * (P + 1) + nc;
    codes[k++] = OFFSET.bl + (blankBefore * L + l) * P + c;
    codes[k++] = OFFSET.pel + (pe * L + l) * P + c;
    codes[k++] = OFFSET.x + (pe * E + e) * L + l;
    codes[k++] = OFFSET.xr + (pr * R + r) * (R + 1) + nr;
    codes[k++] = OFFSET.xe + (e * (STARTS.length + 1) + ns) * B + blankAfter;
    codes[k++] = OFFSET.pp + (p > 1 ? end[p - 2]! : NONE_END) * (E + 1) + pe;
    codes[k++] = OFFSET.w + w0 * 5 + w1;
    codes[k++] = OFFSET.wl + w1 * L + l;
    codes[k++] = OFFSET.Hb + (h * B + blankBefore) * P + c;
    if (marks.opener[p]) codes[k++] = OFFSET.op;
    // A short line without sentence marks after a finished sentence or a credit, or before an
    // opener: how a headline sits among body lines.
    const afterEnd = !has.prev || pe === 1 || pe === 2 || pe === 3;
    if (c === 0 && afterEnd) {
      codes[k++] = OFFSET.hs + r;
      codes[k++] = OFFSET.hsn + nc;
    }
    if (p + 2 < n && marks.opener[p + 2]) codes[k++] = OFFSET.nop2 + c;
    if (unit.credit !== null) codes[k++] = OFFSET.cr + CREDITS.indexOf(unit.credit);
    if (text.length <= 60 && isMastheadLine(text)) codes[k++] = OFFSET.mh;
    if (isBoxLabelLine(text)) codes[k++] = OFFSET.box;
    if (marks.web[p]) codes[k++] = OFFSET.web + marks.web[p]! - 1;
    if (has.next && marks.opener[p + 1]) codes[k++] = OFFSET.nop;
    if (p > 0 && view.units[view.unitOf[p - 1]!]!.credit !== null) codes[k++] = OFFSET.pcr;
    if (p === 0) codes[k++] = OFFSET.first;
    if (p === n - 1) codes[k++] = OFFSET.last;
    const mr = ratioBucket(pieces.width[p]!, modal);
    const nmr = has.next ? ratioBucket(pieces.width[p + 1]!, modal) : NONE_RATIO;
    codes[k++] = OFFSET.g + ((page * R + mr) * E + e) * P + c;
    codes[k++] = OFFSET.gb + ((page * B + blankBefore) * B + blankAfter) * P + c;
    codes[k++] = OFFSET.m + ((page * R + mr) * P + c) * (R + 1) + nmr;
    codes[k++] = OFFSET.mn + ((r * P + c) * (R + 1) + nr) * (P + 1) + nc;
    codes[k++] = OFFSET.mp + ((pc * (E + 1) + pe) * R + r) * P + c;
    const lx = cohesion[p]!;
    codes[k++] = OFFSET.lx + lx;
    codes[k++] = OFFSET.lxe + lx * (E + 1) + pe;
    codes[k++] = OFFSET.lxr + (lx * (R + 1) + pr) * B + blankBefore;
    // A caption closes on its photographer (…举行。　新华社记者李明摄): the next line starts something else.
    const pt = has.prev ? photoClosed[p - 1]! : 0;
    if (photoClosed[p] || pt) codes[k++] = OFFSET.pt + (photoClosed[p]! * B + pt) * B + blankBefore;
    const fc = firstCharBucket(text);
    if (fc >= 0) {
      codes[k++] = OFFSET.fc + fc;
      codes[k++] = OFFSET.lc1 + lastCharBucket(text);
      codes[k++] = OFFSET.f2 + pairBucket(text, firstVisible(text));
      codes[k++] = OFFSET.l2 + pairBucket(text, lastVisible(text) - 1);
      // The next line's first two characters and the last two of the line above: what opens
      // (记者, 本报, 近日) or closes (报道）, 新华社发) around this one.
      if (has.next) codes[k++] = OFFSET.nf2 + pairBucket(pieces.text[p + 1]!, firstVisible(pieces.text[p + 1]!));
      if (has.prev) codes[k++] = OFFSET.pl2 + pairBucket(pieces.text[p - 1]!, lastVisible(pieces.text[p - 1]!) - 1);
    }
  }
  starts[n] = k;
  return { count: n, codes, start: starts };
}

/**
 * Whether a line ends with a photo credit's ending (摄, 摄影: the photo-end markers), maybe with the
 * picture's source in brackets after it (李明摄（新华社发）: photo-source.ts): how a caption's last
 * line ends, whatever comes before.
 */
function endsWithPhotoCredit(text: string, photoEnds: readonly string[], photoSources: readonly string[]): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  const source = photoSourceAt(text, 0, end, photoSources);
  if (source >= 0) end = source;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return photoEnds.some((w) => text.startsWith(w, end - w.length));
}

/** The index of a line's first character that is not white space (its length, if there is none). */
function firstVisible(text: string): number {
  let s = 0;
  while (s < text.length && isSpace(text.charCodeAt(s))) s++;
  return s;
}
/** The index of a line's last character that is not white space (-1, if there is none). */
function lastVisible(text: string): number {
  let e = text.length;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  return e - 1;
}
/** The bucket of the two characters at `at` (the first and 0 when only one is left). */
function pairBucket(text: string, at: number): number {
  const a = text.charCodeAt(Math.max(0, at));
  const b = at + 1 < text.length ? text.charCodeAt(at + 1) : 0;
  return (Math.imul(a, 65599) + b >>> 0) % PAIR_BUCKETS;
}

/** The bucket of a line's first visible character, or -1 for a blank line. */
function firstCharBucket(text: string): number {
  const s = firstVisible(text);
  return s < text.length ? text.charCodeAt(s) % CHAR_BUCKETS : -1;
}

/** The bucket of a line's last visible character (the line is not blank). */
function lastCharBucket(text: string): number {
  return text.charCodeAt(lastVisible(text)) % CHAR_BUCKETS;
}

/** The commonest width among the page's lines of 8 or more: its column, when it has one. */
function modalWidth(pieces: PieceTable): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (let p = 0; p < pieces.count; p++) {
    const w = Math.round(pieces.width[p]!);
    if (w < 8) continue;
    const c = (counts.get(w) ?? 0) + 1;
    counts.set(w, c);
    if (c > bestCount) (best = w), (bestCount = c);
  }
  return best;
}

/** The share of the page's lines as wide as its commonest width, bucketed: 0 ragged … 3 a wrapped column. */
function pageRegularity(pieces: PieceTable, modal: number): number {
  if (modal === 0 || pieces.count === 0) return 0;
  let at = 0;
  for (let p = 0; p < pieces.count; p++) if (Math.abs(pieces.width[p]! - modal) <= 1) at++;
  const share = at / pieces.count;
  return share < 0.2 ? 0 : share < 0.45 ? 1 : share < 0.7 ? 2 : 3;
}

/** The length of the text without the white space around it. */
function trimmedLength(text: string): number {
  let s = 0;
  let e = text.length;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return e - s;
}

/** A tag's bit in an allowed-tags mask. */
const bit = (tag: (typeof TAGS)[number]) => 1 << TAGS.indexOf(tag);
const HEADLINE_TAGS = bit("K") | bit("M") | bit("T") | bit("S");

/**
 * What the markers rule out, per line (a bit per tag in TAGS): a credit line (本报记者 宋崇飞 摄,
 * 示范区科创局局长刘静) is an article's line, a line holding a full stop is never a headline,
 * subhead or page furniture, and a line that opens with a report opener (本报讯, 新华社北京1月1日电) starts an article.
 */
export function allowedTags(pieces: PieceTable, view: RuleView, marks: LineMarks = lineMarks(pieces, view.lexicon)): Uint8Array {
  const allowed = new Uint8Array(pieces.count).fill(ALL_TAGS);
  for (let p = 0; p < pieces.count; p++) {
    const text = pieces.text[p]!;
    // A credit line (本报记者 宋崇\n飞 摄 over two lines) belongs to an article.
    // Its second line goes on with it: it opens nothing.
    const unit = view.units[view.unitOf[p]!]!;
    if (unit.credit !== null) allowed[p] = unit.first === p ? bit("B") | bit("I") : bit("I");
    // A byline under its title over a text that opens with its own opener (本报讯（记者…）) starts
    // nothing there: the opener does. It stays with the title, as its subtitle, as it always read.
    if (unit.credit === "byline" && unit.first === p && marks.opener[unit.end] && isLeadingByline(view, view.unitOf[p]!)) allowed[p] = bit("T") | bit("I");
    // A line holding a full stop is text: no headline, subhead or page furniture.
    else if (text.includes("。")) allowed[p] = ALL_TAGS & ~HEADLINE_TAGS & ~bit("F");
    // The text under a byline that stands under its title (都市里的村庄 / 本报记者郭伟成 / 走进…) is
    // that article's: it starts nothing, unless an opener says so (below).
    if (unit.credit === null && p > 0 && unit.first === p && isLeadingByline(view, view.unitOf[p - 1]!)) allowed[p] = allowed[p]! & ~bit("B");
    // An opener starts an article (or its body, after a 核心阅读 box: see regions.ts).
    if (marks.opener[p]) allowed[p] = bit("B");
    // 来源：… 发布时间：… 作者：… 【字号 大 中 小】 分享到 between a web headline and its body, and
    // 责任编辑：… under it, are the article's lines, never a headline; 首页 > 国内 > 正文 above the
    // headline is the page's.
    const web = text.length <= WEB_LINE_MAX && marks.web[p] ? WEB_LABELS[marks.web[p]! - 1]! : "";
    if (web) allowed[p] = web.startsWith("首页") ? bit("F") : bit("I");
    // The line right above 来源：… / 发布时间：… is the web article's headline.
    const nextText = pieces.text[p + 1];
    const below = nextText !== undefined && nextText.length <= WEB_LINE_MAX && marks.web[p + 1] ? WEB_LABELS[marks.web[p + 1]! - 1]! : "";
    const credit = view.units[view.unitOf[p]!]!.credit !== null;
    if (!web && !credit && HEADLINE_ABOVE.some((label) => below.startsWith(label)) && text.length <= 64 && !text.includes("。")) {
      allowed[p] = HEADLINE_TAGS & ~bit("S");
    }
  }
  return allowed;
}

/** Whether unit `u` is a byline over a text, not under one: the line before it closes no sentence. */
function isLeadingByline(view: RuleView, u: number): boolean {
  const unit = view.units[u]!;
  if (unit.credit !== "byline") return false;
  const before = unit.first > 0 ? unit.pieces.text[unit.first - 1]!.trimEnd() : "";
  return before !== "" && !endsSentence(before);
}

/** The metadata lines printed right under a web article's headline. */
const HEADLINE_ABOVE = ["来源", "发布时间", "发布日期", "作者"];

/** A web metadata line is short: 来源：人民网-人民日报　发布时间：2019-05-06 08:30 fits. */
const WEB_LINE_MAX = 60;

/** Whether the line is a box's label alone (核心阅读, 背景链接): a label, not a headline or subhead. */
export function isBoxLabelLine(text: string): boolean {
  const box = labelAt(text, BOX_LABELS);
  return box >= 0 && trimmedLength(text) <= BOX_LABELS[box]!.length + 2;
}

/** Whether the line is a web page's metadata line (来源：…, 发布时间：…, 分享到…), for diagnostics. */
export function isWebMetadataLine(text: string): boolean {
  return text.length <= WEB_LINE_MAX && webLabelAt(text) >= 0;
}
