/** The calendar's arithmetic gives what `Date` gives, for every day of the years dates are written in, and far beyond. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DAY, formatDateTime, instant, isoWeekday, toYmd } from "../../../src/stages/6-dates/calendar.js";

function dateInstant(year: number, month: number, day = 1): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function dateYmd(ms: number) {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function dateFormat(ms: number): string {
  const d = new Date(ms);
  const base = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return d.getUTCSeconds() ? `${base}:${pad(d.getUTCSeconds())}` : base;
}

function dateWeekday(ms: number): number {
  const w = new Date(ms).getUTCDay();
  return w === 0 ? 7 : w;
}

describe("calendar arithmetic", () => {
  it("agrees with Date on every day of the years 0 to 3000", () => {
    const wrong: number[] = [];
    for (let ms = dateInstant(0, 1, 1); ms < dateInstant(3001, 1, 1); ms += DAY) {
      const ymd = toYmd(ms);
      const d = dateYmd(ms);
      if (ymd.year !== d.year || ymd.month !== d.month || ymd.day !== d.day) wrong.push(ms);
      else if (instant(ymd.year, ymd.month, ymd.day) !== ms || isoWeekday(ms) !== dateWeekday(ms)) wrong.push(ms);
    }
    expect(wrong).toEqual([]);
  });

  it("carries months and days over, and truncates fractions, as Date does", () => {
    const part = fc.oneof(fc.integer({ min: -30, max: 40 }), fc.double({ min: -30, max: 40, noNaN: true }));
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -300_000, max: 300_000 }), fc.double({ min: -3000, max: 5000, noNaN: true })), part, part, (year, month, day) => {
        expect(instant(year, month, day)).toBe(dateInstant(year, month, day));
      }),
      { numRuns: 5000 },
    );
  });

  it("formats and reads any time value as Date does", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -9e15, max: 9e15 }), fc.double({ min: -1e14, max: 1e14, noNaN: true })), (ms) => {
        expect(formatDateTime(ms)).toBe(dateFormat(ms));
        expect(toYmd(ms)).toEqual(dateYmd(ms));
        expect(isoWeekday(ms)).toBe(dateWeekday(ms));
      }),
      { numRuns: 5000 },
    );
    for (const ms of [Number.NaN, Infinity, -Infinity, 8.64e15, -8.64e15, 8.64e15 + 1, -0, 0.5, -0.5, 59_999, -1]) {
      expect(formatDateTime(ms)).toBe(dateFormat(ms));
      expect(toYmd(ms)).toEqual(dateYmd(ms));
      expect(isoWeekday(ms)).toBe(dateWeekday(ms));
    }
  });
});
