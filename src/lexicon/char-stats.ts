/**
 * Per-character likelihoods of the name model, from the counts in dictionaries/name-chars.txt:
 * how often a character is a surname, a given-name character, the first character after a name,
 * part of a transliterated name, or the last character before a name, among all its occurrences.
 * Kept in typed arrays indexed by char code: the model is asked about most characters of a page,
 * and an object per answer made the collector a tenth of the work.
 */
import { nameCharCounts } from "./dictionaries.js";
import { lazy } from "./parse-list.js";

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
 * The counts file, each character's line found by a binary search and parsed into shares the first
 * time the character is asked about: a page asks about a few hundred of the 2,800 characters, and
 * indexing every line up front was most of the stage's set-up on a fresh process.
 */
export class CharStats {
  /**
   * Char code → slot in `values` (0: not asked about yet), in pages of 256 codes made on first use:
   * one 64 K-entry table cost more to allocate on a fresh process than a page's lookups.
   */
  private readonly pages: (Uint16Array | undefined)[] = [];
  /** Slot → its shares; slot 1 holds the unseen character's, slot 0 is unused. */
  private values = new Float64Array(256 * FIELDS);
  private used = 2;
  /** Where the lines after the leading `#` comments start. */
  private readonly dataStart: number;

  /**
   * `raw` holds `#` comment lines, then lines `char TAB surname TAB given TAB follow TAB foreign
   * TAB total TAB before` sorted by char code, one per character, as
   * scripts/who/build-dictionaries.mjs writes them (sorted, so that a search finds a line). An
   * empty count reads as 0: the build writes zeros so (scripts/build/dictionary-text.ts).
   */
  constructor(private readonly raw: string) {
    let start = 0;
    while (raw.charCodeAt(start) === 35) {
      const end = raw.indexOf("\n", start);
      start = end < 0 ? raw.length : end + 1;
    }
    this.dataStart = start;
    this.values.set(UNSEEN, FIELDS);
  }

  /** The start of the line of `code`, or -1: a binary search over the sorted lines. */
  private lineOf(code: number): number {
    const raw = this.raw;
    // `lo` is always a line start; the line sought, if any, starts in [lo, hi).
    let lo = this.dataStart;
    let hi = raw.length;
    while (lo < hi) {
      // The start of the line holding the midpoint: in [lo, hi), so that each step narrows the range.
      const mid = (lo + hi) >>> 1;
      const start = mid === lo ? lo : Math.max(lo, raw.lastIndexOf("\n", mid - 1) + 1);
      const first = raw.charCodeAt(start);
      if (first === code) return raw.charCodeAt(start + 1) === 9 ? start : -1;
      if (first > code) hi = start;
      else {
        const end = raw.indexOf("\n", start);
        lo = end < 0 ? hi : end + 1;
      }
    }
    return -1;
  }

  /** Gives `code` its slot: its line's add-0.05 smoothed shares, or the unseen slot. */
  private fill(code: number): number {
    // NaN, a position past either end of a text, reads as the unseen character.
    if (!(code >= 0 && code <= 0xffff)) return 1;
    const raw = this.raw;
    const start = this.lineOf(code);
    let slot = 1;
    if (start >= 0) {
      let end = raw.indexOf("\n", start);
      if (end < 0) end = raw.length;
      if (raw.charCodeAt(end - 1) === 13) end--;
      const t1 = raw.indexOf("\t", start + 2);
      const t2 = raw.indexOf("\t", t1 + 1);
      const t3 = raw.indexOf("\t", t2 + 1);
      const t4 = raw.indexOf("\t", t3 + 1);
      const t5 = raw.indexOf("\t", t4 + 1);
      // A line without its seven fields (never written by the script) reads as an unseen character.
      if (t1 >= 0 && t5 >= 0 && t5 < end) slot = this.store(raw, start, t1, t2, t3, t4, t5, end);
    }
    (this.pages[code >> 8] ??= new Uint16Array(256))[code & 255] = slot;
    return slot;
  }

  private store(raw: string, start: number, t1: number, t2: number, t3: number, t4: number, t5: number, end: number): number {
    const slot = this.used++;
    if ((slot + 1) * FIELDS > this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    const base = slot * FIELDS;
    const total = Number(raw.slice(t4 + 1, t5));
    const n = total + 1;
    this.values[base + SURNAME] = (Number(raw.slice(start + 2, t1)) + 0.05) / n;
    this.values[base + GIVEN] = (Number(raw.slice(t1 + 1, t2)) + 0.05) / n;
    this.values[base + FOLLOW] = (Number(raw.slice(t2 + 1, t3)) + 0.05) / n;
    this.values[base + FOREIGN] = (Number(raw.slice(t3 + 1, t4)) + 0.05) / n;
    this.values[base + BEFORE] = (Number(raw.slice(t5 + 1, end)) + 0.05) / n;
    this.values[base + TOTAL] = total;
    return slot;
  }

  // Each accessor reads the tables in place: they run at most characters of a page, interpreted
  // on a fresh process. One shared `share(code, field)` helper, tried, ran often enough there for
  // V8 to mark it for TurboFan, and import → first result went from 50.5 to 54 ms (21 processes
  // each). `fill` runs before `values` is read, since it may grow it.

  /** Shares (add-0.05 smoothed) of the character's occurrences that were each part. */
  surname(code: number): number {
    let slot = this.pages[code >> 8]?.[code & 255] ?? 0;
    if (slot === 0) slot = this.fill(code);
    return this.values[slot * FIELDS + SURNAME]!;
  }
  given(code: number): number {
    let slot = this.pages[code >> 8]?.[code & 255] ?? 0;
    if (slot === 0) slot = this.fill(code);
    return this.values[slot * FIELDS + GIVEN]!;
  }
  follow(code: number): number {
    let slot = this.pages[code >> 8]?.[code & 255] ?? 0;
    if (slot === 0) slot = this.fill(code);
    return this.values[slot * FIELDS + FOLLOW]!;
  }
  foreign(code: number): number {
    let slot = this.pages[code >> 8]?.[code & 255] ?? 0;
    if (slot === 0) slot = this.fill(code);
    return this.values[slot * FIELDS + FOREIGN]!;
  }
  before(code: number): number {
    let slot = this.pages[code >> 8]?.[code & 255] ?? 0;
    if (slot === 0) slot = this.fill(code);
    return this.values[slot * FIELDS + BEFORE]!;
  }
  /** How often the character was seen in the training text at all. */
  total(code: number): number {
    let slot = this.pages[code >> 8]?.[code & 255] ?? 0;
    if (slot === 0) slot = this.fill(code);
    return this.values[slot * FIELDS + TOTAL]!;
  }
}

/** The built-in name model (it does not depend on a caller's dictionaries). */
export const charStats = lazy(() => new CharStats(nameCharCounts));
