import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeNameWeights, encodeNameWeights } from "../../src/lexicon/name-weights-format.js";
import { featureHash, parseNameWeights, readNameWeights } from "../../src/lexicon/name-weights.js";

describe("the name weights' compact form", () => {
  it("groups the keys by template, the weights on a line of their own", () => {
    const compact = encodeNameWeights("# a comment\nB21\t-16\nR说|31\t4\nB~50\t-14\nB32\t25\nno weight here");
    expect(compact.split("\n")).toEqual(["Ob8K", "B\t21\t32", "R\t说|31", "B~\t50"]);
    expect(decodeNameWeights(compact)).toEqual({ keys: ["B21", "B32", "R说|31", "B~50"], weights: [-16, 25, 4, -14] });
  });

  it.each([["B21\t1.5"], ["B21\t-28000"], ["B21\tx"]])("refuses %j", (lines) => {
    expect(() => encodeNameWeights(lines)).toThrow(/name weights/u);
  });

  it("reads to the table the lines give, for any keys and weights", () => {
    const key = fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom("B", "R", "~", "说", "|", "3", "1", "-", "#", " ", "、") }).filter((k) => !k.startsWith("#"));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.integer({ min: -13_000, max: 13_000 })), { maxLength: 40 }), (pairs) => {
        const lines = pairs.map(([k, w]) => `${k}\t${w}`).join("\n");
        const fromLines = parseNameWeights(lines);
        const fromCompact = readNameWeights(encodeNameWeights(lines));
        expect(fromCompact.size).toBe(fromLines.size);
        for (const [k] of pairs) expect(fromCompact.get(featureHash(k))).toBe(fromLines.get(featureHash(k)));
      }),
    );
  });
});
