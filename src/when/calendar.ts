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

export function instant(year: number, month: number, day = 1, hour = 0, minute = 0, second = 0): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

export function toYmd(ms: number): Ymd {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return toYmd(instant(year, month + 1, 1) - DAY).day;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** ISO weekday of an instant: 1 = Monday … 7 = Sunday. */
export function isoWeekday(ms: number): number {
  const w = new Date(ms).getUTCDay();
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
  const d = new Date(ms);
  const base = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return d.getUTCSeconds() ? `${base}:${pad(d.getUTCSeconds())}` : base;
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
