/**
 * Inputs that break naive text code (issue 6): lone surrogates, astral characters, \r\n, U+3000,
 * BOM, zero-width characters, traditional characters, mixed widths; and values that are not
 * strings at all, which must fail with a typed BaoxunError, never deep inside.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { BaoxunError } from "../../src/errors.js";
import { extract, MAX_INPUT_LENGTH } from "../../src/extract.js";
import { squashLayout } from "../../src/text/mapped-text.js";
import type { EntityGraph } from "../../src/contracts/graph.js";
import { expectValidGraph } from "../helpers/invariants.js";

const SAMPLE_PAGE = readFileSync(resolve(import.meta.dirname, "../../examples/sample-page.txt"), "utf8");
const OPENER = "本报讯（记者付凯明）4月7日上午，示范区召开会议。";

const EDGE_INPUTS: [string, string][] = [
  ["empty", ""],
  ["a lone high surrogate", "\ud800"],
  ["a lone low surrogate inside a name", "本报讯（记者付\udc00明）4月7日上午，示范区召开会议。"],
  ["a high surrogate at the very end", `${OPENER}\ud83d`],
  ["a surrogate pair split by a line break", "本报讯（记者付\ud840\n\udc00明）"],
  ["an astral character in a name", "本报讯（记者𠀀凯明）4月7日上午，示范区召开会议。"],
  ["astral characters only", "𠀀𠀁𠀂".repeat(50)],
  ["emoji", `${OPENER}👍🏽👨‍👩‍👧`],
  ["\\r\\n line breaks", `${OPENER}\r\n本报记者 宋崇\r\n飞 摄\r\n`],
  ["a lone \\r", `示范区\r党政联席会议召开\r\r${OPENER}`],
  ["U+3000 between letters", "本　报　讯（记者　付凯明）４月７日上午，示范区召开会议。"],
  ["a BOM at the start", `\ufeff${OPENER}`],
  ["BOMs everywhere", `\ufeff本报讯\ufeff（记者付\ufeff凯明）\ufeff4月7日`],
  ["zero-width characters inside words", "本报\u200b讯（记者付\u200c凯\u200d明）4\u2060月7日上午，示范区召开会议。"],
  ["traditional characters", "本報訊（記者付凱明）4月7日上午，示範區黨工委書記呂沛出席會議並講話。"],
  ["full-width digits and letters", "本报讯（记者付凯明）２０２１年４月７日上午，ＶＩＰ示范区召开会议。"],
  ["mixed widths and half-width brackets", "本报讯(记者付凯明)2021年4月7日上午,示范区召开会议."],
  ["U+2028 and U+2029", `${OPENER}\u2028本报记者 宋崇飞 摄\u2029`],
  ["NUL and control characters", `${OPENER}\u0000\u0001\u0007\u001b[31m`],
  ["only layout", " \n\r\n\t\u3000\ufeff\u200b\n\n"],
  ["combining marks", "本报讯（记者付凯明\u0301\u0308）"],
  ["an unclosed opener bracket at the end", "本报讯（记者付凯明"],
  ["a closing bracket only", "）4月7日）"],
  ["right-to-left marks", `\u202e${OPENER}\u202c`],
];

describe("edge inputs: a valid graph, spans correct", () => {
  it.each(EDGE_INPUTS)("%s", (_, text) => {
    const graph = extract(text, { referenceDate: "2021-04-13" });
    expectValidGraph(graph, text);
    expect(extract(text, { referenceDate: "2021-04-13" })).toEqual(graph);
  });
});

/** The entities' texts, layout removed: what must not change when only the layout does. */
function entityTexts(graph: EntityGraph) {
  return {
    articles: graph.articles.length,
    headlines: graph.articles.map((a) => a.headline && squashLayout(a.headline.text)),
    persons: graph.persons.map((p) => p.name),
    credits: graph.credits.map((c) => c.kind),
    dates: graph.dates.map((d) => squashLayout(d.text)),
  };
}

describe("layout-only variants of the sample page find the same entities", () => {
  const plain = extract(SAMPLE_PAGE, { referenceDate: "2021-04-13" });
  it.each([
    ["\\r\\n line breaks", SAMPLE_PAGE.replace(/\n/gu, "\r\n")],
    ["a BOM in front", `\ufeff${SAMPLE_PAGE}`],
    ["trailing spaces on every line", SAMPLE_PAGE.replace(/\n/gu, "  \n")],
  ])("%s", (_, variant) => {
    const graph = extract(variant, { referenceDate: "2021-04-13" });
    expectValidGraph(graph, variant);
    expect(entityTexts(graph)).toEqual(entityTexts(plain));
  });
});

describe("values that are not strings", () => {
  it.each([
    ["null", null],
    ["undefined", undefined],
    ["a Buffer", Buffer.from(OPENER, "utf8")],
    ["a Uint8Array", new TextEncoder().encode(OPENER)],
    ["a number", 42],
    ["NaN", Number.NaN],
    ["a bigint", 10n],
    ["a boolean", true],
    ["a symbol", Symbol("page")],
    ["a plain object", { text: OPENER }],
    ["an array of strings", [OPENER]],
    ["a String object", new String(OPENER)],
    ["a function", () => OPENER],
  ])("%s → BaoxunError invalid-input", (_, value) => {
    let thrown: unknown;
    try {
      extract(value as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BaoxunError);
    expect((thrown as BaoxunError).code).toBe("invalid-input");
    expect((thrown as BaoxunError).message).toMatch(/takes a string/u);
  });

  it("a Buffer is named as such, with what to do", () => {
    expect(() => extract(Buffer.from(OPENER) as never)).toThrow(/got a Buffer; decode bytes as UTF-8 first/u);
  });

  it("an input over the documented limit → BaoxunError input-too-large, before any work", () => {
    const huge = " ".repeat(MAX_INPUT_LENGTH + 1);
    expect(() => extract(huge)).toThrow(expect.objectContaining({ code: "input-too-large" }));
    expect(() => extract(huge)).toThrow(/split it into pages/u);
  });

  it.each([
    ["a string", "2021-04-13"],
    ["null", null],
    ["a number", 1],
  ])("options that are %s → BaoxunError invalid-option", (_, options) => {
    expect(() => extract(OPENER, options as never)).toThrow(expect.objectContaining({ code: "invalid-option" }));
  });

  it.each([["2021-02-30"], ["2021-4-7"], [""], [20210407]])("referenceDate %j → BaoxunError invalid-option", (referenceDate) => {
    expect(() => extract(OPENER, { referenceDate } as never)).toThrow(expect.objectContaining({ code: "invalid-option" }));
  });
});
