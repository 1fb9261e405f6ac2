/** Every parser, by expression family. Order does not matter: overlaps are settled afterwards. */
import {
  bareDayParser, centuryParser, compactDateParser, dayParser, decadeParser, dotDateParser, eraYearParser, hanYearParser, monthParser,
  eraEdgeParser, numericDateParser, rangeStartParser, shortYearParser, yearParser,
} from "./absolute.js";
import { colonClockParser, dayPartParser, hanClockParser, shortDayPartParser } from "./clock.js";
import {
  blockOffsetParser, clauseFuzzyParser, fuzzyParser, offsetParser, sinceOffsetParser, soFarParser, withinOffsetParser,
} from "./fuzzy.js";
import { holidayParser } from "./holiday.js";
import { lunarDateParser } from "./lunar-date.js";
import { bracketedDayParser, bracketedWeekdayParser, minguoBareYearParser, minguoNumericDateParser, minguoYearParser } from "./minguo.js";
import {
  monthPartParser, periodSuffixParser, quarterParser, relativeQuarterParser, seasonParser, subPeriodParser, yearPartParser, yearSuffixParser,
} from "./periods.js";
import {
  nthWeekdayParser, weekNumberParser, relativeDayParser, relativeMonthParser, relativeWeekParser, relativeYearParser, weekdayParser,
} from "./relative.js";
import type { Parser } from "./parser.js";
import { clockOffsetParser } from "./counted.js";
import { durationParser } from "./duration.js";
import { setParser } from "./recurrence.js";
import { spokenYearParser } from "./spoken-year.js";

export type { Parser, ParserResult } from "./parser.js";

// The first of two matches of the same span wins: a year (19年中秋节) over a length, and a length
// (历时近两个月) over the window that the same words also write (近两个月: the last two months).
export const PARSERS: readonly Parser[] = [
  rangeStartParser, yearParser, eraYearParser, hanYearParser, shortYearParser, spokenYearParser, durationParser, clockOffsetParser, monthParser, dayParser, bareDayParser, numericDateParser, compactDateParser,
  dotDateParser, decadeParser, centuryParser, relativeYearParser, relativeMonthParser, relativeDayParser, relativeWeekParser,
  weekdayParser, dayPartParser, shortDayPartParser, hanClockParser, colonClockParser, yearPartParser, quarterParser,
  seasonParser, monthPartParser, periodSuffixParser, fuzzyParser, offsetParser, sinceOffsetParser, holidayParser, setParser, clauseFuzzyParser, withinOffsetParser,
  blockOffsetParser, relativeQuarterParser, yearSuffixParser, nthWeekdayParser, eraEdgeParser, weekNumberParser, soFarParser,
  lunarDateParser, subPeriodParser,
  minguoYearParser, minguoBareYearParser, minguoNumericDateParser, bracketedDayParser, bracketedWeekdayParser,
];
