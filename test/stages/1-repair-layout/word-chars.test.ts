import { describe, expect, it } from "vitest";
import { isAsciiAlnum, isHan } from "../../../src/stages/1-repair-layout/char-classes.js";
import { isWordCodePoint } from "../../../src/stages/1-repair-layout/repair-line.js";

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

describe("isHan and isAsciiAlnum", () => {
  // The regular expressions they replaced, held to on every BMP code unit and some astral ones.
  const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007]|[\ud840-\ud87f][\udc00-\udfff]/u;
  const ALNUM = /^[0-9A-Za-z]$/;
  const samples = ["", "𠀀", "a𠀀", "𠀀中", "ab", "1", "中文", "\ud840", "\udc00\ud840"];
  for (let cp = 0; cp <= 0xffff; cp++) samples.push(String.fromCharCode(cp));

  it("agree with the expressions", () => {
    const wrong = samples.filter((s) => isHan(s) !== HAN.test(s) || isAsciiAlnum(s) !== ALNUM.test(s));
    expect(wrong).toEqual([]);
  });
});
