import type { Fields } from "../types.js";
import { DIGIT, HAN_1_9 } from "../char-classes.js";

/** What a parser makes of one match: fields, and whether the match only counts next to another. */
export interface ParserResult {
  readonly fields: Fields;
  readonly dependent?: boolean;
  /** A bare number that is a date only as the start of a range (1 in 1-9月). */
  readonly rangeOnly?: boolean;
}

/**
 * Where a parser's matches can be, so that the scan tries the pattern only there: every match the
 * parser accepts has one of `chars` at `from`…`to` characters after its start (-1: the character
 * just before it, which a lookbehind reads), and starts with one of `starts` when given. Rare
 * characters (年, 日, 点) keep the scan cheap; `starts` saves most tries where `to` is far.
 * test/stages/6-dates/anchors.test.ts holds the scan to the plain one.
 */
export interface Anchor {
  readonly chars: string;
  readonly from: number;
  readonly to: number;
  readonly starts?: string;
  /**
   * A second character every accepted match holds: one of `chars` at `from`…`to` characters after
   * its start. Checked in code before the pattern is tried, so that a pattern anchored on a common
   * character (上, 第, 年) is compiled and run only where it can match: on a fresh process's first
   * page each pattern's first exec compiles it, which costs more than the scan of the page.
   */
  readonly then?: AnchorThen;
  /** Characters that no accepted match starts right after (a lookbehind at the pattern's start). */
  readonly notAfter?: string;
  /**
   * Characters that every accepted match holds from its start up to the anchor: the scan then tries
   * only the starts in the run of them right before the anchor, not all `to` − `from` of them (a
   * length's count and unit before its 年: most anchors of a page have one or two before them).
   */
  readonly back?: string;
}

/** See `Anchor.then`. */
export interface AnchorThen {
  readonly chars: string;
  readonly from: number;
  readonly to: number;
}

/**
 * One expression family, as in chrono: a pattern with bounded quantifiers only (linear scanning,
 * no catastrophic backtracking) and a pure function from a match to fields. The pattern is sticky
 * (flag y): the scan tries it at one position at a time, near the parser's anchor.
 */
export interface Parser {
  readonly name: string;
  readonly pattern: RegExp;
  readonly anchor: Anchor;
  /**
   * What `pattern` matches sticky at `start`, found without it: a word lookup, where compiling the
   * expression would cost more than a page costs to scan. The scan then never reads `pattern`.
   */
  readonly matchAt?: (text: string, start: number) => RegExpExecArray | null;
  extract(match: RegExpExecArray, text: string): ParserResult | null;
}

/** Arabic digit, ASCII or full-width. */
export const D = `[${DIGIT}]`;
/** Chinese numeral characters used in dates. */
export const H = "[〇零○一二两三四五六七八九十廿卅]";
/** Chinese digits without units, as in digit-by-digit years. */
export const HD = `[〇零○Ｏ${HAN_1_9}]`;
/** The characters that can start a number of each kind: D, H, HD, COUNT. */
export const D_CHARS = "0123456789０１２３４５６７８９";
export const H_CHARS = "〇零○一二两三四五六七八九十廿卅";
export const HD_CHARS = `〇零○Ｏ${HAN_1_9}`;
export const COUNT_CHARS = `${D_CHARS}一二两三四五六七八九十百几数半俩仨`;
/** 十几, 二十几, 几十, 几百: tens or hundreds and "a few". */
export const VAGUE_TENS = "[一二三四五六七八九]?十几|几[十百]";
/** A small count: 3, 三, 十二, 两三 (two or three), 十几, 几十, 几, 数, 半, 仨 … */
export const COUNT = `(?:${D}{1,3}|${VAGUE_TENS}|[一二两三四五六七八九十百]{1,3}|[几数半俩仨])`;

/** The first characters of some words: the anchor of a parser that matches one of them. */
export function firstChars(words: Iterable<string>): string {
  return [...new Set([...words].map((w) => w[0] ?? ""))].join("");
}

/** The second characters of some words of two or more: the `then` of a parser that matches one of them. */
export function secondChars(words: Iterable<string>): string {
  return [
    ...new Set(
      [...words].map((w) => {
        if (w.length < 2) throw new Error(`no second character: ${w}`);
        return w[1]!;
      }),
    ),
  ].join("");
}
