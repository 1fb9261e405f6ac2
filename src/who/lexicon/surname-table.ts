/**
 * The surnames of one dictionary set as char-code tables: surnameLength runs on nearly every
 * character of a page, so it reads a flag instead of slicing the text and hashing the slice.
 */
const SINGLE = 1;
const PAIR_START = 2;

export class SurnameTable {
  private readonly flags = new Uint8Array(65536);
  /** First unit of a two-unit surname → the second units it takes (欧 → 阳). */
  private readonly seconds = new Map<number, number[]>();

  constructor(private readonly surnames: ReadonlySet<string>) {
    for (const s of surnames) {
      if (s.length === 1) this.flags[s.charCodeAt(0)]! |= SINGLE;
      else if (s.length === 2) {
        const first = s.charCodeAt(0);
        this.flags[first]! |= PAIR_START;
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
    const flags = this.flags[code]!;
    if (flags === 0) return 0;
    if (at + 1 === length) return flags & SINGLE ? 2 : 0;
    if (flags & PAIR_START && this.seconds.get(code)!.includes(text.charCodeAt(at + 1))) return 2;
    return flags & SINGLE;
  }

  /** The lookup by slices, kept for positions before the text, where slice counts from the end. */
  private sliceLookup(text: string, at: number): number {
    if (this.surnames.has(text.slice(at, at + 2))) return 2;
    return this.surnames.has(text.charAt(at)) ? 1 : 0;
  }
}
