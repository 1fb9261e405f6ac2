/**
 * Step 5: resolution. Each expression becomes an interval [start, end) on the calendar, with what
 * was written and what was inferred. Resolution is past-leaning, as news is: a month-day without a
 * year takes the year that puts it nearest to the page date, a date after the page date counting
 * double (so 12月30日 on a page of 12 April is last December, 5月1日 is this May).
 */
import {
  DAY, HOUR, MINUTE, addMonths, calendarValue, daysInMonth, instant, isValidDate, isoWeekday, startOfDay, toYmd, weekStart,
  type Ymd,
} from "./calendar.js";
import type { DateGranularity, DatePart, PartOfDay } from "../../contracts/graph.js";
import { easterSunday } from "./easter.js";
import { hebrewDateIn, independenceDay } from "./hebrew.js";
import { islamicDateIn, islamicMonthLength } from "./islamic.js";
import { lunarDate, lunarToGregorian, solarTerm } from "./lunar.js";
import type { Atom, DayPartKey, Duration, DurationUnit, Expression, Fields, Holiday, MonthPart, Offset, Recurrence, Ref, YearPart } from "./types.js";

export interface Resolution {
  readonly kind: "point" | "range" | "open-range";
  /** TIMEX3's type: a date, a time within a day, a length, a recurrence. */
  readonly type: "date" | "time" | "duration" | "set";
  /** type duration: ISO 8601 (P2Y, PT30M). */
  readonly duration: string | null;
  /** type set: an iCalendar recurrence rule. */
  readonly recurrence: string | null;
  /** Read off the article's earlier dates (当天, 次日, 同期, a bare 9日), which were there to read. */
  readonly anaphoric: boolean;
  readonly start: number | null;
  readonly end: number | null;
  readonly value: string | null;
  readonly granularity: DateGranularity;
  readonly partOfDay: PartOfDay;
  readonly fuzzy: boolean;
  /** Fresh arrays, the caller's to keep. */
  readonly written: DatePart[];
  readonly inferred: DatePart[];
}

/** What resolution reads besides the expression: the page date and the article's last date. */
export interface ResolveContext {
  readonly page: Ymd | null;
  readonly pageYear: number | null;
  readonly previous: Ymd | null;
  /** The interval of the article's last resolved date of any length: what 去年同期 mirrors. */
  readonly lastPeriod?: { readonly start: number; readonly end: number } | null;
  /** The reference's time of day, ms after midnight (referenceDate "2021-04-12T09:30"); null: not given. */
  readonly time?: number | null;
}

/** Hours [from, to) of each part of the day, and the schema's name for it. */
const DAY_PARTS: Readonly<Record<DayPartKey, readonly [number, number, PartOfDay]>> = {
  dawn: [0, 6, "night"],
  daybreak: [4, 7, "morning"],
  "early-morning": [6, 9, "morning"],
  morning: [8, 12, "morning"],
  noon: [11, 13, "noon"],
  "early-afternoon": [12, 15, "afternoon"],
  afternoon: [12, 18, "afternoon"],
  dusk: [17, 19, "evening"],
  evening: [18, 24, "evening"],
  night: [20, 24, "night"],
  "late-night": [22, 24, "night"],
  midnight: [0, 1, "night"],
  daytime: [6, 18, null],
};

/** Months [from, to) of each part of a year; from 0-based offsets of January. */
const YEAR_PARTS: Readonly<Record<YearPart, readonly [number, number, DateGranularity, boolean]>> = {
  start: [0, 2, "unknown", true],
  mid: [5, 8, "unknown", true],
  end: [10, 12, "unknown", true],
  h1: [0, 6, "half-year", false],
  h2: [6, 12, "half-year", false],
  "first-2q": [0, 6, "half-year", false],
  "first-3q": [0, 9, "unknown", false],
  spring: [2, 5, "season", true],
  summer: [5, 8, "season", true],
  autumn: [8, 11, "season", true],
  winter: [11, 14, "season", true],
  // 去年同期: the same time of that year; bounded by the year.
  same: [0, 12, "year", true],
  "summer-break": [6, 8, "unknown", true],
  "winter-break": [0, 2, "unknown", true],
};

/** Days [from, to) of each part of a month; 0 = the 1st; Infinity = to the month's end. */
const MONTH_PARTS: Readonly<Record<MonthPart, readonly [number, number, DateGranularity, boolean]>> = {
  early: [0, 10, "ten-days", false],
  middle: [10, 20, "ten-days", false],
  late: [20, Infinity, "ten-days", false],
  start: [0, 10, "ten-days", true],
  end: [20, Infinity, "ten-days", true],
};

/** The past-leaning distance of a candidate interval from a reference day. */
function leaning(start: number, end: number, ref: number): number {
  if (ref >= start && ref < end) return 0;
  return start > ref ? 2 * (start - ref) : ref - end + DAY;
}

function dayMs(d: Ymd): number {
  return instant(d.year, d.month, d.day);
}

interface Built {
  start: number;
  end: number;
  granularity: DateGranularity;
  partOfDay: PartOfDay;
  fuzzy: boolean;
  written: Set<DatePart>;
  inferred: Set<DatePart>;
}

const UNRESOLVED = null;

function anchorOf(ref: Ref & { kind: "rel" }, ctx: ResolveContext): Ymd | null {
  return ref.anchor === "previous" ? (ctx.previous ?? ctx.page) : ctx.page;
}

