/**
 * The expression families, one table each: input, the expression's text and span in the input,
 * and its value at the pinned page date 2021-04-12 (a Monday). Sentences are invented for the tests.
 */
import { describe, expect, it } from "vitest";
import { REF, datesOf } from "./helpers.js";

type Row = readonly [input: string, text: string, value: string | null, start?: string | null, end?: string | null];

/** it.each over rows, titled by input and expression. */
function cases(rows: readonly Row[]) {
  return it.each(rows.map((row) => ({ input: row[0], text: row[1], row })));
}

function expectOne([input, text, value, start, end]: Row): void {
  const dates = datesOf(input);
  const found = dates.find((d) => d.text === text);
  expect(found, `${text} in ${JSON.stringify(dates.map((d) => d.text))}`).toBeDefined();
  const at = input.indexOf(text);
  expect(found!.span).toEqual({ start: at, end: at + text.length });
  expect(found!.value).toBe(value);
  if (start !== undefined) expect(found!.start).toBe(start);
  if (end !== undefined) expect(found!.end).toBe(end);
}

describe(`absolute dates (page date ${REF})`, () => {
  cases([
    ["会议于2019年11月3日在郑州召开。", "2019年11月3日", "2019-11-03", "2019-11-03T00:00", "2019-11-04T00:00"],
    ["二〇一九年十一月三日，代表们抵达。", "二〇一九年十一月三日", "2019-11-03"],
    ["公告日期：2018-06-30。", "2018-06-30", "2018-06-30"],
    ["文件编号为2017.5.9下发。", "2017.5.9", "2017-05-09"],
    ["活动定于3月18日举行。", "3月18日", "2021-03-18"],
    ["他们12月30日完成验收。", "12月30日", "2020-12-30"],
    ["工程将于5月1日竣工。", "5月1日", "2021-05-01"],
    ["四月十二日，大桥通车。", "四月十二日", "2021-04-12"],
    ["2015年，该厂扩建。", "2015年", "2015"],
    ["1998年7月，洪水过境。", "1998年7月", "1998-07"],
    ["这是“3·15”晚会曝光的问题。", "3·15", "2021-03-15"],
    ["这是“7·23”事故的教训。", "7·23", "2021-07-23"],
    ["上世纪80年代，村里通了电。", "上世纪80年代", null, "1980-01-01T00:00", "1990-01-01T00:00"],
    ["查询20190307批次的记录。", "20190307", "2019-03-07"],
    ["他在03年2月加入。", "03年2月", "2003-02"],
  ])("$input → $text", ({ row }) => expectOne(row));
});

describe("parts of day and clock times", () => {
  cases([
    ["4月7日上午，示范区召开会议。", "4月7日上午", "2021-04-07", "2021-04-07T08:00", "2021-04-07T12:00"],
    ["3月2日傍晚，雨停了。", "3月2日傍晚", "2021-03-02", "2021-03-02T17:00", "2021-03-02T19:00"],
    ["3月5日19时45分，列车进站。", "3月5日19时45分", "2021-03-05", "2021-03-05T19:45", "2021-03-05T19:46"],
    ["3月5日下午3点半，会议结束。", "3月5日下午3点半", "2021-03-05", "2021-03-05T15:30", "2021-03-05T15:31"],
    ["9月20日晚，演出开始。", "9月20日晚", "2020-09-20", "2020-09-20T18:00", "2020-09-21T00:00"],
    ["大会定在上午9:30开幕。", "上午9:30", "2021-04-12", "2021-04-12T09:30", "2021-04-12T09:31"],
    ["昨天凌晨2时许，火被扑灭。", "昨天凌晨2时许", "2021-04-11", "2021-04-11T02:00", "2021-04-11T03:00"],
  ])("$input → $text", ({ row }) => expectOne(row));
});

describe("relative to the page date and chained to the article's last date", () => {
  cases([
    ["今年，全区要完成改造。", "今年", "2021"],
    ["去年，产量翻了一番。", "去年", "2020"],
    ["前年，河道结冰。", "前年", "2019"],
    ["前年冬天，河道结冰。", "前年冬天", null, "2019-12-01T00:00", "2020-03-01T00:00"],
    ["明年将建成新馆。", "明年", "2022"],
    ["昨天，志愿者走进社区。", "昨天", "2021-04-11"],
    ["前天下午，客人到达。", "前天下午", "2021-04-10"],
    ["上周三，工作组进村。", "上周三", "2021-04-07"],
    ["本月9日，展览闭幕。", "本月9日", "2021-04-09"],
    ["上个月15号，新规施行。", "上个月15号", "2021-03-15"],
    ["本周，各校陆续开学。", "本周", "2021-04", "2021-04-12T00:00", "2021-04-19T00:00"],
    ["3月2日，专家组抵达。次日，检查开始。", "次日", "2021-03-03"],
    ["3月2日，专家组抵达，当天下午即开展检查。", "当天下午", "2021-03-02"],
    ["3月2日开始检查，4日结束。", "4日", "2021-03-04"],
    ["周六，代表团离开。", "周六", "2021-04-10"],
    ["星期五上午，代表团离开。", "星期五上午", "2021-04-09"],
    ["三年前，这里还是荒地。", "三年前", "2018"],
  ])("$input → $text", ({ row }) => expectOne(row));
});

