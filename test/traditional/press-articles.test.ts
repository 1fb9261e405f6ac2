import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { expectValidGraph } from "../helpers/invariants.js";

/**
 * Three articles written for these tests in the style of a Taiwan news agency, a Hong Kong daily
 * and a Macau daily (invented people and events), with their gold: every person, every credit,
 * the offices held and the dates, all as the page writes them.
 */
interface Gold {
  readonly referenceDate: string;
  readonly opener: string | null;
  readonly persons: readonly string[];
  readonly credits: readonly (readonly [string, string])[];
  readonly roles: readonly (readonly [string, string])[];
  /** [text, value]; value null where only the expression is asserted (週六: the coming or the last?). */
  readonly dates: readonly (readonly [string, string | null])[];
}

const GOLD: Record<string, Gold> = {
  "taiwan-agency": {
    referenceDate: "2022-12-27",
    opener: "（中央社記者陳芷瑜新北27日電）",
    persons: ["陳芷瑜", "邱振瑋", "林佩蓉", "游文淵", "薛宏達", "吳承翰", "張雅婷", "黃志明", "李怡君"],
    credits: [["reporter", "陳芷瑜"], ["editor", "李怡君"]],
    roles: [["市長", "邱振瑋"], ["發言人", "林佩蓉"], ["院長", "游文淵"], ["部長", "薛宏達"], ["立委", "吳承翰"], ["市議員", "張雅婷"], ["局長", "黃志明"]],
    dates: [["今天", "2022-12-27"], ["111年度", "2022"], ["昨（26）晚", "2022-12-26"], ["今（27）日", "2022-12-27"], ["週六", null], ["明年", "2023"]],
  },
  "hongkong-daily": {
    referenceDate: "2022-12-28",
    opener: "【本報訊】",
    persons: ["鄭詠欣", "梁志謙", "郭子健", "譚嘉欣", "何啟明", "羅家駿", "容德勝", "馮慧儀"],
    credits: [["reporter", "鄭詠欣"], ["editor", "馮慧儀"]],
    roles: [["行政長官", "梁志謙"], ["司長", "郭子健"], ["局長", "譚嘉欣"], ["議員", "何啟明"], ["會長", "羅家駿"], ["董事長", "容德勝"]],
    dates: [["昨（27）日", "2022-12-27"], ["2022年12月27日（星期二）上午10時30分", "2022-12-27"], ["明年初", "2023"]],
  },
  "macau-daily": {
    referenceDate: "2022-12-28",
    opener: "【本報消息】",
    persons: ["歐陽惠珊", "梁偉樂", "施家倫", "陳詩雅", "黃家明", "杜文輝"],
    credits: [["photographer", "杜文輝"]],
    roles: [["司長", "歐陽惠珊"], ["局長", "梁偉樂"], ["議員", "施家倫"], ["理事長", "陳詩雅"], ["行政長官", "黃家明"]],
    dates: [["昨日下午", "2022-12-27"], ["2023年1月10日", "2023-01-10"]],
  },
};

describe.each(Object.entries(GOLD))("the %s article", (file, gold) => {
  const page = readFileSync(resolve(__dirname, "fixtures", `${file}.txt`), "utf8");
  const graph = extract(page, { referenceDate: gold.referenceDate });
  const name = (id: string | null) => graph.persons.find((p) => p.id === id)?.name;

  it("is a valid graph whose strings are the page's", () => expectValidGraph(graph, page));
  it("opens as the paper opens its reports", () => expect(graph.articles[0]?.opener?.text ?? null).toBe(gold.opener));
  it("finds every person and no one else", () => expect(graph.persons.map((p) => p.name)).toEqual(gold.persons));
  it("finds every credit and no other", () => expect(graph.credits.map((c) => [c.kind, name(c.personId)])).toEqual(gold.credits));
  it.each(gold.roles.map((r) => [...r]))("finds the office %s of %s", (title, person) => {
    expect(graph.roles.map((r) => [r.title, name(r.personId)])).toContainEqual([title, person]);
  });
  it.each(gold.dates.map((d) => [...d]))("finds the date %s (%s)", (text, value) => {
    const date = graph.dates.find((d) => d.text === text);
    expect(date, text).toBeDefined();
    if (value !== null) expect(date?.value).toBe(value);
  });
});
