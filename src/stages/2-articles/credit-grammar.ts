/**
 * The name-credit line shapes (photo credit, bracketed photo credit, closing line, byline), matched
 * in code rather than by regular expressions. The expressions nested bounded repetitions
 * ((unit marker names){1,4}, names holding ([sep]N{2,4}){0,5}), which V8 unrolls: the byline one
 * alone cost ~5 ms to compile to bytecode and ~2 ms more to native code, on the first page whose
 * line reached it. Here each shape is read left to right over the set of offsets it can have
 * reached so far, so a line is accepted exactly when the expression would have matched it whole.
 *
 * A set of offsets is a row of flags in one buffer per line (lines are short, see LINE_MAX): one
 * allocation per line matched, none per step.
 */
import { isRegExpSpace } from "../../text/char-sets.js";
import { isCloseBracket, isHan, isMarkerSeparator, isOpenBracket } from "./credit-chars.js";

/** Lines longer than this are no credit line (CREDIT_LINE_MAX); the matchers answer false. */
const LINE_MAX = 60;
const ROW = LINE_MAX + 1;
/** Rows to start with: a photo credit uses ~15, a byline of four credits and its bracketed retry up to ~140 (the buffer then grows). */
const ROWS_AT_FIRST = 32;

/** The sets of offsets reached while matching one line: made per line, by {@link begin}. */
interface Reach {
  rows: Uint8Array;
  readonly line: string;
  /** Rows in use. */
  top: number;
}

/** Starts matching `text`; `start` is the row holding offset 0. */
function begin(text: string): { m: Reach; start: number } {
  const m: Reach = { rows: new Uint8Array(ROW * ROWS_AT_FIRST), line: text, top: 0 };
  const start = fresh(m);
  m.rows[start] = 1;
  return { m, start };
}

/** A new, empty set of offsets. */
function fresh(m: Reach): number {
  const row = m.top++ * ROW;
  if (row + ROW > m.rows.length) {
    const more = new Uint8Array(m.rows.length * 2);
    more.set(m.rows);
    m.rows = more;
  }
  m.rows.fill(0, row, row + m.line.length + 1);
  return row;
}

function has(m: Reach, row: number, offset: number): boolean {
  return m.rows[row + offset] === 1;
}

/** The offsets of `from` with the offsets of `also` added, in place. */
function addAll(m: Reach, from: number, also: number): void {
  const r = m.rows;
  for (let p = 0; p <= m.line.length; p++) if (r[also + p] === 1) r[from + p] = 1;
}

/**
 * Offsets after min..max more characters of class `is` from an offset of `from` (is{min,max}).
 * Returns the new set, or -1 when it is empty.
 */
function repeat(m: Reach, from: number, is: (code: number) => boolean, min: number, max: number): number {
  // fresh first: it may grow the buffer, and `r` must be the grown one.
  const to = fresh(m);
  const r = m.rows;
  let any = false;
  for (let p = 0; p <= m.line.length; p++) {
    if (r[from + p] !== 1) continue;
    if (min === 0) (r[to + p] = 1), (any = true);
    for (let k = 1; k <= max && p + k <= m.line.length && is(m.line.charCodeAt(p + k - 1)); k++) {
      if (k >= min) (r[to + p + k] = 1), (any = true);
    }
  }
  return any ? to : -1;
}

/** Offsets after one of `words` from an offset of `from` ((?:w1|w2…)); -1 when none. */
function anyWord(m: Reach, from: number, words: readonly string[]): number {
  // fresh first: it may grow the buffer, and `r` must be the grown one.
  const to = fresh(m);
  const r = m.rows;
  let any = false;
  for (let p = 0; p <= m.line.length; p++) {
    if (r[from + p] !== 1) continue;
    // The first character compared before startsWith: most offsets start no word.
    const first = m.line.charCodeAt(p);
    for (let w = 0; w < words.length; w++) {
      const word = words[w]!;
      if ((word.length === 0 || word.charCodeAt(0) === first) && m.line.startsWith(word, p)) (r[to + p + word.length] = 1), (any = true);
    }
  }
  return any ? to : -1;
}

const UNBOUNDED = LINE_MAX + 1;

/** [HAN·]: a name's characters. */
function isNameChar(c: number): boolean {
  return isHan(c) || c === 0xb7;
}
/** [\s、，,／/]: between two names. */
function isNameSeparator(c: number): boolean {
  return c === 0x3001 || c === 0xff0c || c === 0x2c || c === 0xff0f || c === 0x2f || isRegExpSpace(c);
}
/** [：:\s]: after 责任编辑 and the like. */
function isEditorSeparator(c: number): boolean {
  return c === 0xff1a || c === 0x3a || isRegExpSpace(c);
}
/** [\s、]: between two names of a bracketed closing line. */
function isClosingSeparator(c: number): boolean {
  return c === 0x3001 || isRegExpSpace(c);
}

