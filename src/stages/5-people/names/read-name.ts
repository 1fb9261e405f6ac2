/**
 * Reads a person name where one is expected: after a title (局长刘静), a credit marker
 * (记者付凯明) or a list separator (刘春明、冯利民). The hard part is where the name ends
 * (吕沛与…, 余自涛座谈, 高鸿出席): decided by what follows each reading and by character statistics.
 * The readers take the lexicon compiled from the page's dictionaries (see {@link whoLexicon}), compiled once
 * per text by their callers.
 */
import { whoLexicon, type WhoLexicon } from "../../../lexicon/who-lexicon.js";
import { resolveDictionaries } from "../../../lexicon/user-dictionaries.js";
import type { ResolvedDictionaries } from "../../../contracts/lexicon.js";
import { isHanAt, isHanCode } from "./han.js";
import { MIN_GIVEN_SHARE, scoreName } from "./name-model.js";

/** A name read at a position: `[start, end)`. */
export interface ReadName {
  readonly start: number;
  readonly end: number;
  readonly kind: "han" | "foreign" | "latin";
}

/**
 * Whether a name may end just before `at`: the text ends, a non-Han character follows (punctuation,
 * a space, 、), or a word that follows names starts there (出席, 说, a title).
 */
export function isNameBoundary(lex: WhoLexicon, text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (!isHanCode(code)) return true;
  // 胡金华上海报道: a place of two or three characters, then 报道, closes a byline.
  if (text.startsWith("报道", at + 2) || text.startsWith("报道", at + 3)) return true;
  if (lex.endWords.startingAt(text, at) !== "" || lex.titles.startingAt(text, at) !== "") return true;
  const chars = lex.chars;
  const follow = chars.follow(code);
  return chars.total(code) >= 20 && follow > 0.08 && follow > chars.given(code);
}

/**
 * A name read without the conjunction after it must score above this (the weights' scale, ×10) for
 * the conjunction to be no part of it: 王大 scores about 0 and should not take 王大同's 同, whatever
 * a retrained model rounds it to; 李明 scores about 50.
 */
export const CONJUNCTION_SHORT_MIN_SCORE = 20;

/** Conjunctions of one character: after a name they join it to the next item (张伟和李明, 张三与…). */
const CONJUNCTIONS = "和与及同跟";

/** Whether `text[at]` is a conjunction (see CONJUNCTIONS). */
export function isConjunctionAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && CONJUNCTIONS.includes(text[at]!);
}

/**
 * Whether the reading that ends at `end` ends in a conjunction with Han text after it, something for
 * it to join (李明和今天到场的嘉宾); 张永和） ends in no conjunction.
 */
export function endsInConjunction(text: string, end: number): boolean {
  return isConjunctionAt(text, end - 1) && isHanAt(text, end);
}

/** 一 to 十: numerals that are given names by birth order (张三, 李四, 王五); a closed set. */
const BIRTH_ORDER = "一二三四五六七八九十";

/** Whether the code is a birth-order numeral (see BIRTH_ORDER). */
function isBirthOrder(code: number): boolean {
  return BIRTH_ORDER.includes(String.fromCharCode(code));
}

/** How plausible the character is as a given-name character (0 for characters that are almost never one). */
function givenShare(lex: WhoLexicon, code: number): number {
  return Math.max(lex.chars.given(code), lex.chars.surname(code));
}

/** A name read after a title or a marker must score at least this (mean log share per character). */
const ANCHORED_MIN_SCORE = -5.5;

/**
 * A given character read after a title or a marker needs at least this share (吴承翰 after 立委:
 * 承 was seen 140 times, never in a name). Shares fall as more text is counted: with the 1.4 times
 * larger training split of the name model, the 0.0005 this was became 0.0003.
 */
const MIN_GIVEN_AFTER_TITLE = 0.0003;

/** The mean log share of a reading: the surname share of its surname, the given share of the rest. */
function meanLogShare(lex: WhoLexicon, text: string, start: number, end: number): number {
  const sl = lex.surnames.lengthAt(text, start);
  let sum = sl === 2 ? Math.log(0.5) : Math.log(lex.chars.surname(text.charCodeAt(start)));
  for (let i = start + sl; i < end; i++) sum += Math.log(lex.chars.given(text.charCodeAt(i)));
  return sum / (end - start);
}

/** Whether every character of `text[start, end)` is often a given-name character. */
function looksGiven(lex: WhoLexicon, text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (lex.chars.given(text.charCodeAt(i)) < 0.015) return false;
  return end - start >= 1;
}

