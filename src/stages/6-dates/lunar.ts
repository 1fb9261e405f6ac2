/**
 * Gregorian dates of the days of the Chinese lunisolar calendar (春节, 端午, 中秋, 除夕 …) and of
 * 清明. Lunar days come from a table of lunar years (dictionaries/lunar-years.txt: each year's
 * first day, leap month and month lengths, 1900–2100), read on first need. The platform's own
 * Chinese calendar (Intl, ICU) is not used: it is a day off in some years.
 */
import lunarYearsRaw from "../../../dictionaries/lunar-years.txt";
import { lazy, parseList } from "../../lexicon/parse-list.js";
import { DAY, instant, toYmd } from "./calendar.js";

/** A day of a lunar month: 1–30, or the month's last day (除夕 is the last day of month 12). */
export type LunarDay = number | "last";

interface LunarYear {
  /** UTC midnight of 正月初一. */
  readonly start: number;
  /** The leap month's number (it follows the month of that number), 0 for none. */
  readonly leap: number;
  /** Days in each month, in order, the leap month in its place. */
  readonly lengths: readonly number[];
}

const lunarYears = lazy(() => {
  const years = new Map<number, LunarYear>();
  for (const line of parseList(lunarYearsRaw)) {
    const [year, monthDay, leap, lengths] = line.split("\t") as [string, string, string, string];
    const [month, day] = monthDay.split("-").map(Number) as [number, number];
    years.set(Number(year), {
      start: instant(Number(year), month, day),
      leap: Number(leap),
      lengths: [...lengths].map((bit) => (bit === "1" ? 30 : 29)),
    });
  }
  return years;
});

/** UTC midnight of `month`/`day` in lunar year `year` (of its leap month `month` if `leap`), or null. */
function inLunarYear(year: number, month: number, day: LunarDay, leap: boolean): number | null {
  const lunar = lunarYears().get(year);
  if (lunar === undefined || !Number.isInteger(month) || month < 1 || month > 12) return null;
  if (leap && lunar.leap !== month) return null;
  // The leap month follows the month of its number; past it, every month sits one place later.
  const index = month - 1 + (lunar.leap !== 0 && (month > lunar.leap || leap) ? 1 : 0);
  const length = lunar.lengths[index]!;
  const d = day === "last" ? length : day;
  if (!Number.isInteger(d) || d < 1 || d > length) return null;
  let offset = 0;
  for (let i = 0; i < index; i++) offset += lunar.lengths[i]!;
  return lunar.start + (offset + d - 1) * DAY;
}

/**
 * UTC midnight of the lunar `month`/`day` (of the leap month `month` if `leap`) that falls in
 * Gregorian `year` (the earlier one in the rare year with two). Month 12 of the lunar year begun
 * the year before falls in January or February: 2021's 除夕 is 11 February 2021. When none falls
 * in that Gregorian year, the one in the lunar year of that number: 十一月廿九 of 2020 is
 * 12 January 2021. Null outside the table, for a day the month does not have, or for a leap month
 * the year does not have.
 */
export function lunarToGregorian(year: number, month: number, day: LunarDay, leap = false): number | null {
  if (!Number.isInteger(year)) return null;
  // The lunar year begun the year before holds its months 11 and 12 in January and February.
  const before = inLunarYear(year - 1, month, day, leap);
  if (before !== null && toYmd(before).year === year) return before;
  return inLunarYear(year, month, day, leap);
}

/** UTC midnight of the lunar `month`/`day` (of the leap month if `leap`) of lunar year `year`, or null. */
export function lunarDate(year: number, month: number, day: LunarDay, leap = false): number | null {
  return Number.isInteger(year) ? inLunarYear(year, month, day, leap) : null;
}

/**
 * 清明 (the sun at 15° of longitude) in Gregorian `year`, 1901–2099: 4 or 5 April, rarely 6. By
 * the common day formula for the solar terms, floor(Y × 0.2422 + C) − floor(Y / 4) with Y the
 * year within its century and C = 5.59 in the 1900s, 4.81 in the 2000s.
 */
export function qingming(year: number): number | null {
  if (!Number.isInteger(year) || year < 1901 || year > 2099) return null;
  const y = year % 100;
  const c = year < 2000 ? 5.59 : 4.81;
  return instant(year, 4, Math.floor(y * 0.2422 + c) - Math.floor(y / 4));
}
