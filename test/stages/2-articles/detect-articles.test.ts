import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { detectArticles } from "../../../src/stages/2-articles/index.js";
import { repairLayout } from "../../../src/stages/1-repair-layout/index.js";
import { headlinePartText } from "../../../src/stages/7-graph/index.js";
import { squashLayout, toOriginalSpan } from "../../../src/text/mapped-text.js";

const detect = (text: string) => detectArticles(repairLayout(text));
const headlines = (text: string) =>
  detect(text).articles.map((a) =>
    a.headline
      ? { kicker: headlinePartText(a.headline.kicker), main: headlinePartText(a.headline.main), subtitle: headlinePartText(a.headline.subtitle), position: a.headline.position }
      : null,
  );

describe("detectArticles: headlines", () => {
  it("reads a clean web article: headline first, then the body", () => {
    const text = "清河新区召开一季度经济运行分析会\n\n本报讯（记者周明远）3月19日下午，清河新区召开一季度经济运行分析会。\n会议要求，各部门要盯紧全年目标。\n\n责任编辑：王小川";
    const page = detect(text);
    expect(page.articles).toHaveLength(1);
    expect(headlines(text)).toEqual([{ kicker: null, main: "清河新区召开一季度经济运行分析会", subtitle: null, position: "before" }]);
    expect(page.articles[0]!.opener?.text).toBe("本报讯（记者周明远）");
    expect(page.articles[0]!.body.text).toContain("责任编辑：王小川");
  });

  it("splits a title glued to its first paragraph", () => {
    const text = "清河新区召开一季度经济运行分析会\n3月19日下午，清河新区召开一季度经济运行分析会，新区党工委书记杜宏伟主持会议并讲话。\n会议要求，各部门要盯紧全年目标。";
    expect(headlines(text)).toEqual([{ kicker: null, main: "清河新区召开一季度经济运行分析会", subtitle: null, position: "before" }]);
  });

  it("splits kicker, main title and a dashed subtitle", () => {
    const text = "赛技能 促春耕\n清河新区第二届农民技能大赛开幕\n——120余名选手同场竞技\n\n本报讯（记者周明远）3月18日上午，大赛在柳湾村开幕。";
    expect(headlines(text)).toEqual([
      { kicker: "赛技能 促春耕", main: "清河新区第二届农民技能大赛开幕", subtitle: "——120余名选手同场竞技", position: "before" },
    ]);
  });

  it("reads a shorter first part as the kicker and a longer second one as the main title", () => {
    const text = "柳湾村\n\n荷花节带火乡村民宿生意\n\n本报讯（记者周明远）今年夏天，柳湾村的民宿家家客满。";
    expect(headlines(text)[0]).toMatchObject({ kicker: "柳湾村", main: "荷花节带火乡村民宿生意" });
  });

  it("joins a headline wrapped at the column edge into one main title", () => {
    const text = [
      "本报讯（记者周明远）3月19日下午，清",
      "河新区召开会议，部署安全生产和防",
      "汛备汛工作，要求各部门压实责任。",
      "",
      "清河新区部署安全生产和防汛",
      "备汛工作",
      "",
      "本报讯（记者周明远）3月20日，清河",
      "新区与长江数据科技有限公司签约。",
    ].join("\n");
    const page = detect(text);
    expect(page.articles).toHaveLength(2);
    expect(headlines(text)[0]).toEqual({ kicker: null, main: "清河新区部署安全生产和防汛备汛工作", subtitle: null, position: "after" });
    expect(page.articles[1]!.headline).toBeNull();
  });

  it("reads two equally long short lines as one couplet title", () => {
    const text = "今年，清河新区住建局要紧盯城市更新任务，加快老旧小区改造。\n\n清河新区住建局局长方志远\n\n提升城市品质\n建设宜居新区";
    expect(headlines(text)[0]).toMatchObject({ kicker: null, main: "提升城市品质 建设宜居新区", position: "after" });
  });

  it("keeps the full-width last line of a paragraph in its article", () => {
    const text = [
      "本报讯（记者周明远）3月19日下午，清河新",
      "区召开队伍教育整顿推进会，要求把队伍教",
      "育整顿贯穿全年。",
      "",
      "杜宏伟肯定了前一阶段的队伍",
      "",
      "教育整顿成效，要求再接再厉。",
    ].join("\n");
    const page = detect(text);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.headline).toBeNull();
    expect(page.articles[0]!.body.text).toContain("杜宏伟肯定了前一阶段的队伍教育整顿成效");
  });

  it("does not split an article at numbered section heads", () => {
    const text = "本报讯（记者周明远）清河新区今年将重点抓好三项工作。\n一、抓项目建设\n全年新开工项目40个。\n二、抓民生保障\n新增就业岗位3000个。";
    expect(detect(text).articles).toHaveLength(1);
  });
});

