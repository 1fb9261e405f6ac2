/**
 * Issue 17, 8 December: forms the training halves of the date suites and invented probes showed
 * missing or wrong: ranges to now, weekday ranges, the page's day N years ago, counts of two
 * neighbouring numerals (两三天), 十几 and 几十, years of the era (公元618年), a pair of hours (七八点),
 * the last months of a year, and sets whose weekday is a rate (每周三次). Page date 2021-04-12, a
 * Monday; each rule has a row and a must-not row.
 */
import { describe, expect, it } from "vitest";
import { datesOf, found } from "./helpers.js";

const texts = (input: string) => datesOf(input).map((d) => d.text);

describe("a range may end (or start) now", () => {
  it.each([
    ["去年到现在，全县共接待游客三百万人次。", "去年到现在", "2020-01-01T00:00", "2021-04-13T00:00"],
    ["从今年3月到现在，已完成投资两亿元。", "从今年3月到现在", "2021-03-01T00:00", "2021-04-13T00:00"],
    ["从现在到明年底，工程将分三期推进。", "从现在到明年底", "2021-04-12T00:00", "2023-01-01T00:00"],
  ])("%s → %s", (input, text, start, end) => {
    const d = found(input, text);
    expect(d.kind).toBe("range");
    expect([d.start, d.end]).toEqual([start, end]);
  });
  it("现在 with no date joined to it stays the page date alone", () => {
    expect(texts("现在到了收获的季节。")).toEqual(["现在"]);
  });
  it("至今 ending an open range is not a second date", () => {
    expect(texts("3月1日至今，共检查企业120家。")).toEqual(["3月1日至今"]);
    expect(texts("从2019年起至今，他一直在县里工作。")).toEqual(["从2019年起至今"]);
  });
});

describe("a range of weekdays ends after its start", () => {
  it.each([
    ["展览星期一到星期五开放。", "星期一到星期五", "2021-04-12T00:00", "2021-04-17T00:00"],
    ["从周二到周四，代表团将访问三个城市。", "从周二到周四", "2021-04-13T00:00", "2021-04-16T00:00"],
  ])("%s → %s", (input, text, start, end) => {
    const d = found(input, text);
    expect([d.start, d.end]).toEqual([start, end]);
  });
  it("a range whose end is written in another week keeps that week", () => {
    const d = found("周五至下周一暂停营业。", "周五至下周一");
    expect(d.end).toBe("2021-04-20T00:00");
  });
});

describe("the page's day N units away (26年前的今天)", () => {
  it.each([
    ["26年前的今天，这座大桥正式通车。", "26年前的今天", "1995-04-12"],
    ["一年前的今天，他还在病床上。", "一年前的今天", "2020-04-12"],
  ])("%s → %s", (input, text, value) => {
    const d = found(input, text);
    expect(d.value).toBe(value);
    expect(d.granularity).toBe("day");
  });
  it("N年前 alone is still the year", () => {
    expect(found("26年前，这里还是一片荒地。", "26年前").value).toBe("1995");
  });
  it("a clock offset does not take 今天 in", () => {
    expect(texts("三小时前的今天")).not.toContain("三小时前的今天");
  });
});