/** [HAN·]{2,4}(?:[\s、，,／/][HAN·]{2,4}){0,5}; -1 when no offset is reached. */
function nameList(m: Reach, from: number): number {
  let names = repeat(m, from, isNameChar, 2, 4);
  if (names < 0) return -1;
  const all = names;
  for (let more = 0; more < 5; more++) {
    const separated = repeat(m, names, isNameSeparator, 1, 1);
    if (separated < 0) break;
    names = repeat(m, separated, isNameChar, 2, 4);
    if (names < 0) break;
    addAll(m, all, names);
  }
  return all;
}

/** (?:本报|新华社|[HAN]{2,10}?)?: nothing, or two to ten Han characters (本报 and 新华社 among them). */
function unit(m: Reach, from: number): number {
  const to = repeat(m, from, isHan, 2, 10);
  if (to >= 0) addAll(m, to, from);
  return to >= 0 ? to : from;
}

/** unit(?:photo roles); -1 when none. */
function photoRole(m: Reach, from: number, words: CreditWords): number {
  return anyWord(m, unit(m, from), words.photoRoles);
}

/** names\s*(?:photo ends), then `close` (a bracket) if given, to the line's end. */
function endsInPhotoCredit(m: Reach, from: number, close: boolean, words: CreditWords): boolean {
  const named = nameList(m, from);
  if (named < 0) return false;
  const ends = anyWord(m, repeat(m, named, isRegExpSpace, 0, UNBOUNDED), words.photoEnds);
  if (ends < 0) return false;
  if (!close) return has(m, ends, m.line.length);
  return m.line.length > 0 && isCloseBracket(m.line.charCodeAt(m.line.length - 1)) && has(m, ends, m.line.length - 1);
}

/** /^(?:unit(?:photo roles)[：:/／\s]*)?names\s*(?:photo ends)$/: 本报记者 宋崇飞 摄, 实习生 李明 摄. */
export function isPhotoCredit(text: string, words: CreditWords): boolean {
  if (text.length > LINE_MAX) return false;
  const { m, start } = begin(text);
  const role = photoRole(m, start, words);
  const credited = role >= 0 ? repeat(m, role, isMarkerSeparator, 0, UNBOUNDED) : -1;
  if (credited >= 0) addAll(m, credited, start);
  return endsInPhotoCredit(m, credited >= 0 ? credited : start, false, words);
}

/** /^[（(](?:unit(?:photo roles))?[：:/／\s]*names\s*(?:photo ends)[）)]$/ */
export function isBracketedPhotoCredit(text: string, words: CreditWords): boolean {
  if (text.length > LINE_MAX) return false;
  const { m, start } = begin(text);
  const opened = repeat(m, start, isOpenBracket, 1, 1);
  if (opened < 0) return false;
  const role = photoRole(m, opened, words);
  if (role >= 0) addAll(m, role, opened);
  return endsInPhotoCredit(m, repeat(m, role >= 0 ? role : opened, isMarkerSeparator, 0, UNBOUNDED), true, words);
}

/**
 * The credit markers as the byline expression read them: (?:long…)[：:/／\s]*|(?:single…)[：:/／\s]+.
 * An empty list stands for the empty alternative the expression then held: [""].
 */
export interface CreditMarkers {
  /** Markers of two or more characters. */
  readonly long: readonly string[];
  /** One-character markers (文, 图): a separator must follow. */
  readonly single: readonly string[];
}

/**
 * The credit words of each place the line shapes read, from dictionaries/credit-markers.txt and a
 * caller's entries: the byline's markers, a photo credit's roles (记者, 通讯员, 实习生 …) and endings
 * (摄, 摄影, 摄影报道), the words that open a closing line (责任编辑, 校对 …) and end a column's
 * credit (整理, 供稿 …).
 */
export interface CreditWords extends CreditMarkers {
  readonly photoRoles: readonly string[];
  readonly photoEnds: readonly string[];
  readonly editors: readonly string[];
  readonly columnEnds: readonly string[];
}

