/**
 * Reads a person name where one is expected: after a title (局长刘静), a credit marker
 * (记者付凯明) or a list separator (刘春明、冯利民). The hard part is where the name ends
 * (吕沛与…, 余自涛座谈, 高鸿出席): decided by what follows each reading and by character statistics.
 */
import { endWords, titles } from "../lexicon.js";
import { charShares, isHan, surnameLength } from "./char-stats.js";

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
export function isNameBoundary(text: string, at: number): boolean {
  const ch = text[at];
  if (!isHan(ch)) return true;
  // 胡金华上海报道: a place of two or three characters, then 报道, closes a byline.
  if (text.startsWith("报道", at + 2) || text.startsWith("报道", at + 3)) return true;
  if (endWords().startingAt(text, at) !== "" || titles().startingAt(text, at) !== "") return true;
  const s = charShares(ch);
  return s.total >= 20 && s.follow > 0.08 && s.follow > s.given;
}

/** How plausible `ch` is as a given-name character (0 for characters that are almost never one). */
function givenShare(ch: string): number {
  const s = charShares(ch);
  return Math.max(s.given, s.surname);
}

/** A name read after a title or a marker must score at least this (mean log share per character). */
const ANCHORED_MIN_SCORE = -5.5;

/** The mean log share of a reading: the surname share of its surname, the given share of the rest. */
function meanLogShare(text: string, start: number, end: number): number {
  const sl = surnameLength(text, start);
  let sum = sl === 2 ? Math.log(0.5) : Math.log(charShares(text[start]!).surname);
  for (let i = start + sl; i < end; i++) sum += Math.log(charShares(text[i]!).given);
  return sum / (end - start);
}

/** Whether every character of `text[start, end)` is often a given-name character. */
function looksGiven(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (charShares(text[i]!).given < 0.015) return false;
  return end - start >= 1;
}

/** A Chinese name at `start`: surname, then one or two given characters. */
export function readHanName(text: string, start: number, minGiven = 0.0005): ReadName | null {
  const sl = surnameLength(text, start);
  if (sl === 0) return null;
  const g = start + sl;
  const c2 = text[g];
  const c3 = text[g + 1];
  // 画家范曾。: a name closed by punctuation needs no statistics for its given character.
  if (!isHan(c2) || (isHan(c3) && givenShare(c2) < minGiven)) return null;
  // 吕沛与…: no name is read when a word that follows names starts at once, unless that character is
  // often enough a given name (王为民).
  const s2 = charShares(c2);
  const word = endWords().startingAt(text, g);
  if (word.length > 1 || (word !== "" && s2.given < 0.003)) return null;
  const one: ReadName = { start, end: g + 1, kind: "han" };
  const two: ReadName = { start, end: g + 2, kind: "han" };
  if (!isHan(c3)) return one;
  const b1 = isNameBoundary(text, g + 1);
  const b2 = isNameBoundary(text, g + 2);
  // 吕沛与中国…: only the short reading ends at a boundary.
  if (b1 && !b2) return one;
  // 余自涛座谈: only the long one does.
  if (b2 && !b1) return givenShare(c3) >= minGiven ? two : one;
  const s3 = charShares(c3);
  // 王刚说: both do; the third character decides, a name character or a word after a name.
  return s3.given * 2 >= s3.follow ? two : one;
}

/** A transliterated name (泽连斯基, 阿卜杜勒·阿齐兹): a run of characters seen in foreign names. */
export function readForeignName(text: string, start: number): ReadName | null {
  let end = start;
  let strong = 0;
  while (end < text.length && end - start < 12) {
    const ch = text[end]!;
    if (ch === "·" || ch === "•") {
      if (end === start || !isHan(text[end + 1])) break;
      end++;
      continue;
    }
    if (!isHan(ch)) break;
    if (end > start && endWords().startingAt(text, end) !== "") break;
    const s = charShares(ch);
    if (s.total > 0 && s.foreign < 0.01) break;
    if (s.foreign > s.given + s.surname) strong++;
    end++;
  }
  while (end > start && !/[\u3400-\u9fff]/u.test(text[end - 1]!)) end--;
  // 勒夫, 布朗: two characters are enough when both are mostly foreign and a boundary follows.
  if (end - start === 2 && strong === 2 && isNameBoundary(text, end)) return { start, end, kind: "foreign" };
  if (end - start < 3 || strong < 2) return null;
  // 盖特纳赞成: the run may swallow the first character of the next word; end at a boundary when one is near.
  for (let e = end; e >= Math.max(start + 3, end - 2); e--) if (isNameBoundary(text, e)) return { start, end: e, kind: "foreign" };
  return { start, end, kind: "foreign" };
}

