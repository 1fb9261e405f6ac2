/**
 * The Hebrew calendar, for the Jewish festivals (逾越节, 赎罪日, 光明节): its arithmetic rules (the
 * molad and the four postponements), after Reingold and Dershowitz, Calendrical Calculations, ch. 8.
 * Months are counted from Nisan (1) as there: Tishri is 7, Adar 12, Adar II 13 in a leap year.
 */
import { DAY, instant, isoWeekday } from "./calendar.js";

/** Days from the fixed day 1 (1 January of year 1) to 1970-01-01. */
const UNIX_FIXED = 719163;
/** The fixed day of 1 Tishri of year 1 (7 October 3761 BCE, Julian). */
const EPOCH = -1373427;
const TISHRI = 7;

function isLeap(year: number): boolean {
  return (((7 * year + 1) % 19) + 19) % 19 < 7;
}

/** Days from the epoch to the molad of Tishri of `year`, with the weekday postponement. */
function elapsedDays(year: number): number {
  const months = Math.floor((235 * year - 234) / 19);
  const parts = 12084 + 13753 * months;
  const days = 29 * months + Math.floor(parts / 25920);
  return (3 * (days + 1)) % 7 < 3 ? days + 1 : days;
}

/** The postponement that keeps a year from being 356 or 382 days long. */
function yearLengthCorrection(year: number): number {
  const before = elapsedDays(year - 1);
  const now = elapsedDays(year);
  const after = elapsedDays(year + 1);
  if (after - now === 356) return 2;
  return now - before === 382 ? 1 : 0;
}

function newYear(year: number): number {
  return EPOCH + elapsedDays(year) + yearLengthCorrection(year);
}

function monthLength(year: number, month: number): number {
  const yearDays = newYear(year + 1) - newYear(year);
  if (month === 2 || month === 4 || month === 6 || month === 10 || month === 13) return 29;
  if (month === 12 && !isLeap(year)) return 29;
  if (month === 8 && yearDays % 10 !== 5) return 29; // Marheshvan is long only in a complete year
  if (month === 9 && yearDays % 10 === 3) return 29; // Kislev is short in a deficient year
  return 30;
}

/**
 * UTC midnight of the Gregorian day whose daytime is `day` of `month` of Hebrew `year` (the Hebrew
 * day began at the sunset before). Adar (12) of a leap year is read as Adar II, where Purim is kept.
 *
 * @example
 * ```ts
 * new Date(hebrewDate(5778, 1, 15)).toISOString().slice(0, 10); // => "2018-03-31" (逾越节)
 * ```
 */
export function hebrewDate(year: number, month: number, day: number): number {
  const m = month === 12 && isLeap(year) ? 13 : month;
  const last = isLeap(year) ? 13 : 12;
  let days = newYear(year) + day - 1;
  if (m < TISHRI) {
    for (let k = TISHRI; k <= last; k++) days += monthLength(year, k);
    for (let k = 1; k < m; k++) days += monthLength(year, k);
  } else {
    for (let k = TISHRI; k < m; k++) days += monthLength(year, k);
  }
  return (days - UNIX_FIXED) * DAY;
}

/**
 * The Hebrew date `month`/`day` that falls in Gregorian `year` (the first, if two do), or null.
 */
export function hebrewDateIn(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  // Gregorian year Y holds the end of Hebrew year Y + 3760 and the start of Y + 3761.
  for (const hebrewYear of [year + 3760, year + 3761]) {
    const at = hebrewDate(hebrewYear, month, day);
    if (at >= instant(year, 1, 1) && at < instant(year + 1, 1, 1)) return at;
  }
  return null;
}

/**
 * Yom Ha'atzmaut (以色列独立日), 5 Iyar as Israel keeps it: brought forward to Thursday when it
 * would fall on a Friday or a Saturday, put off to Tuesday from a Monday (since 2004).
 */
export function independenceDay(year: number): number | null {
  const day = hebrewDateIn(year, 2, 5);
  if (day === null) return null;
  const weekday = isoWeekday(day);
  if (weekday === 5) return day - DAY;
  if (weekday === 6) return day - 2 * DAY;
  if (weekday === 1 && year >= 2004) return day + DAY;
  return day;
}
