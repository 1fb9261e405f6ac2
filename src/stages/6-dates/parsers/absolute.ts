/** Calendar dates written out: 2021年4月7日, 二〇二一年, 4月7日, 7日, 2021-04-07, 6·30, 1980年代. */
import { parseNumber } from "../numerals.js";
import { D, D_CHARS, H, H_CHARS, HD, HD_CHARS, type Parser } from "./parser.js";
import { startsWithOneOf } from "../../../text/char-sets.js";
import { alternation, holidays } from "../../../lexicon/dictionaries.js";
import { lazy } from "../../../lexicon/parse-list.js";
import { COLON, DIGIT, HAN_1_9, POINT } from "../char-classes.js";

/** 2-digit years: 15年3月 → 2015, 98年 → 1998. */
function twoDigitYear(value: number): number {
  return value <= 30 ? 2000 + value : 1900 + value;
}

const MONTH_NUMBER = `(?:${D}{1,2}|十[一二]?|[${HAN_1_9}])`;
/**
 * What may follow a two-digit year for it to be a year and not a count (三年, 15年): a month, a
 * part of the year, a week, month or day counted in it (20年第52周, 70年第8个月), or a holiday
 * (26年除夕, 零六年端午).
 */
const afterShortYear = lazy(
  () =>
    `(?=[ \\t]?${MONTH_NUMBER}[ \\t]?月|[底初末]|上半年|下半年|第?[一二三四1-4]季度|首月|第[${DIGIT}一二三四五六七八九十]{1,3}个?(?:周|星期|礼拜|月|天)|${alternation(holidays().keys())})`,
);

export const yearParser: Parser = {
  name: "year",
  anchor: { chars: "年", from: 4, to: 5, starts: D_CHARS },
  // (?![多余]): 2000多年 is a duration.
  pattern: new RegExp(`(?<![${DIGIT}${POINT}])(${D}{4})[ \\t]?年(?![多余])`, "y"),
  extract(m) {
    const year = parseNumber(m[1]!);
    if (year === null || year < 1000 || year > 2199) return null;
    return { fields: { year: { kind: "abs", value: year } } };
  },
};

/**
 * 公元618年: a year of the era written with 公元, whatever its digits. 公元前221年 is matched so
 * that 前221年 is not read as the 221 years before this one, and dropped: the schema's dates have
 * no year before 1.
 */
export const eraYearParser: Parser = {
  name: "year-era",
  anchor: { chars: "公", from: 0, to: 0, then: { chars: "元", from: 1, to: 1 } },
  pattern: new RegExp(`公元(前)?[ \\t]?(${D}{1,4}|${HD}{1,4})[ \\t]?年`, "y"),
  extract(m) {
    const n = parseNumber(m[2]!);
    if (n === null || n < 1 || n > 2199) return null;
    return m[1] ? { fields: {}, dependent: true } : { fields: { year: { kind: "abs", value: n } } };
  },
};

export const hanYearParser: Parser = {
  name: "year-han",
  anchor: { chars: "年", from: 4, to: 5, starts: HD_CHARS },
  pattern: new RegExp(`(?<!${H})(${HD}{4})[ \\t]?年(?![多余])`, "y"),
  extract(m) {
    const year = parseNumber(m[1]!);
    if (year === null || year < 1000 || year > 2199) return null;
    return { fields: { year: { kind: "abs", value: year } } };
  },
};

const shortYearPattern = lazy(() => new RegExp(`(?<![${DIGIT}${POINT}]|${H})(${D}{2}|${HD}{2})[ \\t]?年${afterShortYear()}`, "y"));

export const shortYearParser: Parser = {
  name: "year-short",
  // notAfter: the 19 of 2019年 is no short year.
  anchor: { chars: "年", from: 2, to: 3, starts: D_CHARS + HD_CHARS, notAfter: `${D_CHARS}${POINT}${H_CHARS}` },
  get pattern() {
    return shortYearPattern();
  },
  extract(m) {
    const value = parseNumber(m[1]!);
    if (value === null) return null;
    return { fields: { year: { kind: "abs", value: twoDigitYear(value) } } };
  },
};

export const monthParser: Parser = {
  name: "month",
  anchor: { chars: "月", from: 1, to: 3, starts: D_CHARS + "十一二三四五六七八九" },
  // Not after a numeral or 个 (一个月, 12个月 are durations), nor after 上/下/本 (relative parsers).
  // An Arabic month may follow a Han numeral (马英九7月15日), a Han month a digit; never its own kind.
  pattern: new RegExp(
    `(?<![个几多每第上下本这当同次])((?<![${DIGIT}${POINT}])${D}{1,2}|(?<![〇零○一二两三四五六七八九十])(?:十[一二]?|[${HAN_1_9}]))[ \\t]?月(?:份)?`,
    "y",
  ),
  extract(m) {
    const month = parseNumber(m[1]!);
    if (month === null || month < 1 || month > 12) return null;
    return { fields: { month: { kind: "abs", value: month } } };
  },
};

