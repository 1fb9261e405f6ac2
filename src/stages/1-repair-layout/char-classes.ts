/** Character classes that layout repair and the later stages share. */
import { isRegExpSpace, isZeroWidthCode } from "../../text/char-sets.js";
import { LAYOUT_CHARACTER } from "../../text/mapped-text.js";

/**
 * Whether `ch` holds a Han ideograph of the BMP: extension A, the unified block, the compatibility
 * ideographs, 〇. By code unit, not a regular expression: compiling one cost more, cold, than a page
 * of calls. (The expression this replaced also listed surrogate pairs, which in unicode mode it
 * never matched: astral ideographs are not Han here, as before.)
 */
export function isHan(ch: string): boolean {
  for (let i = 0; i < ch.length; i++) {
    const c = ch.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007) return true;
  }
  return false;
}

export function isDigit(ch: string): boolean {
  return (ch >= "0" && ch <= "9") || (ch >= "０" && ch <= "９");
}

/** Whether `ch` is one ASCII letter or digit. */
export function isAsciiAlnum(ch: string): boolean {
  return ch.length === 1 && isAsciiAlnumCode(ch.charCodeAt(0));
}

/** isAsciiAlnum of one code unit (NaN, from charCodeAt past the end, is none). */
export function isAsciiAlnumCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * Punctuation next to which a space is never meaningful: brackets and sentence punctuation
 * (示范区 （高新区） 党工委). Quotation marks are not in this set: a space before “ can separate two
 * headline phrases (“舞”出河南 “圈粉”厦门).
 */
const TIGHT_PUNCTUATION = new Set([..."（）()《》〈〉【】〔〕[]{}，。、：；！？,.;:!?…—·"]);

export function isTightPunctuation(ch: string): boolean {
  return TIGHT_PUNCTUATION.has(ch);
}

/** Punctuation that ends a sentence; a line ending in one may end a paragraph. */
const TERMINAL = codeUnitSet("。！？!?…");
const CLOSERS = codeUnitSet("”’」』）)】》\"'");

/** The code units of `chars` (all in the BMP) as a table: `text[i]` made a string per CJK character. */
function codeUnitSet(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Whether `text` ends a sentence: 。！？… optionally followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS[text.charCodeAt(i)] === 1) i--;
  return i >= 0 && TERMINAL[text.charCodeAt(i)] === 1;
}

/**
 * Whether a block of text is finished: it ends a sentence, or ends with a bracketed note after
 * a finished sentence, as credits are printed (…讲恐龙的故事。（新华社记者周确摄）).
 */
export function endsBlock(text: string): boolean {
  if (endsSentence(text)) return true;
  // The note's closing bracket ends the text: checked before the expression is run (or compiled).
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0xff09 && last !== 0x29) return false;
  const note = /[（(][^（）()]{1,40}[）)]$/u.exec(text);
  if (!note) return false;
  const before = text.slice(0, note.index).trimEnd();
  return before === "" || endsSentence(before);
}

/** Printed width: one for a Han or full-width character, a half for ASCII. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x2e80 ? 0.5 : 1;
}

/** The printed width of `text`: {@link charWidth} summed over its code points. */
export function textWidth(text: string): number {
  // By code unit, not `for…of`: a surrogate pair (𠀀) counts once, a lone surrogate as one, as
  // charWidth would; iterating code points allocated a string per character.
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2e80) {
      width += 0.5;
      continue;
    }
    width += 1;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return width;
}

/** Layout characters: whitespace (incl. U+3000 and BOM), zero-width and control characters. */
export function isLayoutChar(ch: string): boolean {
  return ch.length === 1 ? isLayoutCode(ch.charCodeAt(0)) : LAYOUT_CHARACTER.test(ch);
}

/**
 * {@link isLayoutChar} for one UTF-16 code unit: JavaScript's `\s` (WhiteSpace and
 * LineTerminator), the zero-width characters U+200B–U+200D, U+2060, U+FEFF, and the control
 * characters ({@link isZeroWidthCode}). Without a regular
 * expression per character, which made a 1 MB run of spaces cost 30 times a 100 KB one.
 */
export function isLayoutCode(code: number): boolean {
  return isRegExpSpace(code) || isZeroWidthCode(code);
}
