/**
 * Lunar-calendar holidays (春节, 端午, 中秋, 除夕 …) and 清明: their dates move from year to year,
 * so they are resolved through a table of lunar years (dictionaries/lunar-years.txt) and the
 * solar-term formula. Checked against published dates, and against lunar-javascript, which the
 * table was generated with, over 1901–2099: a hand edit of the table fails here.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { formatYmd, toYmd } from "../../../src/stages/6-dates/calendar.js";
import { lunarDate, lunarToGregorian, qingming, SOLAR_TERMS, solarTerm } from "../../../src/stages/6-dates/lunar.js";
import type { DateMention } from "../../../src/contracts/graph.js";
import { datesOf } from "./helpers.js";

/** The part of lunar-javascript (untyped) that the comparison uses. */
interface SolarDay {
  getYear(): number;
  getMonth(): number;
  getDay(): number;
  next(days: number): SolarDay;
  toYmd(): string;
}
interface LunarJavascript {
  Lunar: { fromYmd(year: number, month: number, day: number): { getSolar(): SolarDay; getJieQiTable(): Record<string, SolarDay> } };
  Solar: { fromYmd(year: number, month: number, day: number): SolarDay };
}

/** The date of `input` that `pick` chooses, checked to start where `text` does and to have `value`. */
function expectDateAt(input: string, pick: (d: DateMention) => boolean, text: string, value: string): DateMention {
  const found = datesOf(input).find(pick);
  expect(found, JSON.stringify(datesOf(input).map((d) => d.text))).toBeDefined();
  expect(found!.span.start).toBe(input.indexOf(text));
  expect(found!.value).toBe(value);
  return found!;
}

const ymd = (ms: number | null) => (ms === null ? null : formatYmd(toYmd(ms)));

describe("lunarToGregorian and qingming: published dates", () => {
  it.each([
    // 春节 (正月初一)
    [1998, 1, 1, "1998-01-28"],
    [2020, 1, 1, "2020-01-25"],
    [2021, 1, 1, "2021-02-12"],
    [2022, 1, 1, "2022-02-01"],
    [2023, 1, 1, "2023-01-22"],
    [2024, 1, 1, "2024-02-10"],
    [2025, 1, 1, "2025-01-29"],
    [2026, 1, 1, "2026-02-17"],
    // ICU's Chinese calendar (Intl) has these a day off: 7 February 2027, 2 February 2030.
    [2027, 1, 1, "2027-02-06"],
    [2030, 1, 1, "2030-02-03"],
    // 元宵节, 端午节 (2020 had a leap fourth month), 七夕, 中秋节, 重阳节
    [2021, 1, 15, "2021-02-26"],
    [2020, 5, 5, "2020-06-25"],
    [2021, 5, 5, "2021-06-14"],
    [2021, 7, 7, "2021-08-14"],
    [2020, 8, 15, "2020-10-01"],
    [2021, 8, 15, "2021-09-21"],
    [2023, 8, 15, "2023-09-29"],
    [2021, 9, 9, "2021-10-14"],
    // 腊八 and 除夕 fall in January or February, in the lunar year begun the year before
    [2021, 12, 8, "2021-01-20"],
    [2021, 12, "last", "2021-02-11"],
    [2024, 12, "last", "2024-02-09"],
    [2025, 12, "last", "2025-01-28"],
  ] as const)("%i, lunar %i-%s → %s", (year, month, day, expected) => {
    expect(ymd(lunarToGregorian(year, month, day))).toBe(expected);
  });

  it.each([
    [1998, "1998-04-05"],
    [2008, "2008-04-04"],
    [2019, "2019-04-05"],
    [2020, "2020-04-04"],
    [2021, "2021-04-04"],
    [2023, "2023-04-05"],
    [2024, "2024-04-04"],
    [2026, "2026-04-05"],
  ])("清明 %i → %s", (year, expected) => {
    expect(ymd(qingming(year))).toBe(expected);
  });

  it("takes the lunar year's day when none falls in the Gregorian year; lunarDate counts in lunar years", () => {
    // Lunar 2020's 十一月廿九 is 12 January 2021, and 2020 holds no other.
    expect(ymd(lunarToGregorian(2020, 11, 29))).toBe("2021-01-12");
    expect(ymd(lunarDate(2020, 11, 29))).toBe("2021-01-12");
    expect(ymd(lunarDate(2020, 4, 3, true))).toBe("2020-05-25");
    expect(lunarDate(2021, 4, 3, true)).toBeNull();
    expect([ymd(lunarDate(2020, 10, 1)), ymd(lunarDate(2020, 10, "last"))]).toEqual(["2020-11-15", "2020-12-14"]);
  });

  it("answers null outside the years it covers, and for days a lunar month does not have", () => {
    expect(lunarToGregorian(1500, 1, 1)).toBeNull();
    expect(lunarToGregorian(2200, 1, 1)).toBeNull();
    expect(lunarToGregorian(2021, 13, 1)).toBeNull();
    expect(lunarToGregorian(2021, 0, 1)).toBeNull();
    expect(lunarToGregorian(2021.5, 1, 1)).toBeNull();
    expect(lunarToGregorian(2021, 1, 31)).toBeNull();
    expect(qingming(1850)).toBeNull();
    expect(qingming(2100)).toBeNull();
  });
});