describe("counts of two neighbouring numerals, 十几 and 几十, 仨", () => {
  it.each([
    ["他在医院住了两三天。", "两三天", "P2D"],
    ["每批货要等一两个月。", "一两个月", "P1M"],
    ["他在海外漂泊了十几年。", "十几年", "P13Y"],
    ["实验持续了35,000个钟头。", "35,000个钟头", "PT35000H"],
  ])("%s → %s", (input, text, duration) => {
    const d = found(input, text);
    expect(d.type).toBe("duration");
    expect(d.duration).toBe(duration);
  });
  it("两三 is vague", () => {
    expect(found("他在医院住了两三天。", "两三天").fuzzy).toBe(true);
  });
  it.each([
    ["两三天前，他还来过这里。", "两三天前", "2021-04-10"],
    ["近仨月，销量下降了一成。", "近仨月", null],
    ["几十年来，村里变化很大。", "几十年来", null],
  ])("%s → %s", (input, text, value) => {
    expect(found(input, text).value).toBe(value);
  });
  it("a year's two digits are no count: 五八年前 is not 58 years back", () => {
    expect(datesOf("五八年前，这里还是荒地。").map((d) => d.value)).not.toContain("1963");
  });
  it("two digits that are not neighbours (一三) are no count", () => {
    expect(texts("他用了一三天。")).toEqual([]);
  });
  it("a comma between digits that do not group by three is a list, not a count", () => {
    expect(texts("分别是2,3天。")).not.toContain("2,3天");
  });
});

describe("years of the era (公元)", () => {
  it.each([
    ["公元618年，唐朝建立。", "公元618年", "0618"],
    ["公元2000年是千禧年。", "公元2000年", "2000"],
  ])("%s → %s", (input, text, value) => {
    expect(found(input, text).value).toBe(value);
  });
  it("公元前221年 is not the 221 years before this one (years before 1 are not read)", () => {
    expect(texts("公元前221年，秦统一六国。")).toEqual([]);
  });
  it("公元前后 holds no year", () => {
    expect(texts("公元前后的文物")).toEqual([]);
  });
});

describe("a pair of hours (七八点) and the last months of a year", () => {
  it.each([
    ["明天下午七八点见面。", "明天下午七八点", "2021-04-13T19:00"],
    ["晚上十一二点才下班。", "晚上十一二点", "2021-04-12T23:00"],
    ["早上七八点钟到达。", "早上七八点钟", "2021-04-12T07:00"],
  ])("%s → %s", (input, text, start) => {
    expect(found(input, text).start).toBe(start);
  });
  it("a pair of numbers before 点 with no day or part of day is no time", () => {
    expect(texts("股指下降了七八点。")).toEqual([]);
  });
  it.each([
    ["2021年后三个月，订单将集中交付。", "2021年后三个月", "2021-10-01T00:00", "2022-01-01T00:00"],
    ["今年前三个月，出口增长一成。", "今年前三个月", "2021-01-01T00:00", "2021-04-01T00:00"],
  ])("%s → %s", (input, text, start, end) => {
    const d = found(input, text);
    expect([d.start, d.end]).toEqual([start, end]);
  });
  it("后三个月 alone stays the three months after this one", () => {
    expect(found("后三个月，订单将集中交付。", "后三个月").start).toBe("2021-05-01T00:00");
  });
});

describe("sets and rates", () => {
  it("每周三次 is a weekly rate, not Wednesdays", () => {
    const d = found("他每周三次到社区服务。", "每周");
    expect(d.recurrence).toBe("FREQ=WEEKLY");
  });
  it("每周三下午 is still Wednesdays", () => {
    expect(found("每周三下午开放。", "每周三下午").recurrence).toBe("FREQ=WEEKLY;BYDAY=WE");
  });
  it.each([
    ["每逢周末，公园里游人如织。", "每逢周末", "FREQ=WEEKLY;BYDAY=SA,SU"],
    ["每逢周五，食堂供应饺子。", "每逢周五", "FREQ=WEEKLY;BYDAY=FR"],
  ])("%s → %s", (input, text, rule) => {
    expect(found(input, text).recurrence).toBe(rule);
  });
  it("每逢春节 stays yearly", () => {
    expect(found("每逢春节，他都回家。", "每逢春节").recurrence).toContain("FREQ=YEARLY");
  });
});

describe("must-not: 这些年轻人", () => {
  it("these young people hold no years", () => {
    expect(texts("这些年轻人离开家乡，去了沿海。")).toEqual([]);
  });
  it("这些年 alone is still the recent years", () => {
    expect(texts("这些年，村里变化很大。")).toEqual(["这些年"]);
  });
});