/** A transliterated name that ends at `end` (克林顿总统), read back from there; null if none. */
export function readForeignNameBefore(text: string, end: number): ReadName | null {
  let start = end;
  while (start > 0 && end - start < 12) {
    const ch = text[start - 1]!;
    if (ch !== "·" && (!isHan(ch) || charShares(ch).foreign < 0.01)) break;
    start--;
  }
  for (; start <= end - 3; start++) {
    const name = readForeignName(text, start);
    if (name && name.end === end) return name;
  }
  return null;
}

/** A name written in Latin letters (BenBell, Tim Cook, vivien). */
function readLatinName(text: string, start: number): ReadName | null {
  const m = /^[A-Za-z][a-z]+(?:[ ·.-]?[A-Z][a-z]+){0,3}/u.exec(text.slice(start, start + 40));
  return m ? { start, end: start + m[0].length, kind: "latin" } : null;
}

/** 约翰·丁加特, 迈克.内维尔: Han parts joined by an interpunct are a transliterated name whatever their characters. */
const DOTTED = /^[\u3400-\u9fff]{1,6}(?:[·•.．\-][\u3400-\u9fff]{1,6})*[·•.．\-]/u;

/** Whether `ch` may be part of a transliterated name: seen in one, or too rare to know. */
function foreignish(ch: string): boolean {
  const s = charShares(ch);
  return s.total === 0 || s.foreign >= 0.005;
}

function readDottedName(text: string, start: number): ReadName | null {
  // 导演的老公吉姆·泰勒: the name starts with a character seen in foreign names, not with 的.
  if (!foreignish(text[start]!) || endWords().startingAt(text, start) !== "") return null;
  const m = DOTTED.exec(text.slice(start, start + 40));
  if (!m) return null;
  // The last part ends at a boundary or at the first character never seen in a foreign name
  // (库兹涅佐夫上校, 尼古拉·马卡罗夫当天).
  const last = start + m[0].length;
  let run = last;
  while (run < text.length && run - last < 8 && isHan(text[run])) run++;
  let end = -1;
  for (let e = last + 1; e <= run && end < 0; e++) if (isNameBoundary(text, e)) end = e;
  if (end < 0) {
    end = Math.min(run, last + 2);
    while (end < run && foreignish(text[end]!)) end++;
  }
  return end - last >= 1 ? { start, end, kind: "foreign" } : null;
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
export function readNameAt(text: string, start: number): ReadName | null {
  const foreign = readDottedName(text, start) ?? readForeignName(text, start);
  const han = readHanName(text, start);
  let name: ReadName | null = han;
  if (foreign && (!han || foreign.end > han.end)) name = foreign;
  if (!name) name = readLatinName(text, start);
  if (!name) return null;
  if (name.kind === "han") {
    // 总统和夫人: 和 is a surname on paper, but a frequent word that almost never starts a name.
    const first = charShares(text[name.start]!);
    if (surnameLength(text, name.start) === 1 && first.total >= 300 && first.surname < 0.001) return null;
    // 分析师普遍认为, 导演单元: after a title the reading must still look like a name.
    if (meanLogShare(text, name.start, name.end) < ANCHORED_MIN_SCORE) return null;
    // 主席江泽民圆满…: no boundary after the name, so its given characters must read as a name.
    if (!isNameBoundary(text, name.end) && !looksGiven(text, name.start + surnameLength(text, name.start), name.end)) return null;
  }
  return name;
}