describe("detectArticles: boundaries", () => {
  it("splits a run-on article that starts mid-line", () => {
    const text = "本报讯（记者周明远）会议通报了重点项目推进情况。 本报讯 （记者周明远） 3\n月 20 日，清河新区与长江数据科技有限公司签约。";
    const page = detect(text);
    expect(page.articles).toHaveLength(2);
    const second = page.articles[1]!;
    expect(second.opener?.text).toBe("本报讯（记者周明远）");
    expect(squashLayout(text.slice(second.opener!.span.start, second.opener!.span.end))).toBe("本报讯（记者周明远）");
    expect(second.body.text).toContain("3月20日");
    const runOn = page.diagnostics.filter((d) => d.code === "run-on-article");
    expect(runOn).toHaveLength(1);
    expect(text.slice(runOn[0]!.span!.start).startsWith("本报讯")).toBe(true);
  });

  it("joins lines and blank-line breaks inside a paragraph, keeping offsets", () => {
    const text = "本报讯（记者周明远）区领导马文博、邓佳怡、吴\n启航出席。城市品质不断提\n\n升，发展势头强劲。";
    const body = detect(text).articles[0]!.body;
    expect(body.text).toBe("本报讯（记者周明远）区领导马文博、邓佳怡、吴启航出席。城市品质不断提升，发展势头强劲。");
    const at = body.text.indexOf("吴启航");
    const span = toOriginalSpan(body, at, at + 3);
    expect(text.slice(span.start, span.end)).toBe("吴\n启航");
  });

  it("ends a photo caption at its photographer's credit", () => {
    const text = "本报讯（记者周明远）会议还研究了其他事项。\n\n清河新区党政联席会议召开\n\n3 月 19 日，柳湾村农民在田间\n操作无人机喷洒农药。\n\n本报记者 许\n嘉宁 摄";
    const page = detect(text);
    expect(page.articles.map((a) => a.kind)).toEqual(["brief", "photo-caption"]);
    expect(page.articles[1]!.headline).toBeNull();
    expect(page.articles[1]!.body.text).toContain("本报记者 许嘉宁 摄");
  });

  it("keeps a page header out of the articles", () => {
    const text = "清河日报 2026年3月21日 星期六 第3版\n\n清河新区召开会议\n\n本报讯（记者周明远）3月19日下午，清河新区召开会议。";
    const page = detect(text);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.headline?.main?.text).toBe("清河新区召开会议");
    expect(page.unassigned.map((u) => u.text)).toEqual(["清河日报2026年3月21日 星期六 第3版"]);
    expect(page.diagnostics.map((d) => d.code)).toContain("page-header");
  });

  it("returns no article for empty or blank input", () => {
    expect(detect("").articles).toEqual([]);
    expect(detect(" \n\u3000\n\r\n").articles).toEqual([]);
  });
});

describe("detectArticles: the bundled sample page", () => {
  const text = readFileSync(resolve(__dirname, "../../../examples/sample-page.txt"), "utf8");
  const page = detect(text);

  it("finds its eight articles with their kinds", () => {
    expect(page.articles.map((a) => a.kind)).toEqual([
      "column-piece",
      "column-piece",
      "column-piece",
      "news",
      "news",
      "news",
      "brief",
      "photo-caption",
    ]);
  });

  it("groups the three column pieces that share one credit", () => {
    expect(page.articles.map((a) => a.columnId)).toEqual(["col1", "col1", "col1", null, null, null, null, null]);
  });

  it("attaches every headline printed after its body, and none to the two articles without one", () => {
    expect(headlines(text).map((h) => h && `${h.kicker ?? ""}|${h.main}`)).toEqual([
      "|擦亮文旅名片 激活消费潜力",
      "|提升城市品质 建设宜居新区",
      "|办好人民满意教育 守护学生健康成长",
      "赛技能 促春耕|清河新区农民技能大赛开幕",
      "|古镇老街入选省级历史文化街区",
      null,
      "|数据中心项目落户清河新区",
      null,
    ]);
    expect(page.articles.every((a) => !a.headline || a.headline.position === "after")).toBe(true);
  });

  it("covers the page: every non-blank line belongs to exactly one article", () => {
    const covered = new Array<number>(text.length).fill(0);
    for (const a of page.articles) {
      const body = toOriginalSpan(a.body, 0, a.body.text.length);
      for (let i = body.start; i < body.end; i++) covered[i]!++;
      for (const line of a.headline?.lines ?? []) {
        const s = toOriginalSpan(line, 0, line.text.length);
        for (let i = s.start; i < s.end; i++) covered[i]!++;
      }
    }
    for (let i = 0; i < text.length; i++) {
      if (/\s/u.test(text[i]!)) continue;
      expect(covered[i], `character ${i} (${text[i]})`).toBe(1);
    }
  });
});

describe("detectArticles on a page it did not get from repairLayout", () => {
  it("finds the same articles in a copy of the page as in the page itself", () => {
    const input = "示范区党政联席会议召开\n\n本报讯（记者付凯明）4月12日上午，会议召开。 本报讯 （记者宋崇飞） 4 月 13 日，又 一 次 会 议召开。\n本报记者 宋崇\n飞 摄";
    const page = repairLayout(input);
    const copy = { input: page.input, lines: page.lines.map((l) => ({ ...l, index: l.index + 10 })), diagnostics: page.diagnostics };
    const strip = (p: ReturnType<typeof detectArticles>) => JSON.stringify(p, (_, v: unknown) => (v instanceof Uint32Array ? [...v] : v));
    expect(strip(detectArticles(copy)).replace(/line \d+/gu, "line")).toBe(strip(detectArticles(page)).replace(/line \d+/gu, "line"));
  });
});