/** A Chinese name at `start`: surname, then one or two given characters. */
export function readHanName(lex: WhoLexicon, text: string, start: number, minGiven = MIN_GIVEN_AFTER_TITLE): ReadName | null {
  const sl = lex.surnames.lengthAt(text, start);
  if (sl === 0) return null;
  const g = start + sl;
  const c2 = text.charCodeAt(g);
  const c3 = text.charCodeAt(g + 1);
  // 画家范曾。: a name closed by punctuation needs no statistics for its given character.
  // 市长李四出席: a numeral is a given name by birth order (张三, 李四, 王五), whatever the statistics.
  if (!isHanCode(c2) || (isHanCode(c3) && givenShare(lex, c2) < minGiven && !isBirthOrder(c2))) return null;
  // 吕沛与…: no name is read when a word that follows names starts at once, unless that character is
  // often enough a given name (王为民).
  const word = lex.endWords.startingAt(text, g);
  if (word.length > 1 || (word !== "" && lex.chars.given(c2) < 0.003)) return null;
  if (!isHanCode(c3)) return { start, end: g + 1, kind: "han" };
  const b1 = isNameBoundary(lex, text, g + 1);
  const b2 = isNameBoundary(lex, text, g + 2);
  let long: boolean;
  // 吕沛与中国…: only the short reading ends at a boundary.
  if (b1 && !b2) long = false;
  // 余自涛座谈, 吴启航出席: only the long one does, and 吴启 followed by 航出席 reads as nothing.
  else if (b2 && !b1) long = true;
  // 张伟和李明: the third character joins the name to another one that starts after it.
  else if (lex.endWords.startingAt(text, g + 1).length === 1 && lex.surnames.lengthAt(text, g + 2) > 0) long = false;
  // 市长李明和今天: a conjunction after a reading that is a name by itself, with no title vouching
  // for it (scored as if it started the text), joins it to what follows; 王大同今天 keeps its 同.
  else if (endsInConjunction(text, g + 2) && scoreName(lex, lex.nameWeights, text.slice(start), { start: 0, end: g + 1 - start, surnameLength: sl }) > CONJUNCTION_SHORT_MIN_SCORE) long = false;
  // 王刚说, 王大同今天: both do; the name model, which reads both sides, decides, when the longer
  // reading is one it was trained on (张三也出席: 也 is no given name, and no candidate).
  else long = lex.chars.given(c3) >= MIN_GIVEN_SHARE && scoreName(lex, lex.nameWeights, text, { start, end: g + 2, surnameLength: sl }) > scoreName(lex, lex.nameWeights, text, { start, end: g + 1, surnameLength: sl });
  return { start, end: long ? g + 2 : g + 1, kind: "han" };
}

const MIDDLE_DOT = 0xb7; // ·
const BULLET = 0x2022; // •

/** A transliterated name (泽连斯基, 阿卜杜勒·阿齐兹): a run of characters seen in foreign names. */
export function readForeignName(lex: WhoLexicon, text: string, start: number): ReadName | null {
  const chars = lex.chars;
  let end = start;
  let strong = 0;
  while (end < text.length && end - start < 12) {
    const code = text.charCodeAt(end);
    if (code === MIDDLE_DOT || code === BULLET) {
      if (end === start || !isHanAt(text, end + 1)) break;
      end++;
      continue;
    }
    if (!isHanCode(code)) break;
    if (end > start && lex.endWords.startingAt(text, end) !== "") break;
    const foreign = chars.foreign(code);
    if (chars.total(code) > 0 && foreign < 0.01) break;
    if (foreign > chars.given(code) + chars.surname(code)) strong++;
    end++;
  }
  while (end > start && !isHanAt(text, end - 1)) end--;
  // 勒夫, 布朗: two characters are enough when both are mostly foreign and a boundary follows.
  if (end - start === 2 && strong === 2 && isNameBoundary(lex, text, end)) return { start, end, kind: "foreign" };
  if (end - start < 3 || strong < 2) return null;
  // 盖特纳赞成: the run may swallow the first character of the next word; end at a boundary when one is near.
  for (let e = end; e >= Math.max(start + 3, end - 2); e--) if (isNameBoundary(lex, text, e)) return { start, end: e, kind: "foreign" };
  return { start, end, kind: "foreign" };
}

/** A transliterated name that ends at `end` (克林顿总统), read back from there; null if none. */
export function readForeignNameBefore(lex: WhoLexicon, text: string, end: number): ReadName | null {
  let start = end;
  while (start > 0 && end - start < 12) {
    const code = text.charCodeAt(start - 1);
    if (code !== MIDDLE_DOT && (!isHanCode(code) || lex.chars.foreign(code) < 0.01)) break;
    start--;
  }
  for (; start <= end - 3; start++) {
    const name = readForeignName(lex, text, start);
    if (name && name.end === end) return name;
  }
  return null;
}

/** Whether the code is an ASCII letter: every Latin name starts with one. */
function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A name written in Latin letters (BenBell, Tim Cook, vivien). */
function readLatinName(text: string, start: number): ReadName | null {
  if (!isAsciiLetter(text.charCodeAt(start))) return null;
  const m = /^[A-Za-z][a-z]+(?:[ ·.-]?[A-Z][a-z]+){0,3}/u.exec(text.slice(start, start + 40));
  return m ? { start, end: start + m[0].length, kind: "latin" } : null;
}

