/**
 * Report openers (本报讯（记者周明远）, 新华社北京1月9日电, 据中新网3月2日电), read in code rather than by
 * regular expressions: the two expressions cost ~1 ms to compile and tier up on a first page,
 * and 50 KB of the first call's allocation. Each reader tries the choices in the order the
 * expression's backtracking tried them, so it ends where the expression's match ended:
 *
 *   at a line's start  ^据?(?:SOURCES|HAN{2,8}?(?:SUFFIXES))(?:HAN{0,8}?DATE(?:讯|电)|HAN{0,8}?讯|HAN{0,8}?电(?=[（(]))(?:[（(][^（）()\n]{0,60}[）)])?
 *   run on, mid-line   (?<=[。！？”’])(?:据)?(?:SOURCES)(?:HAN{0,8}?DATE)?(?:讯|电)
 *
 * with DATE = [DIGIT CN_NUMBER]{1,3}月[DIGIT CN_NUMBER]{1,3}日 and the expressions' "u" flag
 * (the bracket's 60 counted in code points).
 */
import { isCloseBracket, isHan, isOpenBracket } from "./credit-chars.js";

const JU = 0x636e; // 据
const XUN = 0x8baf; // 讯
const DIAN = 0x7535; // 电
const YUE = 0x6708; // 月
const RI = 0x65e5; // 日
const XIAO = 0x6d88; // 消
const XI = 0x606f; // 息

/** [0-9０-９〇一二两三四五六七八九十]: a date's digits. */
function isDateDigit(c: number): boolean {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0x3007) return true;
  // 一 二 两 三 四 五 六 七 八 九 十
  return c === 0x4e00 || c === 0x4e8c || c === 0x4e24 || c === 0x4e09 || c === 0x56db || c === 0x4e94 || c === 0x516d || c === 0x4e03 || c === 0x516b || c === 0x4e5d || c === 0x5341;
}

/**
 * The end of DATE read from `at`, or -1. Neither 月 nor 日 is a digit, so there is one way to read
 * it. The month may be left out, as the Taiwan agency writes its dateline (台北27日电).
 */
function dateEnd(text: string, at: number): number {
  const month = digitsEnd(text, at);
  if (month < 0) return -1;
  if (text.charCodeAt(month) === RI) return month + 1;
  if (text.charCodeAt(month) !== YUE) return -1;
  const day = digitsEnd(text, month + 1);
  return day >= 0 && text.charCodeAt(day) === RI ? day + 1 : -1;
}

/** The end of one to three date digits from `at` that no further digit follows, or -1. */
function digitsEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isDateDigit(text.charCodeAt(end))) if (++end - at > 3) return -1;
  return end > at ? end : -1;
}

/** How many Han characters run from `at`, counting no further than `max`. */
function hanRun(text: string, at: number, max: number): number {
  let n = 0;
  while (n < max && at + n < text.length && isHan(text.charCodeAt(at + n))) n++;
  return n;
}

/** HAN{0,8}?DATE(?:讯|电), shortest Han run first; the end, or -1. */
function datedEnd(text: string, at: number): number {
  const run = hanRun(text, at, 8);
  for (let k = 0; k <= run; k++) {
    const date = dateEnd(text, at + k);
    if (date >= 0 && (text.charCodeAt(date) === XUN || text.charCodeAt(date) === DIAN)) return date + 1;
  }
  return -1;
}

/** The body after a source: a dated 讯/电, else the first 讯, else the first 电 before a bracket; the end, or -1. */
function bodyEnd(text: string, at: number): number {
  const dated = datedEnd(text, at);
  if (dated >= 0) return dated;
  // 澳门日报消息, 本报消息: 消息 right after the source says what 讯 says.
  if (text.charCodeAt(at) === XIAO && text.charCodeAt(at + 1) === XI) return at + 2;
  const run = hanRun(text, at, 8);
  for (let k = 0; k <= run; k++) if (text.charCodeAt(at + k) === XUN) return at + k + 1;
  for (let k = 0; k <= run; k++) {
    const next = text.charCodeAt(at + k + 1);
    if (text.charCodeAt(at + k) === DIAN && isOpenBracket(next)) return at + k + 1;
  }
  return -1;
}

