/**
 * The renderers and exporters take a graph; a wrong argument (the text instead of the graph, null,
 * a half-built object) gets a BaoxunError that names the function, never a TypeError from inside.
 */
import { describe, expect, it } from "vitest";
import { BaoxunError } from "../../../src/errors.js";
import { toCsv, toJsonLines, toNodeLink } from "../../../src/outputs/export/index.js";
import { extract } from "../../../src/extract.js";
import { formatSummary } from "../../../src/outputs/format-summary/index.js";
import { toHtml } from "../../../src/outputs/render-html/index.js";

const TEXT = "示范区召开会议\n\n本报讯（记者付凯明）4月7日上午，示范区科创局局长刘静出席。";
const graph = extract(TEXT, { referenceDate: "2021-04-13" });

const RENDERERS: [string, (g: unknown) => unknown][] = [
  ["formatSummary", (g) => formatSummary(g as never)],
  ["toHtml", (g) => toHtml(g as never, TEXT)],
  ["toCsv", (g) => toCsv(g as never)],
  ["toNodeLink", (g) => toNodeLink(g as never)],
  ["toJsonLines", (g) => toJsonLines(g as never)],
];

const NOT_GRAPHS: [string, unknown, RegExp][] = [
  ["null", null, /got null/],
  ["the page text", TEXT, /got a string/],
  ["an array", [], /got an array/],
  ["an object without the collections", { input: { length: 3 } }, /without its fields/],
  ["undefined", undefined, /got undefined/],
];

describe("a value that is not a graph", () => {
  for (const [name, render] of RENDERERS) {
    for (const [what, value, message] of NOT_GRAPHS) {
      it(`${name}(${what}) throws invalid-input naming ${name}`, () => {
        let thrown: unknown;
        try {
          render(value);
        } catch (e) {
          thrown = e;
        }
        expect(thrown).toBeInstanceOf(BaoxunError);
        expect((thrown as BaoxunError).code).toBe("invalid-input");
        expect((thrown as BaoxunError).message).toMatch(new RegExp(`^${name}\\(\\) takes the EntityGraph`));
        expect((thrown as BaoxunError).message).toMatch(message);
      });
    }
  }
});

describe("a graph parsed back from JSON", () => {
  const parsed = JSON.parse(JSON.stringify(graph)) as unknown;
  for (const [name, render] of RENDERERS) {
    it(`${name} renders it as it renders the original`, () => expect(render(parsed)).toEqual(render(graph)));
  }
});
