import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { expectValidGraph } from "../helpers/invariants.js";

/** The persons of a page, as written. */
function personsOf(page: string): string[] {
  const graph = extract(page);
  expectValidGraph(graph, page);
  return graph.persons.map((p) => p.name);
}

// Names with no title to find them by are read by the name model from its surname and given-name
// counts, which are Simplified: the fold gives a Traditional name the same counts (蕭/萧, 鍾/钟, 歐陽/欧阳).
describe("names in Traditional characters, read by the name statistics", () => {
  it.each([
    ["蕭美琴今天出席活動，鍾佳濱陪同。", ["蕭美琴", "鍾佳濱"]],
    ["歐陽娜娜與謝佩芬出席記者會。", ["歐陽娜娜", "謝佩芬"]],
    ["鄭麗文與馮世寬握手。", ["鄭麗文", "馮世寬"]],
    // 甯, a surname of the 百家姓 that the fold keeps (Simplified text writes it 宁): dictionaries/surnames.txt.
    ["會上，甯漢豪說明了計劃。", ["甯漢豪"]],
  ])("%s", (page, persons) => {
    expect(personsOf(page)).toEqual(persons);
  });

  it.each([
    ["surnames used as words (蕭條, 鍾愛)", "經濟蕭條持續，民眾鍾愛國貨。"],
    ["two-way characters in words (發廊, 頭髮, 後)", "他們在發廊剪頭髮後離開。"],
    ["甯 as 寧, rather (甯可信其有)", "這種事甯可信其有。"],
  ])("no person from %s", (_what, page) => {
    expect(personsOf(page)).toEqual([]);
  });
});

describe("a romanised name in brackets after the name", () => {
  it.each([
    ["台北市長蔣萬安（Wayne Chiang）今天表示，將推動社宅。", ["蔣萬安"]],
    ["外交部長林佳龍（Lin Chia-lung）與美國國務卿布林肯（Antony Blinken）會面。", ["林佳龍", "布林肯"]],
    ["立法委員林書豪（Lin Shu-hao）表示，將提出修法。", ["林書豪"]],
  ])("is no part of the name, nor a person: %s", (page, persons) => {
    expect(personsOf(page)).toEqual(persons);
  });

  it("must not: a bracket after a name that is no romanisation (a place in the photo) is left out too", () => {
    expect(personsOf("盧秀燕（右2）、蔣萬安（左）出席。")).toEqual(["盧秀燕", "蔣萬安"]);
  });

  it("must not: Latin words in brackets after a word that is no name give no person", () => {
    expect(personsOf("長照2.0（Long-term Care 2.0）今年擴大實施。")).toEqual([]);
  });
});
