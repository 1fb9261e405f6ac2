/**
 * The movable Christian feasts, counted from Easter Sunday (src/stages/6-dates/easter.ts,
 * dictionaries/holidays.txt): the computus against published Easter dates, then the feasts in
 * invented sentences, page date 2021-04-12 (Easter was 4 April, Orthodox Easter 2 May).
 */
import { describe, expect, it } from "vitest";
import { easterSunday } from "../../../src/stages/6-dates/easter.js";
import { datesOf, found } from "./helpers.js";

const ymd = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().slice(0, 10));

describe("easterSunday", () => {
  it.each([
    [1961, "1961-04-02", "1961-04-09"],
    [2000, "2000-04-23", "2000-04-30"],
    [2008, "2008-03-23", "2008-04-27"],
    [2011, "2011-04-24", "2011-04-24"],
    [2013, "2013-03-31", "2013-05-05"],
    [2019, "2019-04-21", "2019-04-28"],
    [2021, "2021-04-04", "2021-05-02"],
    [2024, "2024-03-31", "2024-05-05"],
    [2038, "2038-04-25", "2038-04-25"],
  ])("%i: Western %s, Orthodox %s", (year, western, orthodox) => {
    expect(ymd(easterSunday(year, false))).toBe(western);
    expect(ymd(easterSunday(year, true))).toBe(orthodox);
  });

  it("has no Orthodox date outside 1900–2099 and no Western one before the Gregorian calendar", () => {
    expect(easterSunday(1899, true)).toBeNull();
    expect(easterSunday(1500, false)).toBeNull();
    expect(easterSunday(2021.5, false)).toBeNull();
  });
});

describe("feasts counted from Easter, in text (page date 2021-04-12)", () => {
  it.each([
    ["复活节当天，教堂举行弥撒。", "复活节", "2021-04-04"],
    ["耶稣受难日，信众前往教堂。", "耶稣受难日", "2021-04-02"],
    ["去年圣灵降临节，教堂举行了洗礼。", "去年圣灵降临节", "2020-05-31"],
    ["2019年圣灰星期三，信众领受圣灰。", "2019年圣灰星期三", "2019-03-06"],
    ["东正教复活节临近，彩蛋热销。", "东正教复活节", "2021-05-02"],
    // Traditional text, folded: 聖週五 is 圣周五, Good Friday, not a bare Friday.
    ["聖週五，教堂鐘聲響起。", "聖週五", "2021-04-02"],
  ])("%s → %s = %s", (input, text, value) => {
    expect(found(input, text).value).toBe(value);
  });

  it("大斋期 (Lent) is its span, from Ash Wednesday to Easter Sunday", () => {
    const lent = found("2018年大斋期，他每周五禁食。", "2018年大斋期");
    expect([lent.start, lent.end]).toEqual(["2018-02-14T00:00", "2018-04-01T00:00"]);
  });

  it("每年复活节 is a yearly set", () => {
    expect(found("每年复活节，小镇都举办彩蛋节。", "每年复活节").recurrence).toBe("FREQ=YEARLY");
  });

  it("keeps out Easter Island and a weekday without its feast", () => {
    expect(datesOf("复活节岛上的石像举世闻名。").map((d) => d.text)).toEqual([]);
    // 周五 alone stays a weekday.
    expect(datesOf("周五，教堂举行音乐会。").map((d) => d.rule)).not.toContain("holiday");
  });
});
