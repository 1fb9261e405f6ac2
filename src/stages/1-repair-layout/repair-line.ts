import type { Span } from "../../contracts/graph.js";
import { isAsciiAlnum, isDigit, isHan, isLayoutCode, isTightPunctuation } from "./char-classes.js";
import type { LineStoreBuilder } from "./line-store.js";
import { isZeroWidthCode } from "../../text/char-sets.js";

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The tokens of the line being repaired (runs of non-layout characters), in arrays that one page's
 * repair reuses from line to line: objects per token were most of repair's garbage.
 */
export interface LineTokens {
  start: Int32Array;
  end: Int32Array;
  /** `removeGap[g]`: the gap between token g and g+1 is deleted. */
  removeGap: Uint8Array;
}

/** Empty token arrays, for one page's lines. */
export function lineTokens(): LineTokens {
  return { start: new Int32Array(256), end: new Int32Array(256), removeGap: new Uint8Array(256) };
}

/**
 * Repairs the physical line `input[start, end)` into `out`: its text without layout whitespace,
 * mapped to the original. Returns the line's span when letter-spacing (今 年 ， 示 范 区) was
 * removed, else null. `tk` is the page's token arrays (see {@link lineTokens}).
 */
export function repairLine(input: string, start: number, end: number, breakOffset: number | null, out: LineStoreBuilder, tk: LineTokens): Span | null {
  const n = tokenize(input, start, end, tk);
  const { start: tokenStart, end: tokenEnd, removeGap } = tk;
  if (n === 0) {
    out.line("", start, breakOffset);
    return null;
  }
  if (n === 1) {
    // Most lines: one token, the text is a slice of the input.
    out.run(0, tokenStart[0]!);
    out.line(input.slice(tokenStart[0]!, tokenEnd[0]!), tokenEnd[0]!, breakOffset);
    return null;
  }
  const letterSpaced = gapsToRemove(input, n, tk);
  // Runs of the input that stay contiguous: a token, with the first character of the gap after
  // it when the gap is kept as a phrase separator, and the next token if that gap was one character.
  const parts: string[] = [];
  let runStart = tokenStart[0]!;
  let runEnd = tokenEnd[0]!;
  let at = 0;
  for (let t = 1; t < n; t++) {
    if (!removeGap[t - 1]) runEnd++;
    if (tokenStart[t] === runEnd) {
      runEnd = tokenEnd[t]!;
      continue;
    }
    out.run(at, runStart);
    parts.push(input.slice(runStart, runEnd));
    at += runEnd - runStart;
    runStart = tokenStart[t]!;
    runEnd = tokenEnd[t]!;
  }
  out.run(at, runStart);
  parts.push(input.slice(runStart, runEnd));
  out.line(parts.length === 1 ? parts[0]! : parts.join(""), tokenEnd[n - 1]!, breakOffset);
  return letterSpaced ? { start: tokenStart[0]!, end: tokenEnd[n - 1]! } : null;
}

/** Finds the runs of non-layout characters (zero-width characters go with the whitespace); returns how many. */
function tokenize(input: string, start: number, end: number, tk: LineTokens): number {
  let n = 0;
  let i = start;
  while (i < end) {
    while (i < end && isLayoutCode(input.charCodeAt(i))) i++;
    if (i >= end) break;
    if (n === tk.start.length) growTokens(tk);
    tk.start[n] = i;
    while (i < end && !isLayoutCode(input.charCodeAt(i))) i++;
    tk.end[n++] = i;
  }
  return n;
}

function growTokens(tk: LineTokens): void {
  const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
    const b = make(a.length * 2);
    b.set(a);
    return b;
  };
  tk.start = grow(tk.start, (n) => new Int32Array(n));
  tk.end = grow(tk.end, (n) => new Int32Array(n));
  tk.removeGap = grow(tk.removeGap, (n) => new Uint8Array(n));
}

/** Characters of token t that are neither punctuation nor symbols. */
function coreOf(input: string, t: number, tk: LineTokens): number {
  let core = 0;
  for (let i = tk.start[t]!; i < tk.end[t]!; ) {
    const cp = input.codePointAt(i)!;
    if (isWordCodePoint(cp)) core++;
    i += cp > 0xffff ? 2 : 1;
  }
  return core;
}

