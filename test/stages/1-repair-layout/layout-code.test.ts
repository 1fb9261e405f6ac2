import { describe, expect, it } from "vitest";
import { isLayoutChar, isLayoutCode } from "../../../src/stages/1-repair-layout/char-classes.js";
import { LAYOUT_CHARACTER } from "../../../src/text/mapped-text.js";

describe("isLayoutCode", () => {
  it("is the layout class of the span invariant on every code unit", () => {
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (isLayoutCode(code) !== LAYOUT_CHARACTER.test(ch) || isLayoutChar(ch) !== LAYOUT_CHARACTER.test(ch)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });
});
