import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";
import { expectValidGraph } from "../../helpers/invariants.js";

// Web article text (issue 14): the metadata lines around the body are never headline text,
// whichever order the site prints them in. Pages written for this test.
const stampFirst =
  "南山隧道今日通车\n2026-03-18 10:33　来源：清河网-清河日报\n作者：记者周明远 李华\n\n本报讯 南山隧道今天上午正式通车，全长四点二公里。\n隧道通车后，两镇之间车程缩短至十分钟。\n编辑：韩东升\n";
const stampInHan =
  "柳湾村荷花节开幕\n2026年7月6日08:30　来源：清河日报\n\n7月5日上午，第十届清河荷花节在柳湾湿地开幕。\n本届荷花节为期一个月。\n";
const stampAlone = "清河新区发布春季招聘计划\n2026-02-20 09:15\n来源：清河日报\n\n清河新区今年春季计划招聘教师一百二十名。\n报名将于下月初开始。\n";

describe("web metadata lines: a stamp before the source", () => {
  it.each([
    ["a numeric stamp, then 来源", stampFirst, "南山隧道今日通车", "2026-03-18 10:33　来源：清河网-清河日报"],
    ["a stamp written in Han, then 来源", stampInHan, "柳湾村荷花节开幕", "2026年7月6日08:30　来源：清河日报"],
    ["a stamp alone on its line", stampAlone, "清河新区发布春季招聘计划", "2026-02-20 09:15"],
  ])("%s: the headline is the title line alone", (_, text, main, metadata) => {
    const graph = extract(text, { referenceDate: "2026-03-21" });
    expectValidGraph(graph, text);
    expect(graph.articles.map((a) => [a.headline?.kicker ?? null, a.headline?.main ?? null, a.headline?.subtitle ?? null])).toEqual([[null, main, null]]);
    const found = graph.diagnostics.filter((d) => d.code === "web-metadata").map((d) => text.slice(d.span!.start, d.span!.end));
    expect(found).toContain(metadata);
  });

  it.each([
    ["a body line opening with a date and time", "清河新区召开防汛会议\n\n2026年7月6日08:30，清河新区召开防汛工作会议。\n会议要求各乡镇做好准备。\n", "2026年7月6日08:30，清河新区召开防汛工作会议。"],
    ["a page header's date without a clock time", "2026年7月6日　星期一\n\n清河新区召开防汛会议\n\n本报讯 清河新区召开防汛工作会议。\n", "2026年7月6日　星期一"],
  ])("must not: %s is web metadata", (_, text, line) => {
    const graph = extract(text, { referenceDate: "2026-03-21" });
    const found = graph.diagnostics.filter((d) => d.code === "web-metadata").map((d) => text.slice(d.span!.start, d.span!.end));
    expect(found).not.toContain(line);
  });
});