/** Resolves the fields of one atom to an interval, or null when the page date is needed and unknown. */
function resolveFields(f: Fields, ctx: ResolveContext): Built | null {
  const written = new Set<DatePart>();
  const inferred = new Set<DatePart>();
  const built = (start: number, end: number, granularity: DateGranularity, fuzzy: boolean, partOfDay: PartOfDay = null): Built => ({
    start, end, granularity, partOfDay, fuzzy, written, inferred,
  });

  if (f.fuzzy) {
    if (f.fuzzy === "before") {
      const anchor = ctx.previous ?? ctx.page;
      return anchor ? built(Number.NaN, dayMs(anchor), "unknown", true) : UNRESOLVED;
    }
    if (!ctx.page) return UNRESOLVED;
    const page = dayMs(ctx.page);
    if (f.fuzzy === "now") return built(page, page + DAY, "day", true);
    if (f.fuzzy === "future") return built(page + DAY, Number.NaN, "unknown", true);
    if (f.fuzzy === "so-far") return built(Number.NaN, page + DAY, "unknown", true);
    if (f.fuzzy === "recent-days") return built(page - 10 * DAY, page + DAY, "unknown", true);
    if (f.fuzzy === "recent-period") return built(page - 60 * DAY, page + DAY, "unknown", true);
    return built(instant(ctx.page.year - 5, 1, 1), page + DAY, "unknown", true);
  }
  if (f.offset) return resolveOffset(f, ctx, built);
  if (f.decade !== undefined || f.century !== undefined) {
    // A decade's start, middle and end are its first, middle and last three years; a century's, twenty.
    written.add("year");
    const from = f.decade ?? f.century!;
    const length = f.decade !== undefined ? 10 : 100;
    const part = f.decade !== undefined ? 3 : 20;
    const [a, b] = f.eraEdge === "start" ? [0, part] : f.eraEdge === "mid" ? [(length - part) / 2, (length + part) / 2] : f.eraEdge === "end" ? [length - part, length] : [0, length];
    return built(instant(from + a, 1, 1), instant(from + b, 1, 1), "unknown", f.eraEdge !== undefined);
  }

  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  // A day given relatively (昨天, 次日) or through a week (上周三) fixes year, month and day at once.
  let fixedDay: number | undefined;

  if (f.day?.kind === "rel") {
    const anchor = anchorOf(f.day, ctx);
    if (!anchor) return UNRESOLVED;
    fixedDay = dayMs(anchor) + f.day.offset * DAY;
    inferred.add("year").add("month").add("day");
  } else if (f.week) {
    const anchor = f.week.kind === "rel" ? anchorOf(f.week, ctx) : ctx.page;
    if (!anchor) return UNRESOLVED;
    const monday = weekStart(dayMs(anchor)) + (f.week.kind === "rel" ? f.week.offset : 0) * 7 * DAY;
    if (f.weekday === undefined) {
      inferred.add("year").add("month").add("day");
      return built(monday, monday + 7 * DAY, "week", false);
    }
    written.add("weekday");
    inferred.add("year").add("month").add("day");
    fixedDay = monday + (f.weekday - 1) * DAY;
    if (f.weekend) return withTime(f, built(fixedDay, fixedDay + 2 * DAY, "week", false));
  }

  if (fixedDay === undefined) {
    if (f.year?.kind === "abs") {
      year = f.year.value;
      written.add("year");
    } else if (f.year?.kind === "rel") {
      const anchor = anchorOf(f.year, ctx);
      const base = anchor?.year ?? (f.year.anchor === "page" ? ctx.pageYear : null);
      if (base === null || base === undefined) return UNRESOLVED;
      year = base + f.year.offset;
      inferred.add("year");
    }
    if (f.month?.kind === "abs") {
      month = f.month.value;
      written.add("month");
    } else if (f.month?.kind === "rel") {
      const anchor = anchorOf(f.month, ctx);
      if (!anchor) return UNRESOLVED;
      const m = addMonths(year ?? anchor.year, anchor.month, f.month.offset);
      if (year === undefined) inferred.add("year");
      year = m.year;
      month = m.month;
      inferred.add("month");
    }
    if (f.holiday) {
      if (f.holiday.kind === "fixed" || f.holiday.kind === "nth-weekday") month = f.holiday.month;
      written.add("month");
      if (f.holiday.kind !== "lunar-month") written.add("day");
    }
    if (f.day?.kind === "abs") {
      day = f.day.value;
      written.add("day");
    }
    if (f.weekday !== undefined) written.add("weekday");

    // Fill what was not written, past-leaning around the page date (or the article's last date
    // for a bare day: 4月7日 … 9日 is 9 April).
    if (day !== undefined && month === undefined) {
      const base = ctx.previous ?? ctx.page;
      if (!base) return UNRESOLVED;
      const baseMs = dayMs(base);
      let best: { y: number; m: number; score: number } | null = null;
      for (let delta = -1; delta <= 1; delta++) {
        const ym = addMonths(year ?? base.year, base.month, delta);
        if (!isValidDate(ym.year, ym.month, day)) continue;
        const start = instant(ym.year, ym.month, day);
        const score = leaning(start, start + DAY, baseMs);
        if (!best || score < best.score) best = { y: ym.year, m: ym.month, score };
      }
      if (!best) return UNRESOLVED;
      if (year === undefined) inferred.add("year");
      year = best.y;
      month = best.m;
      inferred.add("month");
    }
    if (f.holiday && f.holiday.kind !== "fixed" && f.holiday.kind !== "nth-weekday") {
      // A movable holiday's month and day depend on its year: 春节 is 12 Feb in 2021, 1 Feb in 2022.
      // Numbers only here, and the rest in functions of their own: resolveFields runs for every
      // date, and with { start, end } objects built on this path the code V8 compiled for it
      // allocated more for every date (3 M characters: 22 more young GCs, 1.5 bytes per
      // character more peak heap).
      if (year === undefined) {
        if (!ctx.page) return UNRESOLVED;
        year = movableYear(f.holiday, ctx.page);
        if (year === undefined) return UNRESOLVED;
        inferred.add("year");
      }
      const start = movableStart(f.holiday, year);
      if (start === null) return UNRESOLVED;
      // A lunar month is a span of its own, across two Gregorian months; 大斋期 one of 46 days.
      if (f.holiday.kind === "lunar-month") return built(start, lunarMonthEnd(f.holiday, year), "month", false);
      if (f.holiday.kind === "easter" && f.holiday.days > 1) return built(start, start + f.holiday.days * DAY, "range", false);
      // 逾越节 from its eve to its last day, 斋月 its month.
      if (f.holiday.kind === "hebrew" || f.holiday.kind === "islamic") {
        const end = movableEnd(f.holiday, year, start);
        if (end - start > DAY) return built(start, end, "range", false);
      }
      // Its Gregorian year, too: 去年十一月廿九 on a 2021 page is 12 January 2021.
      const ymd = toYmd(start);
      year = ymd.year;
      month = ymd.month;
      day = ymd.day;
    }
    if (month !== undefined && year === undefined) {
      const page = ctx.page;
      if (!page) return UNRESOLVED;
      const ref = dayMs(page);
      let best: { y: number; score: number } | null = null;
      for (let y = page.year - 1; y <= page.year + 1; y++) {
        const [s, e] = day !== undefined && isValidDate(y, month, day) ? [instant(y, month, day), instant(y, month, day) + DAY] : [instant(y, month, 1), instant(y, month + 1, 1)];
        const score = leaning(s, e, ref);
        if (!best || score < best.score) best = { y, score };
      }
      year = best!.y;
      inferred.add("year");
    }
    if (f.nth !== undefined && f.weekday !== undefined && month !== undefined && year === undefined && ctx.page) {
      year = ctx.page.year;
      inferred.add("year");
    }
    if (f.nth !== undefined && f.weekday !== undefined && month !== undefined && year !== undefined) {
      const first = instant(year, month, 1);
      day = 1 + ((f.weekday - isoWeekday(first) + 7) % 7) + (f.nth - 1) * 7;
    } else if (f.holiday && year !== undefined && month !== undefined && f.holiday.kind === "nth-weekday") {
      const first = instant(year, month, 1);
      const shift = (f.holiday.weekday - isoWeekday(first) + 7) % 7;
      day = 1 + shift + (f.holiday.nth - 1) * 7;
    } else if (f.holiday?.kind === "fixed") {
      day = f.holiday.day;
    }
    if (year === undefined && (f.yearPart || f.monthPart)) {
      const anchorYear = ctx.page?.year ?? ctx.pageYear;
      if (anchorYear === null || anchorYear === undefined) return UNRESOLVED;
      year = anchorYear;
      inferred.add("year");
    }
    if (f.monthPart && month === undefined) {
      if (!ctx.page) return UNRESOLVED;
      month = ctx.page.month;
      inferred.add("month");
    }
    if (day === undefined && f.weekday !== undefined && month === undefined) {
      // 周三 alone: the nearest Wednesday, past-leaning.
      const page = ctx.page;
      if (!page) return UNRESOLVED;
      const ref = dayMs(page);
      const diff = f.weekday - isoWeekday(ref);
      let best: { d: number; score: number } | null = null;
      for (let k = -7; k <= 7; k += 7) {
        const d = ref + (diff + k) * DAY;
        const score = leaning(d, d + DAY, ref);
        if (!best || score < best.score) best = { d, score };
      }
      fixedDay = best!.d;
      inferred.add("year").add("month").add("day");
      if (f.weekend) return withTime(f, built(fixedDay, fixedDay + 2 * DAY, "week", false));
    }
    if (fixedDay === undefined && day === undefined && month === undefined && year === undefined && !f.quarter && f.firstMonths === undefined && f.weekNumber === undefined) {
      // A part of day or a clock time alone: the day the article is about.
      if (f.dayPart === undefined && f.hour === undefined && !f.quarter && f.firstMonths === undefined) return UNRESOLVED;
      const anchor = ctx.previous ?? ctx.page;
      if (!anchor) return UNRESOLVED;
      fixedDay = dayMs(anchor);
      inferred.add("year").add("month").add("day");
    }
  }

  if (fixedDay !== undefined) return withTime(f, built(fixedDay, fixedDay + DAY, "day", false));
  if (f.quarter?.kind === "rel") {
    const anchor = anchorOf(f.quarter, ctx);
    if (!anchor) return UNRESOLVED;
    const q = addMonths(anchor.year, Math.floor((anchor.month - 1) / 3) * 3 + 1, 3 * f.quarter.offset);
    year = q.year;
    inferred.add("year");
    return quarterOf(year, (q.month - 1) / 3 + 1, f.edge, built);
  }
  if (year === undefined && f.quarter) {
    const anchorYear = ctx.page?.year ?? ctx.pageYear;
    if (anchorYear === null || anchorYear === undefined) return UNRESOLVED;
    year = anchorYear;
    inferred.add("year");
  }
  if (year === undefined && f.firstMonths !== undefined && ctx.page) {
    year = ctx.page.year;
    inferred.add("year");
  }
  if ((f.weekNumber !== undefined || f.nthDay !== undefined) && year === undefined && ctx.page) {
    year = ctx.page.year;
    inferred.add("year");
  }
  if (year === undefined) return UNRESOLVED;
  if (f.nthDay !== undefined) {
    // 2023年第十天: counted from the first day of the year, or of the month written.
    const nth = instant(year, month ?? 1, 1) + (f.nthDay - 1) * DAY;
    return withTime(f, built(nth, nth + DAY, "day", false));
  }
  if (f.weekNumber !== undefined) {
    // Weeks counted from the first Monday of the month (or of the year).
    const first = instant(year, month ?? 1, 1);
    const monday = first + ((8 - isoWeekday(first)) % 7) * DAY + (f.weekNumber - 1) * 7 * DAY;
    return built(monday, monday + 7 * DAY, "week", false);
  }
  if (f.quarter?.kind === "abs") return quarterOf(year, f.quarter.value, f.edge, built);
  // 今年前五个月 from January; 2021年后三个月 (−3) to December.
  if (f.firstMonths !== undefined) return built(instant(year, f.firstMonths > 0 ? 1 : 13 + f.firstMonths, 1), instant(year, f.firstMonths > 0 ? 1 + f.firstMonths : 13, 1), "unknown", false);
  if (month === undefined) {
    // 去年同期: the period of the article's last date, in the year written.
    if (f.yearPart === "same" && ctx.lastPeriod) return mirrored(ctx.lastPeriod, year, built);
    if (f.yearPart) {
      const [from, to, granularity, fuzzy] = YEAR_PARTS[f.yearPart];
      return built(instant(year, 1 + from, 1), instant(year, 1 + to, 1), granularity, fuzzy);
    }
    return built(instant(year, 1, 1), instant(year + 1, 1, 1), "year", false);
  }
  if (day === undefined) {
    if (f.dayRun) {
      const last = daysInMonth(year, month);
      const count = Math.min(f.dayRun.count, last);
      const from = f.dayRun.edge === "start" ? 1 : last - count + 1;
      return built(instant(year, month, from), instant(year, month, from + count), "unknown", false);
    }
    if (f.monthPart) {
      const [from, to, granularity, fuzzy] = MONTH_PARTS[f.monthPart];
      const last = daysInMonth(year, month);
      return built(instant(year, month, 1 + from), instant(year, month, 1 + Math.min(to, last)), granularity, fuzzy);
    }
    return built(instant(year, month, 1), instant(year, month + 1, 1), "month", false);
  }
  if (!isValidDate(year, month, day)) return UNRESOLVED;
  const start = instant(year, month, day);
  return withTime(f, built(start, start + DAY, "day", false));
}

