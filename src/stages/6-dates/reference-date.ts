import { BaoxunError } from "../../errors.js";

/**
 * Checks a caller's `referenceDate`: a calendar date written `YYYY-MM-DD`. Both `extract` and
 * `extractWhen` call it, so that the stage run alone refuses what the whole pipeline refuses.
 *
 * @throws {BaoxunError} `invalid-option` for anything else ("yesterday", "2021-02-30").
 * @example
 * ```ts
 * checkReferenceDate("2021-04-13"); // returns
 * checkReferenceDate("2021-02-30"); // throws BaoxunError (invalid-option)
 * ```
 */
export function checkReferenceDate(value: unknown): void {
  if (value !== undefined && !isCalendarDate(value)) {
    throw new BaoxunError("invalid-option", `referenceDate must be a calendar date YYYY-MM-DD (optionally with a time, YYYY-MM-DDTHH:MM), got ${JSON.stringify(value)}`);
  }
}

function isCalendarDate(value: unknown): boolean {
  // 2021-04-12, or with its time of day: 2021-04-12T09:30, 2021-04-12T09:30:15.
  const time = typeof value === "string" ? /^\d{4}-\d{2}-\d{2}(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(value) : null;
  if (time === null || Number(time[1] ?? 0) > 23 || Number(time[2] ?? 0) > 59 || Number(time[3] ?? 0) > 59) return false;
  const [y, m, d] = (value as string).slice(0, 10).split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
