/**
 * The compact form in which the build inlines the name model's character counts
 * (dictionaries/name-chars.txt; scripts/build/dictionary-text.ts), read by CharStats: seven lines
 * of ASCII numbers (src/text/ascii-numbers.ts).
 *
 * 1. the characters, sorted, each written as its code minus the one before it;
 * 2. to 7. the six count columns in the file's order (surname, given, follow, foreign, total,
 *    before). The total, never 0, is written row after row; each other column, mostly 0, as its
 *    counts that are not 0, each as the number of 0 rows before it (since the last) then the
 *    count minus 1.
 *
 * 17.1 KiB of the browser bundle as tab-separated lines, 10.5 KiB as one character a count (the
 * form before this one: a count above 79 became a `\uXXXX` escape), 8.8 KiB this way. Decoded whole
 * the first time the model is asked: about 14,000 characters read in a loop.
 */
import { ASCII_NUMBER, writeAsciiNumbers } from "../text/ascii-numbers.js";

const { FIRST, BACKSLASH, FINAL, CARRY } = ASCII_NUMBER;

/** Count columns, in the order of the file's fields after the character. */
export const COUNT_COLUMNS = 6;
/** The one column written row after row: every character counted has a total. */
const DENSE_COLUMN = 4;

/** The counts, decoded: the sorted char codes and each column's counts, row by row. */
export interface NameCounts {
  /** Sorted char codes; row r holds the counts of codes[r]. */
  readonly codes: Uint16Array;
  /** Per column, its counts: `columns[c][r]` is count c of codes[r]. */
  readonly columns: readonly Int32Array[];
}

/**
 * The compact form of the counts written as `char TAB surname TAB given TAB follow TAB foreign TAB
 * total TAB before` lines (`#` comment lines and blank lines skipped, an empty count read as 0, a
 * line without its seven fields or with a longer first field left out; where a character is listed
 * twice, its last line counts).
 *
 * @example
 * ```ts
 * const counts = decodeNameCounts(encodeNameCounts("王\t9\t2\t\t0\t40\t1"));
 * [...counts.codes]; // => [0x738b]
 * nameCount(counts, 4, 0); // => 40
 * ```
 */
export function encodeNameCounts(lines: string): string {
  const rows = new Map<number, number[]>();
  for (const line of lines.split(/\r?\n/u)) {
    if (line === "" || line.startsWith("#")) continue;
    const fields = line.split("\t");
    if (fields.length !== COUNT_COLUMNS + 1 || fields[0]!.length !== 1) continue;
    const counts = fields.slice(1).map(Number);
    if (!counts.every((n) => Number.isInteger(n) && n >= 0 && n <= 0x7fffffff)) throw new Error(`name counts: ${line} holds a count that is not a whole number below 2^31`);
    rows.set(fields[0]!.charCodeAt(0), counts);
  }
  const codes = [...rows.keys()].sort((a, b) => a - b);
  const out = [writeAsciiNumbers(codes.map((code, i) => code - (i === 0 ? 0 : codes[i - 1]!)))];
  for (let c = 0; c < COUNT_COLUMNS; c++) {
    const counts = codes.map((code) => rows.get(code)![c]!);
    if (c === DENSE_COLUMN) {
      out.push(writeAsciiNumbers(counts));
      continue;
    }
    const sparse: number[] = [];
    let zeros = 0;
    for (const n of counts) {
      if (n === 0) zeros++;
      else {
        sparse.push(zeros, n - 1);
        zeros = 0;
      }
    }
    out.push(writeAsciiNumbers(sparse));
  }
  return out.join("\n");
}

/**
 * The compact form decoded for lookups, in one pass that writes each number where it goes (no
 * array of numbers built first: this runs on a fresh process's first page).
 */
export function decodeNameCounts(compact: string): NameCounts {
  let end = compact.indexOf("\n");
  if (end < 0) end = compact.length;
  // Line 1: one character or more a code, so no more codes than characters.
  const all = new Uint16Array(end);
  let rows = 0;
  let n = 0;
  let scale = 1;
  for (let i = 0, code = 0; i < end; i++) {
    const c = compact.charCodeAt(i);
    const value = c - (c > BACKSLASH ? FIRST + 1 : FIRST);
    if (value < FINAL) {
      all[rows++] = code += n + value * scale;
      n = 0;
      scale = 1;
    } else {
      n += (value - FINAL) * scale;
      scale *= CARRY;
    }
  }
  const columns: Int32Array[] = [];
  for (let c = 0; c < COUNT_COLUMNS; c++) {
    const column = new Int32Array(rows);
    columns.push(column);
    const start = end + 1;
    end = start > compact.length ? start : compact.indexOf("\n", start);
    if (end < 0) end = compact.length;
    const dense = c === DENSE_COLUMN;
    // Sparse: pairs of the 0 rows skipped (`gap`) and the count minus 1.
    let gap = true;
    let row = 0;
    for (let i = start; i < end; i++) {
      const ch = compact.charCodeAt(i);
      const value = ch - (ch > BACKSLASH ? FIRST + 1 : FIRST);
      if (value >= FINAL) {
        n += (value - FINAL) * scale;
        scale *= CARRY;
        continue;
      }
      n += value * scale;
      if (dense) {
        if (row < rows) column[row++] = n;
      } else if (gap) row += n;
      else if (row < rows) column[row++] = n + 1;
      gap = !gap;
      n = 0;
      scale = 1;
    }
  }
  return { codes: all.subarray(0, rows), columns };
}

/** The row of `code`, or -1. */
export function nameCountRow(counts: NameCounts, code: number): number {
  const codes = counts.codes;
  let lo = 0;
  let hi = codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = codes[mid]!;
    if (at === code) return mid;
    if (at < code) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** Count `column` (0: surname … 5: before) of row `row`. */
export function nameCount(counts: NameCounts, column: number, row: number): number {
  return counts.columns[column]![row]!;
}
