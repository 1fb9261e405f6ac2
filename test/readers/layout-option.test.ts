import { describe, expect, it } from "vitest";
import { BaoxunError } from "../../src/errors.js";
import { extract } from "../../src/extract.js";

const TEXT = "清河新区开犁播种\n\n本报讯（记者周明远）3月20日上午，清河新区开犁播种。\n";
const headline = { start: 0, end: 8, size: 2.4, bold: true, block: 0 };
const body = { start: 10, end: 37, size: 1, bold: false, block: 1 };

describe("extract's layout option", () => {
  it("takes one hint per printed line and keeps every span in the caller's text", () => {
    const graph = extract(TEXT, { layout: { lines: [headline, body] } });
    expect(graph.articles[0]!.headline?.main).toBe("清河新区开犁播种");
    expect(graph.persons.map((p) => p.name)).toEqual(["周明远"]);
    expect(graph.input).toEqual({ length: TEXT.length });
  });

  it.each([
    ["not an object", { layout: "big" }],
    ["no lines", { layout: {} }],
    ["a line past the end of the text", { layout: { lines: [{ ...body, end: 400 }] } }],
    ["lines out of order", { layout: { lines: [body, headline] } }],
    ["a size that is not a positive number", { layout: { lines: [{ ...headline, size: Number.NaN }] } }],
    ["bold given as a string", { layout: { lines: [{ ...headline, bold: "yes" }] } }],
    ["a fractional offset", { layout: { lines: [{ ...headline, end: 7.5 }] } }],
  ])("refuses %s with invalid-option", (_, options) => {
    expect(() => extract(TEXT, options as never)).toThrowError(BaoxunError);
    try {
      extract(TEXT, options as never);
    } catch (error) {
      expect((error as BaoxunError).code).toBe("invalid-option");
    }
  });
});