describe("against lunar-javascript, every year 1901–2099", () => {
  const { Lunar, Solar } = createRequire(import.meta.url)("lunar-javascript") as LunarJavascript;
  const solarOf = (year: number, month: number, day: number) => {
    const s = Lunar.fromYmd(year, month, day).getSolar();
    return `${s.getYear()}-${String(s.getMonth()).padStart(2, "0")}-${String(s.getDay()).padStart(2, "0")}`;
  };

  it("春节, 元宵, 端午, 七夕, 中秋, 重阳 and 腊八 of each year", () => {
    const differences: string[] = [];
    for (let year = 1901; year <= 2099; year++) {
      for (const [month, day] of [[1, 1], [1, 15], [5, 5], [7, 7], [8, 15], [9, 9]] as const) {
        const ours = ymd(lunarToGregorian(year, month, day));
        const theirs = solarOf(year, month, day);
        if (ours !== theirs) differences.push(`${year} ${month}-${day}: ${ours} vs ${theirs}`);
      }
      // 腊八 of the lunar year begun the year before falls in January of this one (or, rarely, late December).
      const laba = solarOf(year - 1, 12, 8);
      if (laba.startsWith(`${year}-`) && ymd(lunarToGregorian(year, 12, 8)) !== laba) differences.push(`${year} 腊八: ${ymd(lunarToGregorian(year, 12, 8))} vs ${laba}`);
    }
    expect(differences).toEqual([]);
  });

  it("除夕 is the eve of each 春节", () => {
    const differences: string[] = [];
    for (let year = 1901; year <= 2099; year++) {
      const eve = Solar.fromYmd(...(solarOf(year, 1, 1).split("-").map(Number) as [number, number, number])).next(-1);
      const theirs = `${eve.getYear()}-${String(eve.getMonth()).padStart(2, "0")}-${String(eve.getDay()).padStart(2, "0")}`;
      const ours = ymd(lunarToGregorian(year, 12, "last"));
      if (ours !== theirs) differences.push(`${year}: ${ours} vs ${theirs}`);
    }
    expect(differences).toEqual([]);
  });

  it("清明 of each year", () => {
    const differences: string[] = [];
    for (let year = 1901; year <= 2099; year++) {
      const table = Lunar.fromYmd(year, 6, 1).getJieQiTable();
      const theirs = table["清明"]!.toYmd();
      if (ymd(qingming(year)) !== theirs) differences.push(`${year}: ${ymd(qingming(year))} vs ${theirs}`);
    }
    expect(differences).toEqual([]);
  });
});

describe("solar terms", () => {
  it("every term of each year, 1901–2099, as lunar-javascript's table gives it", () => {
    const differences: string[] = [];
    const { Lunar } = createRequire(import.meta.url)("lunar-javascript") as LunarJavascript;
    for (let year = 1901; year <= 2099; year++) {
      // The January terms are in the table of the lunar year before, 冬至 in the one after.
      const theirs = new Set<string>();
      for (const lunarYear of [year - 1, year, year + 1]) {
        for (const [name, day] of Object.entries(Lunar.fromYmd(lunarYear, 6, 1).getJieQiTable())) theirs.add(`${name}:${day.toYmd()}`);
      }
      SOLAR_TERMS.forEach((name, i) => {
        const ours = ymd(solarTerm(year, i));
        if (!theirs.has(`${name}:${ours}`)) differences.push(`${year} ${name}: ${ours}`);
      });
    }
    expect(differences).toEqual([]);
  });

  it.each([
    ["去年冬至，饺子馆排起长队。", "去年冬至", "2020-12-21"],
    // Past-leaning, but a few weeks ahead it is this year's.
    ["芒种，麦收开始。", "芒种", "2021-06-05"],
    ["2017年大寒，湖面封冻。", "2017年大寒", "2017-01-20"],
    ["2020年大雪，山里下了第一场雪。", "2020年大雪", "2020-12-07"],
    ["霜降时节，柿子红了。", "霜降", "2020-10-23"],
  ])("%s → %s = %s", (input, text, value) => {
    expect(expectDateAt(input, (d) => d.text === text, text, value).rule).toContain("holiday");
  });

  it.each([
    // The weather and plain words, not the terms: no year, no 节气 next to them.
    "今天夜间有小雪。",
    "明天有大雪，注意出行安全。",
    "雨水冲垮了路基。",
    "大寒潮来袭，气温骤降。",
    "政治清明，百姓安居。",
  ])("reads no solar term in %s", (input) => {
    expect(datesOf(input).filter((d) => d.rule === "holiday")).toEqual([]);
  });
});