/** A period moved to another year, day for day (同期): 2021 Q1 in 2020 is 2020 Q1. */
function mirrored(period: { readonly start: number; readonly end: number }, year: number, built: (s: number, e: number, g: DateGranularity, fz: boolean) => Built): Built {
  const years = year - toYmd(period.start).year;
  const move = (ms: number) => {
    const d = toYmd(ms);
    return instant(d.year + years, d.month, Math.min(d.day, daysInMonth(d.year + years, d.month))) + (ms - startOfDay(ms));
  };
  return built(move(period.start), move(period.end), granularityOf(period.start, period.end), false);
}

/** The granularity of a mirrored period (同期): a quarter, a half, a month, a day, else none. */
function granularityOf(start: number, end: number): DateGranularity {
  const s = toYmd(start);
  const months = (() => {
    const e = toYmd(end);
    return e.day === 1 && s.day === 1 && start === startOfDay(start) && end === startOfDay(end) ? (e.year - s.year) * 12 + e.month - s.month : -1;
  })();
  if (months === 3 && (s.month - 1) % 3 === 0) return "quarter";
  if (months === 6 && (s.month - 1) % 6 === 0) return "half-year";
  if (months === 1) return "month";
  if (months === 12 && s.month === 1) return "year";
  if (end - start === DAY) return "day";
  return "unknown";
}