/** What a bare day (7日) must not be followed by to stand alone: 3日内, 5日前 read as durations. */
const DURATION_AFTER = "内前后来间多余游";
/** Nouns that make N号 a number, not a day: 5号楼, 3号线, 1号文件, 2号选手. */
const NUMBERED_NOUN = "楼线文院令码台机车站馆厅口门位店坑井桥路街房室床球队员种件字人舱罐箱柜窗展厂场仓病洞区地墙公省令标码型元等选楼";

export const dayParser: Parser = {
  name: "day",
  anchor: { chars: "日号", from: 1, to: 4, starts: D_CHARS + H_CHARS },
  pattern: new RegExp(
    `(?<![第每今昨明前后当同次翌隔某几数逐])((?<![${DIGIT}${POINT}])${D}{1,2}|(?<![〇零○一二两三四五六七八九十廿卅])${H}{1,3})[ \\t]?([日号])`,
    "y",
  ),
  extract(m, text) {
    const day = parseNumber(m[1]!);
    if (day === null || day < 1 || day > 31) return null;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 1);
    // A bare day stands alone only in Arabic digits: 7日, and 21号 unless a noun follows (5号楼,
    // 3号线, 1号文件); 十日 needs a month next to it.
    const arabic = startsWithOneOf(m[1]!, D_CHARS);
    const alone = arabic && !startsWithOneOf(after, DURATION_AFTER) && (m[2] === "日" || !startsWithOneOf(after, NUMBERED_NOUN));
    return { fields: { day: { kind: "abs", value: day } }, dependent: !alone };
  },
};

/** What may not follow a bare day: a digit, or 日 and the like (3月18日 is a day, not a bare one). */
const NOT_AFTER_BARE_DAY = `${D_CHARS}日号%％${POINT}个万亿元人名家次件项位种条年天`;
const bareDayPattern = lazy(() => new RegExp(`(?<=月)(${D}{1,2})(?![${NOT_AFTER_BARE_DAY}])`, "y"));

/**
 * What the bare-day pattern matches sticky at `start`, found in code: 3月18日 holds a candidate on
 * nearly every page, and the pattern would be compiled there only to fail.
 */
function bareDayAt(text: string, start: number): RegExpExecArray | null {
  if (text.charCodeAt(start - 1) !== 0x6708 /* 月 */) return null;
  let end = start;
  while (end < text.length && end - start < 3 && startsWithOneOf(text.charAt(end), D_CHARS)) end++;
  // One or two digits, then no digit: backtracking to one digit before a second finds a digit next.
  if (end === start || end - start > 2 || startsWithOneOf(text.charAt(end), NOT_AFTER_BARE_DAY)) return null;
  const digits = text.slice(start, end);
  return Object.assign([digits, digits] as [string, string], { index: start, input: text });
}

/** 10月22, 1月3至2月10: a day without 日 right after a month. */
export const bareDayParser: Parser = {
  name: "day-bare",
  anchor: { chars: "月", from: -1, to: -1, starts: D_CHARS },
  get pattern() {
    return bareDayPattern();
  },
  matchAt: bareDayAt,
  extract(m) {
    const day = parseNumber(m[1]!);
    if (day === null || day < 1 || day > 31) return null;
    return { fields: { day: { kind: "abs", value: day } }, dependent: true };
  },
};

const SEP = "[-/.．－/]";
export const numericDateParser: Parser = {
  name: "numeric-date",
  // Anchor: the first separator.
  anchor: { chars: "-/.．－", from: 4, to: 4, starts: D_CHARS },
  pattern: new RegExp(
    // 2018-12-1209:03, 2021-09-12-11:23: a clock time may follow the day without a space.
    `(?<![${DIGIT}${POINT}:])(${D}{4})${SEP}(${D}{1,2})${SEP}(${D}{2}(?=${D}{2}[${COLON}])|${D}{1,2}(?![${DIGIT}]|[${POINT}][0-9]))` +
      `(?:(?:[ \\tT]{0,2}|-)(${D}{1,2})[${COLON}](${D}{2})(?:[${COLON}](${D}{2}))?(?![${DIGIT}]))?`,
    "y",
  ),
  extract(m) {
    const [year, month, day] = [m[1], m[2], m[3]].map((s) => parseNumber(s!)) as [number, number, number];
    if (year < 1000 || year > 2199 || month < 1 || month > 12 || day < 1 || day > 31) return null;
    const fields = { year: { kind: "abs", value: year }, month: { kind: "abs", value: month }, day: { kind: "abs", value: day } } as const;
    if (m[4] === undefined) return { fields };
    const hour = parseNumber(m[4])!;
    const minute = parseNumber(m[5]!)!;
    const second = m[6] === undefined ? undefined : parseNumber(m[6])!;
    if (hour > 24 || minute > 59 || (second ?? 0) > 59) return null;
    return { fields: { ...fields, hour, minute, ...(second === undefined ? {} : { second }) } };
  },
};

