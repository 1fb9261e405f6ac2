/**
 * Step 2: merge adjacent atoms that together write one date, coarse to fine: 2021年 + 4月 + 7日 +
 * 上午 + 9时30分 is one expression, as is 今年 + 年初 and 2014年 + 底.
 */
import type { Atom, Fields } from "./types.js";
import { trimSpaces } from "./context-words.js";

/**
 * The ranks of an atom's fields, coarse to fine (year 0 … second 16, in halves: the week 7 is
 * between month parts 6 and days 8); an atom merges into one whose finest rank is lower than its own
 * coarsest. Counted and bounded without building a list: this runs for every pair of neighbouring
 * atoms. Whole numbers, no Infinity: interpreted, on a fresh process's first page, every
 * fractional or infinite result is a new heap number.
 */
interface Ranks {
  count: number;
  coarsest: number;
  finest: number;
}

function addRank(out: Ranks, rank: number): void {
  out.count++;
  if (rank < out.coarsest) out.coarsest = rank;
  if (rank > out.finest) out.finest = rank;
}

function ranksOf(fields: Fields, out: Ranks): Ranks {
  out.count = 0;
  // Beyond every rank: the bounds of no rank at all.
  out.coarsest = 99;
  out.finest = -1;
  if (fields.year || fields.decade !== undefined || fields.century !== undefined) addRank(out, 0);
  if (fields.eraEdge) addRank(out, 1);
  if (fields.yearPart || fields.quarter || fields.firstMonths !== undefined) addRank(out, 2);
  if (fields.month) addRank(out, 4);
  if (fields.holiday) {
    addRank(out, 4);
    // A lunar month (腊月) is a month; every other holiday a day.
    if (fields.holiday.kind !== "lunar-month") addRank(out, 8);
  }
  if (fields.monthPart || fields.dayRun) addRank(out, 6);
  if (fields.week || fields.weekNumber !== undefined) addRank(out, 7);
  if (fields.day || fields.nthDay !== undefined) addRank(out, 8);
  if (fields.weekday !== undefined) addRank(out, fields.nth !== undefined ? 8 : 9);
  if (fields.dayPart) addRank(out, 10);
  if (fields.hour !== undefined) addRank(out, 12);
  if (fields.minute !== undefined) addRank(out, 14);
  if (fields.second !== undefined) addRank(out, 16);
  return out;
}

const leftRanks: Ranks = { count: 0, coarsest: 0, finest: 0 };
const rightRanks: Ranks = { count: 0, coarsest: 0, finest: 0 };

/** Fuzzy words and offsets stand alone: 近日 never merges with what follows. */
function standsAlone(fields: Fields): boolean {
  return fields.fuzzy !== undefined || fields.offset !== undefined || fields.duration !== undefined;
}

/** What may separate two atoms of one date: nothing, a space, or 的 (1987年的7月15日). */
function isJoiner(gap: string): boolean {
  const word = trimSpaces(gap);
  return word === "" || word === "的";
}
/** 二〇一六年，九月三号: a year, a comma, then a full month-day. */
function isYearComma(gap: string): boolean {
  const word = trimSpaces(gap);
  return word === "，" || word === ",";
}

/** 周日 alone: a weekday, without a week, a date or a time of day. */
function isWeekdayAlone(f: Fields): boolean {
  return f.weekday !== undefined && !f.weekend && !f.week && !f.year && !f.month && !f.day && !f.dayPart && f.hour === undefined && !f.recurrence;
}

/**
 * 今年前五个月, 2021年后三个月: a year, then the block "前N个月" or "后N个月" read as the year's
 * first or last N months (signed: −3 is the last three).
 */
function firstMonthsOf(left: Atom, right: Atom): number | null {
  const o = right.fields.offset;
  const yearOnly = ranksOf(left.fields, leftRanks).finest <= 0 && left.fields.year !== undefined;
  return yearOnly && o?.mode === "block" && o.unit === "month" && o.amount <= 12 ? -o.direction * o.amount : null;
}

/** 这个月前两天: a month, then the block "前N天" read as the month's first N days. */
function firstDaysOf(left: Atom, right: Atom): number | null {
  const o = right.fields.offset;
  const monthLast = left.fields.month !== undefined && ranksOf(left.fields, leftRanks).finest === 4;
  return monthLast && o?.mode === "block" && o.unit === "day" && o.direction < 0 && o.amount <= 31 ? o.amount : null;
}

