import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { expectValidGraph } from "../helpers/invariants.js";

/** [title as written, person as written] of every role on the page. */
function rolesOf(page: string): [string, string | undefined][] {
  const graph = extract(page);
  expectValidGraph(graph, page);
  return graph.roles.map((r) => [r.title, graph.persons.find((p) => p.id === r.personId)?.name]);
}

describe("the offices of the Taiwan, Hong Kong and Macau press", () => {
  it.each([
    ["民進黨立委吳承翰到場關心", "立委", "吳承翰"],
    ["立法委員林書豪表示", "立法委員", "林書豪"],
    ["國民黨市議員張雅婷建議", "市議員", "張雅婷"],
    ["行政院長游文淵昨晚表示", "院長", "游文淵"],
    ["衛福部長薛宏達指出", "部長", "薛宏達"],
    ["社會局長黃志明說", "局長", "黃志明"],
    ["特首李明德出席", "特首", "李明德"],
    ["行政長官梁志謙致辭", "行政長官", "梁志謙"],
    ["財政司司長郭子健透露", "司長", "郭子健"],
    ["立法會議員何啟明認為", "議員", "何啟明"],
    ["街坊總會理事長陳詩雅表示", "理事長", "陳詩雅"],
    ["科技公司董事長容德勝表示", "董事長", "容德勝"],
    ["市府發言人林佩蓉表示", "發言人", "林佩蓉"],
    ["陸委會主委邱宏達說", "主委", "邱宏達"],
    // Name first, title after: 蔣萬安市長.
    ["蔣萬安市長今天主持會議", "市長", "蔣萬安"],
  ])("%s: %s %s", (page, title, name) => {
    expect(rolesOf(page)).toContainEqual([title, name]);
  });

  it("reads a romanised name in brackets as no part of the name: 蔣萬安（Wayne Chiang）", () => {
    const page = "台北市長蔣萬安（Wayne Chiang）今天表示，將推動社宅。";
    expect(rolesOf(page)).toEqual([["市長", "蔣萬安"]]);
    expect(extract(page).persons.map((p) => p.name)).toEqual(["蔣萬安"]);
  });

  it("gives one role per office to a list under 局處首長", () => {
    expect(rolesOf("局處首長黃志明、林佩蓉列席")).toEqual([["局處首長", "黃志明"], ["局處首長", "林佩蓉"]]);
  });

  it.each([
    ["立委 as part of a word", "立委會議今天召開"],
    ["特首 as a topic, no name", "特首選舉將於明年舉行"],
    ["市議員 as a plural subject", "多位市議員表示關切"],
  ])("no role where %s", (_what, page) => {
    expect(rolesOf(page)).toEqual([]);
  });
});
