/**
 * Line-level markers that segmentation reads: report openers (本报讯, 新华社北京1月9日电) and
 * credit lines (本报记者 宋崇飞 摄, （本栏稿件均由本报记者陈国栋整理）, a signature 示范区科创局局长刘静).
 * Parsing the names inside a credit is the "who" stage's job; here only the line's kind matters.
 */
import { endBeforeFileCode } from "../../text/agency-file-code.js";
import { photoSourceAt } from "../../text/photo-source.js";
import type { CreditMarkerPlace, ResolvedDictionaries } from "../../contracts/lexicon.js";
import { compiledPer } from "../../lexicon/compiled.js";
import { longestFirst, openerSources, photoSources } from "../../lexicon/dictionaries.js";
import { lazy } from "../../lexicon/parse-list.js";
import { endsSentence, isLayoutCode } from "../1-repair-layout/char-classes.js";
import { BLANK_BEFORE, STARTS_LINE, type PieceTable } from "./01-pieces.js";
import { includesAnyOf } from "../../text/char-sets.js";
import { isCloseBracket, isHan, isMarkerSeparator, isOpenBracket } from "./credit-chars.js";
import { openerAtStart, runOnOpenerAt, type OpenerSources } from "./opener-grammar.js";
import { isBracketedPhotoCredit, isByline, isClosingLine, isColumnCredit, isPhotoCredit, type CreditWords } from "./credit-grammar.js";
import { markersWhere } from "../../lexicon/credit-places.js";

const DIGIT = "0-9０-９";
const CN_NUMBER = "〇一二两三四五六七八九十";
/** 据, which may stand before a run-on opener's source. */
const JU = 0x636e;

/** A lookup table of UTF-16 code units: checked at every character, faster than a Set. */
function codeUnitSet(codes: readonly number[]): { has(code: number): boolean } {
  const table = new Uint8Array(0x10000);
  for (const code of codes) if (code >= 0) table[code] = 1;
  return { has: (code) => table[code] === 1 };
}

/** 。！？”’: what a run-on opener follows. A table: read at every character of a page, where five comparisons cost more. */
const RUN_ON_AFTER = codeUnitSet([0x3002, 0xff01, 0xff1f, 0x201d, 0x2019]);

/** The listed sources in the order the opener expressions tried them (longest first), their first characters, and the outlet suffixes. */
function openerSourceTable(outletSuffixes: readonly string[]): OpenerTable {
  const sources = openerSources();
  const firsts = sources.map((s) => s.charCodeAt(0));
  const suffixFirsts = new Uint8Array(0x10000);
  for (let i = 0; i < outletSuffixes.length; i++) suffixFirsts[outletSuffixes[i]!.charCodeAt(0)] = 1;
  return {
    ordered: longestFirst(sources),
    firsts,
    suffixes: outletSuffixes,
    suffixFirsts,
    // Where a run-on opener can start (据 or a source), as a table: asked after every 。！？”’ of a page.
    runOnFirst: codeUnitSet([JU, ...firsts]),
    reach: openerReach(sources, outletSuffixes),
  };
}

interface OpenerTable extends OpenerSources {
  readonly runOnFirst: { has(code: number): boolean };
  /** See openerReach. */
  readonly reach: number;
}

/**
 * How many characters from a text's start an opener match can read: 据, a source, up to eight Han
 * characters, a date, 讯 or 电, a bracket of up to 60 characters and one looked at after 电.
 * Doubled, in UTF-16 code units, since [^（）()] takes a surrogate pair as one. openerLength
 * of a prefix this long answers as of the whole text.
 */
function openerReach(sources: readonly string[], suffixes: readonly string[]): number {
  const source = Math.max(8 + Math.max(...suffixes.map((s) => s.length)), ...sources.map((s) => s.length));
  return 2 * (1 + source + 8 + 8 + 1 + 62 + 1);
}

/** The length of the opener at the start of `text`, with its bracketed credit; 0 if none. */
export function openerLength(text: string, lexicon: MarkerLexicon): number {
  // Every opener ends in 讯, 电 or 消息: a line with none is told so without reading it.
  if (!text.includes("讯") && !text.includes("电") && !text.includes("消息")) return 0;
  return openerAtStart(text, lexicon.openers);
}

