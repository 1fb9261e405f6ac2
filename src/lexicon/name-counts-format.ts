/**
 * The compact form in which the build inlines the name model's character counts
 * (dictionaries/name-chars.txt; scripts/build/dictionary-text.ts), read by CharStats. Lines:
 *
 * 1. each column's width: one digit a column, `1` or `2` characters a count;
 * 2. the characters, sorted, each written as its code minus the one before it;
 * 3. to 8. the six count columns in the file's order (surname, given, follow, foreign, total,
 *    before), each count in its column's width, row after row.
 *
 * A number n is the character `CODE_BASE` + n (two characters of 15 bits each in a column of width
 * 2), so a count is found by its row alone and gzip reads mostly small numbers: 17.1 KiB of the
 * browser bundle as tab-separated lines, about 9 KiB this way.
 */

/** A number n is written as the character CODE_BASE + n: '0' and above, past every layout character. */
const CODE_BASE = 0x30;
/** One character holds a count below ONE_CHAR (below the surrogates); a wider column, two of 15 bits. */
const ONE_CHAR = 0xd7ff - CODE_BASE;
const HALF = 1 << 15;
/** A step past ONE_CHAR (never in the counts of today, whose longest step is 0x2A88) is LONG_MARK and two 15-bit characters. */
const LONG_MARK = 0xd7ff;
/** Count columns, in the order of the file's fields after the character. */
export const COUNT_COLUMNS = 6;

/** The counts, decoded far enough for lookups: the sorted char codes and each column's text. */
export interface NameCounts {
  /** Sorted char codes; row r holds the counts of codes[r]. */
  readonly codes: Uint16Array;
  /** Per column, its count characters, `widths[c]` a row. */
  readonly columns: readonly string[];
  readonly widths: readonly number[];
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
    if (!counts.every((n) => Number.isInteger(n) && n >= 0 && n < HALF * HALF)) throw new Error(`name counts: ${line} holds a count that is not a whole number below 2^30`);
    rows.set(fields[0]!.charCodeAt(0), counts);
  }
  const codes = [...rows.keys()].sort((a, b) => a - b);
  const widths: number[] = [];
  for (let c = 0; c < COUNT_COLUMNS; c++) widths.push(codes.every((code) => rows.get(code)![c]! < ONE_CHAR) ? 1 : 2);
  let steps = "";
  let previous = 0;
  for (const code of codes) {
    const step = code - previous;
    steps += step < ONE_CHAR ? String.fromCharCode(CODE_BASE + step) : String.fromCharCode(LONG_MARK, CODE_BASE + (step >> 15), CODE_BASE + (step & (HALF - 1)));
    previous = code;
  }
  const columns = widths.map((width, c) =>
    codes.map((code) => {
      const n = rows.get(code)![c]!;
      return width === 1 ? String.fromCharCode(CODE_BASE + n) : String.fromCharCode(CODE_BASE + Math.floor(n / HALF), CODE_BASE + (n % HALF));
    }).join(""),
  );
  return [widths.join(""), steps, ...columns].join("\n");
}

/** The compact form read for lookups: the codes decoded, the columns kept as they are. */
export function decodeNameCounts(compact: string): NameCounts {
  const lines = compact.split("\n");
  const steps = lines[1] ?? "";
  const codes = new Uint16Array(steps.length);
  let rows = 0;
  for (let i = 0, code = 0; i < steps.length; i++) {
    let step = steps.charCodeAt(i) - CODE_BASE;
    if (step === LONG_MARK - CODE_BASE) {
      step = ((steps.charCodeAt(i + 1) - CODE_BASE) << 15) | (steps.charCodeAt(i + 2) - CODE_BASE);
      i += 2;
    }
    code += step;
    codes[rows++] = code;
  }
  const widths: number[] = [];
  for (let c = 0; c < COUNT_COLUMNS; c++) widths.push((lines[0] ?? "").charCodeAt(c) === 0x32 ? 2 : 1);
  return { codes: codes.subarray(0, rows), columns: lines.slice(2, 2 + COUNT_COLUMNS), widths };
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
  const text = counts.columns[column] ?? "";
  if (counts.widths[column] === 1) return text.charCodeAt(row) - CODE_BASE;
  return (text.charCodeAt(2 * row) - CODE_BASE) * HALF + (text.charCodeAt(2 * row + 1) - CODE_BASE);
}
