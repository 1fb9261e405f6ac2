/**
 * Per-character likelihoods of the name model, from the counts in dictionaries/name-chars.txt:
 * how often a character is a surname, a given-name character, the first character after a name,
 * part of a transliterated name, or the last character before a name, among all its occurrences.
 * Kept in typed arrays indexed by char code: the model is asked about most characters of a page,
 * and an object per answer made the collector a tenth of the work.
 */
import { nameCharCounts } from "../../dictionaries/index.js";
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

/**
 * The counts file indexed by character, each line parsed into shares the first time its character
 * is asked about: a page asks about a few hundred of the 2,800 characters, and parsing them all
 * was most of the stage's cost on a first call.
 */
export class CharStats {
  /** Char code → row; row 0 is the unseen character. */
  private readonly rows = new Uint16Array(65536);
  /** Row → offset of its line in `raw`. */
  private readonly lineStarts: Int32Array;
  /** Row → whether `values` holds its shares yet. */
  private readonly ready: Uint8Array;
  private readonly values: Float64Array;

  /**
   * `raw` holds lines `char TAB surname TAB given TAB follow TAB foreign TAB total TAB before`, as
   * scripts/who/build-dictionaries.mjs writes them; `#` lines and blank lines are skipped; a
   * character listed twice keeps its last line.
   */
  constructor(private readonly raw: string) {
    let lines = 1;
    for (let i = raw.indexOf("\n"); i >= 0; i = raw.indexOf("\n", i + 1)) lines++;
    this.lineStarts = new Int32Array(lines + 1);
    this.ready = new Uint8Array(lines + 1);
    this.values = new Float64Array((lines + 1) * FIELDS);
    this.values.set(UNSEEN);
    this.ready[0] = 1;
    let row = 0;
    for (let start = 0; start < raw.length; ) {
      let end = raw.indexOf("\n", start);
      if (end < 0) end = raw.length;
      // One UTF-16 unit, then a tab: the only lines a character of a text can look up.
      if (raw.charCodeAt(start) !== 35 && raw.charCodeAt(start + 1) === 9 && start + 1 < end) {
        this.lineStarts[++row] = start;
        this.rows[raw.charCodeAt(start)] = row;
      }
      start = end + 1;
    }
  }

  private at(code: number, field: number): number {
    const row = this.rows[code] ?? 0;
    if (this.ready[row] === 0) this.fill(row);
    return this.values[row * FIELDS + field]!;
  }

  /** Parses the line of `row` into its add-0.05 smoothed shares. */
  private fill(row: number): void {
    const raw = this.raw;
    const start = this.lineStarts[row]!;
    let end = raw.indexOf("\n", start);
    if (end < 0) end = raw.length;
    if (raw.charCodeAt(end - 1) === 13) end--;
    const t1 = raw.indexOf("\t", start + 2);
    const t2 = raw.indexOf("\t", t1 + 1);
    const t3 = raw.indexOf("\t", t2 + 1);
    const t4 = raw.indexOf("\t", t3 + 1);
    const t5 = raw.indexOf("\t", t4 + 1);
    const base = row * FIELDS;
    this.ready[row] = 1;
    // A line without its seven fields (never written by the script) reads as an unseen character.
    if (t1 < 0 || t5 < 0 || t5 > end) return this.values.set(UNSEEN, base);
    const total = Number(raw.slice(t4 + 1, t5));
    const n = total + 1;
    this.values[base + SURNAME] = (Number(raw.slice(start + 2, t1)) + 0.05) / n;
    this.values[base + GIVEN] = (Number(raw.slice(t1 + 1, t2)) + 0.05) / n;
    this.values[base + FOLLOW] = (Number(raw.slice(t2 + 1, t3)) + 0.05) / n;
    this.values[base + FOREIGN] = (Number(raw.slice(t3 + 1, t4)) + 0.05) / n;
    this.values[base + BEFORE] = (Number(raw.slice(t5 + 1, end)) + 0.05) / n;
    this.values[base + TOTAL] = total;
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

/** The built-in name model (it does not depend on a caller's dictionaries). */
export const charStats = lazy(() => new CharStats(nameCharCounts));
