/** Every parser, by expression family. Order does not matter: overlaps are settled afterwards. */
import {
  bareDayParser, centuryParser, compactDateParser, dayParser, decadeParser, dotDateParser, hanYearParser, monthParser,
  numericDateParser, shortYearParser, yearParser,
} from "./absolute.js";
import { colonClockParser, dayPartParser, hanClockParser, shortDayPartParser } from "./clock.js";
import { fuzzyParser, offsetParser, sinceOffsetParser } from "./fuzzy.js";
import { holidayParser } from "./holiday.js";
import { monthPartParser, periodSuffixParser, quarterParser, seasonParser, yearPartParser } from "./periods.js";
import {
  recurrenceParser, relativeDayParser, relativeMonthParser, relativeWeekParser, relativeYearParser, weekdayParser,
} from "./relative.js";
import type { Parser } from "./parser.js";

export type { Parser, ParserResult } from "./parser.js";

export const PARSERS: readonly Parser[] = [
  yearParser, hanYearParser, shortYearParser, monthParser, dayParser, bareDayParser, numericDateParser, compactDateParser,
  dotDateParser, decadeParser, centuryParser, relativeYearParser, relativeMonthParser, relativeDayParser, relativeWeekParser,
  weekdayParser, dayPartParser, shortDayPartParser, hanClockParser, colonClockParser, yearPartParser, quarterParser,
  seasonParser, monthPartParser, periodSuffixParser, fuzzyParser, offsetParser, sinceOffsetParser, holidayParser, recurrenceParser,
];