/**
 * Offsets inside `text` (never 0) where a run-on article's opener starts. `nextLine`, the line
 * after it in the same column, is read on where an opener runs over the line break
 * (…的贡献。本报哈 / 尔滨1月1日电): a narrow column breaks openers too.
 */
export function runOnOpeners(text: string, lexicon: MarkerLexicon, nextLine = ""): readonly number[] {
  const sources = lexicon.openers;
  const runOnFirst = sources.runOnFirst;
  // Made only when one is found: nearly every line has none, and an array each was garbage.
  let found: number[] | null = null;
  // The character before `at`, carried along rather than read twice.
  let before = text.charCodeAt(0);
  for (let at = 1; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const candidate = RUN_ON_AFTER.has(before) && runOnFirst.has(code);
    before = code;
    if (!candidate) continue;
    const length = runOnOpenerAt(text, at, sources);
    if (length > 0) {
      (found ??= []).push(at);
      at += length - 1;
      before = text.charCodeAt(at);
    } else if (nextLine.length > 0 && text.length - at < RUN_ON_REACH && runOnOpenerAt(text + nextLine.slice(0, RUN_ON_REACH), at, sources) > text.length - at) {
      // The opener ends on the next line: the rest of this one is its start.
      (found ??= []).push(at);
      break;
    }
  }
  return found ?? NO_OPENERS;
}

const NO_OPENERS: readonly number[] = Object.freeze([]);
/** A run-on opener (本报哈尔滨1月1日电, 据新华社北京12月31日电) is read this far (in code units) over a line break. */
const RUN_ON_REACH = 24;

/**
 * Per piece, 1 where an article's opener starts it: on the piece alone, or read on over the
 * line breaks of its paragraph where a narrow column broke the opener (据新华社北京12 /
 * 月31日电（记者罗玉 / 文）), after a finished sentence, a closing bracket or a blank line.
 */
export function openerStarts(pieces: PieceTable, lexicon: MarkerLexicon): Uint8Array {
  const starts = new Uint8Array(pieces.count);
  const reach = lexicon.openers.reach;
  for (let p = 0; p < pieces.count; p++) {
    const text = pieces.text[p]!;
    if (openerLength(text, lexicon) > 0) {
      starts[p] = 1;
      continue;
    }
    const next = p + 1 < pieces.count && (pieces.flags[p + 1]! & (BLANK_BEFORE | STARTS_LINE)) === STARTS_LINE ? p + 1 : -1;
    // A bracketed dateline broken over lines ends an article more often than it opens one
    // (（本报华盛顿1月1日 / 电）closes a report): only an opener on one line is read as such.
    if (next < 0 || text.length >= reach || endsSentence(text) || isOpenBracket(text.charCodeAt(0)) || text.charCodeAt(0) === 0x3010) continue;
    const opensBlock = p === 0 || (pieces.flags[p]! & BLANK_BEFORE) !== 0 || (pieces.flags[p]! & STARTS_LINE) === 0 || endsSentenceOrBracket(pieces.text[p - 1]!);
    // An opener of the next line's own is not this one's (a headline glued to 本报海口1月2日电 is
    // no opener of a source named 海南超额完成人民日报).
    if (!opensBlock || openerLength(pieces.text[next]!, lexicon) > 0) continue;
    let joined = text;
    for (let q = next; q < pieces.count && q < next + 3 && joined.length < reach; q++) {
      if (q > next && (pieces.flags[q]! & (BLANK_BEFORE | STARTS_LINE)) !== STARTS_LINE) break;
      joined += pieces.text[q]!;
    }
    // Only an opener that runs over the break: one inside this piece was found above.
    if (openerLength(joined, lexicon) > text.length) starts[p] = 1;
  }
  return starts;
}

/** …。 or …） (a credit in brackets) at a line's end: what an opener on the next line follows. */
function endsSentenceOrBracket(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return endsSentence(text) || last === 0xff09 || last === 0x29;
}

