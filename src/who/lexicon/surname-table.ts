/**
 * The surnames of one dictionary set as char-code bitsets: the surname length is asked at nearly
 * every character of a page, so it reads a bit instead of slicing the text and hashing the slice.
 */
import { CharBits } from "./char-bits.js";

export class SurnameTable {
  /** Units that are a surname alone (王), and units that start a two-unit one (欧 of 欧阳): 16 KB per dictionary set. */
  private readonly singles = new CharBits();
  private readonly pairStarts = new CharBits();
  /** First unit of a two-unit surname → the second units it takes (欧 → 阳). */
  private readonly seconds = new Map<number, number[]>();

  constructor(private readonly surnames: ReadonlySet<string>) {
    for (const s of surnames) {
      if (s.length === 1) this.singles.add(s.charCodeAt(0));
      else if (s.length === 2) {
        const first = s.charCodeAt(0);
        this.pairStarts.add(first);
        const list = this.seconds.get(first);
        if (list) list.push(s.charCodeAt(1));
        else this.seconds.set(first, [s.charCodeAt(1)]);
      }
    }
  }

  /**
   * The length of the surname at `at` (2 for 欧阳, 1 for 王), or 0. As the lookup of
   * `text.slice(at, at + 2)` it replaces did, a one-unit surname in the last position counts 2.
   */
  lengthAt(text: string, at: number): number {
    const length = text.length;
    if (at < 0) return this.sliceLookup(text, at);
    if (at >= length) return 0;
    const code = text.charCodeAt(at);
    const single = this.singles.has(code);
    if (at + 1 === length) return single ? 2 : 0;
    if (this.pairStarts.has(code) && this.seconds.get(code)!.includes(text.charCodeAt(at + 1))) return 2;
    return single ? 1 : 0;
  }

  /** The lookup by slices, kept for positions before the text, where slice counts from the end. */
  private sliceLookup(text: string, at: number): number {
    if (this.surnames.has(text.slice(at, at + 2))) return 2;
    return this.surnames.has(text.charAt(at)) ? 1 : 0;
  }
}