/** A quarter, or its first or last month (一季度末). */
function quarterOf(year: number, q: number, edge: "start" | "end" | undefined, built: (s: number, e: number, g: DateGranularity, fz: boolean) => Built): Built {
  const first = (q - 1) * 3 + 1;
  if (edge === "start") return built(instant(year, first, 1), instant(year, first + 1, 1), "month", true);
  if (edge === "end") return built(instant(year, first + 2, 1), instant(year, first + 3, 1), "month", true);
  return built(instant(year, first, 1), instant(year, first + 3, 1), "quarter", false);
}

/** Parts of the day whose clock hours below 12 are afternoon hours (下午3点), and night ones (夜里10点). */
const AFTER_NOON: ReadonlySet<DayPartKey> = new Set(["early-afternoon", "afternoon", "dusk", "evening"]);
const AT_NIGHT: ReadonlySet<DayPartKey> = new Set(["night", "late-night"]);

/** The hour of a clock time in its part of the day: 下午3点 is 15, 晚上12点 is 24, 中午1点 is 13. */
function clockHour(hour: number, dayPart: DayPartKey | undefined): number {
  if (dayPart && AFTER_NOON.has(dayPart) && hour < 12) return hour + 12;
  if (dayPart && AT_NIGHT.has(dayPart) && hour >= 6 && hour <= 12) return hour + 12;
  if (dayPart === "noon" && hour >= 1 && hour <= 4) return hour + 12;
  if ((dayPart === "evening" || dayPart === "night") && hour === 12) return 24;
  return hour;
}

/** Narrows a day to its part of day and clock time: 上午 8–12, 下午3点 15:00–16:00. */
function withTime(f: Fields, day: Built): Built {
  const start = startOfDay(day.start);
  let partOfDay: PartOfDay = null;
  let window: readonly [number, number] | null = null;
  if (f.dayPart) {
    const [from, to, name] = DAY_PARTS[f.dayPart];
    partOfDay = name;
    window = [from, to];
    day.written.add("partOfDay");
  }
  if (f.hour === undefined) {
    if (!window) return day;
    return { ...day, start: start + window[0] * HOUR, end: start + window[1] * HOUR, granularity: "part-of-day", partOfDay };
  }
  const hour = clockHour(f.hour, f.dayPart);
  day.written.add("hour");
  const at = start + hour * HOUR + (f.minute ?? 0) * MINUTE + (f.second ?? 0) * 1000;
  if (f.minute !== undefined) day.written.add("minute");
  const length = f.second !== undefined ? 1000 : f.minute !== undefined ? MINUTE : HOUR;
  return { ...day, start: at, end: at + length, granularity: f.minute !== undefined ? "minute" : "hour", partOfDay };
}

/** The start of the calendar unit (day, Monday week, month, year) that contains `ms`, shifted by n units. */
function unitStart(ms: number, unit: "year" | "month" | "week" | "day", n: number): number {
  const d = toYmd(ms);
  if (unit === "year") return instant(d.year + n, 1, 1);
  if (unit === "month") {
    const ym = addMonths(d.year, d.month, n);
    return instant(ym.year, ym.month, 1);
  }
  if (unit === "week") return weekStart(ms) + n * 7 * DAY;
  return startOfDay(ms) + n * DAY;
}

/** ms shifted by a (possibly fractional) number of units; months clamp the day (1月31日 + 1 month). */
function shift(anchor: Ymd, unit: "year" | "month" | "week" | "day", amount: number): number {
  if (unit === "year" || unit === "month") {
    const months = Math.round(unit === "year" ? amount * 12 : amount);
    const ym = addMonths(anchor.year, anchor.month, months);
    const whole = instant(ym.year, ym.month, Math.min(anchor.day, daysInMonth(ym.year, ym.month)));
    // 半个月: the fraction of a month as days.
    return unit === "month" && !Number.isInteger(amount) ? dayMs(anchor) + Math.round(amount * 30) * DAY : whole;
  }
  return dayMs(anchor) + Math.round(amount * (unit === "week" ? 7 : 1)) * DAY;
}

/** Milliseconds of each clock unit. */
const CLOCK_UNIT_MS = { hour: HOUR, minute: MINUTE, second: 1000 } as const;

