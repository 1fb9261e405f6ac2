/** Dates relative to the page date (今年, 昨天, 上周三) or to the article's last date (次日, 当天). */
import type { DayPartKey, Ref } from "../types.js";
import { longestFirst } from "../../../lexicon/dictionaries.js";
import { parseNumber } from "../numerals.js";
import { D_CHARS, firstChars, type Parser } from "./parser.js";
import { lazyWordPattern, wordAt, type WordList } from "./words.js";
import { DIGIT, HAN_1_9 } from "../char-classes.js";

const page = (offset: number): Ref => ({ kind: "rel", offset, anchor: "page" });
const previous = (offset: number): Ref => ({ kind: "rel", offset, anchor: "previous" });

/** No count before a relative word: 三年前年 is not 前年, 每天 is not a date. */
const NOT_AFTER_COUNT = `${D_CHARS}〇零○一二两三四五六七八九十百千万几多每某`;

const YEARS: Readonly<Record<string, Ref>> = {
  大前年: page(-3), 前年: page(-2), 去年: page(-1), 上年: page(-1), 上一年: page(-1), 今年: page(0), 本年: page(0),
  这一年: page(0), 明年: page(1), 下一年: page(1), 下年: page(1), 后年: page(2), 大后年: page(3),
  次年: previous(1), 翌年: previous(1), 同年: previous(0),
};

// (?![纪級级轻]): 上年纪, 今年轻 are not years.
const YEAR_WORDS: WordList = { words: longestFirst(Object.keys(YEARS)), notAfter: NOT_AFTER_COUNT, notBefore: "纪级轻" };
const yearPattern = lazyWordPattern(YEAR_WORDS);

export const relativeYearParser: Parser = {
  name: "relative-year",
  anchor: { chars: "年", from: 1, to: 2, starts: firstChars(Object.keys(YEARS)) },
  get pattern() {
    return yearPattern();
  },
  matchAt: (text, start) => wordAt(YEAR_WORDS, text, start),
  extract(m) {
    return { fields: { year: YEARS[m[1]!]! } };
  },
};

const MONTHS: Readonly<Record<string, Ref>> = {
  上上个月: page(-2), 上个月: page(-1), 上一个月: page(-1), 上月: page(-1),
  本月: page(0), 这个月: page(0), 今个月: page(0), 下个月: page(1), 下一个月: page(1), 下月: page(1),
  当月: previous(0), 同月: previous(0), 次月: previous(1),
};

const MONTH_WORDS: WordList = { words: longestFirst(Object.keys(MONTHS)), notAfter: NOT_AFTER_COUNT, notBefore: "" };
const monthPattern = lazyWordPattern(MONTH_WORDS);

export const relativeMonthParser: Parser = {
  name: "relative-month",
  anchor: { chars: "月", from: 1, to: 3, starts: firstChars(Object.keys(MONTHS)) },
  get pattern() {
    return monthPattern();
  },
  matchAt: (text, start) => wordAt(MONTH_WORDS, text, start),
  extract(m) {
    return { fields: { month: MONTHS[m[1]!]! } };
  },
};

const DAYS: Readonly<Record<string, Ref>> = {
  大大前天: page(-4), 大前天: page(-3), 前天: page(-2), 前日: page(-2), 昨天: page(-1), 昨日: page(-1), 今天: page(0), 今日: page(0), 本日: page(0),
  明天: page(1), 明日: page(1), 后天: page(2), 后日: page(2), 大后天: page(3), 大后日: page(3),
  大大后天: page(4),
  // Cantonese: 聽日 tomorrow, 尋日 and 琴日 yesterday.
  听日: page(1), 寻日: page(-1), 琴日: page(-1),
  当天: previous(0), 当日: previous(0), 同日: previous(0), 同一天: previous(0),
  次日: previous(1), 翌日: previous(1), 隔日: previous(1), 第二天: previous(1), 前一天: previous(-1), 头一天: previous(-1),
};

/** 今晚, 昨晚, 当晚, 今早 …: a day and a part of it in one word. */
const DAY_PARTS: Readonly<Record<string, readonly [Ref, DayPartKey]>> = {
  今晚: [page(0), "evening"], 昨晚: [page(-1), "evening"], 明晚: [page(1), "evening"], 前晚: [page(-2), "evening"],
  当晚: [previous(0), "evening"], 今夜: [page(0), "night"], 昨夜: [page(-1), "night"],
  当夜: [previous(0), "night"], 今早: [page(0), "early-morning"], 今晨: [page(0), "early-morning"], 昨早: [page(-1), "early-morning"],
  昨晨: [page(-1), "early-morning"], 明早: [page(1), "early-morning"], 次晨: [previous(1), "early-morning"],
  听晚: [page(1), "evening"], 寻晚: [page(-1), "evening"], 琴晚: [page(-1), "evening"],
};

