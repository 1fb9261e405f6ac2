import { describe, expect, it } from "vitest";
import { spanBoxes, blockBoxes } from "../../src/readers/layout/boxes.js";
import { groupBlocks } from "../../src/readers/layout/group-blocks.js";
import { groupLines } from "../../src/readers/layout/group-lines.js";
import { unreadableShare } from "../../src/readers/layout/mojibake.js";
import { isSimplified, normalizeChar } from "../../src/readers/layout/normalize-chars.js";
import { orderBlocks } from "../../src/readers/layout/order-blocks.js";
import { blockFlows } from "../../src/readers/layout/block-flow.js";
import { buildPageText } from "../../src/readers/layout/page-text.js";
import type { LayoutWord } from "../../src/readers/layout/types.js";
import { lineHintAt } from "../../src/text/line-hint-at.js";

/** A word of `text` at (x, y), Han `size` wide and ASCII half that, as a PDF run gives it. */
const w = (text: string, x: number, y: number, size = 10, bold = false): LayoutWord => ({
  text, x, y, width: size * [...text].reduce((sum, c) => sum + (c < "\u2e80" ? 0.5 : 1), 0), height: size, size, bold,
});
const PAGE = { number: 1, width: 600, height: 800, unit: "pt" as const };

/** A column of body lines (10 pt, 14 pt leading), starting at (x, y). */
function column(x: number, y: number, lines: readonly string[]): LayoutWord[] {
  return lines.map((text, i) => w(text, x, y + i * 14));
}
const textOf = (words: readonly LayoutWord[]) => buildPageText(words, PAGE).text;
/** The same words in a scrambled order (a content stream out of reading order). */
const shuffled = <T>(items: readonly T[]): T[] => items.map((item, i) => ({ item, key: (i * 7919) % 101 })).sort((a, b) => a.key - b.key).map((x) => x.item);

describe("groupLines", () => {
  it.each([
    ["runs on one baseline join, left to right", [w("乙丙", 20, 0), w("甲", 10, 0)], ["甲乙丙"]],
    ["a full-width space (one em) stays inside the line", [w("本报记者", 0, 0), w("宋崇飞", 50, 0)], ["本报记者宋崇飞"]],
    ["a superscript-like offset under 0.4 em is the same baseline", [w("甲", 0, 0), w("乙", 10, 3)], ["甲乙"]],
    ["two columns' lines on one baseline, with lines above to confirm the gutter", [...column(0, 0, ["一二三四", "一二三四"]), ...column(60, 0, ["五六七八", "五六七八"])], ["一二三四", "五六七八", "一二三四", "五六七八"]],
    [
      "two justified columns one em apart: the lines around confirm the gutter",
      [...column(0, 0, ["一二三四五", "一二三四五", "一二三四五"]), ...column(60, 0, ["甲乙丙丁戊", "甲乙丙丁戊", "甲乙丙丁戊"])].sort((a, b) => a.x - b.x),
      ["一二三四五", "甲乙丙丁戊", "一二三四五", "甲乙丙丁戊", "一二三四五", "甲乙丙丁戊"],
    ],
    ["a justified line's wide spacing is not a gutter", [...column(0, 0, ["一二三四五六"]), w("杭", 0, 14), w("州", 19, 14), w("西", 38, 14), w("湖", 57, 14)], ["一二三四五六", "杭州西湖"]],
    [
      "a short last line beside the next column's indented first line: the lines around end and start inside the gap",
      [...column(0, 0, ["一二三四五六", "一二三四五六", "七八。"]), ...column(80, 0, ["甲乙丙丁戊己", "甲乙丙丁戊己"]), w("丙丁戊己", 100, 28)],
      ["一二三四五六", "甲乙丙丁戊己", "一二三四五六", "甲乙丙丁戊己", "七八。", "丙丁戊己"],
    ],
    ["a spaced line under a short line that ends inside its gap, with nothing starting there, is one line", [w("一二。", 0, 0), w("杭", 0, 14), w("州", 30, 14), w("西", 50, 14)], ["一二。", "杭州西"]],
    ["a footer's wide spaces with nothing around are not gutters", [w("责任编辑：许文静", 0, 0, 8), w("校对：吴晓兰", 100, 0, 8)], ["责任编辑：许文静校对：吴晓兰"]],
  ])("%s", (_, words, expected) => {
    expect(groupLines(words).map((l) => l.words.map((x) => x.text).join(""))).toEqual(expected);
  });

  // Nine full lines make 100 pt the page's column measure; the tenth is a paragraph's short end.
  const measured = column(0, 0, [...Array(9).fill("一二三四五六七八九十"), "七八。"]);
  it("splits a row wider than the column measure at a wide gap nothing confirms: a credit flush right at the top of the next column", () => {
    expect(groupLines([...measured, w("（本报记者周明远）", 150, 126)]).slice(-2).map((l) => l.words.map((x) => x.text).join(""))).toEqual(["七八。", "（本报记者周明远）"]);
  });
  it("must not split a spaced line no wider than the column measure", () => {
    const spaced = [w("杭", 0, 300), w("州", 30, 300), w("西", 60, 300), w("湖", 90, 300)];
    expect(groupLines([...measured, ...spaced]).at(-1)!.words.map((x) => x.text).join("")).toBe("杭州西湖");
  });

  it.each([
    ["two lines 14 pt apart", [w("甲", 0, 0), w("乙", 0, 14)], 2],
  ])("does not join: %s", (_, words, count) => {
    expect(groupLines(words)).toHaveLength(count);
  });

  it("takes blank runs for gaps, not words", () => {
    expect(groupLines([w("甲", 0, 0), w("  ", 10, 0), w("乙", 200, 0)]).flatMap((l) => l.words.map((x) => x.text))).toEqual(["甲", "乙"]);
  });
});

