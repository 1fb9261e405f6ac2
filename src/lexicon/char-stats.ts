/**
 * Per-character likelihoods of the name model, from the counts in dictionaries/name-chars.txt:
 * how often a character is a surname, a given-name character, the first character after a name,
 * part of a transliterated name, or the last character before a name, among all its occurrences.
 * Kept in typed arrays indexed by char code: the model is asked about most characters of a page,
 * and an object per answer made the collector a tenth of the work.
 */
import { nameCharCounts } from "./dictionaries.js";
import { decodeNameCounts, nameCount, nameCountRow, type NameCounts } from "./name-counts-format.js";
import { lazy } from "./parse-list.js";

/** surname, given, follow, foreign, before shares, then the raw total. */
const FIELDS = 6;
const SURNAME = 0;
const GIVEN = 1;
const FOLLOW = 2;
const FOREIGN = 3;
const BEFORE = 4;
const TOTAL = 5;
/**
 * A share as the name model's coarse log bin: 1 → 0, 0.1 → -3, 0.001 → -10. Each character's
 * bins are worked out once, when its shares are: a candidate read about ten logarithms.
 */
export function shareBin(share: number): number {
  return logBin(Math.log(share));
}

/** shareBin of the share whose natural logarithm is `log`. */
function logBin(log: number): number {
  return Math.max(-12, Math.floor(log * 1.5));
}

/** A character never seen around a name: rare characters are more often in names than function words are. */
const UNSEEN = [0.005, 0.05, 0.002, 0.01, 0.002, 0];

/**
 * The counts, each character's row found by a binary search and turned into shares the first time
 * the character is asked about: a page asks about a few hundred of the 3,100 characters.
 */
export class CharStats {
  /**
   * Char code → slot in `values` (0: not asked about yet), in pages of 256 codes made on first use:
   * one 64 K-entry table cost more to allocate on a fresh process than a page's lookups.
   */
  private readonly pages: (Uint16Array | undefined)[] = [];
  /** Slot → its shares; slot 1 holds the unseen character's, slot 0 is unused. */
  private values = new Float64Array(256 * FIELDS);
  /** Slot → the shares' natural logarithms and their bins (shareBin), in `values`' layout (TOTAL unused). */
  private logs = new Float64Array(256 * FIELDS);
  private bins = new Int8Array(256 * FIELDS);
  private used = 2;
  private readonly counts: NameCounts;

  /**
   * `compact` is the counts in the compact form the build inlines (./name-counts-format.ts;
   * `encodeNameCounts` makes it from the lines of dictionaries/name-chars.txt). Only that form is
   * read here, so that the encoder stays out of the browser bundle.
   */
  constructor(compact: string) {
    this.counts = decodeNameCounts(compact);
    this.values.set(UNSEEN, FIELDS);
    this.derive(FIELDS);
  }

  /** Gives `code` its slot: its row's add-0.05 smoothed shares, or the unseen slot. */
  private fill(code: number): number {
    // NaN, a position past either end of a text, reads as the unseen character.
    if (!(code >= 0 && code <= 0xffff)) return 1;
    const row = nameCountRow(this.counts, code);
    const slot = row < 0 ? 1 : this.store(row);
    (this.pages[code >> 8] ??= new Uint16Array(256))[code & 255] = slot;
    return slot;
  }

  private store(row: number): number {
    const slot = this.used++;
    if ((slot + 1) * FIELDS > this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
      const logs = new Float64Array(grown.length);
      logs.set(this.logs);
      this.logs = logs;
      const bins = new Int8Array(grown.length);
      bins.set(this.bins);
      this.bins = bins;
    }
    const base = slot * FIELDS;
    const counts = this.counts;
    // The file's columns: surname, given, follow, foreign, total, before.
    const total = nameCount(counts, 4, row);
    const n = total + 1;
    this.values[base + SURNAME] = (nameCount(counts, 0, row) + 0.05) / n;
    this.values[base + GIVEN] = (nameCount(counts, 1, row) + 0.05) / n;
    this.values[base + FOLLOW] = (nameCount(counts, 2, row) + 0.05) / n;
    this.values[base + FOREIGN] = (nameCount(counts, 3, row) + 0.05) / n;
    this.values[base + BEFORE] = (nameCount(counts, 5, row) + 0.05) / n;
    this.values[base + TOTAL] = total;
    this.derive(base);
    return slot;
  }
  private derive(base: number): void {
    for (let f = 0; f < TOTAL; f++) {
      const log = Math.log(this.values[base + f]!);
      this.logs[base + f] = log;
      this.bins[base + f] = logBin(log);
    }
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
  /** Math.log of surname(code) and of given(code). */
  surnameLog(code: number): number {
    let slot = this.pages[code >> 8]?.[code & 255] ?? 0;
    if (slot === 0) slot = this.fill(code);
    return this.logs[slot * FIELDS + SURNAME]!;
  }
  givenLog(code: number): number {
    let slot = this.pages[code >> 8]?.[code & 255] ?? 0;
    if (slot === 0) slot = this.fill(code);
    return this.logs[slot * FIELDS + GIVEN]!;
  }
  /** shareBin of surname(code), given(code), follow(code) and before(code). */
  surnameBin(code: number): number {
    let slot = this.pages[code >> 8]?.[code & 255] ?? 0;
    if (slot === 0) slot = this.fill(code);
    return this.bins[slot * FIELDS + SURNAME]!;
  }
  givenBin(code: number): number {
    let slot = this.pages[code >> 8]?.[code & 255] ?? 0;
    if (slot === 0) slot = this.fill(code);
    return this.bins[slot * FIELDS + GIVEN]!;
  }
  followBin(code: number): number {
    let slot = this.pages[code >> 8]?.[code & 255] ?? 0;
    if (slot === 0) slot = this.fill(code);
    return this.bins[slot * FIELDS + FOLLOW]!;
  }
  beforeBin(code: number): number {
    let slot = this.pages[code >> 8]?.[code & 255] ?? 0;
    if (slot === 0) slot = this.fill(code);
    return this.bins[slot * FIELDS + BEFORE]!;
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