/** What a credit line does to the article around it. */
export type CreditLineKind =
  /** 本报记者 宋崇飞 摄: closes a photo caption. */
  | "photo"
  /** （本栏稿件均由本报记者陈国栋整理）: belongs to a column, closes nothing. */
  | "column"
  /** 示范区科创局局长刘静: an author's signature, closes a column piece. */
  | "signature"
  /** 责任编辑：王五, （完）: closes an article. */
  | "closing"
  /** 本报记者 张三 李四: a byline line that opens an article. */
  | "byline";

// The credit line shapes are matched in code, see credit-grammar.ts: as expressions they nested
// bounded repetitions, which cost ~7 ms to compile on a first page.
// Which words stand where is data (dictionaries/credit-markers.txt, a caller's creditMarkers).
function creditLinePatterns(dictionaries: ResolvedDictionaries): CreditLinePatterns {
  const where = (place: CreditMarkerPlace) => markersWhere(dictionaries, (places) => places.includes(place));
  // A byline's markers: the words written before or after names (张三 摄 李四 is read as one too).
  const all = markersWhere(dictionaries, (places) => places.includes("before") || places.includes("after"));
  const photoEnds = where("photo-end");
  const columnEnds = where("column-end");
  const editors = where("editor");
  const words: CreditWords = {
    long: all.filter((m) => m.length > 1),
    single: all.filter((m) => m.length === 1),
    photoRoles: where("before").filter((m) => m.length > 1),
    photoEnds,
    editors,
    columnEnds,
  };
  return {
    markers: words,
    photoSources: photoSources(),
    // With markers of one kind missing, the byline's empty alternative needs no marker at all.
    markersRequired: words.long.length > 0 && words.single.length > 0,
    alphabet: creditAlphabet([...dictionaries.creditMarkers.keys()]),
    photoLast: codeUnitSet(photoEnds.map((w) => w.charCodeAt(w.length - 1))),
    columnLast: codeUnitSet(columnEnds.map((w) => w.charCodeAt(w.length - 1))),
    // （完）and a bracketed name, or an editor's word.
    closingFirst: codeUnitSet([0xff08, 0x28, ...editors.map((w) => w.charCodeAt(0))]),
  };
}

interface CreditLinePatterns {
  readonly markers: CreditWords;
  /** How a photo credit's source bracket ends (dictionaries/photo-sources.txt). */
  readonly photoSources: readonly string[];
  readonly markersRequired: boolean;
  readonly alphabet: CreditAlphabet;
  /** The last characters of the photo endings (摄, 影, 道): a photo credit ends with one of them. */
  readonly photoLast: { has(code: number): boolean };
  /** The last characters of the column endings (理, 稿, 写). */
  readonly columnLast: { has(code: number): boolean };
  /** What a closing line starts with: a bracket or an editor's word's first character. */
  readonly closingFirst: { has(code: number): boolean };
}

/** What the line markers read from a dictionary set: credit markers, role titles and surnames. */
export interface MarkerLexicon {
  readonly creditLines: CreditLinePatterns;
  readonly roleTitles: ReadonlySet<string>;
  readonly longestRoleTitle: number;
  /** The first and last code unit of each role title, as a table of TITLE_FIRST | TITLE_LAST bits. */
  readonly roleTitleEnds: Uint8Array;
  readonly surnames: ReadonlySet<string>;
  /** Report openers' sources (dictionaries/opener-sources.txt) and outlet suffixes. */
  readonly openers: OpenerTable;
}

/**
 * The markers' lexicon of a dictionary set, compiled once per set.
 *
 * @example
 * ```ts
 * creditLineKind("本报记者 宋崇飞 摄", markerLexicon(resolveDictionaries())); // => "photo"
 * ```
 */
export const markerLexicon = compiledPer(
  (d): MarkerLexicon => ({
    creditLines: creditLinePatterns(d),
    roleTitles: new Set(d.roleTitles),
    longestRoleTitle: longestRoleTitle(d),
    roleTitleEnds: roleTitleEnds(d),
    surnames: d.surnames,
    openers: openerSourceTable(d.outletSuffixes),
  }),
);

/**
 * The characters that the name-credit patterns (photo, byline, closing) can match: Han, the
 * interpunct, spaces, separators, colons, brackets and the markers' own characters. A line with
 * any other character (。“ …) is none of them, and is told so without running (or compiling) them.
 * Brackets stand only at a credit's ends (（记者付凯明）), unless a marker holds one.
 */
