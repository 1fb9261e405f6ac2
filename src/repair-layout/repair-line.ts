import type { MappedText } from "../text/mapped-text.js";
import { isAsciiAlnum, isDigit, isHan, isLayoutCode, isTightPunctuation } from "./char-classes.js";

interface Token {
  readonly start: number;
  readonly end: number;
  /** Characters that are neither punctuation nor symbols. */
  readonly core: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** One physical line without its layout whitespace. */
export interface RepairedLineText {
  readonly text: MappedText;
  /** True when letter-spacing was removed (今 年 ， 示 范 区). */
  readonly letterSpaced: boolean;
}

/**
 * Hands out consecutive views of one buffer, so that the lines of a page share one ArrayBuffer:
 * a Uint32Array of its own per line cost more heap than the line's text (1 M chars of pages
 * have 50,000 lines).
 */
export interface OffsetPool {
  take(length: number): Uint32Array;
}

/** An {@link OffsetPool} of `capacity` offsets; past it, each request gets an array of its own. */
export function offsetPool(capacity: number): OffsetPool {
  const buffer = new Uint32Array(capacity);
  let used = 0;
  return {
    take(length) {
      if (used + length > buffer.length) return new Uint32Array(length);
      used += length;
      return buffer.subarray(used - length, used);
    },
  };
}

/** The layout-free form of `input[start, end)`, one physical line, mapped to the original. */
export function repairLine(input: string, start: number, end: number, pool?: OffsetPool): RepairedLineText {
  const tokens = tokenize(input, start, end);
  const { remove: removeGap, letterSpaced } = gapsToRemove(input, tokens);
  let length = 0;
  for (let t = 0; t < tokens.length; t++) length += tokens[t]!.end - tokens[t]!.start + (t > 0 && !removeGap[t - 1] ? 1 : 0);
  const mapped = pool ? pool.take(length + 1) : new Uint32Array(length + 1);
  const parts: string[] = [];
  let k = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (t > 0 && !removeGap[t - 1]) {
      // Keep one layout character of the gap, the first one, as the phrase separator.
      const gapStart = tokens[t - 1]!.end;
      parts.push(input[gapStart]!);
      mapped[k++] = gapStart;
    }
    parts.push(input.slice(token.start, token.end));
    for (let i = token.start; i < token.end; i++) mapped[k++] = i;
  }
  const last = tokens[tokens.length - 1];
  mapped[length] = last ? last.end : start;
  return { text: { text: parts.join(""), offsets: mapped }, letterSpaced };
}

/** Runs of non-layout characters; zero-width characters are dropped with the whitespace. */
function tokenize(input: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isLayoutCode(input.charCodeAt(i))) i++;
    if (i >= end) break;
    const tokenStart = i;
    let core = 0;
    while (i < end && !isLayoutCode(input.charCodeAt(i))) {
      const cp = input.codePointAt(i)!;
      if (isWordCodePoint(cp)) core++;
      i += cp > 0xffff ? 2 : 1;
    }
    tokens.push({ start: tokenStart, end: i, core });
  }
  return tokens;
}

/** WORD_CHAR for one code point, without a string and a regular expression for the common cases. */
function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  // CJK Unified Ideographs assigned since Unicode 1.1: all letters (Lo).
  if (cp >= 0x4e00 && cp <= 0x9fa5) return true;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** For each gap between token t and t+1: true when the gap is layout, not a phrase separator. */
function gapsToRemove(input: string, tokens: readonly Token[]): { remove: boolean[]; letterSpaced: boolean } {
  const gaps = tokens.length - 1;
  const remove = new Array<boolean>(Math.max(gaps, 0)).fill(false);
  let letterSpaced = false;
  if (gaps <= 0) return { remove, letterSpaced };
  const single = tokens.map((t) => t.core <= 1);
  const singles = single.filter(Boolean).length;
  // 今 年 ， 示 范 区 党 工 委: a whole line set letter by letter.
  const letterSpacedLine = tokens.length >= 4 && singles / tokens.length >= 0.7;
  // A run of three or more single-character tokens is letter-spacing inside an ordinary line.
  const inSpacedRun = new Array<boolean>(tokens.length).fill(false);
  for (let t = 0; t < tokens.length; ) {
    if (!single[t]) {
      t++;
      continue;
    }
    let u = t;
    while (u + 1 < tokens.length && single[u + 1]) u++;
    if (u - t + 1 >= 3) for (let k = t; k <= u; k++) inSpacedRun[k] = true;
    t = u + 1;
  }
  for (let g = 0; g < gaps; g++) {
    const left = tokens[g]!;
    const right = tokens[g + 1]!;
    const a = lastChar(input, left);
    const b = firstChar(input, right);
    // 本报\u200b讯: a gap of zero-width characters only never separated anything.
    if (/^[\u200b-\u200d\u2060\ufeff]+$/u.test(input.slice(left.end, right.start))) {
      remove[g] = true;
      continue;
    }
    if (isAsciiAlnum(a) && isAsciiAlnum(b)) continue; // "Hello world", "2021 04"
    if (isTightPunctuation(a) || isTightPunctuation(b)) remove[g] = true;
    else if ((isDigit(a) && isHan(b)) || (isHan(a) && isDigit(b))) remove[g] = true; // 4 月 12日
    else if (letterSpacedLine || (inSpacedRun[g] && inSpacedRun[g + 1])) remove[g] = letterSpaced = true;
  }
  return { remove, letterSpaced };
}

function lastChar(input: string, token: Token): string {
  const code = input.charCodeAt(token.end - 1);
  if (code >= 0xdc00 && code <= 0xdfff && token.end - 2 >= token.start) return input.slice(token.end - 2, token.end);
  return input[token.end - 1]!;
}

function firstChar(input: string, token: Token): string {
  return String.fromCodePoint(input.codePointAt(token.start)!);
}
