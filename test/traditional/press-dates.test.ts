import { describe, expect, it } from "vitest";
import { datesOf } from "../stages/6-dates/helpers.js";

/** The Taiwan, Hong Kong and Macau press's own date forms, on a page dated Wednesday 28 December 2022. */
const REF = "2022-12-28";
const found = (page: string) => datesOf(page, REF).map((d) => [d.text, d.value, d.start]);

describe("the Minguo calendar (year 1 = 1912)", () => {
  it.each([
    ["民國111年12月27日舉行", "民國111年12月27日", "2022-12-27", "2022-12-27T00:00"],
    ["民国111年12月27日举行", "民国111年12月27日", "2022-12-27", "2022-12-27T00:00"],
    ["預計民國112年6月完成", "民國112年6月", "2023-06", "2023-06-01T00:00"],
    ["民國38年遷台", "民國38年", "1949", "1949-01-01T00:00"],
    ["會議於111年12月27日召開", "111年12月27日", "2022-12-27", "2022-12-27T00:00"],
    ["111年度預算已編列", "111年度", "2022", "2022-01-01T00:00"],
    ["申請期限至111/12/30止", "111/12/30", "2022-12-30", "2022-12-30T00:00"],
    ["首批據點於112/1/16開放", "112/1/16", "2023-01-16", "2023-01-16T00:00"],
  ])("%s: %s is %s", (page, text, value, start) => {
    expect(found(page)).toContainEqual([text, value, start]);
  });

  it.each([
    ["an anniversary count", "建黨100年來成就斐然"],
    ["a duration before 前", "100年前的老街"],
    ["a four-digit year is the Western one", "2022年12月"],
    ["three digits without a month or 度", "已有111年歷史"],
    ["a Minguo year past 150 without 民國", "199年12月"],
    ["three numbers in a list of prices", "票價100/120/150元"],
    ["a fraction of a longer number", "編號3111/12/27"],
  ])("no Minguo date in %s (%s)", (_what, page) => {
    expect(datesOf(page, REF).filter((d) => d.rule.startsWith("minguo"))).toEqual([]);
    expect(datesOf(page, REF).some((d) => d.value?.startsWith("20") && /1[01]\d/.test(d.text) && !/20\d\d/.test(d.text))).toBe(false);
  });
});

describe("the agency's day in brackets: 今（28）日", () => {
  it.each([
    ["市長今（28）日表示", "今（28）日", "2022-12-28", "2022-12-28T00:00"],
    ["行政院長昨（27）晚在臉書表示", "昨（27）晚", "2022-12-27", "2022-12-27T18:00"],
    ["立委昨（27）日到場", "昨（27）日", "2022-12-27", "2022-12-27T00:00"],
    ["今(28)日上午10時舉行", "今(28)日上午10時", "2022-12-28", "2022-12-28T10:00"],
  ])("%s: %s", (page, text, value, start) => {
    expect(found(page)).toContainEqual([text, value, start]);
  });

  it.each([
    ["a bracketed count after 今", "今（3）項議案"],
    ["a day out of range", "今（42）日"],
    ["a bracket that is not after 今/昨/明", "附件（28）日程"],
  ])("no bracketed day in %s", (_what, page) => {
    expect(datesOf(page, REF).filter((d) => d.rule.includes("bracketed-day"))).toEqual([]);
  });
});

describe("weekdays and Hong Kong forms", () => {
  it.each([
    ["週三召開", "週三", "2022-12-28"],
    ["上週五公布", "上週五", "2022-12-23"],
    ["禮拜二開會", "禮拜二", "2022-12-27"],
    ["澳門2022年12月27日(週二)下午", "2022年12月27日(週二)下午", "2022-12-27"],
    // Words the date parsers list in Traditional only are read folded too.
    ["大後日開會", "大後日", "2022-12-31"],
    ["今個月20號截止", "今個月20號", "2022-12-20"],
  ])("%s: %s", (page, text, value) => {
    expect(datesOf(page, REF).map((d) => [d.text, d.value])).toContainEqual([text, value]);
  });

  it.each([
    ["週年 (an anniversary)", "建校100週年紀念"],
    ["禮拜 as worship, 禮拜堂 as a place", "到禮拜堂做禮拜"],
    ["週 in a count of weeks", "三週內完成"],
  ])("no weekday in %s", (_what, page) => {
    expect(datesOf(page, REF).filter((d) => /[週拜]/u.test(d.text) && d.value !== null)).toEqual([]);
  });

  it("reads 2022年12月27日（星期二）上午10時30分 as one date, the bracketed weekday inside it", () => {
    const dates = datesOf("論壇於2022年12月27日（星期二）上午10時30分舉行。", REF);
    expect(dates.map((d) => [d.text, d.start])).toEqual([["2022年12月27日（星期二）上午10時30分", "2022-12-27T10:30"]]);
  });

  it("leaves a bracket that is not a weekday apart: 12月27日（三）", () => {
    expect(datesOf("12月27日（第三場）上午", REF).map((d) => d.text)).not.toContain("12月27日（第三場）上午");
  });
});
