import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";
import { expectValidGraph } from "../../helpers/invariants.js";

// What real pages contain (issue 14), on pages written for this test (invented places, people
// and events), laid out the way PDF extraction and web pages give them. Each row says how many
// articles the page holds and what each one's headline is; the must-not rows below say what a
// phenomenon must never become.
interface Row {
  readonly name: string;
  readonly text: string;
  readonly mains: readonly (string | null)[];
  readonly kickers?: readonly (string | null)[];
  readonly subtitles?: readonly (string | null)[];
  readonly subheads?: readonly (readonly string[])[];
}

const ROWS: readonly Row[] = [
  {
    name: "an editorial without opener, its column tag in the headline, then a report",
    text:
      "让绿色成为清河最亮底色（人民论坛）\n\n春天的清河新区，处处是新绿。从柳湾湿地到南山步\n道，一片片林带连成了线，一条条水系织成了网。\n绿色发展不是口号，而是每一项具体工作的落脚点。\n各部门要把生态账算清楚，把长远账算明白。\n（作者为南江大学教授）\n\n" +
      "清河新区召开春季植树动员会\n\n本报讯（记者周明远）3月12日上午，清河新区召开\n春季植树动员会。会议要求，各乡镇要在月底前完成\n植树任务。\n",
    mains: ["让绿色成为清河最亮底色（人民论坛）", "清河新区召开春季植树动员会"],
  },
  {
    name: "subheads inside a long report",
    text:
      "清河新区部署今年重点工作\n\n本报讯（记者周明远）2月20日，清河新区召开全区工作会议，部署今年重点工作。\n会议指出，过去一年全区经济保持稳中有进的态势。\n" +
      "抓项目 稳增长\n会议要求，各部门要紧盯重大项目，全年新开工项目不少于三十个。\n各乡镇要落实项目专班制度，做到一个项目一个专班。\n" +
      "优环境 惠民生\n会议强调，要持续优化营商环境，推进政务服务一网通办。\n要办好十件民生实事，让群众有更多获得感。\n",
    mains: ["清河新区部署今年重点工作"],
    subheads: [["抓项目 稳增长", "优环境 惠民生"]],
  },
  {
    name: "a 核心阅读 box between headline and body",
    text: "柳湾村的民宿经济\n\n核心阅读\n柳湾村依托荷花节发展民宿，去年接待游客十二万人次。\n\n本报讯（记者周明远）走进柳湾村，一排排白墙灰瓦的民宿映入眼帘。\n村党支部书记韩东升介绍，全村已有民宿四十二家。\n",
    mains: ["柳湾村的民宿经济"],
    kickers: [null],
    subtitles: [null],
  },
  {
    name: "a main title of four characters",
    text: "春到田头\n\n本报讯（记者周明远）连日来，清河新区各乡镇抢抓农时，田间地头一派繁忙景象。\n",
    mains: ["春到田头"],
  },
  {
    name: "a numbered series title joined by a dash",
    text: "稳字当头 进中求新——清河新区经济观察①\n\n本报讯（记者周明远）一季度，清河新区地区生产总值同比增长百分之六点八。\n",
    mains: ["稳字当头 进中求新——清河新区经济观察①"],
  },
  {
    name: "a credit line closing one report, a dateline opening the next",
    text:
      "清河新区新增三家省级工程中心\n\n本报讯 近日，省科技厅公布新一批省级工程技术研究中心名单，清河新区三家企业上榜。\n（本报记者周明远、李华、张强报道）\n\n" +
      "南山隧道全线贯通\n\n新华社清河3月1日电（记者韩东升）南山隧道今天全线贯通，预计年底通车。\n",
    mains: ["清河新区新增三家省级工程中心", "南山隧道全线贯通"],
  },
  {
    name: "a speech closing with its date line",
    text:
      "在清河新区新春团拜会上的讲话\n\n同志们、朋友们：\n过去的一年，我们迎难而上，全区经济社会发展取得新成绩。\n新的一年，让我们携手并进，共同书写清河发展新篇章。\n（2026年2月10日）\n\n" +
      "清河新区举行新春团拜会\n\n本报讯（记者周明远）2月10日上午，清河新区举行新春团拜会。\n",
    mains: ["在清河新区新春团拜会上的讲话", "清河新区举行新春团拜会"],
  },
  {
    name: "a run of briefs without headlines",
    text:
      "本报讯 清河新区图书馆春季读书月活动日前启动，将持续至四月底。\n本报讯 南山街道新建口袋公园三处，已全部向市民开放。\n本报讯 柳湾村荷花节筹备工作全面展开，预计六月底开幕。\n",
    mains: [null, null, null],
  },
  {
    name: "a web article with its metadata lines",
    text:
      "清河新区荷花节开幕\n来源：清河日报　发布时间：2026-07-06 08:30\n作者：记者周明远 李华\n【字号 大 中 小】\n\n本报讯 7月5日上午，第十届清河荷花节在柳湾湿地开幕。\n本届荷花节为期一个月，将举办赏荷、摄影等二十余项活动。\n分享到：\n",
    mains: ["清河新区荷花节开幕"],
    kickers: [null],
    subtitles: [null],
  },
  {
    name: "a web article page: subheads, a 背景链接 box and a closing dateline inside its one article",
    text:
      "清河新区荷花节开幕　游客同比增长三成\n来源：清河日报　发布时间：2026-07-06 08:30\n【字号 大 中 小】\n\n" +
      "本报讯 7月5日上午，第十届清河荷花节在柳湾湿地开幕。本届荷花节为期一个月，将举办赏荷、摄影等二十余项活动。\n开幕当天，湿地接待游客两万余人次，同比增长三成。\n\n" +
      "赏荷线路扩容\n\n今年新增的东岸步道全长三公里，串起了五片荷塘。\n管理处负责人介绍，步道沿线设置了十二处观景平台。\n\n" +
      "背景链接\n\n清河荷花节始于2017年，已成为全省知名的乡村旅游节庆。去年荷花节期间，柳湾村民宿收入超过八百万元。\n\n（新华社清河7月5日电）\n分享到：\n",
    mains: ["清河新区荷花节开幕 游客同比增长三成"],
    subheads: [["赏荷线路扩容"]],
  },
  {
    name: "a page's running head over a column of reports",
    text:
      "清河日报\n第3版　要闻\n\n" +
      Array.from(
        "一二三四五六",
        (n, i) => `清河新区第${n}批项目集中开工\n\n本报讯（记者周明远）3月${i + 10}日上午，清河新区第${n}批重大项目集中开工，\n总投资${i + 20}亿元，涉及先进制造、城市更新等领域。\n区领导出席开工仪式。\n`,
      ).join("\n"),
    mains: Array.from("一二三四五六", (n) => `清河新区第${n}批项目集中开工`),
    kickers: Array.from("一二三四五六", () => null),
  },
  {
    name: "a report whose second paragraph follows a blank line",
    text:
      "清河新区农民技能大赛开幕\n\n本报讯（记者周明远）3月18日上午，清河新区第二届农民技能大赛在柳湾村开幕，\n区领导出席开幕式。\n\n" +
      "本次比赛为期三天，设置农机操作、果树修剪等六个项目，吸引全区八个乡镇的一百二十余名选手参赛。\n",
    mains: ["清河新区农民技能大赛开幕"],
  },
];