// (?![报報刊头]): 今日头条, 明日报 are names.
const DAY_WORDS: WordList = {
  words: longestFirst([...Object.keys(DAYS), ...Object.keys(DAY_PARTS)]),
  notAfter: NOT_AFTER_COUNT + "第",
  notBefore: "报刊头",
};
const dayPattern = lazyWordPattern(DAY_WORDS);

export const relativeDayParser: Parser = {
  name: "relative-day",
  // Anchor: every word ends in one of these.
  anchor: { chars: "天日晚夜早晨", from: 1, to: 3, starts: firstChars([...Object.keys(DAYS), ...Object.keys(DAY_PARTS)]) },
  get pattern() {
    return dayPattern();
  },
  matchAt: (text, start) => wordAt(DAY_WORDS, text, start),
  extract(m) {
    const word = m[1]!;
    const part = DAY_PARTS[word];
    if (part) return { fields: { day: part[0], dayPart: part[1] } };
    return { fields: { day: DAYS[word]! } };
  },
};

const WEEKDAY_OF: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 末: 6 };
const WEEK_WORD = "(?:周|星期|礼拜)";

/** 上周, 本周, 下个星期, 上周三, 这个礼拜天, 上周末. */
export const relativeWeekParser: Parser = {
  name: "relative-week",
  anchor: { chars: "周星礼", from: 1, to: 5, starts: "上下本这今" },
  // (?!期|岁|年|边|围|刊): 上周期, 本周年 are not weeks.
  pattern: new RegExp(`(上上上|上上|上|下下下|下下|下|本|这|今)(?:一?个|一)?${WEEK_WORD}([一二三四五六日天末])?(?![期岁年边围刊])`, "y"),
  extract(m) {
    const offsets: Readonly<Record<string, number>> = { 上上上: -3, 上上: -2, 上: -1, 下下下: 3, 下下: 2, 下: 1, 本: 0, 这: 0, 今: 0 };
    const week = page(offsets[m[1]!]!);
    if (m[2] === undefined) return { fields: { week } };
    return { fields: { week, weekday: WEEKDAY_OF[m[2]]!, ...(m[2] === "末" ? { weekend: true } : {}) } };
  },
};

/** 周三, 星期三, 礼拜天, 周末; not 每周三 (a recurrence) nor 一周三次. */
export const weekdayParser: Parser = {
  name: "weekday",
  anchor: { chars: "周星礼", from: 0, to: 0, then: { chars: "一二三四五六日天末", from: 1, to: 2 } },
  pattern: new RegExp(`(?<![${DIGIT}〇零一二两三四五六七八九十几每个数上下本这今])${WEEK_WORD}([一二三四五六日天末])(?![年岁刊])`, "y"),
  extract(m) {
    return { fields: { weekday: WEEKDAY_OF[m[1]!]!, ...(m[1] === "末" ? { weekend: true } : {}) } };
  },
};

/** 第一个星期一, 第3个周日: the nth weekday, merged after a month (十月第一个星期一). */
export const nthWeekdayParser: Parser = {
  name: "nth-weekday",
  anchor: { chars: "第", from: 0, to: 1, starts: "的第", then: { chars: "周星礼", from: 3, to: 4 } },
  pattern: new RegExp(`(?:的)?第([一二三四五1-5])个${WEEK_WORD}([一二三四五六日天])`, "y"),
  extract(m) {
    const nth = "一二三四五".indexOf(m[1]!) + 1 || Number(m[1]);
    return { fields: { nth, weekday: WEEKDAY_OF[m[2]!]! }, dependent: true };
  },
};

/** 第二周, 第3个星期, 第三十七个礼拜: the nth week of the month or year written before it. */
export const weekNumberParser: Parser = {
  name: "week-number",
  anchor: { chars: "第", from: 0, to: 1, starts: "的第", then: { chars: "周星礼", from: 2, to: 6 } },
  pattern: new RegExp(`(?:的)?第([${DIGIT}]{1,2}|[${HAN_1_9}十]{1,3})个?(?:周|星期|礼拜)(?![一二三四五六日天末年岁刊])`, "y"),
  extract(m) {
    const n = parseNumber(m[1]!);
    if (n === null || n < 1 || n > 53) return null;
    return { fields: { weekNumber: n }, dependent: true };
  },
};