/** Offsets after a credit marker and its separators; -1 when none. */
function marker(m: Reach, from: number, markers: CreditMarkers): number {
  const long = anyWord(m, from, markers.long.length > 0 ? markers.long : [""]);
  const afterLong = long >= 0 ? repeat(m, long, isMarkerSeparator, 0, UNBOUNDED) : -1;
  const single = anyWord(m, from, markers.single.length > 0 ? markers.single : [""]);
  const afterSingle = single >= 0 ? repeat(m, single, isMarkerSeparator, 1, UNBOUNDED) : -1;
  if (afterLong >= 0 && afterSingle >= 0) addAll(m, afterLong, afterSingle);
  return afterLong >= 0 ? afterLong : afterSingle;
}

/** One byline credit: unit(?:markers)names\s*; -1 when none. */
function bylineCredit(m: Reach, from: number, markers: CreditMarkers): number {
  const marked = marker(m, unit(m, from), markers);
  if (marked < 0) return -1;
  const named = nameList(m, marked);
  return named < 0 ? -1 : repeat(m, named, isRegExpSpace, 0, UNBOUNDED);
}

/** Whether one to four byline credits from `from` reach `end`. */
function creditsReach(m: Reach, from: number, markers: CreditMarkers, end: number): boolean {
  let credits = from;
  for (let count = 1; count <= 4; count++) {
    credits = bylineCredit(m, credits, markers);
    if (credits < 0) return false;
    if (has(m, credits, end)) return true;
  }
  return false;
}

/** /^(?:(?:unit(?:markers)names\s*){1,4}|[（(](?:unit(?:markers)names\s*){1,4}[）)])$/ */
export function isByline(text: string, markers: CreditMarkers): boolean {
  if (text.length > LINE_MAX) return false;
  const { m, start } = begin(text);
  if (creditsReach(m, start, markers, text.length)) return true;
  if (text.length < 2 || !isOpenBracket(text.charCodeAt(0)) || !isCloseBracket(text.charCodeAt(text.length - 1))) return false;
  return creditsReach(m, repeat(m, start, isOpenBracket, 1, 1), markers, text.length - 1);
}

/**
 * /^(?:[（(]完[）)]|(?:责任编辑|责编|编辑|校对|审核|终审)[：:\s]*names|[（(](?!markers)[HAN·]{2,8}(?:[\s、][HAN·]{2,4}){0,3}[）)])$/
 */
export function isClosingLine(text: string, markers: CreditWords): boolean {
  if (text.length > LINE_MAX) return false;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (text.length === 3 && isOpenBracket(first) && text.charCodeAt(1) === 0x5b8c && isCloseBracket(last)) return true;
  const { m, start } = begin(text);
  const editors = anyWord(m, start, markers.editors);
  if (editors >= 0) {
    const named = nameList(m, repeat(m, editors, isEditorSeparator, 0, UNBOUNDED));
    if (named >= 0 && has(m, named, text.length)) return true;
  }
  return isBracketedName(m, start, markers);
}

/** [（(](?!markers)[HAN·]{2,8}(?:[\s、][HAN·]{2,4}){0,3}[）)] to the line's end: （关山月）, not （记者付凯明）. */
function isBracketedName(m: Reach, start: number, markers: CreditMarkers): boolean {
  const end = m.line.length - 1;
  if (m.line.length < 2 || !isOpenBracket(m.line.charCodeAt(0)) || !isCloseBracket(m.line.charCodeAt(end))) return false;
  const opened = repeat(m, start, isOpenBracket, 1, 1);
  if (marker(m, opened, markers) >= 0) return false;
  let named = repeat(m, opened, isNameChar, 2, 8);
  for (let more = 0; named >= 0; more++) {
    if (has(m, named, end)) return true;
    if (more === 3) break;
    const separated = repeat(m, named, isClosingSeparator, 1, 1);
    named = separated < 0 ? -1 : repeat(m, separated, isNameChar, 2, 4);
  }
  return false;
}

/**
 * /^[（(][^（）()]{2,40}(?:column ends)[）)]$/: （本栏稿件均由本报记者陈国栋整理）. No bracket inside, so
 * the ending is the last characters before the closing bracket. In code: the expression cost
 * ~0.15 ms to compile on the first page that had one.
 */
export function isColumnCredit(text: string, words: CreditWords): boolean {
  const end = text.length - 1;
  if (end < 1 || !isOpenBracket(text.charCodeAt(0)) || !isCloseBracket(text.charCodeAt(end))) return false;
  // Two to forty characters, then the ending, between the brackets.
  const ending = words.columnEnds.find((word) => text.endsWith(word, end) && end - word.length - 1 >= 2 && end - word.length - 1 <= 40);
  if (ending === undefined) return false;
  for (let i = 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isOpenBracket(c) || isCloseBracket(c)) return false;
  }
  return true;
}
