/**
 * Numbers as newspapers write them in dates: Arabic digits (also full-width), Chinese numerals
 * with units (二十三, 廿一, 十二) and digit-by-digit years (二〇二一, 二零零八).
 */

import { DIGIT } from "./char-classes.js";

/** Chinese digits, 〇 and its look-alikes included; 两 as in 两点. */
const DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, "○": 0, Ｏ: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Character class (for a RegExp) of one Arabic digit, ASCII or full-width. */
export const ARABIC = `[${DIGIT}]`;
/** Character class of one Chinese numeral character usable in dates (digits, 十, 廿, 卅). */
export const HAN_NUMERAL = "[〇零○Ｏ一二两三四五六七八九十廿卅]";

function arabicValue(text: string): number | null {
  let value = 0;
  // Char codes, not for…of: a string iterator allocates its results when interpreted, and a
  // surrogate (the first half of a character beyond the BMP) is no digit either way.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code >= 0xff10 && code <= 0xff19 ? code - 0xff10 : code >= 48 && code <= 57 ? code - 48 : -1;
    if (digit < 0) return null;
    value = value * 10 + digit;
  }
  return text.length > 0 ? value : null;
}

/**
 * The value of a number written in Arabic or Chinese numerals, or null.
 *
 * @example
 * ```ts
 * parseNumber("二十三"); // => 23
 * parseNumber("廿一");   // => 21
 * parseNumber("１２");   // => 12
 * parseNumber("二〇二一"); // => 2021
 * ```
 */
export function parseNumber(text: string): number | null {
  if (text === "") return null;
  const arabic = arabicValue(text);
  if (arabic !== null) return arabic;
  if (text.length > 4) return null;
  const chars = [...text];
  if (chars.every((ch) => DIGITS[ch] !== undefined)) {
    // Digit by digit, as in years: 二〇二一, 零七; a single digit is itself.
    let value = 0;
    for (const ch of chars) value = value * 10 + DIGITS[ch]!;
    return value;
  }
  // 十, 十二, 二十, 二十三, 廿一, 卅: one unit character, a digit before (十 only) and one after.
  const unit = chars.findIndex((ch) => ch === "十" || ch === "廿" || ch === "卅");
  if (unit < 0 || unit > 1 || chars.length - unit > 2) return null;
  const before = unit === 1 ? DIGITS[chars[0]!] : 1;
  const after = unit + 1 < chars.length ? DIGITS[chars[unit + 1]!] : 0;
  if (before === undefined || after === undefined || before === 0) return null;
  const u = chars[unit]!;
  if (u !== "十" && unit === 1) return null;
  const base = u === "十" ? 10 * before : u === "廿" ? 20 : 30;
  return base + after;
}

/** True when every character is an Arabic digit (ASCII or full-width). */
export function isArabic(text: string): boolean {
  return arabicValue(text) !== null;
}
