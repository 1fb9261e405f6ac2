/** Parts of years and months: 年初, 年底, 上半年, 一季度, 春季, 上旬, 月底; 初/底 after a year or month. */
import type { MonthPart, YearPart } from "../types.js";
import { DIGIT, HAN_1_9 } from "../char-classes.js";
import { parseNumber } from "../numerals.js";
import { D_CHARS, firstChars, secondChars, type Parser } from "./parser.js";
import { lazyWordPattern, wordAt, type WordList } from "./words.js";

const NOT_AFTER_COUNT = `${D_CHARS}〇零○一二两三四五六七八九十百千几多每全个`;

const YEAR_PARTS: Readonly<Record<string, YearPart>> = {
  暑假: "summer-break", 寒假: "winter-break", 暑期: "summer-break", 年初: "start", 年中: "mid", 年底: "end", 年末: "end", 年终: "end", 年尾: "end", 上半年: "h1", 下半年: "h2",
};

// (?![国國华華…]): 牛年中国 is not the middle of a year.
const YEAR_PART_WORDS: WordList = { words: Object.keys(YEAR_PARTS), notAfter: NOT_AFTER_COUNT, notBefore: "级度国华央心学文" };
const yearPartPattern = lazyWordPattern(YEAR_PART_WORDS);

export const yearPartParser: Parser = {
  name: "year-part",
  anchor: { chars: firstChars(Object.keys(YEAR_PARTS)), from: 0, to: 0, then: { chars: secondChars(Object.keys(YEAR_PARTS)), from: 1, to: 1 } },
  get pattern() {
    return yearPartPattern();
  },
  matchAt: (text, start) => wordAt(YEAR_PART_WORDS, text, start),
  extract(m) {
    return { fields: { yearPart: YEAR_PARTS[m[1]!]! } };
  },
};

const QUARTERS: Readonly<Record<string, number>> = { 一: 1, "1": 1, 首: 1, 二: 2, "2": 2, 三: 3, "3": 3, 四: 4, "4": 4 };

export const quarterParser: Parser = {
  name: "quarter",
  anchor: { chars: "季Q", from: 0, to: 3, starts: "第一二三四1234首前Q" },
  pattern: /(?<![0-9０-９一二三四五六七八九十几每个])(?:第)?([一二三四1-4首])季度|前([二两三23])个?季度|(?<![A-Za-z])Q([1-4])(?:季度)?(?![0-9A-Za-z])/y,
  extract(m) {
    if (m[2] !== undefined) return { fields: { yearPart: /[三3]/.test(m[2]) ? "first-3q" : "first-2q" } };
    const key = m[1] ?? m[3]!;
    return { fields: { quarter: { kind: "abs", value: QUARTERS[key]! } } };
  },
};

/** 上季度, 本季度, 下下个季度: quarters relative to the page date. */
export const relativeQuarterParser: Parser = {
  name: "relative-quarter",
  anchor: { chars: "季", from: 1, to: 4, starts: "上本这当下" },
  pattern: /(上上|上|本|这|当|下下|下)(?:一)?个?季度/y,
  extract(m) {
    const offsets: Readonly<Record<string, number>> = { 上上: -2, 上: -1, 本: 0, 这: 0, 当: 0, 下下: 2, 下: 1 };
    return { fields: { quarter: { kind: "rel", offset: offsets[m[1]!]!, anchor: "page" } } };
  },
};

/** 今年同期, 今年中期: a period of the year written after it. */
export const yearSuffixParser: Parser = {
  name: "year-suffix",
  anchor: { chars: "年", from: -1, to: -1, starts: "同中初末春夏秋冬" },
  pattern: /(?<=年)(同期|中期|初期|末期|春|夏|秋|冬)(?![节天季运耕播种装])/y,
  extract(m) {
    const parts: Readonly<Record<string, YearPart>> = { 同期: "same", 中期: "mid", 初期: "start", 末期: "end", 春: "spring", 夏: "summer", 秋: "autumn", 冬: "winter" };
    return { fields: { yearPart: parts[m[1]!]! }, dependent: true };
  },
};