describe("lunar holidays in text (page date 2021-04-12)", () => {
  it.each([
    ["今年春节期间，全区接待游客12万人次。", "今年春节", "2021-02-12"],
    ["春节前夕，区领导走访慰问困难群众。", "春节", "2021-02-12"],
    ["2020年端午节，龙舟赛照常举行。", "2020年端午节", "2020-06-25"],
    ["去年中秋节，社区举办了游园会。", "去年中秋节", "2020-10-01"],
    ["除夕夜，消防员坚守岗位。", "除夕", "2021-02-11"],
    ["元宵节当晚，灯会吸引大批市民。", "元宵节", "2021-02-26"],
    ["清明节前后，祭扫人数明显增加。", "清明节", "2021-04-04"],
    // A two-digit year takes a holiday after it, as it takes a month.
    ["零六年端午节，龙舟赛首次在新河道举行。", "零六年端午节", "2006-05-31"],
    ["19年中秋节，社区举办了游园会。", "19年中秋节", "2019-09-13"],
  ])("%s → %s = %s", (input, text, value) => {
    expectDateAt(input, (d) => d.text.startsWith(text), text, value);
  });

  it("a two-digit number before anything else stays a count", () => {
    expect(datesOf("15年来，社区举办了游园会。").map((d) => d.text)).not.toContain("15年");
  });

  it("a holiday still ahead of the page date leans to the past, as a month-day does: 中秋节 on 12 April is last year's", () => {
    expect(datesOf("中秋节，月饼销量上升。").find((d) => d.text === "中秋节")?.value).toBe("2020-10-01");
    // A few days ahead, it is this year's.
    expect(datesOf("中秋节将至，月饼销量上升。", "2023-09-25").find((d) => d.text === "中秋节")?.value).toBe("2023-09-29");
  });
});

