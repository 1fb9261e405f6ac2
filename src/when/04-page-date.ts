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
const latest = (dates: readonly Ymd[]) => dates.reduce<Ymd | null>((best, d) => (best === null || compare(d, best) > 0 ? d : best), null);

export function parseReferenceDate(text: string): Ymd {
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  return { year, month, day };
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
  const atoms = units.flatMap((u) => u.expressions.flatMap((e) => [e.from, e.to]).filter((a) => a !== null).map((a) => ({ masthead: u.masthead, fields: a.fields })));
  const masthead = latest(atoms.filter((a) => a.masthead).map((a) => fullDate(a.fields)).filter((d): d is Ymd => d !== null));
  if (masthead) return { date: masthead, year: masthead.year, source: "inferred", how: "the date line outside the articles (masthead)" };

  const full = latest(atoms.map((a) => fullDate(a.fields)).filter((d): d is Ymd => d !== null));
  const counts = new Map<number, number>();
  for (const a of atoms) if (a.fields.year?.kind === "abs") counts.set(a.fields.year.value, (counts.get(a.fields.year.value) ?? 0) + 1);
  let year = full?.year ?? null;
  if (year === null) {
    for (const [y, n] of counts) if (year === null || n > (counts.get(year) ?? 0) || (n === counts.get(year) && y > year)) year = y;
  }
  if (year === null) return { date: null, year: null, source: null, how: "no written year on the page" };
  const monthDays = atoms
    .filter((a) => !a.fields.year && a.fields.month?.kind === "abs" && a.fields.day?.kind === "abs")
    .map((a) => ({ year: year!, month: (a.fields.month as { value: number }).value, day: (a.fields.day as { value: number }).value }))
    .filter((d) => isValidDate(d.year, d.month, d.day));
  const candidates = [...(full ? [full] : []), ...monthDays];
  const date = latest(candidates);
  if (date === null) return { date: null, year, source: "inferred", how: `the year written most often (${year}); no month-day on the page` };
  const how = full && compare(full, date) === 0 ? "the latest fully written date" : `the latest written month-day, in ${year}, the year the page mentions`;
  return { date, year, source: "inferred", how };
}