/** WORD_CHAR per BMP code unit, looked up once: 0 not yet, 1 no, 2 yes. */
const wordCodeUnit = new Uint8Array(0x10000);

/** WORD_CHAR for one code point, without a string and a regular expression for the common cases. */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  // CJK Unified Ideographs assigned since Unicode 1.1: all letters (Lo).
  if (cp >= 0x4e00 && cp <= 0x9fa5) return true;
  // The punctuation blocks of newspaper text, so that a page of Han and punctuation never
  // compiles the Unicode-property expression (a millisecond, cold).
  if (cp >= 0x2000 && cp <= 0x206f) return false; // General Punctuation: “ ” … — ‘ ’
  if (cp >= 0x3000 && cp <= 0x303f) return isCjkSymbolWord(cp); // ，。、「」
  if (cp >= 0xff00 && cp <= 0xff65) return (cp >= 0xff10 && cp <= 0xff19) || (cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a);
  if (cp > 0xffff) return WORD_CHAR.test(String.fromCodePoint(cp));
  if (wordCodeUnit[cp] === 0) wordCodeUnit[cp] = WORD_CHAR.test(String.fromCharCode(cp)) ? 2 : 1;
  return wordCodeUnit[cp] === 2;
}

/** WORD_CHAR in CJK Symbols and Punctuation: 々〆〇, the Hangzhou numerals 〡…〩, and 〱…〵, 〸…〼. */
function isCjkSymbolWord(cp: number): boolean {
  return (cp >= 0x3005 && cp <= 0x3007) || (cp >= 0x3021 && cp <= 0x3029) || (cp >= 0x3031 && cp <= 0x3035) || (cp >= 0x3038 && cp <= 0x303c);
}

/** Sets `removeGap[g]` for each gap between token g and g+1 that is layout, not a phrase separator; returns whether letter-spacing was removed. */
function gapsToRemove(input: string, n: number, tk: LineTokens): boolean {
  const { start: tokenStart, end: tokenEnd, removeGap } = tk;
  const gaps = n - 1;
  removeGap.fill(0, 0, gaps);
  let letterSpaced = false;
  const single: boolean[] = [];
  let singles = 0;
  for (let t = 0; t < n; t++) {
    single.push(coreOf(input, t, tk) <= 1);
    if (single[t]) singles++;
  }
  // 今 年 ， 示 范 区 党 工 委: a whole line set letter by letter.
  const letterSpacedLine = n >= 4 && singles / n >= 0.7;
  // A run of three or more single-character tokens is letter-spacing inside an ordinary line.
  const inSpacedRun = new Array<boolean>(n).fill(false);
  for (let t = 0; t < n; ) {
    if (!single[t]) {
      t++;
      continue;
    }
    let u = t;
    while (u + 1 < n && single[u + 1]) u++;
    if (u - t + 1 >= 3) for (let k = t; k <= u; k++) inSpacedRun[k] = true;
    t = u + 1;
  }
  for (let g = 0; g < gaps; g++) {
    // 本报\u200b讯: a gap of zero-width characters only never separated anything.
    if (onlyZeroWidth(input, tokenEnd[g]!, tokenStart[g + 1]!)) {
      removeGap[g] = 1;
      continue;
    }
    const a = lastChar(input, tokenStart[g]!, tokenEnd[g]!);
    const b = String.fromCodePoint(input.codePointAt(tokenStart[g + 1]!)!);
    if (isAsciiAlnum(a) && isAsciiAlnum(b)) continue; // "Hello world", "2021 04"
    if (isTightPunctuation(a) || isTightPunctuation(b)) removeGap[g] = 1;
    else if ((isDigit(a) && isHan(b)) || (isHan(a) && isDigit(b))) removeGap[g] = 1; // 4 月 12日
    else if (letterSpacedLine || (inSpacedRun[g] && inSpacedRun[g + 1])) {
      removeGap[g] = 1;
      letterSpaced = true;
    }
  }
  return letterSpaced;
}

function onlyZeroWidth(input: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = input.charCodeAt(i);
    if (!isZeroWidthCode(c)) return false;
  }
  return end > start;
}

function lastChar(input: string, start: number, end: number): string {
  const code = input.charCodeAt(end - 1);
  if (code >= 0xdc00 && code <= 0xdfff && end - 2 >= start) return input.slice(end - 2, end);
  return input[end - 1]!;
}
