/** Every parser, by expression family. Order does not matter: overlaps are settled afterwards. */
import {
  bareDayParser, centuryParser, compactDateParser, dayParser, decadeParser, dotDateParser, hanYearParser, monthParser,
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
  monthPartParser, periodSuffixParser, quarterParser, relativeQuarterParser, seasonParser, yearPartParser, yearSuffixParser,
} from "./periods.js";
import {
  nthWeekdayParser, recurrenceParser, weekNumberParser, relativeDayParser, relativeMonthParser, relativeWeekParser, relativeYearParser, weekdayParser,
} from "./relative.js";
import type { Parser } from "./parser.js";

export type { Parser, ParserResult } from "./parser.js";

export const PARSERS: readonly Parser[] = [
  rangeStartParser, yearParser, hanYearParser, shortYearParser, monthParser, dayParser, bareDayParser, numericDateParser, compactDateParser,
  dotDateParser, decadeParser, centuryParser, relativeYearParser, relativeMonthParser, relativeDayParser, relativeWeekParser,
  weekdayParser, dayPartParser, shortDayPartParser, hanClockParser, colonClockParser, yearPartParser, quarterParser,
  seasonParser, monthPartParser, periodSuffixParser, fuzzyParser, offsetParser, sinceOffsetParser, holidayParser, recurrenceParser, clauseFuzzyParser, withinOffsetParser,
  blockOffsetParser, relativeQuarterParser, yearSuffixParser, nthWeekdayParser, eraEdgeParser, weekNumberParser, soFarParser,
  lunarDateParser,
  minguoYearParser, minguoBareYearParser, minguoNumericDateParser, bracketedDayParser, bracketedWeekdayParser,
];
