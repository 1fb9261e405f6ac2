/**
 * Per-character likelihoods of the name model, from the counts in dictionaries/name-chars.txt:
 * how often a character is a surname, a given-name character, the first character after a name,
 * part of a transliterated name, or the last character before a name, among all its occurrences.
 */
import { activeDictionaries } from "../../dictionaries/active.js";
import { nameChars } from "../../dictionaries/index.js";

const HAN = /^[\u3400-\u9fff]$/u;

/** True for one CJK ideograph. */
export function isHan(ch: string | undefined): ch is string {
  return ch !== undefined && HAN.test(ch);
}

export interface CharShares {
  readonly surname: number;
  readonly given: number;
  readonly follow: number;
  readonly foreign: number;
  readonly before: number;
  /** How often the character was seen in the training text at all. */
  readonly total: number;
}

/** A character never seen around a name: rare characters are more often in names than function words are. */
const UNSEEN: CharShares = { surname: 0.005, given: 0.05, follow: 0.002, foreign: 0.01, before: 0.002, total: 0 };

/** The shares of `ch`'s occurrences that were each part, add-0.5 smoothed. */
export function charShares(ch: string): CharShares {
  const c = nameChars().get(ch);
  if (!c) return UNSEEN;
  const n = c.total + 1;
  return {
    surname: (c.surname + 0.05) / n,
    given: (c.given + 0.05) / n,
    follow: (c.follow + 0.05) / n,
    foreign: (c.foreign + 0.05) / n,
    before: (c.before + 0.05) / n,
    total: c.total,
  };
}

/** The length of the surname at `at` (2 for 欧阳, 1 for 王), or 0. */
export function surnameLength(text: string, at: number): number {
  const s = activeDictionaries().surnames;
  if (s.has(text.slice(at, at + 2))) return 2;
  return s.has(text.charAt(at)) ? 1 : 0;
}
