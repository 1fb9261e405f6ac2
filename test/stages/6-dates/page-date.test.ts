import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";
import { detectArticles, extractWhen, repairLayout } from "../../../src/index.js";
import { graphOf } from "./helpers.js";

describe("the page date", () => {
  it("is the option when given, and is never the wall clock", () => {
    expect(graphOf("昨天，雨停了。", "2020-02-29").dates[0]?.value).toBe("2020-02-28");
  });

  it("comes from a masthead date line outside the articles", () => {
    const input = "2019年3月8日 星期五\n\n本报讯 昨天，全区召开大会。3月20日，新馆开放。\n";
    const page = detectArticles(repairLayout(input));
    const when = extractWhen(page);
    expect(when.referenceDate).toBe(page.unassigned.length > 0 ? "2019-03-08" : "2019-03-20");
    expect(when.referenceDateSource).toBe("inferred");
  });

  it("is the latest fully written date when there is no masthead", () => {
    const g = graphOf("2018年5月2日，工程开工。2018年6月1日，主体完工。昨天，验收通过。", null);
    expect(g.referenceDate).toBe("2018-06-01");
    expect(g.dates.find((d) => d.text === "昨天")?.value).toBe("2018-05-31");
  });

  it("combines the year the page mentions with its latest month-day", () => {
    const g = graphOf("今年是2016年。3月2日，代表抵达。3月5日，会议闭幕。今年，全区要完成改造。", null);
    expect(g.referenceDate).toBe("2016-03-05");
    expect(g.dates.filter((d) => d.text === "今年").map((d) => d.value)).toEqual(["2016", "2016"]);
  });

  it("is a year alone when the page writes years but no month-day", () => {
    const g = graphOf("2015年，该厂扩建。今年，产量翻番。", null);
    expect(g.referenceDate).toBe("2015");
    expect(g.dates.map((d) => d.value)).toEqual(["2015", "2015"]);
  });

  it("is null when the page writes no year, and relative dates stay unresolved with a warning", () => {
    const g = graphOf("昨天，雨停了。", null);
    expect(g.referenceDate).toBeNull();
    expect(g.referenceDateSource).toBeNull();
    expect(g.dates[0]).toMatchObject({ text: "昨天", value: null, start: null, end: null });
    expect(g.diagnostics.map((d) => d.code)).toContain("dates-unresolved");
  });

  it("does not mutate the page it reads", () => {
    const page = detectArticles(repairLayout("本报讯 4月7日上午，示范区召开会议。"));
    const before = JSON.stringify(page, (_k, v: unknown) => (v instanceof Uint32Array ? [...v] : v));
    extractWhen(page, { referenceDate: "2021-04-12" });
    expect(JSON.stringify(page, (_k, v: unknown) => (v instanceof Uint32Array ? [...v] : v))).toBe(before);
  });

  it("keeps spans on the original text across layout breaks", () => {
    const input = "本报讯（记者某某） 4\n月 8 日上午，会议召开。";
    const g = extract(input, { referenceDate: "2021-04-12" });
    const d = g.dates[0]!;
    expect(d.text).toBe("4月8日上午");
    expect(input.slice(d.span.start, d.span.end)).toBe("4\n月 8 日上午");
    expect(d.value).toBe("2021-04-08");
  });
});
