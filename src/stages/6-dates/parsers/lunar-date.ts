/**
 * Dates of the lunar calendar written out: 农历八月十五, 正月初八, 腊月二十三, 三月初三, 八月十五, and whole
 * lunar months: 农历十月, 腊月, 闰四月. Resolved like the lunar holidays (a lunar month and day, in
 * the Gregorian year the context gives), through the table of lunar years.
 */
import { lazy } from "../../../lexicon/parse-list.js";
import { isArabic, parseNumber } from "../numerals.js";
import type { Parser } from "./parser.js";
import { DIGIT, HAN_1_9 } from "../char-classes.js";

/** Characters that mark a lunar date on their own: the 农历 words, 闰, the named months, the 初/廿 days. */
const LUNAR_MARKS = "农阴夏闰正腊冬初廿";

/** Month names of the lunar calendar: 正月 is the first, 冬月 the eleventh, 腊月 the twelfth. */
const NAMED_MONTHS: Readonly<Record<string, number>> = { 正: 1, 冬: 11, 腊: 12 };

/**
 * What ends a Gregorian day or starts a clock time or a length after a Han day: 九月三号8点 gave up
 * its 号 to the lookahead below and read as the lunar 九月三 (the pattern backtracks from the optional
 * 日), and 十二月六点, 十月二十九秒 are a month and a time.
 */
const NOT_AFTER_SPOKEN_DAY = "日号点时分秒钟个年天";

// 月 too: in 六月六月中旬 the 六 is the next month's, said twice. A Han day goes on only in Han
// numerals (正月十五8点 is the 15th at 8), an Arabic one in either.
const HAN_NUMERAL_AFTER = "[〇零一二两三四五六七八九十百千万亿月]";
const NUMERAL_AFTER = `[${DIGIT}〇零一二两三四五六七八九十百千万亿月]`;

const pattern = lazy(
  () =>
    new RegExp(
      "(?:(农历|阴历|夏历)[ \\t]?)?(闰)?" +
        `(正|腊|冬|十[一二]?|[${HAN_1_9}]|[${DIGIT}]{1,2})[ \\t]?月` +
        `(?:[ \\t]?(?:(初[${HAN_1_9}十]|廿[${HAN_1_9}]|二十[${HAN_1_9}]|[二三]十|十[${HAN_1_9}]?|[${HAN_1_9}])(?:[日号])?(?!${HAN_NUMERAL_AFTER})` +
        `|(初[${DIGIT}]{1,2}|[${DIGIT}]{1,2})(?:[日号])?(?!${NUMERAL_AFTER})))?`,
      "y",
    ),
);

export const lunarDateParser: Parser = {
  name: "lunar-date",
  // 月 is one to seven characters in (正月, 农历 闰十二 月); a lunar mark is near the start, or a
  // Han month (八月十五).
  anchor: {
    chars: "月",
    from: 1,
    to: 7,
    starts: "农阴夏闰正腊冬一二三四五六七八九十",
    then: { chars: `${LUNAR_MARKS}一二三四五六七八九十`, from: 0, to: 7 },
  },
  // Built on first use: most pages hold no lunar date, and a first page should not pay for it.
  get pattern() {
    return pattern();
  },
  extract(m, text) {
    const [, calendar, leap, monthText, hanDay, arabicDay] = m as unknown as [string, string | undefined, string | undefined, string, string | undefined, string | undefined];
    const dayText = hanDay ?? arabicDay;
    const named = NAMED_MONTHS[monthText];
    // 农历, 闰 or a named month say the date is lunar; else only a 初/廿 day does, and with a month
    // in Han numerals: 八月十五日 is August, 1月廿七 a Gregorian month.
    if (calendar === undefined && leap === undefined && named === undefined) {
      const lunarDay = dayText !== undefined && (dayText.startsWith("初") || dayText.startsWith("廿"));
      // 八月十五, 二月二, 腊月二十三: a Han month and a Han day without 日 is how the lunar calendar
      // is spoken; 十月一, 五月一 name the Gregorian holidays, and 八月十五日 is August.
      // The lunar year's first month is 正月, never 一月: 一月二 is January.
      const spoken = dayText !== undefined && !isArabic(dayText) && dayText !== "一" && monthText !== "一" && !/[日号]$/.test(m[0]) && !NOT_AFTER_SPOKEN_DAY.includes(text.charAt(m.index + m[0].length) || "\0");
      if (!(lunarDay || spoken) || isArabic(monthText)) return null;
    }
    const month = named ?? parseNumber(monthText);
    if (month === null || month < 1 || month > 12) return null;
    const leapMonth = leap === undefined ? {} : { leap: true };
    // 农历十月, 腊月: the whole lunar month.
    if (dayText === undefined) return { fields: { holiday: { kind: "lunar-month", month, ...leapMonth } } };
    const day = dayText.startsWith("初") ? parseNumber(dayText.slice(1)) : parseNumber(dayText);
    if (day === null || day < 1 || day > 30) return null;
    return { fields: { holiday: { kind: "lunar", month, day, written: true, ...leapMonth } } };
  },
};
