import { describe, expect, it } from "vitest";
import { parseNumber } from "../../../src/stages/6-dates/numerals.js";

describe("parseNumber", () => {
  it.each([
    ["7", 7], ["12", 12], ["１２", 12], ["2021", 2021], ["七", 7], ["十", 10], ["十二", 12], ["二十", 20], ["二十三", 23],
    ["廿一", 21], ["卅", 30], ["三十一", 31], ["二〇二一", 2021], ["二零零八", 2008], ["零七", 7], ["两", 2],
  ])("%s → %d", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(["", "十十", "二十三四", "abc", "一百", "十二三", "零十"])("%s is not a number", (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});
