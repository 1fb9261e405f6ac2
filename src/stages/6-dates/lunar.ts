/**
 * Gregorian dates of the days of the Chinese lunisolar calendar (春节, 端午, 中秋, 除夕 …) and of
 * 清明. Lunar days come from a table of lunar years (dictionaries/lunar-years.txt: each year's
 * first day, leap month and month lengths, 1900–2100, inlined in the compact form of
 * ./lunar-years-format.ts), read on first need. The platform's own
 * Chinese calendar (Intl, ICU) is not used: it is a day off in some years.
 */
import lunarYearsRaw from "../../../dictionaries/lunar-years.txt";
import { lazy } from "../../lexicon/parse-list.js";
import { DAY, instant, toYmd } from "./calendar.js";
import { decodeLunarYears, type LunarYearRow } from "./lunar-years-format.js";

/** A day of a lunar month: 1–30, or the month's last day (除夕 is the last day of month 12). */
export type LunarDay = number | "last";

const lunarYears = lazy(() => new Map<number, LunarYearRow>(decodeLunarYears(lunarYearsRaw).map((row) => [row.year, row])));

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
 * The solar terms in Gregorian order, from 小寒 (about 6 January) to 冬至 (about 22 December): the
 * term of index i is in month ⌊i / 2⌋ + 1.
 */
export const SOLAR_TERMS = "小寒 大寒 立春 雨水 惊蛰 春分 清明 谷雨 立夏 小满 芒种 夏至 小暑 大暑 立秋 处暑 白露 秋分 寒露 霜降 立冬 小雪 大雪 冬至".split(" ");

/** The C constants of the day formula, in the 1900s and in the 2000s. */
const TERM_C_1900 = [6.11, 20.84, 4.6295, 19.4599, 6.3826, 21.4155, 5.59, 20.888, 6.318, 21.86, 6.5, 22.2, 7.928, 23.65, 8.35, 23.95, 8.44, 23.822, 9.098, 24.218, 8.218, 23.08, 7.9, 22.6];
const TERM_C_2000 = [5.4055, 20.12, 3.87, 18.73, 5.63, 20.646, 4.81, 20.1, 5.52, 21.04, 5.678, 21.37, 7.108, 22.83, 7.5, 23.13, 7.646, 23.042, 8.318, 23.438, 7.438, 22.36, 7.18, 21.94];
/** The years where the formula is a day off (term index and year → the correction), checked against lunar-javascript's table. */
const TERM_CORRECTIONS: Readonly<Record<string, number>> = {
  "0:1982": 1, "0:2019": -1, "1:2082": 1, "2:1914": -1, "2:1947": -1, "3:1923": -1, "3:2026": -1, "4:1915": -1, "4:1948": -1,
  "8:1911": 1, "9:2008": 1, "10:1902": 1, "11:1928": 1, "12:1925": 1, "12:2016": 1, "13:1922": 1, "14:2002": 1, "16:1927": 1,
  "17:1942": 1, "19:2089": 1, "20:2089": 1, "21:1978": 1, "23:1914": 1, "23:1947": 1, "23:1951": 1, "23:1980": 1, "23:1984": 1,
  "23:2021": -1,
};

/**
 * UTC midnight of the day of solar term `index` (0: 小寒 … 6: 清明 … 23: 冬至) in Gregorian `year`,
 * 1901–2099, or null. By the common day formula ⌊Y × 0.2422 + C⌋ − ⌊L / 4⌋, Y the year within its
 * century, L = Y − 1 for the terms of January and February, else Y, with its known exceptions.
 *
 * @example
 * ```ts
 * new Date(solarTerm(2024, 23)!).toISOString().slice(0, 10); // => "2024-12-21" (冬至)
 * ```
 */
export function solarTerm(year: number, index: number): number | null {
  if (!Number.isInteger(year) || year < 1901 || year > 2099 || !(index >= 0 && index < 24)) return null;
  const y = year % 100;
  const c = (year < 2000 ? TERM_C_1900 : TERM_C_2000)[index]!;
  const leapDays = Math.floor((index < 4 ? y - 1 : y) / 4);
  const day = Math.floor(y * 0.2422 + c) - leapDays + (TERM_CORRECTIONS[`${index}:${year}`] ?? 0);
  return instant(year, Math.floor(index / 2) + 1, day);
}

/** 清明 (the sun at 15° of longitude) in Gregorian `year`, 1901–2099: 4 or 5 April, rarely 6. */
export function qingming(year: number): number | null {
  return solarTerm(year, 6);
}
