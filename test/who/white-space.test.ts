import { describe, expect, it } from "vitest";
import { isWhiteSpaceCode } from "../../src/who/white-space.js";

describe("isWhiteSpaceCode", () => {
  it("agrees with /\\s/u on every code unit, and is false for NaN", () => {
    for (let code = 0; code <= 0xffff; code++) expect(isWhiteSpaceCode(code)).toBe(/\s/u.test(String.fromCharCode(code)));
    expect(isWhiteSpaceCode(NaN)).toBe(false);
  });
});
