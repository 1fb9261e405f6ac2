import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { LineHint } from "../../../src/contracts/options.js";
import { extract } from "../../../src/extract.js";
import { formatSummary } from "../../../src/index.js";

/** One printed line: its text, type size relative to the body, bold, layout block, and optionally its block's flow and its indent. */
type Row = readonly [text: string, size: number, bold: boolean, block: number, flow?: "column" | "next-column" | "new", indent?: number];

/** A page's text as a page reader writes it (a blank line between blocks) and its line hints. */
function page(rows: readonly Row[]): { text: string; lines: LineHint[] } {
  let text = "";
  const lines: LineHint[] = [];
  rows.forEach(([line, size, bold, block, flow, indent], i) => {
    if (i > 0) text += block === rows[i - 1]![3] ? "\n" : "\n\n";
    lines.push({ start: text.length, end: text.length + line.length, size, bold, block, ...(flow ? { flow } : {}), ...(indent === undefined ? {} : { indent }) });
    text += line;
  });
  return { text: `${text}\n`, lines };
}

const articles = (rows: readonly Row[], withHints = true) => {
  const { text, lines } = page(rows);
  const graph = extract(text, withHints ? { layout: { lines } } : {});
  return graph.articles.map((a) => ({
    kicker: a.headline?.kicker ?? null,
    main: a.headline?.main ?? null,
    subtitle: a.headline?.subtitle ?? null,
    starts: text.slice(a.span.start, a.span.start + 6),
  }));
};

// Two stories in one column's run of blocks: the second has no opener, and its headline is as
// long as a body line, so the text alone cannot tell it from the body.
const TWO_STORIES: Row[] = [
  ["清河新区召开春耕生产现场会部署今年农业工作", 2.4, true, 0],
  ["本报讯（记者周明远）3月20日上午，清河新区召开春耕", 1, false, 1],
  ["生产现场会，部署今年的农业农村重点工作。", 1, false, 1],
  ["城东社区老年食堂开张居民在家门口吃上热饭热菜", 1.8, true, 2],
  ["城东社区的老年食堂昨天开张，六十多位老人在食堂", 1, false, 3],
  ["吃上了午饭。社区主任林小红说，食堂每天供应两餐。", 1, false, 3],
];

