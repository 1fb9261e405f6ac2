/**
 * The TIMEX3 model of schema 1.1.0 on the kinds baoxun read before it: `type` (date or time),
 * quarters and halves as TIMEX3 values, and `anchor` for anaphoric dates. Invented sentences,
 * page date 2021-04-12 (a Monday).
 */
import { describe, expect, it } from "vitest";
import type { DateMention } from "../../../src/contracts/graph.js";
import { found } from "./helpers.js";

describe("quarters and halves are intervals (issue 18: 一季度 resolved to the year)", () => {
  const rows: readonly [string, string, string, string, string, "quarter" | "half-year"][] = [
    ["一季度，全县生产总值增长8%。", "一季度", "2021-Q1", "2021-01-01T00:00", "2021-04-01T00:00", "quarter"],
    ["2020年第三季度出口回升。", "2020年第三季度", "2020-Q3", "2020-07-01T00:00", "2020-10-01T00:00", "quarter"],
    ["四季度将完成验收。", "四季度", "2021-Q4", "2021-10-01T00:00", "2022-01-01T00:00", "quarter"],
    ["上半年完成投资三亿元。", "上半年", "2021-H1", "2021-01-01T00:00", "2021-07-01T00:00", "half-year"],
    ["去年下半年客流回暖。", "去年下半年", "2020-H2", "2020-07-01T00:00", "2021-01-01T00:00", "half-year"],
  ];
  it.each(rows)("%s → %s", (input, text, value, start, end, granularity) => {
    const d = found(input, text);
    expect(d.type).toBe("date");
    expect(d.value).toBe(value);
    expect([d.start, d.end]).toEqual([start, end]);
    expect(d.granularity).toBe(granularity);
  });
});

describe("anaphoric dates point to the date they refer to", () => {
  it.each([
    ["本报讯 4月7日上午，示范区召开会议。当天下午，代表们参观了园区。", "4月7日上午", "当天下午"],
    ["3月5日，清河大桥合龙。次日，施工队撤场。", "3月5日", "次日"],
    ["2020年一季度，全区外贸下降。今年一季度，进出口总额比去年同期增长12%。", "今年一季度", "去年同期"],
  ])("%s: %s ← %s", (input, antecedent, anaphor) => {
    const a = found(input, antecedent);
    const d = found(input, anaphor);
    expect(d.anchor).toBe(a.id);
  });
  it("去年同期 is the period of the date it mirrors, a year earlier", () => {
    const d = found("本报讯 今年一季度，清河县进出口总额比去年同期增长12%。", "去年同期");
    expect([d.start, d.end, d.value, d.granularity]).toEqual(["2020-01-01T00:00", "2020-04-01T00:00", "2020-Q1", "quarter"]);
  });
  it("a date that stands on its own has no anchor", () => {
    expect(found("3月5日，清河大桥合龙。", "3月5日").anchor).toBeNull();
  });
});

describe("type: date or time", () => {
  it.each([
    ["2021年4月7日", "date"],
    ["4月7日上午", "time"],
    ["下午3点", "time"],
    ["今年", "date"],
    ["上周三", "date"],
  ] as const)("%s is a %s", (text, type) => {
    expect(found(`会议${text}召开。`, text).type).toBe(type);
  });
});