describe("groupBlocks", () => {
  const lines = (words: LayoutWord[]) => groupBlocks(groupLines(words)).map((b) => b.lines.map((l) => l.words.map((x) => x.text).join("")).join("|"));
  it.each([
    ["lines with body leading stack into one block", column(0, 0, ["一二三", "四五六", "七"]), ["一二三|四五六|七"]],
    ["a headline (bigger type) is its own block", [w("标题", 0, 0, 30), ...column(0, 40, ["一二三", "四五六"])], ["标题", "一二三|四五六"]],
    ["a bold subhead of body size is its own block", [...column(0, 0, ["一二三"]), w("小标题", 0, 14, 10, true), ...column(0, 28, ["四五六"])], ["一二三", "小标题", "四五六"]],
    ["a blank line of space ends a block", [...column(0, 0, ["一二三"]), ...column(0, 28, ["四五六"])], ["一二三", "四五六"]],
  ])("%s", (_, words, expected) => {
    expect(lines(words)).toEqual(expected);
  });
});

describe("orderBlocks", () => {
  const r = (x: number, y: number, width: number, height: number, size = 10) => ({ x, y, width, height, size });
  it.each([
    ["two columns under a headline across both", [r(110, 50, 100, 200), r(0, 50, 100, 200), r(0, 0, 210, 40, 30)], [2, 1, 0]],
    [
      "a story across the page closes the columns above it",
      // upper band: two columns; a headline across; lower band: two columns
      [r(0, 300, 100, 100), r(110, 0, 100, 200), r(0, 250, 210, 30, 20), r(0, 0, 100, 200), r(110, 300, 100, 100)],
      [3, 1, 2, 0, 4],
    ],
    ["a short headline over a box two columns wide is read with the box, after the column beside it", [r(0, 0, 100, 200), r(110, 0, 100, 100), r(0, 210, 60, 20, 14), r(0, 234, 210, 40)], [0, 1, 2, 3]],
    [
      "a headline centred over five columns is read before all of them, the first and last too",
      shuffled([r(200, 0, 200, 30, 30), r(0, 40, 100, 200), r(125, 40, 100, 200), r(250, 40, 100, 200), r(375, 40, 100, 200), r(500, 40, 100, 200)]),
      null,
    ],
    [
      "a centred headline is not widened over its neighbours' columns, which have their own headlines",
      [r(0, 0, 80, 20, 20), r(0, 40, 80, 200), r(120, 0, 60, 30, 30), r(100, 40, 100, 200), r(220, 0, 80, 20, 20), r(220, 40, 80, 200)],
      [0, 1, 2, 3, 4, 5],
    ],
    [
      "the space between two rows is measured in body ems, not in the next row's headline's",
      [r(0, 0, 100, 100), r(120, 0, 100, 100), r(10, 115, 80, 30, 30), r(0, 150, 100, 50), r(120, 115, 100, 80)],
      [0, 1, 2, 3, 4],
    ],
    [
      "a headline centred on the page is read before its story's first column, though the story fills four of five columns",
      [r(0, -20, 600, 8, 8), r(150, 0, 300, 30, 30), r(0, 40, 110, 200), r(122, 40, 110, 200), r(244, 40, 110, 200), r(366, 40, 110, 200)],
      [0, 1, 2, 3, 4, 5],
    ],
    [
      "a centred subtitle sitting over the middle column of five is read before the first",
      [r(100, 0, 400, 30, 30), r(250, 36, 100, 12, 12), r(0, 52, 110, 200), r(122, 52, 110, 200), r(244, 52, 110, 200), r(366, 52, 110, 200), r(488, 52, 112, 200)],
      [0, 1, 2, 3, 4, 5, 6],
    ],
    [
      "a 核心阅读 box in the first column under a headline centred on the page is read after the headline",
      [r(0, -20, 600, 8, 8), r(150, 0, 300, 30, 30), r(5, 40, 40, 10), r(8, 55, 90, 100), r(122, 40, 110, 200), r(244, 40, 110, 200), r(366, 40, 110, 200)],
      [0, 1, 2, 3, 4, 5, 6],
    ],
    [
      "must not: a headline off the page's middle is not widened over the column left of its story",
      [r(0, -20, 600, 8, 8), r(250, 0, 300, 30, 30), r(0, 40, 110, 200), r(250, 40, 140, 200), r(400, 40, 150, 200)],
      [0, 2, 1, 3, 4],
    ],
    [
      "must not: a headline centred on the page is not widened past a wide gap to a column apart",
      [r(0, -20, 600, 8, 8), r(200, 0, 200, 30, 30), r(0, 40, 80, 200), r(150, 40, 140, 200), r(310, 40, 140, 200)],
      [0, 2, 1, 3, 4],
    ],
    ["a page header and a short left-aligned footer come first and last", [r(300, 40, 100, 500), r(0, 40, 100, 500), r(0, 780, 80, 8, 8), r(0, 0, 200, 8, 8)], [3, 1, 0, 2]],
  ])("%s", (_, blocks, expected) => {
    // null: the blocks are given shuffled and are to be read top-down, left to right as written.
    const want = expected ?? [...blocks.keys()].sort((i, j) => blocks[i]!.y - blocks[j]!.y || blocks[i]!.x - blocks[j]!.x);
    expect(orderBlocks(blocks)).toEqual(want);
  });
});

