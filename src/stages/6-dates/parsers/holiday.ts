/** Holidays by name: 国庆节, 元旦, 母亲节, 春节, 中秋节, 清明节 (dictionaries/holidays.txt). */
import { alternation, holidayNameWords, holidays } from "../../../lexicon/dictionaries.js";
import { lazy } from "../../../lexicon/parse-list.js";
import type { Holiday } from "../types.js";
import { firstChars, secondChars, type Anchor, type Parser } from "./parser.js";

function parseRule(rule: string): Holiday | null {
  const fixed = /^(\d{2})-(\d{2})$/.exec(rule);
  if (fixed) return { kind: "fixed", month: Number(fixed[1]), day: Number(fixed[2]) };
  const nth = /^(\d{2}):(\d):(\d)$/.exec(rule);
  if (nth) return { kind: "nth-weekday", month: Number(nth[1]), nth: Number(nth[2]), weekday: Number(nth[3]) };
  const lunar = /^L(\d{2})-(\d{2}|last)$/.exec(rule);
  if (lunar) return { kind: "lunar", month: Number(lunar[1]), day: lunar[2] === "last" ? "last" : Number(lunar[2]) };
  if (rule === "qingming") return { kind: "solar-term", index: 6 };
  const term = /^S(\d{2})\??$/.exec(rule);
  if (term) return { kind: "solar-term", index: Number(term[1]) };
  const easter = /^(O?)E([+-]\d{1,2})(?:\/(\d{1,2}))?$/.exec(rule);
  if (easter) return { kind: "easter", offset: Number(easter[2]), days: Number(easter[3] ?? 1), orthodox: easter[1] === "O" };
  const hebrew = /^H(\d{2})-(\d{2})(?:\/(\d{1,2})(n?))?(s?)$/.exec(rule);
  if (hebrew) return { kind: "hebrew", month: Number(hebrew[1]), day: Number(hebrew[2]), days: Number(hebrew[3] ?? 1), nights: hebrew[4] === "n", shift: hebrew[5] === "s" ? "sabbath" : null };
  if (rule === "israel-independence") return { kind: "hebrew", month: 2, day: 5, days: 1, nights: false, shift: "independence" };
  const islamic = /^I(\d{2})-(\d{2})(?:\/(\d{1,2}|m))?$/.exec(rule);
  if (islamic) return { kind: "islamic", month: Number(islamic[1]), day: Number(islamic[2]), days: islamic[3] === "m" ? 0 : Number(islamic[3] ?? 1) };
  return null;
}

/** Read by tests and the plain scan only: the scanner looks names up (see holidayAt). */
const pattern = lazy(() => new RegExp(`(${alternation(holidays().keys())})`, "y"));

/**
 * The lengths of the holiday names by their first two characters, longest first (the pattern's
 * alternation tries them so): with the Jewish and Muslim names the list runs from 2 to 10
 * characters, and a name's first two rule out most lengths.
 */
const nameLengths = lazy(() => {
  const byPrefix = new Map<string, number[]>();
  for (const name of holidays().keys()) {
    const prefix = name.slice(0, 2);
    const lengths = byPrefix.get(prefix) ?? [];
    if (!lengths.includes(name.length)) lengths.push(name.length);
    byPrefix.set(prefix, lengths);
  }
  for (const lengths of byPrefix.values()) lengths.sort((a, b) => b - a);
  return byPrefix;
});

/** The longest holiday name at `start`, as the pattern's match (whole, and group 1). */
function holidayAt(text: string, start: number): RegExpExecArray | null {
  const names = holidays();
  const lengths = nameLengths().get(text.slice(start, start + 2));
  if (lengths === undefined) return null;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i]!;
    if (start + length > text.length) continue;
    const name = text.slice(start, start + length);
    if (names.has(name)) return Object.assign([name, name] as [string, string], { index: start, input: text });
  }
  return null;
}
// then: 国 and 元 start many words and few holidays; their second characters rule most out.
const anchor = lazy((): Anchor => ({ chars: firstChars(holidays().keys()), from: 0, to: 0, then: { chars: secondChars(holidays().keys()), from: 1, to: 1 } }));

/** Words after a solar term that say it is one: 大雪节气, 霜降时节, 雨水当天. */
const TERM_AFTER = ["节气", "时节", "当天", "这天", "之日", "前后", "到来", "将至"];

/** A year right before (2020年大雪, 今年霜降), 节气 before it, or one of TERM_AFTER after it. */
function hasTermCue(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  if (before === "年" || text.startsWith("节气", start - 2)) return true;
  return TERM_AFTER.some((word) => text.startsWith(word, end));
}

export const holidayParser: Parser = {
  name: "holiday",
  get pattern() {
    return pattern();
  },
  get anchor() {
    return anchor();
  },
  matchAt: holidayAt,
  extract(m, text) {
    // 春节联欢晚会, 元旦杯, 国庆路: the holiday names an event or a place, not a day.
    const end = m.index + m[0].length;
    if (holidayNameWords().some((word) => text.startsWith(word, end))) return null;
    const rule = holidays().get(m[1]!) ?? "";
    // 小雪, 雨水, 霜降 are also the weather: the solar term only after a year or before 节气.
    if (rule.endsWith("?") && !hasTermCue(text, m.index, end)) return null;
    const holiday = parseRule(rule);
    return holiday ? { fields: { holiday } } : null;
  },
};