/**
 * 3小时前, 上两秒, 最近10分钟: from the reference instant, which needs its time of day. A point is
 * the instant N units away, to the minute (to the second for seconds); a block the N whole units
 * before or after the current one; a window runs from or to the instant.
 */
function resolveClockOffset(o: Offset & { unit: "hour" | "minute" | "second" }, ctx: ResolveContext, built: (s: number, e: number, g: DateGranularity, fz: boolean) => Built): Built | null {
  if (!ctx.page || ctx.time === undefined || ctx.time === null) return UNRESOLVED;
  const at = dayMs(ctx.page) + ctx.time;
  const unit = CLOCK_UNIT_MS[o.unit];
  const span = o.amount * unit;
  let r: Built;
  if (o.mode === "until-now") r = built(at - span, at, "unknown", o.vague);
  else if (o.mode === "within") r = built(at, at + span, "unknown", o.vague);
  else if (o.mode === "block") {
    const current = Math.floor(at / unit) * unit;
    r = o.direction < 0 ? built(current - span, current, "unknown", false) : built(current + unit, current + unit + span, "unknown", false);
  } else {
    const point = at + o.direction * span;
    r = built(point, point + (o.unit === "second" ? 1000 : MINUTE), "minute", o.vague);
  }
  r.inferred.add("year").add("month").add("day").add("hour");
  return r;
}

function resolveOffset(f: Fields, ctx: ResolveContext, built: (s: number, e: number, g: DateGranularity, fz: boolean) => Built): Built | null {
  const o = f.offset!;
  if (o.unit === "hour" || o.unit === "minute" || o.unit === "second") return resolveClockOffset(o as Offset & { unit: "hour" | "minute" | "second" }, ctx, built);
  const calendarUnit = o.unit;
  // 三年前 counts back from the page date; 四年后 in a narrative counts on from the article's last date.
  const anchor = o.direction < 0 || o.mode !== "point" ? ctx.page : (ctx.previous ?? ctx.page);
  if (!anchor) return UNRESOLVED;
  const base = dayMs(anchor);
  const inferAll = (r: Built) => {
    r.inferred.add("year").add("month").add("day");
    return r;
  };
  if (o.mode === "until-now") return inferAll(built(shift(anchor, calendarUnit, -o.amount), base + DAY, "unknown", o.vague));
  if (o.mode === "within") return inferAll(built(base, shift(anchor, calendarUnit, o.amount) + DAY, "unknown", o.vague));
  if (o.mode === "block") {
    const r = o.direction < 0
      ? built(unitStart(base, calendarUnit, -o.amount), unitStart(base, calendarUnit, 0), "unknown", false)
      : built(unitStart(base, calendarUnit, 1), unitStart(base, calendarUnit, 1 + o.amount), "unknown", false);
    return inferAll(r);
  }
  const point = shift(anchor, calendarUnit, o.direction * o.amount);
  const p = toYmd(point);
  // 26年前的今天 is a day, whatever unit it counts in.
  const unit = o.sameDay ? "day" : o.unit;
  let r: Built;
  if (unit === "year" && Number.isInteger(o.amount)) r = built(instant(p.year, 1, 1), instant(p.year + 1, 1, 1), "year", o.vague);
  else if (unit === "year" || (unit === "month" && Number.isInteger(o.amount))) r = built(instant(p.year, p.month, 1), instant(p.year, p.month + 1, 1), "month", o.vague);
  else r = built(startOfDay(point), startOfDay(point) + DAY, "day", o.vague);
  r.inferred.add("year");
  if (unit !== "year") r.inferred.add("month");
  if (unit === "day" || unit === "week") r.inferred.add("day");
  return r;
}

function toResolution(kind: Resolution["kind"], b: Built | null, parts?: { written: Set<DatePart>; inferred: Set<DatePart> }): Resolution {
  // forEach, not spreads and for…of: interpreted on a fresh process's first page, each iterator
  // step allocates its result.
  const written: DatePart[] = [];
  const inferred: DatePart[] = [];
  (parts?.written ?? b?.written)?.forEach((p) => written.push(p));
  (parts?.inferred ?? b?.inferred)?.forEach((p) => {
    if (!written.includes(p)) inferred.push(p);
  });
  const plain = { type: "date" as const, duration: null, recurrence: null, anaphoric: false };
  if (!b) return { kind, ...plain, start: null, end: null, value: null, granularity: "unknown", partOfDay: null, fuzzy: false, written, inferred };
  const start = Number.isNaN(b.start) ? null : b.start;
  const end = Number.isNaN(b.end) ? null : b.end;
  return {
    kind,
    ...plain,
    start,
    end,
    value: kind === "point" && start !== null && end !== null ? periodValue(start, b.granularity) ?? calendarValue(start, end) : null,
    granularity: b.granularity,
    partOfDay: b.partOfDay,
    fuzzy: b.fuzzy,
    written,
    inferred,
  };
}

/** A quarter or a half of a year as TIMEX3 writes it: 2021-Q1, 2021-H2; null for any other length. */
function periodValue(start: number, granularity: DateGranularity): string | null {
  if (granularity !== "quarter" && granularity !== "half-year") return null;
  const { year, month } = toYmd(start);
  const n = granularity === "quarter" ? (month - 1) / 3 + 1 : (month - 1) / 6 + 1;
  if (!Number.isInteger(n)) return null;
  return `${String(year).padStart(4, "0")}-${granularity === "quarter" ? "Q" : "H"}${n}`;
}

/** The written parts of an atom, known even when it cannot be resolved (no page date). */
function writtenParts(f: Fields): Set<DatePart> {
  const w = new Set<DatePart>();
  if (f.year?.kind === "abs" || f.decade !== undefined || f.century !== undefined) w.add("year");
  if (f.month?.kind === "abs" || f.holiday) w.add("month");
  if (f.day?.kind === "abs" || (f.holiday && f.holiday.kind !== "lunar-month")) w.add("day");
  if (f.weekday !== undefined) w.add("weekday");
  if (f.dayPart) w.add("partOfDay");
  if (f.hour !== undefined) w.add("hour");
  if (f.minute !== undefined) w.add("minute");
  return w;
}

/** True when a field is written relative to the page or the last date (下个月9号, 明天). */
function hasRelative(f: Fields): boolean {
  return f.year?.kind === "rel" || f.month?.kind === "rel" || f.day?.kind === "rel" || f.week?.kind === "rel" || f.quarter?.kind === "rel";
}

