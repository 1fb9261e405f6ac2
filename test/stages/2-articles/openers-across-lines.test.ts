import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";
import { resolveDictionaries } from "../../../src/lexicon/user-dictionaries.js";
import { markerLexicon, runOnOpeners } from "../../../src/stages/2-articles/markers.js";
import { expectValidGraph } from "../../helpers/invariants.js";

// A narrow column breaks openers over lines as it breaks everything else (issue 14): the opener
// is read on over the break. Pages written for this test, set in a column of ten characters.
const builtIn = markerLexicon(resolveDictionaries());
const squash = (s: string) => s.replace(/\s/g, "");

const FIRST = "春季招聘会开幕\n\n本报讯 清河新区的\n春季招聘会3月5日在\n新区人才市场开幕，\n两百余家企业带来三\n千多个岗位，求职者\n络绎不绝。\n";

const read = (text: string) => {
  const graph = extract(text, { referenceDate: "2026-03-21" });
  expectValidGraph(graph, text);
  return graph.articles.map((a) => ({ starts: squash(text.slice(a.span.start, a.span.start + 16)).slice(0, 10), opener: a.opener ? squash(a.opener.text) : null }));
};

describe("openers broken over lines", () => {
  it("an opener that a line break cuts (据新华社北京12 / 月31日电) opens an article", () => {
    const text = `${FIRST}据新华社北京３\n月５日电（记者罗玉\n文）滨江大桥主体工\n程５日完工，大桥全\n长一千二百米，预计\n年内通车。\n`;
    const articles = read(text);
    expect(articles).toHaveLength(2);
    expect(articles[1]).toEqual({ starts: "据新华社北京３月５日", opener: "据新华社北京３月５日电（记者罗玉文）" });
  });

  it("a run-on opener that runs over the line break (…三天。本报哈 / 尔滨3月6日电) starts where it starts", () => {
    const line = "招聘会持续三天。本报哈";
    expect(runOnOpeners(line, builtIn, "尔滨3月6日电（记者")).toEqual([line.indexOf("本报哈")]);
    expect(runOnOpeners(line, builtIn)).toEqual([]);
    const text = `春季招聘会开幕\n\n本报讯 清河新区的\n春季招聘会3月5日在\n新区人才市场开幕。\n招聘会持续三天。本报哈\n尔滨3月6日电（记者\n王刚）冰雪节开幕，\n游客络绎不绝。\n`;
    expect(read(text).map((a) => a.starts)).toEqual(["春季招聘会开幕本报讯", "本报哈尔滨3月6日电"]);
  });

  it("must not: a bracketed dateline broken over lines at an article's end opens nothing", () => {
    const text = `${FIRST}（新华社北京３月５\n日电）\n`;
    expect(read(text)).toHaveLength(1);
  });

  it("must not: a headline glued to the next line's opener is no opener of a source it would name", () => {
    // 清河超额完成人民日报 + 发行任务本报海口… reads as a source with a suffix 日报, a date and 电.
    const text = `${FIRST}\n清河超额完成人民日报发行任务\n本报海口３月６日电（记者鲍洪俊）清河\n日报发行量比去年同期增长６个百分点。\n`;
    const articles = read(text);
    expect(articles.at(-1)?.opener).toBe("本报海口３月６日电（记者鲍洪俊）");
  });

  it("must not: 据 and a source mid-paragraph, after a line that ends mid-sentence", () => {
    const text = `清河新区的春季招聘会3月5日开幕，据\n新华社北京３月５日电报道的数字，今年岗位多了三成。\n`;
    expect(read(text)).toHaveLength(1);
  });
});