function creditAlphabet(markers: readonly string[]): CreditAlphabet {
  // A table rather than a Set, filled by index: on a first call this runs interpreted, where a
  // Set's growth and for…of over strings allocated (~10 KB), and it is read at every character.
  const others = new Uint8Array(0x10000);
  const punctuation = "·、，,／/：:";
  for (let i = 0; i < punctuation.length; i++) others[punctuation.charCodeAt(i)] = 1;
  for (let m = 0; m < markers.length; m++) {
    const marker = markers[m]!;
    for (let i = 0; i < marker.length; i++) others[marker.charCodeAt(i)] = 1;
  }
  const innerBrackets = others[0xff08] === 1 || others[0x28] === 1 || others[0xff09] === 1 || others[0x29] === 1;
  for (let b = 0; b < BRACKETS.length; b++) others[BRACKETS[b]!] = 1;
  return { others, innerBrackets };
}

interface CreditAlphabet {
  /** 1 for each code unit allowed besides Han and layout characters. */
  readonly others: Uint8Array;
  /** Whether a bracket may stand inside a credit, not only at its ends. */
  readonly innerBrackets: boolean;
}

const BRACKETS = [0xff08, 0x28, 0xff09, 0x29];

/** Whether a line holds a credit marker (记者, 通讯员, 摄 …) as the byline pattern reads one. */
export function holdsCreditMarker(text: string, lexicon: MarkerLexicon): boolean {
  return holdsMarker(text, lexicon.creditLines.markers.long, lexicon.creditLines.markers.single);
}

/**
 * Whether `text` holds a credit marker as the byline pattern reads one: a one-character marker
 * (文, 图) only with a separator after it, so 文化节 in a body line does not run the pattern.
 */
function holdsMarker(text: string, long: readonly string[], single: readonly string[]): boolean {
  if (long.some((m) => text.includes(m))) return true;
  for (const m of single) {
    for (let at = text.indexOf(m); at >= 0; at = text.indexOf(m, at + 1)) if (isMarkerSeparator(text.charCodeAt(at + 1))) return true;
  }
  return false;
}

function onlyCreditChars(text: string, alphabet: CreditAlphabet): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (isHan(c) || isLayoutCode(c)) continue;
    if (alphabet.others[c] !== 1) return false;
    if (i > 0 && i < last && !alphabet.innerBrackets && BRACKETS.includes(c)) return false;
  }
  return true;
}

/** /^[HAN（）()]+$/.test(text), by code unit: an expression compiled cold cost more than a page of calls. */
function onlySignatureChars(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(isHan(c) || isOpenBracket(c) || isCloseBracket(c))) return false;
  }
  return text.length > 0;
}
function longestRoleTitle(d: ResolvedDictionaries): number {
  // A loop, not Math.max(...map): no array of lengths and spread of ~200 arguments on a first page.
  let longest = -Infinity;
  for (let t = 0; t < d.roleTitles.length; t++) longest = Math.max(longest, d.roleTitles[t]!.length);
  return longest;
}
/** In roleTitleEnds: a role title ends (starts) with this code unit. */
const TITLE_LAST = 1;
const TITLE_FIRST = 2;
/** The first and last code unit of each role title, as a table of TITLE_FIRST | TITLE_LAST bits. */
function roleTitleEnds(d: ResolvedDictionaries): Uint8Array {
  const table = new Uint8Array(0x10000);
  // Indexed, not for…of: run interpreted on a first page, each iterator step allocated.
  const titles = d.roleTitles;
  for (let t = 0; t < titles.length; t++) {
    const title = titles[t]!;
    if (title.length === 0) continue;
    const last = title.charCodeAt(title.length - 1);
    const first = title.charCodeAt(0);
    table[last] = table[last]! | TITLE_LAST;
    table[first] = table[first]! | TITLE_FIRST;
  }
  return table;
}

/**
 * 示范区科创局局长刘静: an office, then a surname and one or two given characters, to the end.
 * Looked up in the surname and title sets from the end of the line: a regular expression over
 * every surname and title costs tens of milliseconds to compile on first use. Exported for its test.
 */
