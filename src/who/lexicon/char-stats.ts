/**
 * Per-character likelihoods of the name model, from the counts in dictionaries/name-chars.txt:
 * how often a character is a surname, a given-name character, the first character after a name,
 * part of a transliterated name, or the last character before a name, among all its occurrences.
 * Read in one pass into typed arrays indexed by char code: the model is asked about most
 * characters of a page, and an object per answer made the collector a tenth of the work.
 */
import nameCharsRaw from "../../../dictionaries/name-chars.txt";
import { lazy } from "../../dictionaries/parse-list.js";

/** surname, given, follow, foreign, before shares, then the raw total. */
const FIELDS = 6;
const SURNAME = 0;
const GIVEN = 1;
const FOLLOW = 2;
const FOREIGN = 3;
const BEFORE = 4;
const TOTAL = 5;
/** A character never seen around a name: rare characters are more often in names than function words are. */
const UNSEEN = [0.005, 0.05, 0.002, 0.01, 0.002, 0];

export class CharStats {
  constructor(
    /** Char code → row of `values`; row 0 is the unseen character. */
    private readonly rows: Uint16Array,
    private readonly values: Float64Array,
  ) {}

  private at(code: number, field: number): number {
    return this.values[(this.rows[code] ?? 0) * FIELDS + field]!;
  }

  /** Shares (add-0.05 smoothed) of the character's occurrences that were each part. */
  surname(code: number): number {
    return this.at(code, SURNAME);
  }
  given(code: number): number {
    return this.at(code, GIVEN);
  }
  follow(code: number): number {
    return this.at(code, FOLLOW);
  }
  foreign(code: number): number {
    return this.at(code, FOREIGN);
  }
  before(code: number): number {
    return this.at(code, BEFORE);
  }
  /** How often the character was seen in the training text at all. */
  total(code: number): number {
    return this.at(code, TOTAL);
  }
}

/**
 * Parses lines `char TAB surname TAB given TAB follow TAB foreign TAB total TAB before`, as
 * scripts/who/build-dictionaries.mjs writes them; `#` lines and blank lines are skipped; a character
 * listed twice keeps its last line. Runs once per process, mostly before the code is optimised, so
 * the loop is per line and leaves the fields to indexOf and Number.
 */
export function parseCharStats(raw: string): CharStats {
  let lines = 1;
  for (let i = raw.indexOf("\n"); i >= 0; i = raw.indexOf("\n", i + 1)) lines++;
  const rows = new Uint16Array(65536);
  const values = new Float64Array((lines + 1) * FIELDS);
  values.set(UNSEEN);
  let row = 0;
  for (let start = 0; start < raw.length; ) {
    let end = raw.indexOf("\n", start);
    if (end < 0) end = raw.length;
    const next = end + 1;
    if (raw.charCodeAt(end - 1) === 13) end--;
    // One UTF-16 unit, then a tab: the only lines a character of a text can look up.
    if (end > start && raw.charCodeAt(start) !== 35 && raw.charCodeAt(start + 1) === 9) {
      const t1 = raw.indexOf("\t", start + 2);
      const t2 = raw.indexOf("\t", t1 + 1);
      const t3 = raw.indexOf("\t", t2 + 1);
      const t4 = raw.indexOf("\t", t3 + 1);
      const t5 = raw.indexOf("\t", t4 + 1);
      if (t1 > 0 && t5 < end) {
        const total = Number(raw.slice(t4 + 1, t5));
        const n = total + 1;
        const base = ++row * FIELDS;
        values[base + SURNAME] = (Number(raw.slice(start + 2, t1)) + 0.05) / n;
        values[base + GIVEN] = (Number(raw.slice(t1 + 1, t2)) + 0.05) / n;
        values[base + FOLLOW] = (Number(raw.slice(t2 + 1, t3)) + 0.05) / n;
        values[base + FOREIGN] = (Number(raw.slice(t3 + 1, t4)) + 0.05) / n;
        values[base + BEFORE] = (Number(raw.slice(t5 + 1, end)) + 0.05) / n;
        values[base + TOTAL] = total;
        rows[raw.charCodeAt(start)] = row;
      }
    }
    start = next;
  }
  return new CharStats(rows, values);
}

/** The built-in name model (it does not depend on a caller's dictionaries). */
export const charStats = lazy(() => parseCharStats(nameCharsRaw));
