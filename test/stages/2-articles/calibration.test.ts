import { describe, expect, it } from "vitest";
import { ARTICLE_CALIBRATION, HEADLINE_CALIBRATION } from "../../../src/stages/2-articles/labeller/calibration.js";
import { articleConfidence, headlineConfidence } from "../../../src/stages/2-articles/labeller/calibrate.js";

// The confidence tables (scripts/articles/calibrate.mjs): a confidence is a share of held-out
// articles that were right, so it rises with the raw score and never promises certainty.
describe.each([
  ["articles", ARTICLE_CALIBRATION, articleConfidence],
  ["headlines", HEADLINE_CALIBRATION, headlineConfidence],
] as const)("%s calibration", (_, table, confidence) => {
  it("is a table of at most 12 steps, rising in both columns", () => {
    expect(table.length).toBeGreaterThan(1);
    expect(table.length).toBeLessThanOrEqual(12);
    for (let i = 1; i < table.length; i++) {
      expect(table[i]![0]).toBeGreaterThanOrEqual(table[i - 1]![0]);
      expect(table[i]![1]).toBeGreaterThanOrEqual(table[i - 1]![1]);
    }
  });

  it("never says 1: a share of held-out articles is counted with one right and one wrong added", () => {
    for (const [, share] of table) expect(share).toBeLessThan(1);
    expect(confidence(1)).toBeLessThan(1);
  });

  it("reads a raw score through the step it reaches", () => {
    expect(confidence(0)).toBe(table[0]![1]);
    expect(confidence(1)).toBe(table[table.length - 1]![1]);
    expect(confidence(0.5)).toBeGreaterThanOrEqual(confidence(0.1));
  });
});
