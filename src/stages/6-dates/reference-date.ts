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
    throw new BaoxunError("invalid-option", `referenceDate must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
}

function isCalendarDate(value: unknown): boolean {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
