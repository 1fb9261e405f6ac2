/**
 * Step 4: the page date. The caller's `referenceDate` if given; otherwise read off the page: a
 * masthead date line (a full date in text outside the articles), else the latest fully written
 * date, else the latest written month-day in the year the page mentions most.
 */
import { isValidDate, type Ymd } from "./calendar.js";
import type { Expression, Fields } from "./types.js";

/** Where the page date came from, for the diagnostic. */
export interface PageDate {
  readonly date: Ymd | null;
  /** Known only to the year (a page that writes years but no month-day). */
  readonly year: number | null;
  readonly source: "option" | "inferred" | null;
  readonly how: string;
}

/** The expressions of one text unit, and whether it is outside the articles (a masthead). */
export interface UnitExpressions {
  readonly masthead: boolean;
  readonly expressions: readonly Expression[];
}

function fullDate(f: Fields): Ymd | null {
  if (f.year?.kind !== "abs" || f.month?.kind !== "abs" || f.day?.kind !== "abs") return null;
  const d = { year: f.year.value, month: f.month.value, day: f.day.value };
  return isValidDate(d.year, d.month, d.day) ? d : null;
}

const compare = (a: Ymd, b: Ymd) => a.year - b.year || a.month - b.month || a.day - b.day;

/** The later of two dates, the first on a tie; a null loses. */
function later(best: Ymd | null, d: Ymd | null): Ymd | null {
  return d !== null && (best === null || compare(d, best) > 0) ? d : best;
}

/** An atom of the page's expressions, and whether its text unit is a masthead. */
interface PageAtom {
  readonly masthead: boolean;
  readonly fields: Fields;
}

/** Every atom of the units' expressions (start, then end of a range), in order. */
function atomsOf(units: readonly UnitExpressions[]): PageAtom[] {
  const atoms: PageAtom[] = [];
  for (let u = 0; u < units.length; u++) {
    const { masthead, expressions } = units[u]!;
    for (let i = 0; i < expressions.length; i++) {
      const e = expressions[i]!;
      if (e.from !== null) atoms.push({ masthead, fields: e.from.fields });
      if (e.to !== null) atoms.push({ masthead, fields: e.to.fields });
    }
  }
  return atoms;
}

export function parseReferenceDate(text: string): Ymd {
  const [year, month, day] = text.slice(0, 10).split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

/**
 * The time of day of a reference written with one (2021-04-12T09:30, …T09:30:15), in ms after
 * midnight; null for a plain date.
 *
 * @example
 * ```ts
 * parseReferenceTime("2021-04-12T09:30"); // => 34200000
 * parseReferenceTime("2021-04-12");       // => null
 * ```
 */
export function parseReferenceTime(text: string): number | null {
  const m = /T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m) return null;
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3] ?? 0)) * 1000;
}

/**
 * The page date, from the option or the page.
 *
 * @example
 * ```ts
 * inferPageDate([], "2021-04-13").date; // => { year: 2021, month: 4, day: 13 }
 * ```
 */
export function inferPageDate(units: readonly UnitExpressions[], referenceDate?: string): PageDate {
  if (referenceDate !== undefined) {
    const date = parseReferenceDate(referenceDate);
    return { date, year: date.year, source: "option", how: "given by the caller" };
  }
  // Plain loops rather than chains of flatMap, filter and map: this runs once per page, cold on
  // the first, where each callback is compiled and each step runs interpreted.
  const atoms = atomsOf(units);
  let masthead: Ymd | null = null;
  let full: Ymd | null = null;
  const counts = new Map<number, number>();
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const d = fullDate(a.fields);
    if (a.masthead) masthead = later(masthead, d);
    full = later(full, d);
    if (a.fields.year?.kind === "abs") counts.set(a.fields.year.value, (counts.get(a.fields.year.value) ?? 0) + 1);
  }
  if (masthead) return { date: masthead, year: masthead.year, source: "inferred", how: "the date line outside the articles (masthead)" };

  let year = full?.year ?? null;
  if (year === null) {
    counts.forEach((n, y) => {
      if (year === null || n > (counts.get(year) ?? 0) || (n === counts.get(year) && y > year)) year = y;
    });
  }
  if (year === null) return { date: null, year: null, source: null, how: "no written year on the page" };
  let date = full;
  for (let i = 0; i < atoms.length; i++) {
    const f = atoms[i]!.fields;
    if (f.year || f.month?.kind !== "abs" || f.day?.kind !== "abs") continue;
    if (isValidDate(year, f.month.value, f.day.value)) date = later(date, { year, month: f.month.value, day: f.day.value });
  }
  if (date === null) return { date: null, year, source: "inferred", how: `the year written most often (${year}); no month-day on the page` };
  const how = full && compare(full, date) === 0 ? "the latest fully written date" : `the latest written month-day, in ${year}, the year the page mentions`;
  return { date, year, source: "inferred", how };
}
