/**
 * The Jewish and Muslim festivals (src/stages/6-dates/hebrew.ts, islamic.ts,
 * dictionaries/holidays.txt): the calendars against published dates, then the festivals in
 * invented sentences, page date 2021-04-12.
 */
import { describe, expect, it } from "vitest";
import { hebrewDateIn, independenceDay } from "../../../src/stages/6-dates/hebrew.js";
import { islamicDateIn } from "../../../src/stages/6-dates/islamic.js";
import { datesOf, found } from "./helpers.js";

const ymd = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString().slice(0, 10));

describe("hebrewDateIn", () => {
  it.each([
    ["Passover 2018 (15 Nisan)", 2018, 1, 15, "2018-03-31"],
    ["Passover 2021", 2021, 1, 15, "2021-03-28"],
    ["Rosh Hashanah 2021 (1 Tishri)", 2021, 7, 1, "2021-09-07"],
    ["Yom Kippur 2013 (10 Tishri)", 2013, 7, 10, "2013-09-14"],
    ["Hanukkah 2020 (25 Kislev)", 2020, 9, 25, "2020-12-11"],
    ["Tu Bishvat 2014 (15 Shevat)", 2014, 11, 15, "2014-01-16"],
    ["Purim 2019, a leap year: Adar II", 2019, 12, 14, "2019-03-21"],
    ["Purim 2021", 2021, 12, 14, "2021-02-26"],
  ])("%s", (_name, year, month, day, date) => {
    expect(ymd(hebrewDateIn(year, month, day))).toBe(date);
  });

  it("moves 5 Iyar as Israel does (2021: from a Saturday to the Thursday before; 2013: from a Monday to the Tuesday)", () => {
    expect(ymd(independenceDay(2021))).toBe("2021-04-15");
    expect(ymd(independenceDay(2013))).toBe("2013-04-16");
  });
});

describe("islamicDateIn (arithmetical)", () => {
  it.each([
    ["Eid al-Fitr 2013 (1 Shawwal 1434)", 2013, 10, 1, "2013-08-08"],
    ["Eid al-Adha 2013 (10 Dhu al-Hijja 1434)", 2013, 12, 10, "2013-10-15"],
    ["Ramadan 2034 (1 Ramadan 1456)", 2034, 9, 1, "2034-11-12"],
  ])("%s", (_name, year, month, day, date) => {
    expect(ymd(islamicDateIn(year, month, day)?.start)).toBe(date);
  });
});

describe("Jewish and Muslim festivals in text (page date 2021-04-12)", () => {
  const span = (input: string, text: string) => {
    const d = found(input, text);
    return [d.start, d.end];
  };

  it.each([
    // From the eve (the Hebrew day begins at sunset) to the last day, eight days outside Israel.
    ["今年逾越节，家家户户吃无酵饼。", "今年逾越节", "2021-03-27T00:00", "2021-04-05T00:00"],
    // Past-leaning: last September's, not the coming one.
    ["赎罪日当天，街上几乎没有汽车。", "赎罪日", "2020-09-27T00:00", "2020-09-29T00:00"],
    // Eight nights of candles, from the eve of 25 Kislev.
    ["2018年光明节期间，广场点起烛台。", "2018年光明节", "2018-12-02T00:00", "2018-12-10T00:00"],
    // 9 Av 5781 is a Saturday: the fast is kept on Sunday 18 July.
    ["2021年圣殿被毁日，信众聚集在西墙。", "2021年圣殿被毁日", "2021-07-17T00:00", "2021-07-19T00:00"],
    ["2034年斋月，清真寺每晚都很热闹。", "2034年斋月", "2034-11-12T00:00", "2034-12-12T00:00"],
  ])("%s → %s", (input, text, start, end) => {
    expect(span(input, text)).toEqual([start, end]);
  });

  it.each([
    ["2013年开斋节，城里的清真寺挤满了人。", "2013年开斋节", "2013-08-08"],
    ["2013年古尔邦节，牧民宰羊待客。", "2013年古尔邦节", "2013-10-15"],
    // Traditional text, folded: 贖罪日 is 赎罪日; its eve and its day, 13–14 September.
    ["2013年贖罪日，航班全部停飛。", "2013年贖罪日", "2013-09"],
  ])("%s → %s = %s", (input, text, value) => {
    expect(found(input, text).value).toBe(value);
  });

  it("以色列国庆节 is Israel's Independence Day, not 1 October", () => {
    expect(span("以色列国庆节当晚，特拉维夫燃放烟花。", "以色列国庆节")).toEqual(["2021-04-14T00:00", "2021-04-16T00:00"]);
  });

  it("每年逾越节 is a yearly set on the Hebrew calendar", () => {
    expect(found("每年逾越节，他都回耶路撒冷。", "每年逾越节").recurrence).toBe("RSCALE=HEBREW;FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=15");
  });

  it.each([
    // Too general to be one festival: a harvest festival, Thailand's candle festival, Tibet's
    // circumambulation, any fast day, any bonfire party; and a Sunday programme.
    "村里的收获节热闹非凡。",
    "乌汶府的烛光节吸引了许多游客。",
    "拉萨的转经节，信众绕城而行。",
    "他把禁食日安排在周末之后。",
    "营地晚上有篝火节。",
  ])("reads no festival in %s", (input) => {
    expect(datesOf(input).filter((d) => d.rule === "holiday")).toEqual([]);
  });
});
