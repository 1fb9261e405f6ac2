/**
 * The compact form in which the build inlines dictionaries/lunar-years.txt
 * (scripts/build/dictionary-text.ts), read by lunar.ts: the classic packing of the lunar tables
 * (one number a year: each month's length as a bit, the leap month in four more). Two lines:
 *
 * 1. the first year and the Gregorian day of its 正月初一 (`1900-01-31`);
 * 2. three characters a year, in order, of {@link ALPHABET} (six bits each): the year's 13 month
 *    bits (1: 30 days, 0: 29; first month highest, the leap month in its place, a 0 after a
 *    12-month year) then its leap month (0: none) in the low four bits.
 *
 * Every later year's 正月初一 is the day after the year before ends, so only the first is written
 * (the encoder refuses a table where that does not hold). 1.6 KiB of the browser bundle gzipped
 * as the file's lines, 0.7 KiB this way.
 */

/** Six bits a character: ASCII with no character a JavaScript string literal escapes. */
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/";
const DAY = 86_400_000;

/** One lunar year as the file writes it. */
export interface LunarYearRow {
  readonly year: number;
  /** UTC midnight of its 正月初一. */
  readonly start: number;
  /** Its leap month (it follows the month of that number), 0 for none. */
  readonly leap: number;
  /** Days in each month, in order, the leap month in its place. */
  readonly lengths: readonly number[];
}

/**
 * The compact form of the table written as `year TAB MM-DD TAB leap TAB month bits` lines (`#`
 * comment lines and blank lines skipped). Throws where the years do not follow one another or a
 * year's new year is not the day after the year before ends.
 *
 * @example
 * ```ts
 * encodeLunarYears("1900\t01-31\t8\t0100101101101\n1901\t02-19\t0\t010010101110");
 * // => "1900-01-31\n9RO9N0"
 * ```
 */
export function encodeLunarYears(lines: string): string {
  let head = "";
  let packed = "";
  let expected: { year: number; start: number } | undefined;
  for (const line of lines.split(/\r?\n/u)) {
    if (line === "" || line.startsWith("#")) continue;
    const [yearText = "", monthDay = "", leapText = "", bits = ""] = line.split("\t");
    const year = Number(yearText);
    const [month, day] = monthDay.split("-").map(Number) as [number, number];
    const start = Date.UTC(year, month - 1, day);
    const leap = Number(leapText);
    if (!/^[01]{12,13}$/u.test(bits) || bits.length !== (leap === 0 ? 12 : 13) || !(leap >= 0 && leap <= 12)) throw new Error(`lunar years: ${line} is not a year of the table`);
    if (expected === undefined) head = `${yearText}-${monthDay}`;
    else if (year !== expected.year || start !== expected.start) throw new Error(`lunar years: ${line} does not follow the year before`);
    const n = (parseInt(bits.padEnd(13, "0"), 2) << 4) | leap;
    packed += ALPHABET[n >> 12]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
    let days = 0;
    for (const bit of bits) days += bit === "1" ? 30 : 29;
    expected = { year: year + 1, start: start + days * DAY };
  }
  return `${head}\n${packed}`;
}

/** The years of the compact form, in order. */
export function decodeLunarYears(compact: string): LunarYearRow[] {
  const [head = "", packed = ""] = compact.split("\n");
  const [year0, month, day] = head.split("-").map(Number) as [number, number, number];
  const rows: LunarYearRow[] = [];
  let start = Date.UTC(year0, month - 1, day);
  for (let i = 0; i + 3 <= packed.length; i += 3) {
    const n = (ALPHABET.indexOf(packed[i]!) << 12) | (ALPHABET.indexOf(packed[i + 1]!) << 6) | ALPHABET.indexOf(packed[i + 2]!);
    const leap = n & 15;
    const lengths: number[] = [];
    for (let m = 0; m < (leap === 0 ? 12 : 13); m++) lengths.push((n >> (16 - m)) & 1 ? 30 : 29);
    rows.push({ year: year0 + i / 3, start, leap, lengths });
    for (const length of lengths) start += length * DAY;
  }
  return rows;
}
