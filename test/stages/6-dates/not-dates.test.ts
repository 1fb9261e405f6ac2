/**
 * What is not a time expression (issue 17), one must-not table per kind the new parsers could
 * take by mistake: counts, ages, model numbers, scores, versions, phone numbers, 一点 as "a
 * little", and holiday names inside the name of an organization or event. Each row: an invented
 * sentence, and a text that must not be (part of) any date found in it.
 */
import { describe, expect, it } from "vitest";
import { datesOf, graphOf } from "./helpers.js";

type Row = readonly [input: string, notADate: string];

function mustNot(rows: readonly Row[]) {
  it.each(rows)("%s: no date over %s", (input, text) => {
    const at = input.indexOf(text);
    expect(at, "the row's text is in its input").toBeGreaterThanOrEqual(0);
    const over = datesOf(input).filter((d) => d.span.start < at + text.length && at < d.span.end);
    expect(over.map((d) => d.text)).toEqual([]);
  });
}

describe("counts are not durations", () => {
  mustNot([
    ["3年级的学生在操场集合。", "3年级"],
    ["三年级二班获得第一名。", "三年级"],
    ["训练营第5天的课程是野外生存。", "第5天"],
    // Counted parts stand only inside a year or a month written before them.
    ["新店开业首月营收翻番。", "首月"],
    ["促销的最后五天，客流最多。", "最后五天"],
    ["他在这里工作的第8个月升了职。", "第8个月"],
    ["这是他参加的第3届运动会。", "第3届"],
    ["全书共12个月份的菜谱。", "12个月份"],
    ["该村有60户人家，10个小组。", "10个小组"],
  ]);
});

describe("现在 after a verb in 现 is 在, not now", () => {
  mustNot([
    // 然而家禽, 从而家长: the conjunction 而, not Cantonese 而家 (now).
    ["病例增多，然而家禽的疫情很少。", "而家"],
    ["学校减负，从而家长的压力也小了。", "而家"],
    ["那张照片出现在展厅入口。", "现在"],
    ["古城的风貌呈现在游客眼前。", "现在"],
    ["新规的变化体现在三个方面。", "现在"],
  ]);
});

describe("a single numeral after 点 is a decimal outside Cantonese time words", () => {
  mustNot([
    ["今年增速为百分之三点一。", "三点一"],
    ["评分从七点二升到八点五。", "七点二"],
  ]);
});

describe("ages are not durations", () => {
  mustNot([
    ["今年76岁的王大爷每天练拳。", "76岁"],
    ["一名3岁男童走失。", "3岁"],
    ["他已年过七旬。", "七旬"],
    ["这位老人今年九十多岁。", "九十多岁"],
  ]);
});

describe("model numbers, versions, scores and phone numbers", () => {
  mustNot([
    ["新款K2019型拖拉机下线。", "2019"],
    ["系统升级到3.2.1版。", "3.2.1"],
    ["主队以3:2战胜客队。", "3:2"],
    ["最终比分定格在2：1。", "2：1"],
    ["咨询电话：0371-12345678。", "0371-12345678"],
    ["热线12345全天候受理。", "12345"],
    ["该车型号为CR400AF。", "400"],
  ]);
});

describe("一点 as 'a little', 一时 as 'for a while'", () => {
  mustNot([
    ["这道菜再咸一点就好了。", "一点"],
    ["价格便宜了一点。", "一点"],
    ["他一时想不起来。", "一时"],
    ["有一点不同。", "一点"],
  ]);
});

describe("holiday names inside the names of events and organizations", () => {
  mustNot([
    // 春节联欢晚会 is an event: the date of a broadcast is not written, and 春节 inside its name
    // does not say when the sentence happens (documented in docs/when.md).
    ["他第一次登上春节联欢晚会的舞台。", "春节"],
    ["中秋晚会节目单公布。", "中秋"],
    ["元旦杯足球赛开幕。", "元旦"],
    ["国庆路小学的学生参加了活动。", "国庆"],
  ]);
  it("春节 that is a date stays a date", () => {
    expect(datesOf("今年春节，他回到了老家。").map((d) => d.text)).toContain("今年春节");
  });
});

describe("page furniture: a publication stamp or a URL sets the page date, it is not a date of the article", () => {
  it("a web stamp sets the page date", () => {
    const g = graphOf("清河新区举行植树活动\n发布时间：2019-05-06 08:30  来源：清河日报\n昨天上午，清河新区组织干部植树。", null);
    expect(g.referenceDate).toBe("2019-05-06");
    expect(g.dates.find((d) => d.text === "昨天上午")?.start).toBe("2019-05-05T08:00");
  });
  mustNot([
    ["原文链接：http://www.example.cn/news/2019-05/06/content_123.htm", "2019-05/06"],
    ["详见 https://example.org/2020/10/01/story.html 。", "2020/10/01"],
  ]);
});

describe("the new kinds keep their neighbours out", () => {
  mustNot([
    ["他在工地干了一辈子。", "一辈子"],
    ["二十四节气歌谣。", "二十四"],
  ]);
});
