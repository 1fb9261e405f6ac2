/**
 * The compact form in which the build inlines dictionaries/traditional-fold.txt
 * (scripts/build/dictionary-text.ts): two lines of one character per pair, sorted by the
 * Traditional character. The first line holds each Traditional code minus the one before it, the
 * second each Simplified code's distance from its Traditional one (zigzag: 0, -1, 1, -2 … as
 * 0, 1, 2, 3 …), every number written as the character `CODE_BASE` above it (or as three, past
 * `LONG`). Both are mostly small
 * (a Simplified form tends to sit near its Traditional one: 門 95D8, 门 95E8), which gzip reads as
 * a few bits a pair: 13.8 KiB of the browser bundle as `臺台` lines, 7 KiB this way.
 */

/** A number n is written as the character CODE_BASE + n: '0' and above, past every layout character. */
const CODE_BASE = 0x30;
/**
 * A number from LONG up (never in the fold of today: its longest step is 0x60FF) is written as
 * LONG_MARK and two characters of 9 bits each, so that any pair of UTF-16 units has a compact form.
 */
const LONG_MARK = 0xd7ff;
const LONG = LONG_MARK - CODE_BASE;

/**
 * The compact form of a fold table written as `臺台` lines (`#` comment lines and blank lines
 * skipped; where a character is listed twice, its last line counts, as a table filled line by
 * line would have it).
 *
 * @example
 * ```ts
 * const table = decodeFoldTable(encodeFoldTable("臺台\n門门"));
 * String.fromCharCode(table["門".charCodeAt(0)]!); // => "门"
 * table["门".charCodeAt(0)]; // => 0
 * ```
 */
export function encodeFoldTable(lines: string): string {
  const to = new Map<number, number>();
  for (const line of lines.split(/\r?\n/u)) {
    if (line === "" || line.startsWith("#")) continue;
    to.set(line.charCodeAt(0), line.charCodeAt(1));
  }
  const froms = [...to.keys()].sort((a, b) => a - b);
  let steps = "";
  let distances = "";
  let previous = 0;
  for (const from of froms) {
    const distance = from - to.get(from)!;
    steps += writeNumber(from - previous);
    distances += writeNumber(distance >= 0 ? 2 * distance : -2 * distance - 1);
    previous = from;
  }
  return `${steps}\n${distances}`;
}

function writeNumber(n: number): string {
  return n < LONG ? String.fromCharCode(CODE_BASE + n) : String.fromCharCode(LONG_MARK, CODE_BASE + (n >> 9), CODE_BASE + (n & 511));
}

/** The fold as a table indexed by code unit (0 where a character stays), from the compact form. */
export function decodeFoldTable(compact: string): Uint16Array {
  const table = new Uint16Array(0x10000);
  const split = compact.indexOf("\n");
  if (split < 0) return table;
  let from = 0;
  for (let i = 0, j = split + 1; i < split; i++, j++) {
    let step = compact.charCodeAt(i) - CODE_BASE;
    if (step === LONG) {
      step = ((compact.charCodeAt(i + 1) - CODE_BASE) << 9) | (compact.charCodeAt(i + 2) - CODE_BASE);
      i += 2;
    }
    let zigzag = compact.charCodeAt(j) - CODE_BASE;
    if (zigzag === LONG) {
      zigzag = ((compact.charCodeAt(j + 1) - CODE_BASE) << 9) | (compact.charCodeAt(j + 2) - CODE_BASE);
      j += 2;
    }
    from += step;
    table[from] = from - ((zigzag & 1) === 0 ? zigzag >> 1 : -((zigzag + 1) >> 1));
  }
  return table;
}