describe("articles and headlines: what real pages contain", () => {
  it.each(ROWS)("$name", (row) => {
    const graph = extract(row.text, { referenceDate: "2026-03-21" });
    expectValidGraph(graph, row.text);
    expect(graph.articles.map((a) => a.headline?.main ?? null)).toEqual(row.mains);
    if (row.kickers) expect(graph.articles.map((a) => a.headline?.kicker ?? null)).toEqual(row.kickers);
    if (row.subtitles) expect(graph.articles.map((a) => a.headline?.subtitle ?? null)).toEqual(row.subtitles);
    if (row.subheads) expect(graph.articles.map((a) => a.subheads.map((s) => s.text))).toEqual(row.subheads);
    for (const a of graph.articles) {
      expect(a.confidence).toBeGreaterThanOrEqual(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
    }
  });
});

// Must-not rows: the phenomenon on the left must never become what the right says.
const MUST_NOT: readonly { readonly name: string; readonly text: string; readonly never: string }[] = [
  { name: "a subhead is no article", text: ROWS[1]!.text, never: "抓项目 稳增长" },
  { name: "a box label is no headline", text: ROWS[2]!.text, never: "核心阅读" },
  { name: "a credit line is no headline", text: ROWS[5]!.text, never: "（本报记者周明远、李华、张强报道）" },
  { name: "a speech's date line is no headline", text: ROWS[6]!.text, never: "（2026年2月10日）" },
  { name: "a web source line is no headline", text: ROWS[8]!.text, never: "来源：清河日报　发布时间：2026-07-06 08:30" },
  { name: "a web author line is no headline", text: ROWS[8]!.text, never: "作者：记者周明远 李华" },
  { name: "a web font-size bar is no headline", text: ROWS[8]!.text, never: "【字号 大 中 小】" },
  { name: "a web article's subhead is no headline", text: ROWS[9]!.text, never: "赏荷线路扩容" },
  { name: "a web article's box label is no headline", text: ROWS[9]!.text, never: "背景链接" },
  { name: "a closing dateline on a web page is no article", text: ROWS[9]!.text, never: "（新华社清河7月5日电）\n分享到：" },
  { name: "a page's running head is no headline", text: ROWS[10]!.text, never: "清河日报" },
  { name: "a page's section line is no headline", text: ROWS[10]!.text, never: "第3版 要闻" },
  { name: "a page footer is no headline", text: "清河新区召开春季植树动员会\n\n本报讯（记者周明远）3月12日上午，清河新区召开动员会。\n\n责任编辑：王小川\n", never: "责任编辑：王小川" },
];

describe("articles and headlines: what a phenomenon must not become", () => {
  it.each(MUST_NOT)("$name", ({ text, never }) => {
    const graph = extract(text, { referenceDate: "2026-03-21" });
    const headlineTexts = graph.articles.flatMap((a) => (a.headline ? [a.headline.kicker, a.headline.main, a.headline.subtitle] : []));
    expect(headlineTexts).not.toContain(never);
    // Nor an article of its own: every article holds more than the line.
    for (const a of graph.articles) expect(text.slice(a.span.start, a.span.end).trim()).not.toBe(never);
  });

  it("reports web metadata lines as diagnostics, with their spans", () => {
    const text = ROWS[8]!.text;
    const graph = extract(text, { referenceDate: "2026-03-21" });
    const found = graph.diagnostics.filter((d) => d.code === "web-metadata").map((d) => text.slice(d.span!.start, d.span!.end));
    expect(found).toEqual(["来源：清河日报　发布时间：2026-07-06 08:30", "作者：记者周明远 李华", "【字号 大 中 小】", "分享到："]);
  });

  it("does not report a body line that mentions a source as web metadata", () => {
    const text = "清河新区荷花节开幕\n\n本报讯 据来源于主办方的消息，荷花节将持续一个月。\n";
    expect(extract(text).diagnostics.filter((d) => d.code === "web-metadata")).toEqual([]);
  });
});
