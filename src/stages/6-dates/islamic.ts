/**
 * The arithmetical (tabular) Islamic calendar, for the Muslim festivals (开斋节, 古尔邦节, 斋月):
 * 30-year cycles with leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29, epoch 16 July 622
 * (Julian), after Reingold and Dershowitz, Calendrical Calculations, ch. 7. The day a community
 * keeps depends on the sighting of the new moon and may differ from it by a day or two.
 */
import { DAY, instant } from "./calendar.js";

const UNIX_FIXED = 719163;
const EPOCH = 227015;

/** UTC midnight of `day` of `month` of Islamic `year` (arithmetical). */
export function islamicDate(year: number, month: number, day: number): number {
  const fixed = EPOCH - 1 + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 29 * (month - 1) + Math.floor(month / 2) + day;
  return (fixed - UNIX_FIXED) * DAY;
}

/** The length of `month` of Islamic `year`: 30 days in odd months and in a leap year's twelfth. */
export function islamicMonthLength(year: number, month: number): number {
  if (month % 2 === 1) return 30;
  return month === 12 && (((14 + 11 * year) % 30) + 30) % 30 < 11 ? 30 : 29;
}

/**
 * The Islamic date `month`/`day` that falls in Gregorian `year` (the first, if two do: the Islamic
 * year is 11 days shorter), or null.
 *
 * @example
 * ```ts
 * new Date(islamicDateIn(2013, 10, 1)!).toISOString().slice(0, 10); // => "2013-08-08" (开斋节)
 * ```
 */
export function islamicDateIn(year: number, month: number, day: number): { start: number; year: number } | null {
  if (!Number.isInteger(year) || year < 700 || year > 9999) return null;
  const first = instant(year, 1, 1);
  const next = instant(year + 1, 1, 1);
  // Gregorian year Y begins in Islamic year about (Y − 622) × 33 / 32.
  const guess = Math.floor(((year - 622) * 33) / 32);
  for (let y = guess - 1; y <= guess + 2; y++) {
    const at = islamicDate(y, month, day);
    if (at >= first && at < next) return { start: at, year: y };
  }
  return null;
}