/** Fields of the end of a range completed from its start: 4月7日至9日 → 9 is in April. */
function completeEnd(from: Fields, to: Fields): Fields {
  const rank = (x: Fields) =>
    x.year || x.decade !== undefined ? 0 : x.yearPart || x.quarter ? 1 : x.month || x.holiday ? 2 : x.week ? 3 : x.day ? 4 : x.weekday !== undefined ? 4.5 : x.dayPart ? 5 : 6;
  // 2014年11月到下个月9号: an end written relative to the page stands on its own.
  if (hasRelative(to)) return to;
  const r = rank(to);
  const out: { -readonly [K in keyof Fields]: Fields[K] } = { ...to };
  if (r > 0 && from.year && !to.year) out.year = from.year;
  if (r > 2 && from.month && !to.month && !to.week) out.month = from.month;
  if (r > 4 && from.day && !to.day && to.weekday === undefined) out.day = from.day;
  if (r > 4.5 && from.week && !to.week) {
    out.week = from.week;
    if (from.weekday !== undefined) out.weekday = from.weekday;
  }
  // 下午3点至5点: 5 is in the afternoon; 晚上10点至2点: 2 is not in the evening but after it.
  if (r > 5 && from.dayPart && !to.dayPart && (to.hour ?? 0) >= (from.hour ?? 0)) out.dayPart = from.dayPart;
  return out;
}

/**
 * Resolves one expression against the page date and the article's last date.
 *
 * @example
 * ```ts
 * const [e] = findExpressions(mergeAtoms(scanAtoms("今年年初以来"), "今年年初以来"), "今年年初以来");
 * resolveExpression(e, { page: { year: 2021, month: 4, day: 12 }, pageYear: 2021, previous: null }).kind;
 * // => "open-range" (start 2021-01-01, end the page date's end)
 * ```
 */
export function resolveExpression(e: Expression, ctx: ResolveContext): Resolution {
  const from = (e.from as Atom).fields;
  if (from.duration) {
    const r = durationResolution(from.duration, e.approx === true);
    // A range of lengths: its shorter one, fuzzy.
    return e.kind === "range" || from.duration.bound === "between" ? { ...r, kind: "range", fuzzy: true } : r;
  }
  if (from.recurrence) return setResolution(from, from.recurrence);
  const r = resolveInterval(e, ctx);
  const to = e.to?.fields;
  const type = isTime(from) || (to !== undefined && isTime(to)) ? "time" : "date";
  const anaphoric = (ctx.previous !== null && readsPrevious(from)) || (ctx.lastPeriod != null && from.yearPart === "same");
  return type === "date" && !anaphoric ? r : { ...r, type, anaphoric };
}

/** A length: no interval, its ISO 8601 duration. */
function durationResolution(d: Duration, approx: boolean): Resolution {
  return {
    kind: "point", type: "duration", duration: isoDuration(d), recurrence: null, anaphoric: false,
    start: null, end: null, value: null, granularity: "unknown", partOfDay: null, fuzzy: d.fuzzy || approx, written: [], inferred: [],
  };
}

const ISO_LETTER: Readonly<Record<DurationUnit, string>> = { year: "Y", month: "M", week: "W", day: "D", hour: "H", minute: "M", second: "S" };
const TIME_UNITS: ReadonlySet<DurationUnit> = new Set(["hour", "minute", "second"]);

