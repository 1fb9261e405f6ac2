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

/** The non-negative integer in `raw[from, to)`; the counts file holds nothing else. */
function readCount(raw: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (raw.charCodeAt(i) - 48);
  return n;
}

/**
 * Parses lines `char TAB surname TAB given TAB follow TAB foreign TAB total TAB before`; `#` lines
 * and blank lines are skipped; a character listed twice keeps its last line.
 */
export function parseCharStats(raw: string): CharStats {
  let lines = 1;
  for (let i = raw.indexOf("\n"); i >= 0; i = raw.indexOf("\n", i + 1)) lines++;
  const rows = new Uint16Array(65536);
  const values = new Float64Array((lines + 1) * FIELDS);
  values.set(UNSEEN);
  let row = 0;
  const counts = [0, 0, 0, 0, 0, 0];
  for (let start = 0; start < raw.length; ) {
    let end = raw.indexOf("\n", start);
    if (end < 0) end = raw.length;
    const next = end + 1;
    if (raw.charCodeAt(end - 1) === 13) end--;
    // One UTF-16 unit, then a tab: the only lines a character of a text can look up.
    if (end > start && raw.charCodeAt(start) !== 35 && raw.charCodeAt(start + 1) === 9) {
      let field = 0;
      let from = start + 2;
      while (field < 6) {
        let to = raw.indexOf("\t", from);
        if (to < 0 || to > end) to = end;
        counts[field++] = readCount(raw, from, to);
        from = to + 1;
      }
      const [surname, given, follow, foreign, total, before] = counts as [number, number, number, number, number, number];
      const n = total + 1;
      const base = ++row * FIELDS;
      values[base + SURNAME] = (surname + 0.05) / n;
      values[base + GIVEN] = (given + 0.05) / n;
      values[base + FOLLOW] = (follow + 0.05) / n;
      values[base + FOREIGN] = (foreign + 0.05) / n;
      values[base + BEFORE] = (before + 0.05) / n;
      values[base + TOTAL] = total;
      rows[raw.charCodeAt(start)] = row;
    }
    start = next;
  }
  return new CharStats(rows, values);
}

/** The built-in name model (it does not depend on a caller's dictionaries). */
export const charStats = lazy(() => parseCharStats(nameCharsRaw));
