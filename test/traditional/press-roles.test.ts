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
    // Taiwan and Hong Kong offices (dictionaries/role-titles.txt).
    ["交通部政務次長陳彥伯表示", "政務次長", "陳彥伯"],
    ["外交部次長田中光說", "次長", "田中光"],
    ["立法院財委會召委賴士葆說", "召委", "賴士葆"],
    ["台積電執行長魏哲家表示", "執行長", "魏哲家"],
    ["發展局常任秘書長陳國強表示", "常任秘書長", "陳國強"],
    ["檢察總長邢泰釗指出", "檢察總長", "邢泰釗"],
    ["行政院政務委員林萬億表示", "政務委員", "林萬億"],
    ["銀行行長林文華表示", "行長", "林文華"],
    // Name first, title after: 蔣萬安市長.
    ["蔣萬安市長今天主持會議", "市長", "蔣萬安"],
  ])("%s: %s %s", (page, title, name) => {
    expect(rolesOf(page)).toContainEqual([title, name]);
  });

  /** [title, organization] of every role on the page, the organization as written ("-" when none). */
  function officesOf(page: string): [string, string][] {
    const graph = extract(page);
    expectValidGraph(graph, page);
    const org = new Map(graph.organizations.map((o) => [o.id, o.name]));
    return graph.roles.map((r) => [r.title, r.organizationId === null ? "-" : org.get(r.organizationId)!]);
  }

  it.each([
    // The body's last character written once for the body and the office (社會局 + 局長).
    ["社會局長黃志明說", "局長", "社會局"],
    ["台北市社會局長黃志明說", "局長", "台北市社會局"],
    ["衛福部長薛宏達指出", "部長", "衛福部"],
    ["行政院長游文淵昨晚表示", "院長", "行政院"],
    ["財政司長郭子健透露", "司長", "財政司"],
    // 及 and 和 inside a bureau's name: the Hong Kong policy bureaus, the mainland's ministries.
    ["創新科技及工業局局長譚嘉欣則指出", "局長", "創新科技及工業局"],
    ["食物及衞生局局長陳家豪表示", "局長", "食物及衞生局"],
    ["市人力资源和社会保障局局长张立新出席", "局长", "市人力资源和社会保障局"],
    ["国家发展和改革委员会主任周明远表示", "主任", "国家发展和改革委员会"],
  ])("names the organization of %s: %s @ %s", (page, title, organization) => {
    expect(officesOf(page)).toEqual([[title, organization]]);
  });

  it.each([
    ["及 between a name and a body", "市長李明及市教育局局長張三出席", [["市長", "-"], ["局長", "市教育局"]]],
    ["和 between two bodies", "教育局和衛生局局長張三出席", [["局長", "衛生局"]]],
    ["a body written whole", "市教育局局長張三出席", [["局長", "市教育局"]]],
    ["a body with a longer ending", "研究中心處長張三說", [["處長", "研究中心"]]],
    ["a modifier of the office", "新任局長張三表示", [["局長", "-"]]],
    ["a demonstrative", "這位局長張三表示", [["局長", "-"]]],
    ["a reference to an earlier body", "該局局長張三說", [["局長", "-"]]],
    ["the head of a jurisdiction", "台北市長蔣萬安表示", [["市長", "-"]]],
    ["the head of a school", "北京四中校長張三說", [["校長", "-"]]],
  ])("reads no other organization for %s: %s", (_what, page, expected) => {
    expect(officesOf(page)).toEqual(expected);
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
    ["行政院 and 長期 (行政院長期推動)", "行政院長期推動長照政策，成效顯著。"],
    ["部 and 長期 (部長期以來)", "該部長期以來重視此事。"],
    ["行政長官 as a topic", "行政長官選舉將於明年舉行。"],
    ["發言人 as a topic", "發言人制度將全面檢討。"],
    ["a jurisdiction's head with no name after (台北市長今天)", "台北市長今天表示將推動社宅。"],
    ["局處首長 as a topic", "局處首長會議今天召開。"],
    ["董事長 as a post", "董事長一職懸缺多時。"],
    ["理事長 as a post", "理事長選舉下月舉行。"],
    ["議員 with no name after", "議員質詢時表示不滿。"],
    ["司長 in a rank (司長級)", "司長級官員表示將研究。"],
    ["局長 in a room's name (局長室)", "局長室今天公布名單。"],
    ["部長 in a meeting's name", "部長會議今天召開。"],
    ["執行 and 長期 (執行長期計畫)", "政府將執行長期計畫。"],
    ["次 and 長假 (這次長假)", "這次長假期間，遊客增多。"],
    ["次 and 長達 (這次長達)", "這次長達三小時的會議結束。"],
    ["再次 and 長時間", "他再次長時間發言。"],
  ])("no role where %s", (_what, page) => {
    expect(rolesOf(page)).toEqual([]);
  });
});