/** 约翰·丁加特, 迈克.内维尔: Han parts joined by an interpunct are a transliterated name whatever their characters. */
const DOTTED = /^[\u3400-\u9fff]{1,6}(?:[·•.．\-][\u3400-\u9fff]{1,6})*[·•.．\-]/u;

/** Whether the code is one of DOTTED's joiners: · • . ． - */
function isJoiner(code: number): boolean {
  return code === MIDDLE_DOT || code === BULLET || code === 0x2e || code === 0xff0e || code === 0x2d;
}

/**
 * Whether DOTTED can match at `start`: its first part is the whole Han run there (a shorter one
 * would be followed by Han, not a joiner), at most 6 long, and a joiner follows it.
 */
function mayBeDotted(text: string, start: number): boolean {
  let end = start;
  while (end - start <= 6 && isHanAt(text, end)) end++;
  return end > start && end - start <= 6 && isJoiner(text.charCodeAt(end));
}

/** Whether the character may be part of a transliterated name: seen in one, or too rare to know. */
function foreignish(lex: WhoLexicon, code: number): boolean {
  return lex.chars.total(code) === 0 || lex.chars.foreign(code) >= 0.005;
}

function readDottedName(lex: WhoLexicon, text: string, start: number): ReadName | null {
  // 导演的老公吉姆·泰勒: the name starts with a character seen in foreign names, not with 的.
  if (!foreignish(lex, text.charCodeAt(start)) || lex.endWords.startingAt(text, start) !== "") return null;
  if (!mayBeDotted(text, start)) return null;
  const m = DOTTED.exec(text.slice(start, start + 40));
  if (!m) return null;
  // The last part ends at a boundary or at the first character never seen in a foreign name
  // (库兹涅佐夫上校, 尼古拉·马卡罗夫当天).
  const last = start + m[0].length;
  let run = last;
  while (run < text.length && run - last < 8 && isHanAt(text, run)) run++;
  let end = -1;
  for (let e = last + 1; e <= run && end < 0; e++) if (isNameBoundary(lex, text, e)) end = e;
  if (end < 0) {
    end = Math.min(run, last + 2);
    while (end < run && foreignish(lex, text.charCodeAt(end))) end++;
  }
  return end - last >= 1 ? { start, end, kind: "foreign" } : null;
}

/** {@link readNameAt} with the lexicon compiled by the caller. */
export function readNameWith(lex: WhoLexicon, text: string, start: number): ReadName | null {
  const foreign = readDottedName(lex, text, start) ?? readForeignName(lex, text, start);
  const han = readHanName(lex, text, start);
  let name: ReadName | null = han;
  if (foreign && (!han || foreign.end > han.end)) name = foreign;
  if (!name) name = readLatinName(text, start);
  if (!name) return null;
  if (name.kind === "han") {
    const chars = lex.chars;
    // 导演单元: a listed look-alike word is no name after a title either, nor one read on by a
    // character (研究员金刚石), as in running text.
    if (lex.notNames.has(text.slice(name.start, name.end)) || (name.end - name.start === 3 && lex.notNames.has(text.slice(name.start, name.start + 2)))) return null;
    // 总统和夫人: 和 is a surname on paper, but a frequent word that almost never starts a name.
    const first = text.charCodeAt(name.start);
    if (lex.surnames.lengthAt(text, name.start) === 1 && chars.total(first) >= 300 && chars.surname(first) < 0.001) return null;
    // 分析师普遍认为, 导演单元: after a title the reading must still look like a name, unless its
    // given name is a birth-order numeral (李四): a class of names the counts cannot know.
    const birthOrder = name.end - name.start === 2 && isBirthOrder(text.charCodeAt(name.end - 1));
    if (!birthOrder && meanLogShare(lex, text, name.start, name.end) < ANCHORED_MIN_SCORE) return null;
    // 主席江泽民圆满…: no boundary after the name, so its given characters must read as a name.
    if (!isNameBoundary(lex, text, name.end) && !looksGiven(lex, text, name.start + lex.surnames.lengthAt(text, name.start), name.end)) return null;
  }
  return name;
}

/**
 * The name that starts at `start`, where the context says a name is expected; null if none reads.
 * A name must end at a boundary (see {@link isNameBoundary}) unless `loose` is set.
 *
 * @example
 * ```ts
 * readNameAt("余自涛座谈", 0); // => { start: 0, end: 3, kind: "han" }
 * readNameAt("吕沛与中国", 0); // => { start: 0, end: 2, kind: "han" }
 * ```
 */
export function readNameAt(text: string, start: number, dictionaries: ResolvedDictionaries = resolveDictionaries()): ReadName | null {
  return readNameWith(whoLexicon(dictionaries), text, start);
}
