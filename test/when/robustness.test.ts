import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { expectValidGraph } from "../helpers/invariants.js";

const DATE_CHARS = [..."0123456789０１２年月日号时点分秒上下午晚今去明昨前后周星期一二三四五六七八九十〇零至到以来起初底旬季度近日期，。\n 的个第每"];

describe("robustness", () => {
  it("any string of date-ish characters yields a valid graph with valid spans", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...DATE_CHARS), { maxLength: 80 }).map((a) => a.join("")), (input) => {
        expectValidGraph(extract(input, { referenceDate: "2021-04-12" }), input);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["one digit repeated", "1".repeat(200_000)],
    ["年 repeated", "年".repeat(200_000)],
    ["digits and 年 alternating", "2021年".repeat(40_000)],
    ["a line without punctuation", "今年示范区要持续加快推进国家高新区发展4月7日上午".repeat(8_000)],
    ["clock-like characters", "三点".repeat(100_000)],
  ])("linear on pathological input: %s", (_name, input) => {
    const started = performance.now();
    const g = extract(input, { referenceDate: "2021-04-12" });
    const elapsed = performance.now() - started;
    expect(g.input.length).toBe(input.length);
    expect(elapsed).toBeLessThan(15_000);
  });
});