describe("lunar dates written out (page date 2021-04-12)", () => {
  it.each([
    ["农历八月十五，全家团圆。", "农历八月十五", "2020-10-01"],
    ["正月初八，企业陆续复工。", "正月初八", "2021-02-19"],
    ["腊月二十三，家家祭灶。", "腊月二十三", "2021-02-04"],
    ["三月初三，歌圩开幕。", "三月初三", "2021-04-14"],
    ["2021年农历三月初三，歌圩开幕。", "2021年农历三月初三", "2021-04-14"],
    ["农历8月15日，全家团圆。", "农历8月15日", "2020-10-01"],
    ["冬月廿九，大雪封山。", "冬月廿九", "2021-01-12"],
    // 2020 had a leap fourth month (闰四月), 2023 a leap second.
    ["2020年闰四月初三，村里唱大戏。", "2020年闰四月初三", "2020-05-25"],
    ["2023年闰二月初一，新桥合龙。", "2023年闰二月初一", "2023-03-22"],
    // A Han month and a Han day without 日: the lunar calendar as it is spoken.
    ["八月十五，月饼摆上了桌。", "八月十五", "2020-10-01"],
    ["二月二，理发店排起长队。", "二月二", "2021-03-14"],
    ["去年五月初五，龙舟下水。", "去年五月初五", "2020-06-25"],
  ])("%s → %s = %s", (input, text, value) => {
    expect(expectDateAt(input, (d) => d.text === text, text, value).rule).toContain("lunar-date");
  });

  it("a Gregorian date stays Gregorian: without 农历, 闰, a named month or a 初/廿 day nothing says lunar", () => {
    expect(datesOf("八月十五日，大桥通车。").map((d) => [d.text, d.value])).toEqual([["八月十五日", "2020-08-15"]]);
    expect(datesOf("三月初，油菜花开了。").map((d) => [d.text, d.value])).toEqual([["三月初", "2021-03"]]);
    // 十月一, 五月一 name the Gregorian holidays: the day 一 is not read as lunar; nor a count after the month.
    expect(datesOf("十月一放假七天。").map((d) => d.rule)).not.toContain("lunar-date");
    expect(datesOf("三月十五万吨粮食入库。").map((d) => d.rule)).not.toContain("lunar-date");
    expect(datesOf("3月15，门店开业。").map((d) => d.rule)).not.toContain("lunar-date");
    // A month said twice: the 六 is the next month's, not a day.
    expect(datesOf("六月六月中旬这批货到港。").map((d) => d.text)).not.toContain("六月六");
  });

  // Issue 17: the spoken reading backtracked from the 号 that a clock time follows (九月三号8点 read
  // as the lunar 九月三 and a bare 8点), and took a Han day before a clock or a length for a date.
  it.each([
    ["九月三号8点，车队从广场出发。", "九月三号8点", "2020-09-03"],
    ["十月二十四號 20:15，航班在暴雨中落地。", "十月二十四號 20:15", "2020-10-24"],
    ["二零二零年九月三日10:30，运动会开幕。", "二零二零年九月三日10:30", "2020-09-03"],
    ["九月三號十點，新馆开门迎客。", "九月三號十點", "2020-09-03"],
  ])("a Gregorian Han date before a clock time stays whole: %s", (input, text, value) => {
    // A date's text leaves out layout spaces (20:15 after a space).
    expect(expectDateAt(input, (d) => d.text === text.replace(/ /g, ""), text, value).rule).not.toContain("lunar-date");
  });

  it("a Han day before a clock or a length is no spoken lunar date; before a part of the day it still is", () => {
    expect(datesOf("十二月六点正，钟楼响起钟声。").map((d) => d.rule)).not.toContain("lunar-date");
    expect(datesOf("十月二十九秒内完成冲刺。").map((d) => d.rule)).not.toContain("lunar-date");
    expect(datesOf("三月五天的展期已满。").map((d) => d.rule)).not.toContain("lunar-date");
    // must-not-lose: the spoken lunar date itself.
    expect(datesOf("八月十五晚上，全家在院里赏月。").find((d) => d.text === "八月十五晚上")?.rule).toContain("lunar-date");
    expect(datesOf("二月二上午，理发店排起长队。").find((d) => d.text === "二月二上午")?.rule).toContain("lunar-date");
  });

  // Issue 17: a Han day went on into an Arabic clock time (正月十五8点 lost its day and read as the
  // whole first month and a bare 8点); 一月 is no lunar month (the lunar year's first is 正月).
  it("a lunar date before an Arabic clock time keeps its day: 正月十五8点", () => {
    const [date] = datesOf("正月十五8点，元宵灯会开幕。");
    expect([date?.text, date?.value, date?.type]).toEqual(["正月十五8点", "2021-02-26", "time"]);
    expect(date?.rule).toContain("lunar-date");
  });

  it("must not: 一月 with a Han day is no spoken lunar date (一月二 is January, not 正月初二)", () => {
    const dates = datesOf("一月二下午，会议召开。");
    expect(dates.map((d) => d.rule)).not.toContain("lunar-date");
    expect(dates.map((d) => d.value)).not.toContain("2021-02-13");
    // must-not-lose: 二月二 stays the lunar day of 龙抬头.
    expect(datesOf("二月二，理发店排起长队。").find((d) => d.text === "二月二")?.rule).toContain("lunar-date");
  });

  it("a year written with a lunar date is the lunar year: 去年十一月廿九 on a 2021 page is in January 2021", () => {
    expect(datesOf("去年十一月廿九下午，村里通了自来水。").find((d) => d.text.startsWith("去年十一月廿九"))?.value).toBe("2021-01-12");
    // A holiday's year is the Gregorian one it falls in.
    expect(datesOf("2021年除夕，消防员坚守岗位。").find((d) => d.text === "2021年除夕")?.value).toBe("2021-02-11");
  });

  it("a lunar month alone is its span across two Gregorian months", () => {
    const [month] = datesOf("2020年农历十月，秋收结束。");
    expect(month?.text).toBe("2020年农历十月");
    expect([month?.start, month?.end]).toEqual(["2020-11-15T00:00", "2020-12-15T00:00"]);
    expect(month?.written).toEqual(["year", "month"]);
    const [twelfth] = datesOf("腊月里，村里杀年猪。");
    expect([twelfth?.text, twelfth?.start, twelfth?.end]).toEqual(["腊月", "2021-01-13T00:00", "2021-02-12T00:00"]);
  });

  it("a leap month a year does not have leaves the date unresolved", () => {
    const [found] = datesOf("2021年闰四月初三，村里唱大戏。");
    expect(found?.text).toBe("2021年闰四月初三");
    expect(found?.value).toBeNull();
  });

  it("a number after the day is not a day: 正月十五万 is no date", () => {
    expect(datesOf("正月十五万人出游。").map((d) => d.text)).not.toContain("正月十五");
  });
});