function canMerge(left: Atom, right: Atom, gap: string): boolean {
  // 九十年代末期: an edge only after a decade or century; a decade takes nothing else after it.
  const era = (f: Fields) => f.decade !== undefined || f.century !== undefined;
  if (right.fields.eraEdge) return era(left.fields) && !left.fields.eraEdge && gap === "";
  if (era(left.fields)) return false;
  if (gap === "" && (firstMonthsOf(left, right) !== null || firstDaysOf(left, right) !== null)) return true;
  // 每周三下午, 每年4月: a recurrence takes in the date words that follow it.
  if (left.fields.recurrence) return isJoiner(gap) && !right.fields.fuzzy && !right.fields.offset && !right.fields.duration && !right.fields.recurrence;
  if (standsAlone(left.fields) || standsAlone(right.fields)) return false;
  const l = ranksOf(left.fields, leftRanks);
  const r = ranksOf(right.fields, rightRanks);
  if (l.count === 0 || r.count === 0) return false;
  if (l.finest >= r.coarsest) return false;
  if (isJoiner(gap)) return true;
  const yearOnly = l.count === 1 && l.finest === 0;
  return yearOnly && isYearComma(gap) && right.fields.month?.kind === "abs";
}

function merge(left: Atom, right: Atom): Atom {
  const firstMonths = firstMonthsOf(left, right);
  const firstDays = firstMonths === null ? firstDaysOf(left, right) : null;
  let fields: Fields =
    firstMonths !== null ? { ...left.fields, firstMonths } : firstDays !== null ? { ...left.fields, dayRun: { edge: "start", count: firstDays } } : { ...left.fields, ...right.fields };
  // 一季度末, 四季度初: the first or last month of a quarter.
  if (left.fields.quarter && right.fields.monthPart && (right.fields.monthPart === "start" || right.fields.monthPart === "end")) {
    const { monthPart, ...rest } = fields;
    fields = { ...rest, edge: monthPart === "start" ? "start" : "end" };
  }
  // 2014年底, 今年初: a month part right after a year is a part of that year.
  else if (right.fields.monthPart && !left.fields.month && (right.fields.monthPart === "start" || right.fields.monthPart === "end")) {
    const { monthPart, ...rest } = fields;
    fields = { ...rest, yearPart: monthPart === "start" ? "start" : "end" };
  }
  return {
    start: left.start,
    end: right.end,
    rule: `${left.rule}+${right.rule}`,
    fields,
    ...(left.dependent && right.dependent ? { dependent: true } : {}),
    // 2019年 + 1 (of 1-9月) is still only the start of a range.
    ...(right.rangeOnly ? { rangeOnly: true } : {}),
  };
}

/**
 * Adjacent atoms merged into dates.
 *
 * @example
 * ```ts
 * mergeAtoms(scanAtoms("4月7日上午"), "4月7日上午").length; // => 1
 * ```
 */
export function mergeAtoms(atoms: readonly Atom[], text: string): Atom[] {
  const merged: Atom[] = [];
  let current: Atom | null = null;
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    if (current && canMerge(current, atom, text.slice(current.end, atom.start))) {
      current = merge(current, atom);
      continue;
    }
    if (current) merged.push(current);
    current = atom;
  }
  if (current) merged.push(current);
  return joinWeekdays(merged, text);
}

/**
 * 星期天, 二月十号: a weekday, a comma, then the month and day it names (as English writes it)
 * are one date. A pass of its own: the weekday is finer than the day, so the merge above, coarse
 * to fine, never joins them.
 */
function joinWeekdays(atoms: Atom[], text: string): Atom[] {
  let out: Atom[] | null = null;
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const b = atoms[i + 1];
    if (b && isWeekdayAlone(a.fields) && b.fields.month?.kind === "abs" && b.fields.day?.kind === "abs" && isYearComma(text.slice(a.end, b.start))) {
      out ??= atoms.slice(0, i);
      out.push({ start: a.start, end: b.end, rule: `${a.rule}+${b.rule}`, fields: { ...b.fields, weekday: a.fields.weekday! } });
      i++;
      continue;
    }
    out?.push(a);
  }
  return out ?? atoms;
}
