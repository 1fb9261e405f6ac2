import { describe, expect, it } from "vitest";
import { resolveDictionaries } from "../../../src/lexicon/user-dictionaries.js";
import { creditLineKind as creditLineKindOf, isMastheadLine, markerLexicon, openerLength, runOnOpeners } from "../../../src/stages/2-articles/markers.js";

const builtIn = markerLexicon(resolveDictionaries());
const creditLineKind = (text: string) => creditLineKindOf(text, builtIn);

describe("openerLength", () => {
  it.each([
    ["本报讯（记者周明远）3月18日上午", "本报讯（记者周明远）"],
    ["本报讯（记者周明远 通讯员林晓）日前", "本报讯（记者周明远 通讯员林晓）"],
    ["本报北京1月9日电（记者冯春梅）", "本报北京1月9日电（记者冯春梅）"],
    ["本报北京１月９日讯记者陈陆军从", "本报北京１月９日讯"],
    ["新华社北京12月31日电（记者邹伟、王思北）近日", "新华社北京12月31日电（记者邹伟、王思北）"],
    ["据新华社莫斯科１月２日电第比利斯消息", "据新华社莫斯科１月２日电"],
    ["南方日报讯（记者／黄少宏）", "南方日报讯（记者／黄少宏）"],
    ["本报西安十二月三十一日电十二月二十八日", "本报西安十二月三十一日电"],
    ["中新网3月2日电 据报道", "中新网3月2日电"],
  ])("%s", (text, opener) => {
    expect(openerLength(text, builtIn)).toBe(opener.length);
  });

  it.each([
    "本报电子版今日上线",
    "新华社记者表示，",
    "日报社召开会议。",
    "据了解，本报讯息来自读者",
    "记者付凯明报道",
  ])("no opener in %s", (text) => {
    expect(openerLength(text, builtIn)).toBe(0);
  });
});

describe("runOnOpeners", () => {
  it("finds an opener after a finished sentence, mid-line", () => {
    const line = "会议还通报了近期重点项目推进情况。本报讯（记者周明远）3";
    expect(runOnOpeners(line, builtIn)).toEqual([line.indexOf("本报讯")]);
  });
  it.each(["他说本报讯息灵通。", "本报讯（记者周明远）开头不算", "据悉，新华社今天报道"])("none in %s", (line) => {
    expect(runOnOpeners(line, builtIn)).toEqual([]);
  });
});

describe("creditLineKind", () => {
  it.each([
    ["本报记者 许嘉宁 摄", "photo"],
    ["新华社记者兰红光摄", "photo"],
    ["（新华社记者周确摄）", "photo"],
    ["李明 摄", "photo"],
    ["林宏摄（本报资料图片）", "photo"],
    ["林宏 摄（新华社发）", "photo"],
    ["本报记者 周立 摄（人民视觉）", "photo"],
    ["（本栏稿件均由本报记者陈国栋整理）", "column"],
    ["清河新区文旅局局长孙雅琴", "signature"],
    ["清河新区住建局局长方志远", "signature"],
    ["责任编辑：王小川", "closing"],
    ["（完）", "closing"],
    ["（关山月）", "closing"],
    ["（本报专电）", "closing"],
    ["（记者周明远）", "byline"],
    ["本报记者 张三 李四", "byline"],
    ["文/图 本报记者 周明远", "byline"],
  ])("%s is a %s line", (text, kind) => {
    expect(creditLineKind(text)).toBe(kind);
  });

  it.each([
    "清河新区农民技能大赛开幕",
    "数据中心项目落户清河新区",
    "记者节表彰大会召开",
    "文化大院",
    "摄影展在清河开幕",
    "局长孙雅琴说，今年要办好荷花节。",
    "本报讯（记者周明远）",
    "（一九九八年一月一日）",
    "（附图片１张）",
    "林宏摄（左二）",
    "游客正在拍摄（资料图片）",
    "摄影展在清河开幕（新华社发）",
  ])("%s is no credit line", (text) => {
    expect(creditLineKind(text)).toBeNull();
  });
});

describe("isMastheadLine", () => {
  it.each(["清河日报 2026年3月21日 星期六 第3版", "2021年4月13日 星期二", "A3版 二〇二一年四月十三日 农历三月初二"])("%s is a page header", (text) => {
    expect(isMastheadLine(text)).toBe(true);
  });
  it.each(["2021年4月13日，清河新区召开会议。", "清河新区召开会议", "第3版", "星期二上午"])("%s is not", (text) => {
    expect(isMastheadLine(text)).toBe(false);
  });
});

describe("creditLineKind, lines told apart before the patterns run", () => {
  it.each([
    ["文/张三", "byline"],
    ["文 张三", "byline"],
    ["文化节张三", null],
    ["（记者付凯明）", "byline"],
    ["本报讯（记者周明远 通讯员林晓）日前", null],
    ["记者 张三（实习） 摄", null],
    ["（新华社记者周确摄）", "photo"],
  ])("%s → %s", (text, kind) => {
    expect(creditLineKind(text)).toBe(kind);
  });
});
