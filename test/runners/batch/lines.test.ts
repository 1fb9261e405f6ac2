import { describe, expect, it } from "vitest";
import { formatResultLine, parsePageLine, parseResultLine } from "../../../src/runners/batch/lines.js";
import { isPageError, processPage } from "../../../src/runners/batch/page-result.js";
import { expectValidGraph } from "../../helpers/invariants.js";

const TEXT = "古镇老街迎来首批游客\n\n本报讯（通讯员白露）清明假期，古镇老街接待游客三万人次。\n";

describe("processPage", () => {
  it("returns the graph under the page's id, the page's referenceDate winning over the run's", () => {
    const result = processPage({ id: "p/1", text: TEXT, referenceDate: "2026-04-06" }, { referenceDate: "2020-01-01" });
    if (isPageError(result)) throw new Error(result.error.message);
    expect(result.id).toBe("p/1");
    expect(result.graph.referenceDate).toBe("2026-04-06");
    expectValidGraph(result.graph, TEXT);
  });

  it.each([
    [{ id: "x", text: TEXT, referenceDate: "2026-02-30" }, "invalid-option", /referenceDate must be a calendar date/],
    [{ id: "x", text: 42 as unknown as string }, "invalid-input", /takes a string, got number/],
  ])("turns a bad page into an error result, never an exception: %j", (page, code, message) => {
    const result = processPage(page);
    expect(result).toEqual({ id: "x", error: { code, message: expect.stringMatching(message) } });
  });
});

describe("the one-line-per-page format", () => {
  it("round-trips a success and an error, id first, one line each", () => {
    const ok = processPage({ id: "行\n2", text: TEXT });
    const bad = { id: "b", error: { code: "not-utf8" as const, message: "b is not valid UTF-8" } };
    for (const result of [ok, bad]) {
      const line = formatResultLine(result);
      expect(line.endsWith("\n")).toBe(true);
      expect(line.slice(0, -1)).not.toContain("\n");
      expect(line.startsWith(`{"id":${JSON.stringify(result.id)},`)).toBe(true);
      expect(parseResultLine(line)).toEqual(result);
    }
  });

  it("writes exactly the documented fields", () => {
    const extra = { id: "b", error: { code: "read-error" as const, message: "m", stack: "at …" }, secret: 1 };
    expect(formatResultLine(extra)).toBe('{"id":"b","error":{"code":"read-error","message":"m"}}\n');
  });

  it.each(['{"id":"a","gra', "", "[]", '{"graph":{}}', '{"id":"a"}', '{"id":"a","error":{"code":1}}'])("reads %j as no result", (line) => {
    expect(parseResultLine(line)).toBeNull();
  });
});

describe("parsePageLine", () => {
  it.each([
    ['{"id":"a","text":"正文"}', { id: "a", text: "正文" }],
    ['{"id":"a","text":"正文","referenceDate":"2026-04-06","extra":true}', { id: "a", text: "正文", referenceDate: "2026-04-06" }],
    ['{"id":12,"text":"正文","referenceDate":null}', { id: "12", text: "正文" }],
    ['{"id":"a","text":"正文"', { id: "in:1", error: { code: "invalid-line", message: expect.stringMatching(/^not JSON/) } }],
    ['"text"', { id: "in:1", error: { code: "invalid-line", message: "line is not a JSON object" } }],
    ['{"id":"","text":"正文"}', { id: "in:1", error: { code: "invalid-line", message: 'line has no "id" (a string)' } }],
    ['{"id":"a","text":["正文"]}', { id: "a", error: { code: "invalid-line", message: 'line has no "text" (a string)' } }],
    ['{"id":"a","text":"正文","referenceDate":20260406}', { id: "a", error: { code: "invalid-line", message: '"referenceDate" must be a string YYYY-MM-DD' } }],
  ])("reads %s", (line, expected) => {
    expect(parsePageLine(line, "in:1")).toEqual(expected);
  });
});