describe("blockFlows", () => {
  const block = (x: number, y: number, width: number, height: number, size = 10) => ({ x, y, width, height, size, bold: size > 10, lines: [] });
  it.each([
    ["a column under a headline, then its next column level with it", [block(0, 0, 210, 30, 30), block(0, 40, 100, 200), block(110, 40, 100, 200)], ["new", "column", "next-column"]],
    ["a paragraph under another in its column, then the top of the next column", [block(0, 40, 100, 80), block(0, 125, 100, 110), block(110, 40, 100, 200)], ["new", "column", "next-column"]],
    ["a story beside, starting higher (at the top of the row)", [block(0, 0, 210, 30, 30), block(0, 40, 100, 200), block(110, 0, 100, 200)], ["new", "column", "new"]],
    ["the first story of the next row", [block(0, 40, 100, 200), block(110, 40, 100, 200), block(0, 300, 100, 100)], ["new", "next-column", "new"]],
    ["a column far to the right, past a gutter", [block(0, 40, 100, 200), block(200, 40, 100, 200)], ["new", "new"]],
  ])("%s", (_, blocks, flows) => {
    expect(blockFlows(blocks, 10)).toEqual(flows);
  });
});

describe("buildPageText", () => {
  const headline = w("清河新区开犁播种", 0, 0, 24);
  const col1 = column(0, 40, ["本报讯（记者周明远）", "3月20日上午，清河", "新区开犁播种。"]);
  const col2 = column(120, 40, ["种粮大户孙建国告诉", "记者，他今年流转", "了八百亩地。"]);
  const expected = "清河新区开犁播种\n\n本报讯（记者周明远）\n3月20日上午，清河\n新区开犁播种。\n\n种粮大户孙建国告诉\n记者，他今年流转\n了八百亩地。\n";

  it("reads the geometry, not the order of the content stream", () => {
    expect(textOf([headline, ...col1, ...col2])).toBe(expected);
    expect(textOf(shuffled([headline, ...col1, ...col2]))).toBe(expected);
    expect(textOf([...col2].reverse().concat(col1, headline))).toBe(expected);
  });

  it.each([
    ["a wide gap in Latin text is a space", [w("Hello", 0, 0), w("world", 28, 0)], "Hello world\n"],
    ["a full-width gap between Han is a space", [w("本报记者", 0, 0), w("宋崇飞", 50, 0)], "本报记者 宋崇飞\n"],
    ["radicals from a ToUnicode map become ideographs", [w("⽂化⻓廊⼾外", 0, 0)], "文化长廊户外\n"],
  ])("%s", (_, words, text) => {
    expect(textOf(words)).toBe(text);
  });
  it.each([
    ["glyph gaps between Han (OCR boxes) are not spaces", [w("林晓", 0, 0), w("雯", 24, 0)], "林晓雯\n"],
    ["a narrow gap between digits and Han is not a space", [w("3月", 0, 0), w("20日", 17, 0)], "3月20日\n"],
  ])("no space: %s", (_, words, text) => {
    expect(textOf(words)).toBe(text);
  });

  it("gives every character its place: a name's box is its characters on its line", () => {
    const page = buildPageText([headline, ...col1, ...col2], PAGE);
    const start = page.text.indexOf("周明远");
    expect(spanBoxes(page, start, start + 3)).toEqual([{ page: 1, x: 60, y: 40, width: 30, height: 10 }]);
    // A span over a line break: one box per line.
    const across = page.text.indexOf("清河\n新区");
    expect(spanBoxes(page, across, across + 5).map((b) => [b.x, b.y, b.width])).toEqual([[65, 54, 20], [0, 68, 20]]);
    // An article's outline: one box per block it reaches.
    expect(blockBoxes(page, 0, page.text.length)).toHaveLength(3);
  });

  it("does not change the words it is given", () => {
    const words = [headline, ...col1];
    const copy = structuredClone(words);
    buildPageText(words, PAGE);
    expect(words).toEqual(copy);
  });
});