describe("fuzzy and bounded", () => {
  cases([
    ["近日，记者走访了该村。", "近日", "2021-04", "2021-04-02T00:00", "2021-04-13T00:00"],
    ["2019年年初，项目立项。", "2019年年初", "2019", "2019-01-01T00:00", "2019-03-01T00:00"],
    ["今年年底前完成。", "今年年底", "2021", "2021-11-01T00:00", "2022-01-01T00:00"],
    ["今年上半年，收入增长。", "今年上半年", "2021", "2021-01-01T00:00", "2021-07-01T00:00"],
    ["今年一季度，出口回升。", "今年一季度", "2021", "2021-01-01T00:00", "2021-04-01T00:00"],
    ["3月下旬，油菜花开了。", "3月下旬", "2021-03", "2021-03-21T00:00", "2021-04-01T00:00"],
    ["2月底，工程复工。", "2月底", "2021-02", "2021-02-21T00:00", "2021-03-01T00:00"],
    ["目前，全区已有三家。", "目前", "2021-04-12"],
  ])("$input → $text", ({ row }) => expectOne(row));

  it("flags 近日, 年初 and 月底 as fuzzy, 上旬 and 上半年 not", () => {
    const fuzzy = (input: string) => datesOf(input)[0]?.fuzzy;
    expect(fuzzy("近日，记者走访。")).toBe(true);
    expect(fuzzy("2019年年初，项目立项。")).toBe(true);
    expect(fuzzy("2月底，工程复工。")).toBe(true);
    expect(fuzzy("3月上旬，工程复工。")).toBe(false);
    expect(fuzzy("今年上半年，收入增长。")).toBe(false);
  });
});

describe("ranges and open ranges", () => {
  cases([
    ["展览4月7日至9日开放。", "4月7日至9日", null, "2021-04-07T00:00", "2021-04-10T00:00"],
    ["2016年至2019年，产量稳定。", "2016年至2019年", null, "2016-01-01T00:00", "2020-01-01T00:00"],
    ["下午3点至5点停水。", "下午3点至5点", null, "2021-04-12T15:00", "2021-04-12T18:00"],
    ["今年年初以来，营商环境改善。", "今年年初以来", null, "2021-01-01T00:00", "2021-04-13T00:00"],
    ["2018年以来，共建成五座桥。", "2018年以来", null, "2018-01-01T00:00", "2021-04-13T00:00"],
    ["新规自3月1日起施行。", "自3月1日起", null, "2021-03-01T00:00", null],
    ["截至3月31日，共接种两万人。", "截至3月31日", null, null, "2021-04-01T00:00"],
  ])("$input → $text", ({ row }) => expectOne(row));

  it("kinds: range and open-range", () => {
    expect(datesOf("展览4月7日至9日开放。")[0]?.kind).toBe("range");
    expect(datesOf("今年年初以来，营商环境改善。")[0]?.kind).toBe("open-range");
  });
});

describe("what was written and what was inferred", () => {
  it("4月7日上午: month, day and part of day written, the year inferred", () => {
    const [d] = datesOf("4月7日上午，示范区召开会议。");
    expect(d?.written).toEqual(["month", "day", "partOfDay"]);
    expect(d?.inferred).toEqual(["year"]);
    expect(d?.partOfDay).toBe("morning");
    expect(d?.granularity).toBe("part-of-day");
  });

  it("2019年11月3日: everything written", () => {
    const [d] = datesOf("2019年11月3日，大会开幕。");
    expect(d?.written).toEqual(["year", "month", "day"]);
    expect(d?.inferred).toEqual([]);
  });

  it("今年: the year taken from the page date", () => {
    const [d] = datesOf("今年，全区要完成改造。");
    expect(d?.inferred).toEqual(["year"]);
    expect(d?.written).toEqual([]);
  });
});

describe("not dates", () => {
  it.each([
    "此次活动历时一个月，覆盖全区。",
    "该公司经过三年研发试验。",
    "抢修队连续工作72小时。",
    "热烈庆祝建党100周年。",
    "围绕“25311”的目标定位。",
    "完善“企业纾困360”机制。",
    "召开第4次党政联席会议。",
    "走进104个村和4个社区。",
    "身份证号140302197706220124。",
    "气温调高24点5度。",
    "他提出三点要求。",
    "这个玩具一点都不好玩。",
    "增长了二十七点三个百分点。",
    "一周三次到社区服务。",
    "每周三下午例会。",
    "他一时兴起买了票。",
    "全年销售额为2000多万元。",
    "5号楼的住户已经搬走。",
    "得分比为3:1。",
    "这一政策出台以来，效果明显。",
  ])("%s", (input) => {
    expect(datesOf(input).map((d) => d.text)).toEqual([]);
  });

  it("2021年第4次 is a year, 第4次 is not a date", () => {
    expect(datesOf("召开2021年第4次党政联席会议。").map((d) => d.text)).toEqual(["2021年"]);
  });
});
