/** Holidays with a Gregorian date: 国庆节, 元旦, 劳动节, 母亲节 (dictionaries/holidays.txt). */
import { alternation, holidays } from "../../dictionaries/index.js";
import { lazy } from "../../dictionaries/parse-list.js";
import type { Holiday } from "../types.js";
import { firstChars, type Anchor, type Parser } from "./parser.js";

function parseRule(rule: string): Holiday | null {
  const fixed = /^(\d{2})-(\d{2})$/.exec(rule);
  if (fixed) return { kind: "fixed", month: Number(fixed[1]), day: Number(fixed[2]) };
  const nth = /^(\d{2}):(\d):(\d)$/.exec(rule);
  if (nth) return { kind: "nth-weekday", month: Number(nth[1]), nth: Number(nth[2]), weekday: Number(nth[3]) };
  return null;
}

const pattern = lazy(() => new RegExp(`(${alternation(holidays().keys())})`, "y"));
const anchor = lazy((): Anchor => ({ chars: firstChars(holidays().keys()), from: 0, to: 0 }));

export const holidayParser: Parser = {
  name: "holiday",
  get pattern() {
    return pattern();
  },
  get anchor() {
    return anchor();
  },
  extract(m) {
    const holiday = parseRule(holidays().get(m[1]!) ?? "");
    return holiday ? { fields: { holiday } } : null;
  },
};
