import { describe, expect, it } from "vitest";
import { isWordCodePoint } from "../../src/repair-layout/repair-line.js";

// The fast paths of isWordCodePoint must agree with the Unicode-property expression everywhere.
const WORD_CHAR = /[\p{L}\p{N}]/u;

describe("isWordCodePoint", () => {
  it("agrees with [\\p{L}\\p{N}] on every BMP code unit", () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (isWordCodePoint(cp) !== WORD_CHAR.test(String.fromCharCode(cp))) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("agrees on astral code points", () => {
    for (const cp of [0x20000, 0x2a6d6, 0x1f600, 0x1d7ce, 0x10ffff]) {
      expect(isWordCodePoint(cp)).toBe(WORD_CHAR.test(String.fromCodePoint(cp)));
    }
  });
});