describe("articles from layout hints", () => {
  it("a line in large bold type over body blocks is a headline and starts an article", () => {
    expect(articles(TWO_STORIES).map((a) => [a.main, a.starts])).toEqual([
      ["清河新区召开春耕生产现场会部署今年农业工作", "清河新区召开"],
      ["城东社区老年食堂开张居民在家门口吃上热饭热菜", "城东社区老年"],
    ]);
  });

  it("does not split at a bold line of body type: that is a subhead inside the story", () => {
    const rows: Row[] = TWO_STORIES.map(([t, , , b], i) => (i === 3 ? [t.slice(0, 8), 1, true, b] : TWO_STORIES[i]!));
    const found = articles(rows);
    expect(found).toHaveLength(1);
    const { text, lines } = page(rows);
    expect(extract(text, { layout: { lines } }).articles[0]!.subheads?.map((s) => s.text)).toEqual(["城东社区老年食堂"]);
  });

  it("reads a kicker above and a subtitle below the main title from their type between body and headline", () => {
    const rows: Row[] = [
      ["春耕时节走田头", 1.2, false, 0],
      ["清河新区召开春耕生产现场会", 2.4, true, 1],
      ["部署今年农业农村重点工作", 1.2, false, 2],
      ["本报讯（记者周明远）3月20日上午，清河新区召开春耕", 1, false, 3],
      ["生产现场会。", 1, false, 3],
    ];
    expect(articles(rows)).toEqual([{ kicker: "春耕时节走田头", main: "清河新区召开春耕生产现场会", subtitle: "部署今年农业农村重点工作", starts: "春耕时节走田" }]);
  });

  it("does not take a body-size line right after the headline for a subtitle", () => {
    const rows: Row[] = [
      ["清河新区召开春耕生产现场会", 2.4, true, 0],
      ["部署今年农业农村重点工作", 1, false, 1],
      ["本报讯（记者周明远）3月20日上午，清河新区召开春耕", 1, false, 1],
    ];
    expect(articles(rows).map((a) => a.subtitle)).toEqual([null]);
  });

  it("a caption in small type is an article of its own, and so is what follows it", () => {
    const rows: Row[] = [
      ["清河新区召开春耕生产现场会", 2.4, true, 0],
      ["本报讯（记者周明远）3月20日上午，清河新区召开春耕", 1, false, 1],
      ["生产现场会。", 1, false, 1],
      ["3月19日，清河新区农民在田间播种。", 0.87, false, 2],
      ["本报记者林小红摄", 0.87, false, 2],
      ["城东社区的老年食堂昨天开张，六十多位老人在食堂", 1, false, 3],
      ["吃上了午饭。", 1, false, 3],
    ];
    expect(articles(rows).map((a) => a.starts)).toEqual(["清河新区召开", "3月19日，", "城东社区的老"]);
  });

  it("keeps small type under a bold label (核心阅读) in its story: a box, not a caption", () => {
    const rows: Row[] = [
      ["清河新区召开春耕生产现场会", 2.4, true, 0],
      ["核心阅读", 0.93, true, 1],
      ["清河新区今年将新建高标准农田两万亩。", 0.93, false, 2],
      ["本报讯（记者周明远）3月20日上午，清河新区召开春耕", 1, false, 3],
      ["生产现场会。", 1, false, 3],
    ];
    expect(articles(rows).map((a) => a.starts)).toEqual(["清河新区召开"]);
  });

  // A story, its 核心阅读 box, then a caption in small type: down the column it is the box's text,
  // elsewhere on the page (a new flow) a caption of its own.
  const storyBoxCaption = (flow: "column" | "new"): Row[] => [
    ["清河新区召开春耕生产现场会", 2.4, true, 0, "new", 0],
    ["本报讯（记者周明远）3月20日上午，清河新区召开春耕", 1, false, 1, "column", 2],
    ["生产现场会。", 1, false, 1, "column", 0],
    ["核心阅读", 0.93, true, 2, "column", 0],
    ["清河新区今年将新建高标准农田两万亩。", 0.93, false, 3, "column", 0],
    ["3月19日，清河新区农民在田间播种。", 0.87, false, 4, flow, 2],
    ["本报记者林小红摄", 0.87, false, 4, flow, 0],
  ];
  it("a caption read after a box, in a new flow elsewhere on the page, is an article of its own", () => {
    expect(articles(storyBoxCaption("new")).map((a) => a.starts)).toEqual(["清河新区召开", "3月19日，"]);
  });
  it("must not cut small type down the column under a box from the box's story", () => {
    expect(articles(storyBoxCaption("column")).map((a) => a.starts)).toEqual(["清河新区召开"]);
  });

  it("a two-line caption at the top of the page, set in as a paragraph, is not the page header", () => {
    const rows: Row[] = [
      ["清河日报 第3版 要闻", 0.93, false, 0, "new", 0],
      ["3月19日，清河新区农民在田间播种，十万亩良田", 0.87, false, 1, "new", 2],
      ["开犁。本报记者林小红摄", 0.87, false, 1, "new", 0],
      ...TWO_STORIES.map(([t, s, b, k]) => [t, s, b, k + 2] as Row),
    ];
    expect(articles(rows).map((a) => a.starts)).toEqual(["3月19日，", "清河新区召开", "城东社区老年"]);
  });

  it("must not: a two-line page header, not set in, stays out of the articles", () => {
    const rows: Row[] = [
      ["清河日报 第3版 要闻", 0.93, false, 0, "new", 0],
      ["2026年3月21日 星期六", 0.93, false, 0, "new", 0],
      ...TWO_STORIES.map(([t, s, b, k]) => [t, s, b, k + 1] as Row),
    ];
    expect(articles(rows).map((a) => a.starts)).toEqual(["清河新区召开", "城东社区老年"]);
  });

  it("leaves a page header and footer in small type out of the articles", () => {
    const rows: Row[] = [
      ["清河日报 第3版 要闻", 0.93, false, 0],
      ...TWO_STORIES.map(([t, s, b, k]) => [t, s, b, k + 1] as Row),
      ["责任编辑：许文静", 0.8, false, 9],
    ];
    expect(articles(rows).map((a) => a.starts)).toEqual(["清河新区召开", "城东社区老年"]);
  });
});

describe("text without layout hints", () => {
  it("reads as it did before hints were read: the golden summary of the sample page is unchanged", async () => {
    const text = readFileSync(resolve(__dirname, "../../../examples/sample-page.txt"), "utf8");
    await expect(formatSummary(extract(text, { referenceDate: "2026-03-21" }))).toMatchFileSnapshot("../../golden/sample-page.summary.txt");
  });

  it("is read by the text's own cues: the line labeller finds the two stories above without their type sizes", () => {
    expect(articles(TWO_STORIES, false).map((a) => [a.main, a.starts])).toEqual(articles(TWO_STORIES).map((a) => [a.main, a.starts]));
  });
});