/** The end of (?:[（(][^（）()\n]{0,60}[）)])? from `at`: a bracket closed within 60 code points, else `at`. */
function creditEnd(text: string, at: number): number {
  const open = text.charCodeAt(at);
  if (!isOpenBracket(open)) return at;
  let i = at + 1;
  for (let count = 0; i < text.length; count++) {
    const c = text.charCodeAt(i);
    if (isCloseBracket(c)) return i + 1;
    if (isOpenBracket(c) || c === 0x0a || count === 60) return at;
    // A surrogate pair is one code point under the "u" flag.
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return at;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The listed sources, in the order the expressions tried them (longest first), and the outlet suffixes. */
export interface OpenerSources {
  readonly ordered: readonly string[];
  /** The first code unit of each (any order): where none stands, no listed source starts. */
  readonly firsts: readonly number[];
  /** Every ending of a source named by rule: 焦作日报, 澎湃新闻网 (dictionaries/outlet-suffixes.txt). */
  readonly suffixes: readonly string[];
  /** 1 at the suffixes' first code units: where none stands, no suffix need be tried. */
  readonly suffixFirsts: Uint8Array;
}

/** The length of the opener at the start of `text`; 0 if none. */
export function openerAtStart(text: string, sources: OpenerSources): number {
  const bracketed = bracketedOpenerAtStart(text, sources);
  if (bracketed > 0) return bracketed;
  const starts = text.charCodeAt(0) === JU ? 2 : 1;
  for (let s = 0; s < starts; s++) {
    // With 据 first (greedy), then without it.
    const at = starts === 2 && s === 0 ? 1 : 0;
    const end = sourceThenBody(text, at, sources);
    if (end >= 0) return creditEnd(text, end);
  }
  return 0;
}

/**
 * 【本报讯】, 【本报消息】, （中央社记者陈昱婷台北27日电）: the whole opener in brackets, as the Hong
 * Kong, Macau and Taiwan press print it; its length, or 0.
 */
function bracketedOpenerAtStart(text: string, sources: OpenerSources): number {
  const open = text.charCodeAt(0);
  if (!isOpenBracket(open) && open !== 0x3010 /* 【 */) return 0;
  const end = sourceThenBody(text, 1, sources);
  if (end < 0) return 0;
  const close = text.charCodeAt(end);
  return (open === 0x3010 ? close === 0x3011 /* 】 */ : isCloseBracket(close)) ? end + 1 : 0;
}

/** A source (listed first, then HAN{2,8}? with a suffix, shortest first) then its body; the body's end, or -1. */
function sourceThenBody(text: string, at: number, sources: OpenerSources): number {
  // Most lines start with no source's first character, and skip the list.
  if (sources.firsts.includes(text.charCodeAt(at))) {
    // Indexed loops here and below: run interpreted on a first page, for…of allocated at each step.
    for (let i = 0; i < sources.ordered.length; i++) {
      const source = sources.ordered[i]!;
      if (!startsWithAt(text, source, at)) continue;
      const end = bodyEnd(text, at + source.length);
      if (end >= 0) return end;
    }
  }
  const run = hanRun(text, at, 8);
  for (let k = 2; k <= run; k++) {
    if (sources.suffixFirsts[text.charCodeAt(at + k)] !== 1) continue;
    for (let i = 0; i < sources.suffixes.length; i++) {
      const suffix = sources.suffixes[i]!;
      if (!startsWithAt(text, suffix, at + k)) continue;
      const end = bodyEnd(text, at + k + suffix.length);
      if (end >= 0) return end;
    }
  }
  return -1;
}

/** text.startsWith(word, at), by code unit: a loop the compiler inlines, where startsWith was a call. */
function startsWithAt(text: string, word: string, at: number): boolean {
  if (at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(at + i) !== word.charCodeAt(i)) return false;
  return true;
}

/** 。！？”’: what a run-on opener follows. */
function followsSentence(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x201d || c === 0x2019;
}

/** The length of a run-on opener starting at `at` (after 。！？”’), 0 if none. */
export function runOnOpenerAt(text: string, at: number, sources: OpenerSources): number {
  if (at === 0 || !followsSentence(text.charCodeAt(at - 1))) return 0;
  const starts = text.charCodeAt(at) === JU ? 2 : 1;
  for (let s = 0; s < starts; s++) {
    const from = starts === 2 && s === 0 ? at + 1 : at;
    for (let i = 0; i < sources.ordered.length; i++) {
      const source = sources.ordered[i]!;
      if (!startsWithAt(text, source, from)) continue;
      const end = runOnBodyEnd(text, from + source.length);
      if (end >= 0) return end - at;
    }
  }
  return 0;
}

/** (?:HAN{0,8}?DATE)?(?:讯|电): dated first, then 讯 or 电 right away; the end, or -1. */
function runOnBodyEnd(text: string, at: number): number {
  const dated = datedEnd(text, at);
  if (dated >= 0) return dated;
  const c = text.charCodeAt(at);
  return c === XUN || c === DIAN ? at + 1 : -1;
}
