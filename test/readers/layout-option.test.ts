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
    ["a flow that is not one of the three", { layout: { lines: [{ ...headline, flow: "sideways" }] } }],
    ["an indent given as a string", { layout: { lines: [{ ...headline, indent: "2" }] } }],
  ])("refuses %s with invalid-option", (_, options) => {
    expect(() => extract(TEXT, options as never)).toThrowError(BaoxunError);
    try {
      extract(TEXT, options as never);
    } catch (error) {
      expect((error as BaoxunError).code).toBe("invalid-option");
    }
  });
});

describe("stories told apart by the flow of the text (LineHint.flow, indent)", () => {
  // A headline, its story's first block, and a second block of body text after it.
  const page = (first: string, second: string) => `清河新区开犁播种\n\n${first}\n\n${second}\n`;
  const hints = (text: string, second: { flow?: "column" | "next-column" | "new"; indent?: number }) => {
    const [title, first, next] = text.split("\n\n");
    const a = title!.length + 2;
    const b = a + first!.length + 2;
    return [
      { start: 0, end: title!.length, size: 2.4, bold: true, block: 0, flow: "new" as const, indent: 0 },
      { start: a, end: a + first!.length, size: 1, bold: false, block: 1, flow: "column" as const, indent: 2 },
      { start: b, end: b + next!.trimEnd().length, size: 1, bold: false, block: 2, ...second },
    ];
  };
  const stories = (first: string, second: string, flow: { flow?: "column" | "next-column" | "new"; indent?: number }) => {
    const text = page(first, second);
    return extract(text, { layout: { lines: hints(text, flow) } }).articles.map((a) => text.slice(a.span.start, a.span.end).trim().slice(0, 6));
  };
  const FIRST = "本报讯（记者周明远）3月20日上午，清河新区十万亩良田开犁播种，农机手们忙个不停。";
  const SECOND = "城东社区开设老年食堂，每天中午为八十多位老人送去热饭热菜，老人们连声称好。";

  it("a new flow that begins a paragraph after a finished sentence is a story of its own", () => {
    expect(stories(FIRST, SECOND, { flow: "new", indent: 2 })).toEqual(["清河新区开犁", "城东社区开设"]);
  });

  it.each([
    ["the top of the next column", { flow: "next-column" as const, indent: 2 }, FIRST],
    ["further down the same column", { flow: "column" as const, indent: 2 }, FIRST],
    ["a new flow that does not begin a paragraph", { flow: "new" as const, indent: 0 }, FIRST],
    ["a new flow after a sentence left open", { flow: "new" as const, indent: 2 }, FIRST.replace(/。$/, "，")],
    ["no flow given (hand-made hints)", {}, FIRST],
  ])("must not split the story: %s", (_, flow, first) => {
    expect(stories(first, SECOND, flow)).toEqual(["清河新区开犁"]);
  });

  it("an opener further down the same column goes on with the story; in a new flow it starts one", () => {
    const second = "本报香港3月20日电　香港各界今天继续举行活动，迎接新春。";
    expect(stories(FIRST, second, { flow: "column", indent: 2 })).toEqual(["清河新区开犁"]);
    expect(stories(FIRST, second, { flow: "new", indent: 2 })).toEqual(["清河新区开犁", "本报香港3月"]);
    expect(stories(FIRST, second, {})).toEqual(["清河新区开犁", "本报香港3月"]);
  });
});