/** 20240307: eight digits that form a valid date, standing alone (not part of a longer number). */
export const compactDateParser: Parser = {
  name: "compact-date",
  // Anchor: the 9 of 19, the 0 of 20.
  anchor: { chars: "90", from: 1, to: 1, then: { chars: "01", from: 4, to: 4 } },
  pattern: /(?<![0-9０-９.])((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])(?![0-9０-９.])/y,
  extract(m) {
    const [year, month, day] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return { fields: { year: { kind: "abs", value: year }, month: { kind: "abs", value: month }, day: { kind: "abs", value: day } } };
  },
};

/** “7·23”, 6·30: a month and day joined by a middle dot, as event names write them (7・23, 7‧23 reach it folded to ·). */
export const dotDateParser: Parser = {
  name: "dot-date",
  anchor: { chars: "·", from: 1, to: 2, starts: D_CHARS },
  pattern: new RegExp(`(?<![${DIGIT}·${POINT}])(${D}{1,2})[·](${D}{1,2})(?![${DIGIT}·])`, "y"),
  extract(m) {
    const month = parseNumber(m[1]!)!;
    const day = parseNumber(m[2]!)!;
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return { fields: { month: { kind: "abs", value: month }, day: { kind: "abs", value: day } } };
  },
};

/** 1980年代, 80年代, 上世纪90年代, 二十世纪七十年代. */
export const decadeParser: Parser = {
  name: "decade",
  anchor: { chars: "代", from: 2, to: 11, starts: "上" + D_CHARS + "十二一三四五六七八九〇零" },
  pattern: new RegExp(`(上个?世纪|(?:${D}{2}|十[${HAN_1_9}]|二十一?)世纪)?(${D}{4}|${D}{2}|[${HAN_1_9}]十|[〇零])[ \\t]?年代`, "y"),
  extract(m) {
    const value = parseNumber(m[2]!);
    if (value === null) return null;
    if (m[2]!.length === 4) return value % 10 === 0 && value >= 1000 ? { fields: { decade: value } } : null;
    if (value % 10 !== 0 || value > 90) return null;
    let century = 1900;
    if (m[1] !== undefined && !m[1].startsWith("上")) {
      const n = parseNumber(m[1].replace(/世纪$/, ""));
      if (n === null) return null;
      century = (n - 1) * 100;
    }
    return { fields: { decade: century + value } };
  },
};

/** 九十年代末期, 11世纪初, 60年代前期, 上世纪90年代中期: the start, middle or end of a decade or century. */
export const eraEdgeParser: Parser = {
  name: "era-edge",
  anchor: { chars: "代纪", from: -1, to: -1, starts: "初前中后末" },
  pattern: /(?<=[代纪])(初期|前期|中期|中叶|后期|末期|初|中|末)(?![国华心央学])/y,
  extract(m) {
    const edge = /^初|前/.test(m[1]!) ? "start" : /^中/.test(m[1]!) ? "mid" : "end";
    return { fields: { eraEdge: edge }, dependent: true };
  },
};

/** 18世纪, 二十世纪 (not followed by a decade, which the decade parser takes). */
export const centuryParser: Parser = {
  name: "century",
  anchor: { chars: "世", from: 1, to: 3, starts: D_CHARS + "十二" },
  pattern: new RegExp(`(?<![${DIGIT}])(${D}{1,2}|十[${HAN_1_9}]|二十一?)世纪(?!${D}{2}|[${HAN_1_9}]十|[〇零]年代)`, "y"),
  extract(m) {
    const n = parseNumber(m[1]!);
    if (n === null || n < 1 || n > 22) return null;
    return { fields: { century: (n - 1) * 100 } };
  },
};

/**
 * 1-9月, 12至19日, 2019-2021年, 9~12点半: a bare number before a range connector takes the unit
 * written after the range's end. It is a date only if the range is formed.
 */
export const rangeStartParser: Parser = {
  name: "range-start",
  // Anchor: the connector after the number.
  // – (en dash) as in 1998–2001年.
  anchor: { chars: "至到~～-－—–", from: 1, to: 5, starts: D_CHARS + "一二三四五六七八九十" },
  pattern: new RegExp(
    `(?<![${DIGIT}${POINT}${COLON}〇零${HAN_1_9}十])(${D}{1,4}|[${HAN_1_9}十]{1,3})(?=[ \\t]?(?:至|到|~|～|-|－|–|—{1,2})[ \\t]?(?:${D}{1,4}|[${HAN_1_9}十]{1,3})[ \\t]?([年月日号点时]))`,
    "y",
  ),
  extract(m, text) {
    const n = parseNumber(m[1]!);
    if (n === null) return null;
    const unit = m[2]!;
    // 1月3至2月10: a number right after 月 is a day, not the first month of a range.
    if (unit === "月" && text.slice(m.index - 1, m.index) === "月") return null;
    if (unit === "年") return n >= 1000 && n <= 2199 ? { fields: { year: { kind: "abs", value: n } }, rangeOnly: true } : null;
    if (unit === "月") return n >= 1 && n <= 12 ? { fields: { month: { kind: "abs", value: n } }, rangeOnly: true } : null;
    if (/[日号]/.test(unit)) return n >= 1 && n <= 31 ? { fields: { day: { kind: "abs", value: n } }, rangeOnly: true } : null;
    return n <= 24 ? { fields: { hour: n }, rangeOnly: true } : null;
  },
};
