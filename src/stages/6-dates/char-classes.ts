/**
 * The characters the date patterns share, as bodies of RegExp character classes (`[${DIGIT}]`),
 * written once: a newspaper writes a digit ASCII or full-width (2021, ２０２１), a decimal point
 * and a colon either way (3.5, ３．５; 8:30, ８：３０).
 */

/** An Arabic digit, ASCII or full-width. */
export const DIGIT = "0-9０-９";
/** A decimal point, ASCII or full-width: 3.2021 is no year. */
export const POINT = ".．";
/** A clock colon, ASCII or full-width. */
export const COLON = ":：";
/** The Chinese digits one to nine (zero, 两 and the tens differ from one pattern to the next). */
export const HAN_1_9 = "一二三四五六七八九";

/**
 * The char codes of `chars`: looked up with Set.has, not by a loop over the characters, which on
 * a first page ran often enough (the holidays' 50 second characters) for V8 to optimise it, a
 * compile that on a busy 2-core machine competes with the page.
 */
export function codesOf(chars: string): Set<number> {
  const codes = new Set<number>();
  for (let i = 0; i < chars.length; i++) codes.add(chars.charCodeAt(i));
  return codes;
}