const SEASONS: Readonly<Record<string, YearPart>> = { 春: "spring", 夏: "summer", 秋: "autumn", 冬: "winter" };

export const seasonParser: Parser = {
  name: "season",
  anchor: { chars: "春夏秋冬", from: 0, to: 0, then: { chars: "季天", from: 1, to: 1 } },
  // (?![奥運运会會装裝]): 冬季奥运会, 夏季服装 use the season as an adjective.
  pattern: /(?<![立初仲暮晚深寒早])(春|夏|秋|冬)(季|天)(?![奥运会装])/y,
  extract(m) {
    return { fields: { yearPart: SEASONS[m[1]!]! } };
  },
};

const MONTH_PARTS: Readonly<Record<string, MonthPart>> = {
  上旬: "early", 中旬: "middle", 下旬: "late", 月初: "start", 月中: "middle", 月底: "end", 月末: "end",
};

const MONTH_PART_WORDS: WordList = { words: Object.keys(MONTH_PARTS), notAfter: NOT_AFTER_COUNT, notBefore: "" };
const monthPartPattern = lazyWordPattern(MONTH_PART_WORDS);

export const monthPartParser: Parser = {
  name: "month-part",
  anchor: { chars: "旬月", from: 0, to: 1, starts: firstChars(Object.keys(MONTH_PARTS)), then: { chars: secondChars(Object.keys(MONTH_PARTS)), from: 1, to: 1 } },
  get pattern() {
    return monthPartPattern();
  },
  matchAt: (text, start) => wordAt(MONTH_PART_WORDS, text, start),
  extract(m) {
    return { fields: { monthPart: MONTH_PARTS[m[1]!]! } };
  },
};

/** 2014年底, 4月初, 年伊始: one character after a year or month; the merge step decides which. */
export const periodSuffixParser: Parser = {
  name: "period-suffix",
  anchor: { chars: "初底末伊", from: 0, to: 0 },
  pattern: /(?<=[年月份度])(初|底|末|伊始)(?![步级期中心衷始等稿赛])/y,
  extract(m) {
    // Stored as a month part; merged after a year, it becomes the year's start or end.
    return { fields: { monthPart: m[1] === "底" || m[1] === "末" ? "end" : "start" }, dependent: true };
  },
};

/**
 * Parts counted inside a year or a month, read only right after one (a count alone is no date:
 * 第5天 of a list): 2023年第十天, 70年第8个月, 2005年首月, 上月最后五天. 第N周 is the week number's.
 */
export const subPeriodParser: Parser = {
  name: "sub-period",
  anchor: { chars: "第首最", from: 0, to: 1, starts: "的第首最", then: { chars: "天日月", from: 1, to: 7 } },
  pattern: new RegExp(
    `(?:的)?(?:第([${DIGIT}]{1,3}|[${HAN_1_9}十百]{1,4})个?([天日月])|(首)月|最后([${DIGIT}]{1,2}|[${HAN_1_9}十两]{1,3})个?[天日])(?![${DIGIT}${HAN_1_9}十]|[份号内前后来])`,
    "y",
  ),
  extract(m) {
    if (m[3] !== undefined) return { fields: { month: { kind: "abs", value: 1 } }, dependent: true };
    if (m[4] !== undefined) {
      const count = parseNumber(m[4]);
      return count === null || count < 1 || count > 31 ? null : { fields: { dayRun: { edge: "end", count } }, dependent: true };
    }
    const n = parseNumber(m[1]!);
    if (n === null || n < 1) return null;
    if (m[2] === "月") return n > 12 ? null : { fields: { month: { kind: "abs", value: n } }, dependent: true };
    return n > 366 ? null : { fields: { nthDay: n }, dependent: true };
  },
};
