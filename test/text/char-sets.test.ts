import { describe, expect, it } from "vitest";
import { endsWithOneOf, includesAnyOf, isRegExpSpace, startsWithOneOf } from "../../src/text/char-sets.js";

// Each helper stands in for a regular expression: held to it on texts around its characters.
describe("char-sets", () => {
  const texts = ["", "，", "标题", "标题，", "，标题", "a。b", "𠀀", "𠀀，", "—标题", "-", "abc;"];

  it("includesAnyOf, startsWithOneOf and endsWithOneOf agree with one-class expressions", () => {
    for (const chars of ["，。；", "—–-", "）)", "，、；：,;:（(“‘《—-"]) {
      const cls = `[${chars.replace(/[-\]\\]/g, "\\$&")}]`;
      for (const text of texts) {
        expect(includesAnyOf(text, chars)).toBe(new RegExp(cls, "u").test(text));
        expect(startsWithOneOf(text, chars)).toBe(new RegExp(`^${cls}`, "u").test(text));
        expect(endsWithOneOf(text, chars)).toBe(new RegExp(`${cls}$`, "u").test(text));
      }
    }
  });

  it("isRegExpSpace is \\s on every code unit", () => {
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isRegExpSpace(code) !== /\s/.test(String.fromCharCode(code))) wrong.push(code);
    expect(wrong).toEqual([]);
    expect(isRegExpSpace(NaN)).toBe(false); // charCodeAt past the end
  });
});