describe("characters", () => {
  it.each([
    ["⽂", "文"],
    ["⻝", "食"],
    ["⻓", "长"],
    ["⼾", "户"],
    ["―", "—"],
    ["∕", "／"],
  ])("%s → %s", (radical, ideograph) => {
    expect(normalizeChar(radical)).toBe(ideograph);
  });
  it.each(["文", "A", "，", "𠮷", "—", "/", "／"])("leaves %s alone", (char) => {
    expect(normalizeChar(char)).toBe(char);
  });
  it("keeps the traditional form on a traditional page", () => {
    expect(normalizeChar("⼾", false)).toBe("戶");
    expect(isSimplified("這個會議在臺北舉行")).toBe(false);
    expect(isSimplified("这个会议在北京举行")).toBe(true);
  });

  it.each([
    ["private-use glyph ids", "\uE001\uE002\uE003清", 0.75],
    ["replacement characters", "\uFFFD\uFFFD清河", 0.5],
    ["clean text", "清河新区 2026年", 0],
  ])("unreadable share of %s", (_, text, share) => {
    expect(unreadableShare(text)).toBeCloseTo(share);
  });
});

describe("lineHintAt", () => {
  const hints = [
    { start: 0, end: 8, size: 2.4, bold: true, block: 0 },
    { start: 10, end: 20, size: 1, bold: false, block: 1 },
  ];
  it.each([
    [0, 2.4],
    [7, 2.4],
    [10, 1],
    [19, 1],
  ])("offset %i is in a line of size %s", (offset, size) => {
    expect(lineHintAt(hints, offset)?.size).toBe(size);
  });
  it.each([8, 9, 20, -1])("offset %i is between lines", (offset) => {
    expect(lineHintAt(hints, offset)).toBeUndefined();
  });
});
