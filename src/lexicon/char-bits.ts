/** A set of UTF-16 code units as a 8 KB bitset: one typed-array read answers "can anything start here". */
export class CharBits {
  private readonly bits = new Uint8Array(8192);

  add(code: number): void {
    this.bits[code >> 3]! |= 1 << (code & 7);
  }

  /** Whether `code` was added; callers pass in-range char codes (NaN would read as code 0). */
  has(code: number): boolean {
    return ((this.bits[code >> 3] ?? 0) & (1 << (code & 7))) !== 0;
  }
}