/** One number as ISO 8601 writes it: 2, 2.5 (no float noise: 0.1 + 0.2). */
function isoNumber(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/**
 * ISO 8601 for a duration's parts: 两年半 → P2Y6M, 一个半小时 → PT1H30M, 两周 → P2W (weeks alone;
 * with other parts, as days). A fraction goes to the next smaller unit when it comes out whole.
 *
 * @example
 * ```ts
 * isoDuration({ parts: [{ unit: "day", amount: 36 }, { unit: "hour", amount: 5 }, { unit: "minute", amount: 30 }], fuzzy: false });
 * // => "P36DT5H30M"
 * ```
 */
export function isoDuration(d: Duration): string {
  // One whole part (两年, 6天, 30分钟), most of a page's lengths: without the tables below.
  if (d.parts.length === 1) {
    const { unit, amount } = d.parts[0]!;
    if (Number.isInteger(amount) && amount > 0) return `${TIME_UNITS.has(unit) ? "PT" : "P"}${amount}${ISO_LETTER[unit]}`;
  }
  const total: Record<DurationUnit, number> = { year: 0, month: 0, week: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of d.parts) total[p.unit] += p.amount;
  const down: readonly [DurationUnit, DurationUnit, number][] = [["year", "month", 12], ["day", "hour", 24], ["hour", "minute", 60], ["minute", "second", 60]];
  for (const [from, to, factor] of down) {
    const frac = total[from] - Math.trunc(total[from]);
    if (frac > 0 && Number.isInteger(Math.round(frac * factor * 1000) / 1000)) {
      total[from] -= frac;
      total[to] += Math.round(frac * factor);
    }
  }
  const others = total.year + total.month + total.day + total.hour + total.minute + total.second;
  if (total.week > 0 && others > 0) {
    total.day += total.week * 7;
    total.week = 0;
  }
  const date = [["year", "Y"], ["month", "M"], ["week", "W"], ["day", "D"]] as const;
  const time = [["hour", "H"], ["minute", "M"], ["second", "S"]] as const;
  const dayPart = date.map(([u, c]) => (total[u] > 0 ? `${isoNumber(total[u])}${c}` : "")).join("");
  const timePart = time.map(([u, c]) => (total[u] > 0 ? `${isoNumber(total[u])}${c}` : "")).join("");
  const iso = `P${dayPart}${timePart ? `T${timePart}` : ""}`;
  return iso === "P" ? "PT0S" : iso;
}

const ICAL_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/**
 * A set: an iCalendar rule from its frequency and the date words merged into it (每周一下午 →
 * FREQ=WEEKLY;BYDAY=MO, afternoon; 每年春节 → RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1).
 */
function setResolution(f: Fields, r: Recurrence): Resolution {
  const rule: string[] = [];
  const h = f.holiday;
  if (h?.kind === "lunar" || h?.kind === "lunar-month") rule.push("RSCALE=CHINESE");
  if (h?.kind === "hebrew") rule.push("RSCALE=HEBREW");
  if (h?.kind === "islamic") rule.push("RSCALE=ISLAMIC-CIVIL");
  rule.push(`FREQ=${r.freq}`);
  if (r.interval !== 1) rule.push(`INTERVAL=${isoNumber(r.interval)}`);
  // iCalendar has no Easter rule: 每年复活节 is yearly, without a month.
  // RFC 7529 counts Hebrew months from Tishri (1) to Elul (12).
  const month = h?.kind === "easter" || (h?.kind === "hebrew" && h.shift !== null) ? null : h?.kind === "hebrew" ? String(h.month >= 7 ? h.month - 6 : h.month + 6) : h && h.kind !== "solar-term" ? `${h.month}${"leap" in h && h.leap ? "L" : ""}` : h?.kind === "solar-term" ? String(Math.floor(h.index / 2) + 1) : f.month?.kind === "abs" ? String(f.month.value) : null;
  if (month !== null) rule.push(`BYMONTH=${month}`);
  const day = h?.kind === "fixed" || (h?.kind === "hebrew" && h.shift === null) || h?.kind === "islamic" ? h.day : h?.kind === "lunar" ? (h.day === "last" ? -1 : h.day) : f.day?.kind === "abs" ? f.day.value : null;
  if (day !== null) rule.push(`BYMONTHDAY=${day}`);
  const nth = h?.kind === "nth-weekday" ? h.nth : f.nth;
  const weekday = h?.kind === "nth-weekday" ? h.weekday : f.weekday;
  const byDay = r.byDay ?? (weekday === undefined ? null : f.weekend ? ["SA", "SU"] : [`${nth ?? ""}${ICAL_DAYS[weekday - 1]}`]);
  if (byDay) rule.push(`BYDAY=${byDay.join(",")}`);
  if (f.hour !== undefined) rule.push(`BYHOUR=${clockHour(f.hour, f.dayPart) % 24}`, `BYMINUTE=${f.minute ?? 0}`);
  return {
    kind: "point", type: "set", duration: null, recurrence: rule.join(";"), anaphoric: false,
    start: null, end: null, value: null, granularity: "unknown", partOfDay: f.dayPart ? DAY_PARTS[f.dayPart][2] : null, fuzzy: false,
    written: [...writtenParts(f)], inferred: [],
  };
}

/** Within a day: a part of the day or a clock time written (4月7日上午, 下午3点). */
function isTime(f: Fields): boolean {
  const unit = f.offset?.unit;
  return f.hour !== undefined || f.dayPart !== undefined || unit === "hour" || unit === "minute" || unit === "second";
}

/** Fields that take what they leave out from the article's last date: 当天, 次日, 同年, a bare 9日 or 上午. */
function readsPrevious(f: Fields): boolean {
  const rel = (r: Ref | undefined) => r?.kind === "rel" && r.anchor === "previous";
  if (rel(f.year) || rel(f.month) || rel(f.day) || rel(f.week) || rel(f.quarter)) return true;
  if (f.fuzzy === "before") return true;
  if (f.offset) return f.offset.direction > 0 && f.offset.mode === "point";
  const dated = f.year || f.month || f.week || f.holiday || f.weekday !== undefined || f.quarter || f.yearPart || f.monthPart || f.decade !== undefined || f.century !== undefined || f.weekNumber !== undefined || f.fuzzy;
  if (dated) return false;
  return f.day?.kind === "abs" || f.dayPart !== undefined || f.hour !== undefined;
}

function resolveInterval(e: Expression, ctx: ResolveContext): Resolution {
  const from = e.from as Atom;
  const a = resolveFields(from.fields, ctx);
  // 近年来: from a few years ago until the page date; 此前: until the last date; 未来: from the page date on.
  if (e.kind === "point" && (from.fields.fuzzy === "recent-years" || from.fields.fuzzy === "before" || from.fields.fuzzy === "future" || from.fields.fuzzy === "so-far")) {
    return toResolution("open-range", a && { ...a, granularity: "range" });
  }
  // 近三个月: until the page date; 十日内, 上两个月: a span of whole days or units.
  const mode = from.fields.offset?.mode;
  if (e.kind === "point" && (mode === "until-now" || mode === "within" || mode === "block")) {
    return toResolution(mode === "until-now" ? "open-range" : "range", a && { ...a, granularity: "range" });
  }
  if (e.kind === "point") {
    if (!a) return toResolution("point", null, { written: writtenParts(from.fields), inferred: new Set() });
    return toResolution("point", e.approx ? { ...a, fuzzy: true } : a);
  }
  if (e.kind === "open-range") {
    const parts = { written: a?.written ?? writtenParts(from.fields), inferred: a?.inferred ?? new Set<DatePart>() };
    if (!a) return toResolution("open-range", null, parts);
    const pageEnd = ctx.page ? dayMs(ctx.page) + DAY : Number.NaN;
    const fuzzy = a.fuzzy;
    if (e.open === "since") return toResolution("open-range", { ...a, end: pageEnd, granularity: "range", partOfDay: null, fuzzy }, parts);
    if (e.open === "from-on") return toResolution("open-range", { ...a, end: Number.NaN, granularity: "range", partOfDay: null, fuzzy }, parts);
    if (e.open === "until") return toResolution("open-range", { ...a, start: Number.NaN, granularity: "range", partOfDay: null, fuzzy }, parts);
    // 年底前 on a page of April: a deadline, from the page date to the end of the year; 2008年前 on
    // the same page: before 2008, no start.
    const page = ctx.page ? dayMs(ctx.page) : null;
    if (page !== null && a.start > page) return toResolution("open-range", { ...a, start: page, granularity: "range", partOfDay: null, fuzzy }, parts);
    return toResolution("open-range", { ...a, end: a.start, start: Number.NaN, granularity: "range", partOfDay: null, fuzzy }, parts);
  }
  const toFields = completeEnd(from.fields, (e.to as Atom).fields);
  const b = resolveFields(toFields, a ? { ...ctx, previous: toYmd(a.start) } : ctx);
  // 1-9月份: with no year on either end, the start takes the year of the (past-leaning) end.
  if (a && b && !from.fields.year && !hasRelative(from.fields) && from.fields.month && !toFields.year && b.start < a.start) {
    const year = toYmd(b.start).year;
    for (let y = year; y >= year - 1; y--) {
      const again = resolveFields({ ...from.fields, year: { kind: "abs", value: y } }, ctx);
      if (again && again.start <= b.start) {
        again.written.delete("year");
        again.inferred.add("year");
        return resolveRange(e, again, b, toFields);
      }
    }
  }
  return resolveRange(e, a, b, toFields);
}

function resolveRange(e: Expression, a: Built | null, b: Built | null, toFields: Fields): Resolution {
  const from = e.from as Atom;
  const written = new Set([...(a?.written ?? writtenParts(from.fields)), ...(b?.written ?? writtenParts(toFields))]);
  const inferred = new Set([...(a?.inferred ?? []), ...(b?.inferred ?? [])]);
  if (!a || !b) return toResolution("range", null, { written, inferred });
  // 3点至5点 ends at 5 o'clock, not at the end of that hour: a clock time ends a range at its instant.
  let end = toFields.hour !== undefined ? b.start : b.end;
  // 晚上11点至凌晨2点: an end before the start, with no day of its own, is on the next day.
  if (end <= a.start && !(e.to as Atom).fields.day && (e.to as Atom).fields.hour !== undefined) end += DAY;
  // 星期一到星期五: a bare weekday that ends a range is the first one after its start, not the
  // nearest to the page date (which may come before the start).
  const to = (e.to as Atom).fields;
  if (end <= a.start && to.weekday !== undefined && !to.day && !to.week) while (end <= a.start) end += 7 * DAY;
  return toResolution("range", { ...a, end, granularity: "range", partOfDay: a.partOfDay === b.partOfDay ? a.partOfDay : null, fuzzy: a.fuzzy || b.fuzzy }, { written, inferred });
}

/** Granularities that name one day or less. */
const FINE: ReadonlySet<DateGranularity> = new Set(["day", "part-of-day", "hour", "minute"]);

/** The day an expression leaves as "the article's last date" for 次日, 当天 and bare days. */
export function lastDayOf(e: Expression, r: Resolution): Ymd | null {
  if (r.start === null || r.fuzzy) return null;
  // 3月2日开始检查，4日结束: the day an open range starts on is the day the article is at.
  if (e.kind === "open-range" && e.open === "from-on" && e.from?.fields.day?.kind === "abs") return toYmd(r.start);
  const fine = FINE.has(r.granularity) || (e.kind === "range" && r.end !== null && r.end - r.start <= 31 * DAY);
  if (!fine) return null;
  if (e.kind === "range" && r.end !== null) return toYmd(r.end - 1);
  return toYmd(r.start);
}

/** The year, around the page's, that puts a movable holiday nearest the page date, past-leaning. */
function movableYear(holiday: Movable, page: Ymd): number | undefined {
  const ref = dayMs(page);
  let bestYear: number | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (let y = page.year - 1; y <= page.year + 1; y++) {
    const start = movableStart(holiday, y);
    if (start === null) continue;
    const end = movableEnd(holiday, y, start);
    const score = leaning(start, end, ref);
    if (score < bestScore) (bestYear = y), (bestScore = score);
  }
  return bestYear;
}

type Movable = Extract<Holiday, { kind: "lunar" | "lunar-month" | "solar-term" | "easter" | "hebrew" | "islamic" }>;

/**
 * Midnight of the first day of a lunar-calendar date or month, or of 清明, in `year`, or null. A
 * lunar date written out is in the lunar year; a holiday in the Gregorian year it falls in.
 */
function movableStart(holiday: Movable, year: number): number | null {
  if (holiday.kind === "solar-term") return solarTerm(year, holiday.index);
  if (holiday.kind === "easter") {
    const sunday = easterSunday(year, holiday.orthodox);
    return sunday === null ? null : sunday + holiday.offset * DAY;
  }
  if (holiday.kind === "hebrew") return hebrewStart(holiday, year);
  if (holiday.kind === "islamic") return islamicDateIn(year, holiday.month, holiday.day)?.start ?? null;
  const leap = holiday.leap === true;
  if (holiday.kind === "lunar-month") return lunarDate(year, holiday.month, 1, leap);
  return holiday.written === true ? lunarDate(year, holiday.month, holiday.day, leap) : lunarToGregorian(year, holiday.month, holiday.day, leap);
}

/** The eve of a Jewish festival in Gregorian `year`: the Hebrew day begins at the sunset before. */
function hebrewStart(holiday: Extract<Holiday, { kind: "hebrew" }>, year: number): number | null {
  const day = holiday.shift === "independence" ? independenceDay(year) : hebrewDateIn(year, holiday.month, holiday.day);
  if (day === null) return null;
  // 9 Av on a Saturday is kept on the Sunday.
  const kept = holiday.shift === "sabbath" && isoWeekday(day) === 6 ? day + DAY : day;
  return kept - DAY;
}

/** The end (exclusive) of a movable holiday that starts at `start` in Gregorian `year`. */
function movableEnd(holiday: Movable, year: number, start: number): number {
  switch (holiday.kind) {
    case "lunar-month":
      return lunarMonthEnd(holiday, year);
    case "easter":
      return start + holiday.days * DAY;
    case "hebrew":
      // The eve, then `days` days; or the eve and the evenings after it (光明节's eight nights).
      return start + (holiday.nights ? holiday.days : holiday.days + 1) * DAY;
    case "islamic": {
      if (holiday.days > 0) return start + holiday.days * DAY;
      const islamicYear = islamicDateIn(year, holiday.month, holiday.day)?.year;
      return islamicYear === undefined ? Number.NaN : start + islamicMonthLength(islamicYear, holiday.month) * DAY;
    }
    default:
      return start + DAY;
  }
}

/** The end (exclusive) of a lunar month of lunar year `year`. */
function lunarMonthEnd(holiday: Extract<Holiday, { kind: "lunar-month" }>, year: number): number {
  return (lunarDate(year, holiday.month, "last", holiday.leap === true) ?? Number.NaN) + DAY;
}
