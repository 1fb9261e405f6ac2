/**
 * Years written with two digits: 08年, 98年, 零八年, 九八年, 一九年. A two-digit number before 年 is
 * a year when it cannot be a count (a leading zero: 08年; digit by digit: 九八年), or when an
 * Arabic one from 40 up opens a clause (98年那场洪水, 在85年); 20年 and 三四年 stay lengths.
 */
import { COLON, DIGIT, POINT } from "../char-classes.js";
import { parseNumber } from "../numerals.js";
import { D, D_CHARS, HD_CHARS, type Parser } from "./parser.js";

/** Before a year that opens a clause: the start, punctuation, or a preposition (在, 于, 从 …). */
const CLAUSE_BEFORE = /(?:^|[\n，。；：！？、,.;:!?（(“"《\s]|在|于|从|自|到|至|是|和|与|及|直到)$/;
/** After a year, what makes the number a count: 多, 来, 以上, 间, 前, 后, 内, 里 … */
const COUNT_AFTER = /^(?:[多余来间前后内里半期中]|以|之|左右|上下|时间|的时)/;

/**
 * True when the number `digits` before 年 (at start…end of `text`, 年 included) is a year.
 *
 * @example
 * ```ts
 * readsAsYear("08", "08年他毕业。", 0, 3); // => true
 * readsAsYear("20", "干了20年。", 2, 5);   // => false
 * ```
 */
export function readsAsYear(digits: string, text: string, start: number, end: number): boolean {
  if (COUNT_AFTER.test(text.slice(end, end + 2))) return false;
  const arabic = /^[0-9０-９]{2}$/.test(digits);
  if (arabic) {
    const value = parseNumber(digits)!;
    if (/^[0０]/.test(digits)) return true;
    return value >= 40 && CLAUSE_BEFORE.test(text.slice(Math.max(0, start - 2), start));
  }
  if (!/^[〇零○Ｏ一二三四五六七八九]{2}$/.test(digits)) return false;
  const a = parseNumber(digits[0]!)!;
  const b = parseNumber(digits[1]!)!;
  // 三四年, 七八年: "three or four years".
  return b !== a + 1;
}

/** 2-digit years: 08 → 2008, 98 → 1998; up to 30 in this century. */
function fullYear(value: number): number {
  return value <= 30 ? 2000 + value : 1900 + value;
}

const PATTERN = new RegExp(`(?<![${DIGIT}${POINT}${COLON}/／\\-－〇零○Ｏ一二两三四五六七八九十百千万第每])(${D}{2}|[〇零○Ｏ一二三四五六七八九]{2})年(?![级龄代度届份])`, "y");

/** 08年, 98年, 零八年, 九八年: a year, where the text cannot mean a count. */
export const spokenYearParser: Parser = {
  name: "year-spoken",
  anchor: { chars: "年", from: 2, to: 2, starts: D_CHARS + HD_CHARS },
  pattern: PATTERN,
  extract(m, text) {
    if (!readsAsYear(m[1]!, text, m.index, m.index + m[0].length)) return null;
    const value = parseNumber(m[1]!);
    if (value === null) return null;
    return { fields: { year: { kind: "abs", value: fullYear(value) } } };
  },
};
