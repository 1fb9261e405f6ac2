/**
 * The TIMEX3 kinds of issue 17, one table each: the expression found in an invented sentence, its
 * span, its `type`, and what it resolves to at the pinned page date 2021-04-12 (a Monday) — an
 * interval for dates and times, an ISO 8601 length for durations, an iCalendar-style rule for sets.
 */
import { describe, expect, it } from "vitest";
import type { DateMention } from "../../../src/contracts/graph.js";
import { REF, found } from "./helpers.js";

type Interval = readonly [input: string, text: string, start: string | null, end: string | null, kind?: DateMention["kind"]];

function intervals(rows: readonly Interval[], type: "date" | "time", referenceDate: string = REF) {
  it.each(rows.map((row) => ({ input: row[0], text: row[1], row })))("$text in $input", ({ row: [input, text, start, end, kind] }) => {
    const d = found(input, text, referenceDate);
    expect(d.type).toBe(type);
    expect([d.start, d.end]).toEqual([start, end]);
    if (kind !== undefined) expect(d.kind).toBe(kind);
  });
}

describe(`relative past and future counted in units (page date ${REF})`, () => {
  intervals(
    [
      ["他3年前来到清河镇。", "3年前", "2018-01-01T00:00", "2019-01-01T00:00", "point"],
      ["两个月后，新桥建成通车。", "两个月后", "2021-06-01T00:00", "2021-07-01T00:00", "point"],
      ["五天前，东坡村下了一场大雨。", "五天前", "2021-04-07T00:00", "2021-04-08T00:00", "point"],
      ["一周后，樱桃园开园。", "一周后", "2021-04-19T00:00", "2021-04-20T00:00", "point"],
    ],
    "date",
  );
});

describe("relative counted in clock units, against a reference with a time of day", () => {
  intervals(
    [
      ["10分钟之前，巡逻队离开码头。", "10分钟之前", "2021-04-12T09:20", "2021-04-12T09:21", "point"],
      ["半小时后，救援船抵达。", "半小时后", "2021-04-12T10:00", "2021-04-12T10:01", "point"],
      ["2小时前，河水开始上涨。", "2小时前", "2021-04-12T07:30", "2021-04-12T07:31", "point"],
      ["三个小时以后，道路恢复通行。", "三个小时以后", "2021-04-12T12:30", "2021-04-12T12:31", "point"],
    ],
    "time",
    "2021-04-12T09:30",
  );
  it("without a time of day the span is found and left unresolved", () => {
    const d = found("半小时后，救援船抵达。", "半小时后");
    expect(d.type).toBe("time");
    expect([d.start, d.end]).toEqual([null, null]);
  });
});

describe("ranges, open and closed", () => {
  intervals(
    [
      ["从2015年到2018年，产量翻了一番。", "从2015年到2018年", "2015-01-01T00:00", "2019-01-01T00:00", "range"],
      ["2015年和2018年之间，镇上建了三所学校。", "2015年和2018年之间", "2015-01-01T00:00", "2019-01-01T00:00", "range"],
      ["1998–2001年他在青川县任教。", "1998–2001年", "1998-01-01T00:00", "2002-01-01T00:00", "range"],
      ["三月至九月为汛期。", "三月至九月", "2020-03-01T00:00", "2020-10-01T00:00", "range"],
      ["自2018年以来，累计投资五亿元。", "自2018年以来", "2018-01-01T00:00", "2021-04-13T00:00", "open-range"],
      ["新规2018年开始实施。", "2018年开始", "2018-01-01T00:00", null, "open-range"],
      ["该项目从今年3月开始建设。", "从今年3月开始", "2021-03-01T00:00", null, "open-range"],
    ],
    "date",
  );
});

describe("two-digit and spoken years", () => {
  intervals(
    [
      ["08年他从师范学校毕业。", "08年", "2008-01-01T00:00", "2009-01-01T00:00"],
      ["零八年他从师范学校毕业。", "零八年", "2008-01-01T00:00", "2009-01-01T00:00"],
      ["九八年那场洪水淹了半个镇。", "九八年", "1998-01-01T00:00", "1999-01-01T00:00"],
      ["98年那场洪水淹了半个镇。", "98年", "1998-01-01T00:00", "1999-01-01T00:00"],
      ["一九年秋天，茶厂改制。", "一九年秋天", "2019-09-01T00:00", "2019-12-01T00:00"],
    ],
    "date",
  );
});

