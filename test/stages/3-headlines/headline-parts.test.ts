import { describe, expect, it } from "vitest";
import { extract } from "../../../src/index.js";
import { headlineLineKind } from "../../../src/stages/3-headlines/line-kinds.js";
import { markerLexicon } from "../../../src/stages/2-articles/markers.js";
import { resolveDictionaries } from "../../../src/lexicon/user-dictionaries.js";
import { expectValidGraph } from "../../helpers/invariants.js";

// Kicker, main title and subtitle of one headline block (issue 14), on pages written for this test.
const parts = (text: string) =>
  extract(text, { referenceDate: "2026-03-21" }).articles.map((a) => [a.headline?.kicker ?? null, a.headline?.main?.replace(/\s/g, "") ?? null, a.headline?.subtitle ?? null]);

const BODY = "\n\n本报讯（记者周明远）连日来，柳湾湿地的荷花竞相开放，吸引了大批游客。\n湿地管理处介绍，今年荷花种植面积比去年扩大一倍。\n";

describe("headline parts", () => {
  it.each([
    ["a byline under the title is its subtitle", `清河夜市人气旺\n本报驻南江记者韩东升${BODY}`, [null, "清河夜市人气旺", "本报驻南江记者韩东升"]],
    ["a title wrapped over three lines, the last the shortest", `清河新区二〇二五年\n固定资产投资同比增\n长百分之八点五${BODY}`, [null, "清河新区二〇二五年固定资产投资同比增长百分之八点五", null]],
    ["a title wrapped over two lines of one length", `柳湾湿地万亩荷花\n进入最佳观赏期了${BODY}`, [null, "柳湾湿地万亩荷花进入最佳观赏期了", null]],
    ["kicker, main title and a subtitle after a dash", `春到柳湾\n清河新区柳湾村发展乡村旅游\n——一个村庄的十年变迁${BODY}`, ["春到柳湾", "清河新区柳湾村发展乡村旅游", "——一个村庄的十年变迁"]],
    ["a column tag with its author in the title", `荷塘边的新生活（清河时评·韩东升）${BODY}`, [null, "荷塘边的新生活（清河时评·韩东升）", null]],
  ])("%s", (_, text, want) => {
    expectValidGraph(extract(text, { referenceDate: "2026-03-21" }), text);
    expect(parts(text)).toEqual([want]);
  });

  it.each([
    ["a byline is never the main title", `清河夜市人气旺\n本报驻南江记者韩东升${BODY}`, "本报驻南江记者韩东升"],
    ["a subtitle after a dash is not part of the main title", `春到柳湾\n清河新区柳湾村发展乡村旅游\n——一个村庄的十年变迁${BODY}`, "清河新区柳湾村发展乡村旅游——一个村庄的十年变迁"],
  ])("must not: %s", (_, text, never) => {
    expect(parts(text).map(([, main]) => main)).not.toContain(never);
  });
});

describe("headlineLineKind: the lines a headline block may take in that are no title", () => {
  const lexicon = markerLexicon(resolveDictionaries(undefined));
  it.each([
    ["本报驻南江记者韩东升", "byline"],
    ["本报记者周明远", "byline"],
    ["王立新摄（本报资料图片）", "furniture"],
    ["（新华社发路透社照片）（记者田明　通讯员李强）", "furniture"],
    ["2026年3月12日　星期四　第3版　地方新闻", "furniture"],
    ["来源：清河日报　发布时间：2026-07-06 08:30", "furniture"],
  ])("%s is %s", (line, kind) => expect(headlineLineKind(line, lexicon)).toBe(kind));

  it.each(["（记者观察）", "（清河时评·韩东升）", "春到田头", "稳字当头 进中求新——清河新区经济观察①", "记者手记：荷塘边的守望者"])("must not: %s is anything but title", (line) =>
    expect(headlineLineKind(line, lexicon)).toBe("title"),
  );
});
