/**
 * Easter Sunday, from which the movable Christian feasts are counted (耶稣受难日 is two days before
 * it, 圣灵降临节 49 days after): the Western date by the Gregorian computus, the Orthodox one by
 * the Julian computus turned into a Gregorian date.
 */
import { DAY, instant } from "./calendar.js";

/**
 * UTC midnight of Easter Sunday in Gregorian `year` (1900–2099 for the Orthodox date, where the
 * two calendars are 13 days apart; 1583 on for the Western one), or null.
 *
 * @example
 * ```ts
 * new Date(easterSunday(2013, false)!).toISOString().slice(0, 10); // => "2013-03-31"
 * new Date(easterSunday(2013, true)!).toISOString().slice(0, 10);  // => "2013-05-05"
 * ```
 */
export function easterSunday(year: number, orthodox: boolean): number | null {
  if (!Number.isInteger(year)) return null;
  if (orthodox) {
    if (year < 1900 || year > 2099) return null;
    // Meeus' Julian algorithm, then 13 days to the Gregorian calendar.
    const a = year % 4;
    const b = year % 7;
    const c = year % 19;
    const d = (19 * c + 15) % 30;
    const e = (2 * a + 4 * b - d + 34) % 7;
    const month = Math.floor((d + e + 114) / 31);
    const day = ((d + e + 114) % 31) + 1;
    return instant(year, month, day) + 13 * DAY;
  }
  if (year < 1583) return null;
  // The anonymous Gregorian algorithm (Meeus, Astronomical Algorithms, ch. 8).
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return instant(year, month, day);
}
