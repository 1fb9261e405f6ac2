/**
 * Calendar arithmetic on proleptic Gregorian dates, in UTC milliseconds so that no time zone or
 * wall clock is ever involved. An instant is a number; an interval is half-open [start, end).
 */

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A time value as a `Date` holds it: whole milliseconds, NaN beyond ±100 million days. */
function timeClip(ms: number): number {
  return Math.abs(ms) > 8.64e15 ? Number.NaN : Math.trunc(ms);
}

/** Days from 1970-01-01 to the first of a month (proleptic Gregorian, any year; month 1–12). */
function daysToMonth(year: number, month: number): number {
  // H. Hinnant's days_from_civil: years counted from March, in 400-year eras.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5);
  return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468;
}

/**
 * Midnight of a day, as `Date.UTC` would give it for any year (0–99 too): months and days past
 * their ends carry over (month 13 is January, day 0 the month's eve), fractions are truncated.
 * Plain arithmetic, not a `Date`: this runs several times per date found.
 */
export function instant(year: number, month: number, day = 1): number {
  const months = Math.trunc(year) * 12 + Math.trunc(month - 1);
  const y = Math.floor(months / 12);
  return timeClip((daysToMonth(y, months - y * 12 + 1) + Math.trunc(day) - 1) * DAY);
}

export function toYmd(ms: number): Ymd {
  // H. Hinnant's civil_from_days.
  const z = Math.floor(timeClip(ms) / DAY) + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const m = Math.floor((5 * dayOfYear + 2) / 153);
  const month = m < 10 ? m + 3 : m - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * m + 2) / 5) + 1 };
}

export function daysInMonth(year: number, month: number): number {
  return toYmd(instant(year, month + 1, 1) - DAY).day;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** ISO weekday of an instant: 1 = Monday … 7 = Sunday. */
export function isoWeekday(ms: number): number {
  // 1970-01-01 was a Thursday.
  const w = (((Math.floor(timeClip(ms) / DAY) + 4) % 7) + 7) % 7;
  return w === 0 ? 7 : w;
}

/** Midnight of the Monday of the week that contains `ms`. */
export function weekStart(ms: number): number {
  const day = startOfDay(ms);
  return day - (isoWeekday(day) - 1) * DAY;
}

export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

/** Adds whole months, clamping the day (1月31日 + 1 month = 2月28日). */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** `YYYY-MM-DDTHH:MM`, with `:SS` when the seconds are not zero. */
export function formatDateTime(ms: number): string {
  const d = toYmd(ms);
  const t = timeClip(ms);
  const time = t - Math.floor(t / DAY) * DAY;
  const seconds = Math.floor((time % MINUTE) / 1000);
  const base = `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}T${pad(Math.floor(time / HOUR))}:${pad(Math.floor((time % HOUR) / MINUTE))}`;
  return seconds ? `${base}:${pad(seconds)}` : base;
}

export function formatYmd(ymd: Ymd): string {
  return `${pad(ymd.year, 4)}-${pad(ymd.month)}-${pad(ymd.day)}`;
}

/**
 * The value of an interval: the one calendar day, month or year that contains all of it, or null
 * when it crosses a year boundary.
 */
export function calendarValue(start: number, end: number): string | null {
  const a = toYmd(start);
  const b = toYmd(end - 1);
  if (a.year !== b.year) return null;
  if (a.month !== b.month) return pad(a.year, 4);
  if (a.day !== b.day) return `${pad(a.year, 4)}-${pad(a.month)}`;
  return formatYmd(a);
}
