/**
 * Counts of units in durations and offsets: 3, 2621.2, 35,000, 三十三, 两万四千, 半, 俩, 几. Not
 * dates, so they may be large and Chinese numerals may carry 百, 千, 万 (digits stay in numerals.ts).
 */
import { D, VAGUE_TENS } from "./parser.js";

/**
 * A count as written: Arabic (with a decimal part), Chinese, or a word; at most six characters, so
 * that the unit after it is near (the scan tries the parsers only that far from their anchors).
 */
export const COUNT_WORD = `(?:${D}{1,3},${D}{3}|${D}{1,6}(?:[.．]${D}{1,2})?|${VAGUE_TENS}|[〇零一二两三四五六七八九十百千万]{1,6}|[几数半俩仨])`;
/**
 * The characters of the units of durations (年, 个月, 小时, 分钟 …): the anchor of their parser.
 */
export const LENGTH_UNIT_CHARS = "年载纪季月周星礼天日时钟头分刻秒";
/** What a clock offset starts with: a count, or a word before it (近, 上, 未来 …). */
export const LENGTH_START = "0123456789０１２３４５６７８９〇零一二两三四五六七八九十百千万几数半俩仨近上前下后最过未今再";
/** The characters a count starts with. */
export const COUNT_START = "0123456789０１２３４５６７８９〇零一二两三四五六七八九十百千万几数半俩仨";

const DIGIT: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10_000 };

/** A count: its value, and whether it is vague (几, 数: "a few", read as 3). */
export interface Count {
  readonly value: number;
  readonly vague: boolean;
}

/**
 * The value of a count, or null.
 *
 * @example
 * ```ts
 * parseCount("两万四千"); // => { value: 24000, vague: false }
 * parseCount("35,000");   // => { value: 35000, vague: false }
 * parseCount("几");       // => { value: 3, vague: true }
 * ```
 */
export function parseCount(text: string): Count | null {
  if (/^[几数]$/.test(text)) return { value: 3, vague: true };
  if (text === "半") return { value: 0.5, vague: false };
  if (text === "俩") return { value: 2, vague: false };
  if (text === "仨") return { value: 3, vague: false };
  // 十几, 几十, 二十几: 几 as 3, as alone (十几 13, 几十 30), vague.
  if (text.length > 1 && text.includes("几")) {
    const n = parseCount(text.replace("几", "三"));
    return n && { value: n.value, vague: true };
  }
  // 两三, 一两, 十一二, 三四十: two neighbouring digits, "two or three": the lower one, vague.
  const tens = text.length === 3 && text[0] === "十" ? 10 : 0;
  const [a, b, unit] = tens ? text.slice(1) : text;
  const low = DIGIT[a!];
  if (low && DIGIT[b!] === low + 1 && text.length < 4 && (unit === undefined || (!tens && UNIT[unit]))) return { value: tens + low * (UNIT[unit!] ?? 1), vague: true };
  const arabic = text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, "");
  if (/^\d+(\.\d+)?$/.test(arabic)) {
    const value = Number(arabic);
    return value > 0 ? { value, vague: false } : null;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = DIGIT[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0) return null; // 二三: two digits in a row is no count
      digit = d;
      continue;
    }
    const unit = UNIT[ch];
    if (unit === undefined) return null;
    if (unit === 10_000) {
      total += (section + (digit ?? 0)) * unit;
      section = 0;
    } else section += (digit ?? 1) * unit;
    digit = null;
  }
  const value = total + section + (digit ?? 0);
  return value > 0 ? { value, vague: false } : null;
}