describe("durations: an ISO 8601 length, fuzzy for 多/余/左右/近", () => {
  const rows: readonly [input: string, text: string, duration: string, fuzzy: boolean][] = [
    ["新馆建设用了两年。", "两年", "P2Y", false],
    ["展览为期6天。", "6天", "P6D", false],
    ["他在海岛上驻守了三个多月。", "三个多月", "P3M", true],
    ["抢修持续30分钟。", "30分钟", "PT30M", false],
    ["比赛进行了一个半小时。", "一个半小时", "PT1H30M", false],
    ["工期约为十年左右。", "十年左右", "P10Y", true],
    ["历时近两个月的排查结束。", "近两个月", "P2M", true],
    ["这条路修了二十余年。", "二十余年", "P20Y", true],
    ["救援队连续工作36小时。", "36小时", "PT36H", false],
    ["两周的集训结束了。", "两周", "P2W", false],
    ["他花了半年时间写成此书。", "半年", "P6M", false],
    ["全程耗时2天3小时。", "2天3小时", "P2DT3H", false],
  ];
  it.each(rows)("%s → %s", (input, text, duration, fuzzy) => {
    const d = found(input, text);
    expect(d.type).toBe("duration");
    expect(d.duration).toBe(duration);
    expect(d.fuzzy).toBe(fuzzy);
    expect(d.value).toBeNull();
  });
});

describe("recurrences: an iCalendar-style rule with the time of day", () => {
  const rows: readonly [input: string, text: string, rule: string, partOfDay: DateMention["partOfDay"]][] = [
    ["图书馆每天开放。", "每天", "FREQ=DAILY", null],
    ["社区每周一下午组织义诊。", "每周一下午", "FREQ=WEEKLY;BYDAY=MO", "afternoon"],
    ["他每年春节都回老家。", "每年春节", "RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1", null],
    ["巴士每天早上7点发车。", "每天早上7点", "FREQ=DAILY;BYHOUR=7;BYMINUTE=0", "morning"],
    ["每月15日公布数据。", "每月15日", "FREQ=MONTHLY;BYMONTHDAY=15", null],
    ["居委会每周三、周五上午开门。", "每周三", "FREQ=WEEKLY;BYDAY=WE", null],
    ["每隔3天巡查一次。", "每隔3天", "FREQ=DAILY;INTERVAL=3", null],
    ["每年9月举办茶博会。", "每年9月", "FREQ=YEARLY;BYMONTH=9", null],
  ];
  it.each(rows)("%s → %s", (input, text, rule, partOfDay) => {
    const d = found(input, text);
    expect(d.type).toBe("set");
    expect(d.recurrence).toBe(rule);
    expect(d.partOfDay).toBe(partOfDay);
    expect([d.value, d.start, d.end]).toEqual([null, null, null]);
  });
});


describe("what docs/when.md listed as not dates before schema 1.1.0 is now a duration or a set", () => {
  it.each([
    ["此次活动历时一个月，覆盖全区。", "一个月", "duration", "P1M"],
    ["该公司经过三年研发试验。", "三年", "duration", "P3Y"],
    ["抢修队连续工作72小时。", "72小时", "duration", "PT72H"],
    ["每周三下午例会。", "每周三下午", "set", "FREQ=WEEKLY;BYDAY=WE"],
    ["每年4月举办一次。", "每年4月", "set", "FREQ=YEARLY;BYMONTH=4"],
  ] as const)("%s: %s", (input, text, type, value) => {
    const d = found(input, text);
    expect(d.type).toBe(type);
    expect(type === "duration" ? d.duration : d.recurrence).toBe(value);
  });
});

describe("ranges of lengths: one duration, the shorter, fuzzy, kind range", () => {
  it.each([
    ["疗程一般为3~6个月。", "3~6个月", "P3M"],
    ["检修需要3天——8天。", "3天——8天", "P3D"],
    ["可处3年以上7年以下有期徒刑。", "3年以上7年以下", "P3Y"],
    ["刑期十五年以上,30年以下。", "十五年以上,30年以下", "P15Y"],
  ] as const)("%s: %s", (input, text, duration) => {
    const d = found(input, text);
    expect([d.type, d.kind, d.duration, d.fuzzy]).toEqual(["duration", "range", duration, true]);
  });
});
