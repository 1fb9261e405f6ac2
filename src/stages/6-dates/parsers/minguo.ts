/**
 * The dates of the Taiwan press (the page is read folded to Simplified: 民國 as 民国): the Minguo
 * calendar, whose year 1 is 1912 (民国111年12月27日, 111年12月27日, 111/12/27, 111年度), and the
 * agency's day in brackets after 今, 昨 or 明 (今（28）日, 昨（27）晚), and the weekday in brackets
 * of Hong Kong and Macau papers (2022年12月27日（星期二）上午10时30分).
 */
import { parseNumber } from "../numerals.js";
import { D, D_CHARS, H, type Parser } from "./parser.js";
import type { DayPartKey, Fields } from "../types.js";
import { DIGIT, POINT } from "../char-classes.js";

/** Minguo year 1 is 1912. */
const MINGUO_EPOCH = 1911;
/**
 * A Minguo year written without 民国 is read as one only with three digits, 100 to 150 (2011 to
 * 2061), before a month or 度: 建党100年 and 100年来 are counts of years.
 */
const BARE_FIRST = 100;
const BARE_LAST = 150;

function minguoYear(written: string, first: number, last: number): Fields | null {
  const value = parseNumber(written);
  if (value === null || value < first || value > last) return null;
  return { year: { kind: "abs", value: MINGUO_EPOCH + value } };
}

/** 民国111年, 民国38年, 民国三十八年. */
export const minguoYearParser: Parser = {
  name: "minguo-year",
  anchor: { chars: "民", from: 0, to: 0, then: { chars: "国", from: 1, to: 1 } },
  pattern: new RegExp(`民国[ \\t]?((?<![${DIGIT}])${D}{1,3}|${H}{1,5})[ \\t]?年(?:度)?(?![多余])`, "y"),
  extract(m) {
    const fields = minguoYear(m[1]!, 1, 200);
    return fields && { fields };
  },
};

/** 111年12月, 111年度: three digits, then 年 and a month or 度. */
export const minguoBareYearParser: Parser = {
  name: "minguo-bare-year",
  anchor: { chars: "年", from: 3, to: 3, starts: D_CHARS, then: { chars: "1１", from: 0, to: 0 } },
  pattern: new RegExp(`(?<![${DIGIT}${POINT}国])([1１]${D}{2})年(?:度|(?=[ \\t]?${D}{1,2}[ \\t]?月))`, "y"),
  extract(m) {
    const fields = minguoYear(m[1]!, BARE_FIRST, BARE_LAST);
    return fields && { fields };
  },
};

/** 111/12/27, 112/1/16: a Minguo year of three digits, a month and a day. */
export const minguoNumericDateParser: Parser = {
  name: "minguo-numeric-date",
  // The numeric date's separators: / is among them.
  anchor: { chars: "-/.．－", from: 3, to: 3, starts: D_CHARS },
  pattern: new RegExp(`(?<![${DIGIT}${POINT}/／:])([1１]${D}{2})\\/(${D}{1,2})\\/(${D}{1,2})(?![${DIGIT}/／]|[${POINT}][0-9])`, "y"),
  extract(m) {
    const year = minguoYear(m[1]!, BARE_FIRST, BARE_LAST);
    const month = parseNumber(m[2]!);
    const day = parseNumber(m[3]!);
    if (year === null || month === null || day === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
    return { fields: { ...year, month: { kind: "abs", value: month }, day: { kind: "abs", value: day } } };
  },
};

/** What follows the bracket: the day, or a part of it. */
const BRACKET_DAY_PARTS: Readonly<Record<string, DayPartKey | null>> = { 日: null, 天: null, 晚: "evening", 夜: "night", 晨: "early-morning", 早: "early-morning" };

/**
 * 今（28）日, 昨（27）晚, 明（29）日: the agency's style, the day of the month in brackets. The day
 * written is the date; 今, 昨 and 明 only say it is near the page date, whose month it takes.
 */
export const bracketedDayParser: Parser = {
  name: "bracketed-day",
  // The bracket after 今, 昨, 明 or 前: rare in a page, where the word after it (日, 晚) is not.
  anchor: { chars: "（(", from: 1, to: 1, starts: "今昨明前" },
  pattern: new RegExp(`[今昨明前][（(](${D}{1,2}|${H}{1,3})[）)]([日天晚夜晨早])`, "y"),
  extract(m) {
    const day = parseNumber(m[1]!);
    if (day === null || day < 1 || day > 31) return null;
    const part = BRACKET_DAY_PARTS[m[2]!] ?? null;
    return { fields: { day: { kind: "abs", value: day }, ...(part === null ? {} : { dayPart: part }) } };
  },
};

const WEEKDAYS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/**
 * （星期二）, (周二): a weekday in brackets, read with the date before it and the time after it as
 * one date (2022年12月27日（星期二）上午10时30分), where a bracket would otherwise part them.
 */
export const bracketedWeekdayParser: Parser = {
  name: "bracketed-weekday",
  anchor: { chars: "（(", from: 0, to: 0, then: { chars: "星周礼", from: 1, to: 1 } },
  pattern: /[（(](?:星期|周|礼拜)([一二三四五六日天])[）)]/y,
  extract(m) {
    return { fields: { weekday: WEEKDAYS[m[1]!]! } };
  },
};
