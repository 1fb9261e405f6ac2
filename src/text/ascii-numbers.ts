/**
 * Lists of whole numbers written as printable ASCII, for the compact forms in which the build
 * inlines the largest dictionary files. A bundler keeps these characters as they are in a string
 * literal, where it writes a character above U+007F as a six-character `\uXXXX` escape (esbuild's
 * default), and gzip reads the escapes' hex digits poorly: the fold table took 7.7 KiB of the
 * browser bundle as one character a number, 5.7 KiB this way.
 *
 * A number is one or more digits, least significant first: a digit below `FINAL` ends it, a digit
 * from `FINAL` up carries on. The digits are the characters `(` to `~` without the backslash.
 */

/** The first digit's character, '(': past the quotes, so a string of digits needs no escape. */
const FIRST = 0x28;
const BACKSLASH = 0x5c;
/** Digit values 0 to 85: '(' … '[' and ']' … '~'. */
const DIGITS = 86;
/** Digit values below FINAL end a number (chosen by measurement: 40–50 gzip alike). */
const FINAL = 45;
const CARRY = DIGITS - FINAL;

/** The constants of the form, for a reader that reads the numbers in its own loop (the fold table's). */
export const ASCII_NUMBER = { FIRST, BACKSLASH, FINAL, CARRY } as const;

function digit(value: number): string {
  const code = FIRST + value;
  return String.fromCharCode(code < BACKSLASH ? code : code + 1);
}

/**
 * `numbers` (whole, not negative) written one after another.
 *
 * @example
 * ```ts
 * writeAsciiNumbers([0, 44, 45, 1000]); // => "(TY)f@"
 * ```
 */
export function writeAsciiNumbers(numbers: Iterable<number>): string {
  let out = "";
  for (let n of numbers) {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`ascii numbers: ${n} is not a whole number from 0`);
    while (n >= FINAL) {
      out += digit(FINAL + (n % CARRY));
      n = Math.floor(n / CARRY);
    }
    out += digit(n);
  }
  return out;
}

/**
 * The numbers of `text[start, end)` as {@link writeAsciiNumbers} wrote them, each passed to
 * `each` in order (no array is built: the readers fill typed arrays).
 */
export function readAsciiNumbers(text: string, each: (n: number) => void, start = 0, end = text.length): void {
  let n = 0;
  let scale = 1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const value = code - (code > BACKSLASH ? FIRST + 1 : FIRST);
    if (value < FINAL) {
      each(n + value * scale);
      n = 0;
      scale = 1;
    } else {
      n += (value - FINAL) * scale;
      scale *= CARRY;
    }
  }
}

/** Zigzag: 0, -1, 1, -2 … as 0, 1, 2, 3 …, for differences that may be negative. */
export function zigzag(n: number): number {
  return n >= 0 ? 2 * n : -2 * n - 1;
}

export function unzigzag(n: number): number {
  return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
}
