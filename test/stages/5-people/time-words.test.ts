import { describe, expect, it } from "vitest";
import { knownTimeWordWindow } from "../../../src/stages/5-people/names/time-words.js";

describe("a time word after a candidate name", () => {
  it("is read as 今天 in a window around the candidate, the candidate placed in it", () => {
    const w = knownTimeWordWindow("本报讯　市长李明上午出席会议。", { start: 6, end: 8, surnameLength: 1 });
    expect(w?.text).toBe("本报讯　市长李明今天出席会议。");
    expect(w?.text.slice(w.candidate.start, w.candidate.end)).toBe("李明");
  });

  it("reads a bounded window of a long page, not the page (a page full of them stays linear)", () => {
    const page = "李明上午出席会议。".repeat(2000);
    const at = 9 * 1000;
    const w = knownTimeWordWindow(page, { start: at, end: at + 2, surnameLength: 1 })!;
    expect(w.text.length).toBeLessThanOrEqual(2 + 2 + 2 * 64);
    expect(w.text.slice(w.candidate.start, w.candidate.end + 2)).toBe("李明今天");
  });

  it("leaves a candidate with no time word after it alone", () => {
    expect(knownTimeWordWindow("李明出席会议。", { start: 0, end: 2, surnameLength: 1 })).toBeNull();
    expect(knownTimeWordWindow("李明上海出差。", { start: 0, end: 2, surnameLength: 1 })).toBeNull();
    expect(knownTimeWordWindow("李明上", { start: 0, end: 2, surnameLength: 1 })).toBeNull();
  });
});
