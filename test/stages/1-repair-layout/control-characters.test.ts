import { describe, expect, it } from "vitest";
import { extract } from "../../../src/extract.js";
import { squashLayout } from "../../../src/text/mapped-text.js";
import { expectValidGraph } from "../../helpers/invariants.js";

const OPENER = "本报讯（记者林晓东）3月20日上午，清河新区召开会议。区应急管理局局长周明远出席。";
const names = (text: string) => {
  const graph = extract(text, { referenceDate: "2026-03-21" });
  expectValidGraph(graph, text);
  const name = (id: string) => graph.persons.find((p) => p.id === id)!.name;
  return { credited: graph.credits.map((c) => name(c.personId)), persons: graph.persons.map((p) => p.name).sort() };
};
const clean = names(OPENER);

// Issue 18: a NUL (or another control character) inside a line silently cut a credit or a name
// in two: 本报讯（记者林\0晓东） gave no credit at all. Control characters are layout now, like
// U+200B: they take no room, so the page reads as without them and every span still holds.
describe("control characters are layout: the page reads as without them", () => {
  it.each([
    ["NUL inside the credited name", OPENER.replace("林晓东", "林\u0000晓东")],
    ["NUL before the closing bracket", OPENER.replace("林晓东）", "林晓东\u0000）")],
    ["NUL at the start of the page", `\u0000${OPENER}`],
    ["BEL inside a person after a title", OPENER.replace("周明远", "周\u0007明远")],
    ["ESC inside the credit marker", OPENER.replace("记者", "记\u001b者")],
    ["DEL inside the opener", OPENER.replace("本报讯", "本报\u007f讯")],
    ["a C1 control (U+0085) between surname and given name", OPENER.replace("周明远", "周\u0085明远")],
    ["a run of NULs, as a broken PDF extraction leaves", OPENER.replace("林晓东", "林\u0000\u0000\u0000晓东")],
  ])("%s", (_, text) => {
    expect(names(text)).toEqual(clean);
  });

  it.each([
    ["\u0000", ""],
    ["林\u0000晓\u0007东", "林晓东"],
    ["a\u0001b\u009fc", "abc"],
    ["\t\n\r\f\v", ""],
  ])("squashLayout(%j) = %j", (text, squashed) => {
    expect(squashLayout(text)).toBe(squashed);
  });

  // Must not: only controls are zero-width; visible characters around them stay as they are.
  it.each([
    ["a space still separates two names in a list", "区领导马文博 邓佳怡出席。", ["马文博", "邓佳怡"]],
    ["a control next to a space keeps the space's meaning", "区领导马文博\u0000 邓佳怡出席。", ["马文博", "邓佳怡"]],
  ])("%s", (_, text, persons) => {
    expect(names(text).persons).toEqual([...persons].sort());
  });

  it("a page of nothing but control characters gives an empty graph", () => {
    const text = Array.from({ length: 64 }, (_, i) => String.fromCharCode(i < 32 ? i : 0x60 + i)).join("").replace(/[\s]/g, "");
    const graph = extract(text);
    expectValidGraph(graph, text);
    expect(graph.persons).toEqual([]);
    expect(graph.credits).toEqual([]);
  });
});
