/**
 * The surnames of one dictionary set as char-code bitsets: the surname length is asked at nearly
 * every character of a page, so it reads a bit instead of slicing the text and hashing the slice.
 */
export class SurnameTable {
  /**
   * Units that are a surname alone (王), and units that start a two-unit one (欧 of 欧阳), as
   * bitsets in CharBits' layout: 16 KB per dictionary set.
   */
  private readonly singles = new Uint8Array(8192);
  private readonly pairStarts = new Uint8Array(8192);
  /** First unit of a two-unit surname → the second units it takes (欧 → 阳). */
  private readonly seconds = new Map<number, number[]>();

  constructor(private readonly surnames: ReadonlySet<string>) {
    // Spread into an array (a builtin's fast path) rather than for…of, which runs cold, interpreted,
    // on a fresh process's first page and allocates an iterator result per surname.
    const list = [...surnames];
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      const first = s.charCodeAt(0);
      if (s.length === 1) this.singles[first >> 3]! |= 1 << (first & 7);
      else if (s.length === 2) {
        this.pairStarts[first >> 3]! |= 1 << (first & 7);
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
    // The bitsets read in place: this runs at nearly every character, interpreted on a fresh process.
    const bit = 1 << (code & 7);
    const single = (this.singles[code >> 3]! & bit) !== 0;
    if (at + 1 === length) return single ? 2 : 0;
    if ((this.pairStarts[code >> 3]! & bit) !== 0 && this.seconds.get(code)!.includes(text.charCodeAt(at + 1))) return 2;
    return single ? 1 : 0;
  }

  /** The lookup by slices, kept for positions before the text, where slice counts from the end. */
  private sliceLookup(text: string, at: number): number {
    if (this.surnames.has(text.slice(at, at + 2))) return 2;
    return this.surnames.has(text.charAt(at)) ? 1 : 0;
  }
}
