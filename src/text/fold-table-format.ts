/**
 * The compact form in which the build inlines dictionaries/traditional-fold.txt
 * (scripts/build/dictionary-text.ts): two lines of ASCII numbers (./ascii-numbers.ts), one number
 * a pair, the pairs sorted by the Traditional character. The first line holds each Traditional
 * code minus the one before it; the second each Simplified code's distance (zigzag) from a guess:
 * the Simplified code of the last pair that followed on from its neighbours. Characters simplified
 * by their radical come in runs (Unicode orders both forms by radical, then strokes: 記 8A18 → 记
 * 8BB0, 許 8A31 → 许 8BB8), so the distances are mostly small, and a character simplified some
 * other way (變 → 变) does not break the run: 13.8 KiB of the browser bundle as `臺台` lines, 5.7 KiB
 * this way. The first line alone tells which characters fold, all that a Simplified page needs.
 */
import { ASCII_NUMBER, writeAsciiNumbers, zigzag } from "./ascii-numbers.js";

const { FIRST, BACKSLASH, FINAL, CARRY } = ASCII_NUMBER;

/**
 * How close a Simplified code must come to the guess, or to the pair before's, to become the next
 * guess: a run's steps are small, a jump to another block is not (chosen by measurement: 64–512
 * gzip alike).
 */
const NEAR = 128;

/** The next guess, after the pair whose Simplified code is `to`. */
function nextGuess(guess: number, previous: number, to: number): number {
  return Math.abs(to - guess) < NEAR || Math.abs(to - previous) < NEAR ? to : guess;
}

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
  const steps: number[] = [];
  const distances: number[] = [];
  let from = 0;
  let guess = 0;
  let previous = 0;
  for (const next of [...to.keys()].sort((a, b) => a - b)) {
    const code = to.get(next)!;
    steps.push(next - from);
    distances.push(zigzag(code - guess));
    from = next;
    guess = nextGuess(guess, previous, code);
    previous = code;
  }
  return `${writeAsciiNumbers(steps)}\n${writeAsciiNumbers(distances)}`;
}

// The decoders read the numbers in their own loops, not through a reader called for each: on a
// fresh process that cost ten times as much, and they run on every first page.

/** Which code units fold (1) and which stay (0), from the compact form's first line alone. */
export function decodeFoldSources(compact: string): Uint8Array {
  const folds = new Uint8Array(0x10000);
  const end = compact.indexOf("\n");
  let from = 0;
  let n = 0;
  let scale = 1;
  for (let i = 0; i < end; i++) {
    const c = compact.charCodeAt(i);
    const value = c - (c > BACKSLASH ? FIRST + 1 : FIRST);
    if (value >= FINAL) {
      n += (value - FINAL) * scale;
      scale *= CARRY;
    } else {
      from += n + value * scale;
      folds[from] = 1;
      n = 0;
      scale = 1;
    }
  }
  return folds;
}

/** The fold as a table indexed by code unit (0 where a character stays), from the compact form. */
export function decodeFoldTable(compact: string): Uint16Array {
  const table = new Uint16Array(0x10000);
  const end = compact.indexOf("\n");
  if (end < 0) return table;
  let from = 0;
  let guess = 0;
  let previous = 0;
  for (let i = 0, j = end + 1; i < end; ) {
    let step = 0;
    let scale = 1;
    for (;;) {
      const c = compact.charCodeAt(i++);
      const value = c - (c > BACKSLASH ? FIRST + 1 : FIRST);
      if (value < FINAL) {
        step += value * scale;
        break;
      }
      step += (value - FINAL) * scale;
      scale *= CARRY;
    }
    let distance = 0;
    scale = 1;
    for (;;) {
      const c = compact.charCodeAt(j++);
      const value = c - (c > BACKSLASH ? FIRST + 1 : FIRST);
      if (value < FINAL) {
        distance += value * scale;
        break;
      }
      distance += (value - FINAL) * scale;
      scale *= CARRY;
    }
    from += step;
    // Below 2^31 (a distance is under 2^17): bit operations, no division.
    const to = guess + ((distance >>> 1) ^ -(distance & 1));
    table[from] = to;
    guess = nextGuess(guess, previous, to);
    previous = to;
  }
  return table;
}