export function isSignature(text: string, lexicon: MarkerLexicon): boolean {
  if (text.length > 30 || !onlySignatureChars(text)) return false;
  const titleEnds = lexicon.roleTitleEnds;
  for (let nameLength = 2; nameLength <= 4; nameLength++) {
    // The office ends right before the name, at `end`: most lines have no title's last character
    // there, and are told so before any slice is made.
    const end = text.length - nameLength;
    if (end <= 0 || (titleEnds[text.charCodeAt(end - 1)]! & TITLE_LAST) === 0) continue;
    // A surname of one or two characters, then one or two given characters.
    const surnames = lexicon.surnames;
    const surnamed = (nameLength <= 3 && surnames.has(text.slice(end, end + 1))) || (nameLength >= 3 && surnames.has(text.slice(end, end + 2)));
    if (!surnamed) continue;
    // Only offices starting where a title can start are sliced and looked up.
    for (let t = Math.min(lexicon.longestRoleTitle, end); t >= 1; t--) {
      if ((titleEnds[text.charCodeAt(end - t)]! & TITLE_FIRST) !== 0 && lexicon.roleTitles.has(text.slice(end - t, end))) return true;
    }
  }
  return false;
}

/** A credit line is never longer than this. */
export const CREDIT_LINE_MAX = 60;

/** The kind of credit line `text` is (one unit, its lines joined), or null. */
export function creditLineKind(text: string, lexicon: MarkerLexicon): CreditLineKind | null {
  if (text.length > CREDIT_LINE_MAX) return null;
  // （编辑：李怡君）1111227: the agency's file code after the bracket is no part of the credit.
  const credited = endBeforeFileCode(text, 0, text.length);
  if (credited < text.length) return creditLineKind(text.slice(0, credited), lexicon);
  const p = lexicon.creditLines;
  // What each pattern needs at the line's ends, checked before the pattern is run (or compiled).
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  const bracketed = (first === 0xff08 || first === 0x28) && (last === 0xff09 || last === 0x29);
  // 林宏摄（本报资料图片）: a photo credit, then the picture's source.
  const source = photoSourceAt(text, 0, text.length, p.photoSources);
  if (source > 0 && creditLineKind(text.slice(0, source).trimEnd(), lexicon) === "photo") return "photo";
  const nameCredit = onlyCreditChars(text, p.alphabet);
  if (nameCredit && p.photoLast.has(last) && isPhotoCredit(text, p.markers)) return "photo";
  // Inside the brackets, the last character ends a photo credit (摄) or a column's credit (整理).
  const lastInside = text.charCodeAt(text.length - 2);
  if (nameCredit && bracketed && p.photoLast.has(lastInside) && isBracketedPhotoCredit(text, p.markers)) return "photo";
  if (bracketed && p.columnLast.has(lastInside) && isColumnCredit(text, p.markers)) return "column";
  if (nameCredit && p.closingFirst.has(first) && isClosingLine(text, p.markers)) return "closing";
  // A byline holds a credit marker (记者, 通讯员, 文 …).
  if (nameCredit && (!p.markersRequired || holdsMarker(text, p.markers.long, p.markers.single)) && isByline(text, p.markers)) return "byline";
  if (isSignature(text, lexicon)) return "signature";
  return null;
}

// 2021年4月13日 星期二 / 第3版: the date line of a page header, never part of an article.
const FULL_DATE = new RegExp(`[${DIGIT}〇一二三四五六七八九]{4}年[${DIGIT}${CN_NUMBER}]{1,3}月[${DIGIT}${CN_NUMBER}]{1,3}日`, "u");
const PAGE_HEADER = /星期[一二三四五六日天]|周[一二三四五六日]|第?[A-Z]?[0-9０-９]{1,3}版|[A-Z][0-9０-９]{1,2}版|农历/u;

/** A masthead line is never longer than this. */
export const MASTHEAD_LINE_MAX = 60;

/** Whether `text` is a masthead or page header line: a full date with a weekday or a page number. */
export function isMastheadLine(text: string): boolean {
  // 年 and 月 before the expressions: most lines have no full date, and are told so without them.
  return text.length <= MASTHEAD_LINE_MAX && !includesAnyOf(text, "。；") && text.includes("年") && text.includes("月") && FULL_DATE.test(text) && PAGE_HEADER.test(text);
}
