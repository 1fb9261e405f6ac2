import type { MappedText } from "../text/mapped-text.js";
import { isAsciiAlnum, isDigit, isHan, isLayoutChar, isTightPunctuation } from "./char-classes.js";

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

/** The layout-free form of `input[start, end)`, one physical line, mapped to the original. */
export function repairLine(input: string, start: number, end: number): RepairedLineText {
  const tokens = tokenize(input, start, end);
  const { remove: removeGap, letterSpaced } = gapsToRemove(input, tokens);
  const offsets: number[] = [];
  const parts: string[] = [];
  tokens.forEach((token, t) => {
    if (t > 0 && !removeGap[t - 1]) {
      // Keep one layout character of the gap, the first one, as the phrase separator.
      const gapStart = tokens[t - 1]!.end;
      parts.push(input[gapStart]!);
      offsets.push(gapStart);
    }
    parts.push(input.slice(token.start, token.end));
    for (let i = token.start; i < token.end; i++) offsets.push(i);
  });
  const mapped = new Uint32Array(offsets.length + 1);
  mapped.set(offsets);
  const last = tokens[tokens.length - 1];
  mapped[offsets.length] = last ? last.end : start;
  return { text: { text: parts.join(""), offsets: mapped }, letterSpaced };
}

/** Runs of non-layout characters; zero-width characters are dropped with the whitespace. */
function tokenize(input: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isLayoutChar(input[i]!)) i++;
    if (i >= end) break;
    const tokenStart = i;
    let core = 0;
    while (i < end && !isLayoutChar(input[i]!)) {
      const cp = input.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (WORD_CHAR.test(ch)) core++;
      i += ch.length;
    }
    tokens.push({ start: tokenStart, end: i, core });
  }
  return tokens;
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
