// The page generator's gold (scripts/pages): which PKU line under a headline is a byline. Words
// and tags are written here as PKU 1998 tags them (nr name, ns place, nt body, n noun); invented names.
import { describe, expect, it } from "vitest";
import { isByline } from "../../scripts/pages/sources.mjs";

const words = (tagged: string) => tagged.split(" ").map((t) => t.split("/") as [string, string]);

describe("isByline: a line under a PKU headline that opens the text, not a subtitle", () => {
  it.each([
    ["a staff reporter", "本报/r 记者/n 郭/nr 立成/nr"],
    ["a correspondent abroad", "本报/r 驻/v 南非/ns 记者/n 温/nr 宁/nr"],
    ["an agency's reporter", "新华社/nt 记者/n 潘/nr 大川/nr"],
    ["names alone", "赖/nr 林松/nr 周/nr 美华/nr"],
    ["an office and a name", "国务院/nt 副/b 秘书长/n 、/w 财政部/nt 部长/n 周/nr 正明/nr"],
  ])("%s", (_what, tagged) => {
    expect(isByline(words(tagged))).toBe(true);
  });

  it.each([
    ["a subtitle that names people and acts", "江/nr 明/nr 作/v 重要/a 讲话/n"],
    ["a subtitle without a name", "天气/n 趋势/n 分析/vn"],
    ["a name that does not end the line", "谭/nr 彦/nr 幸福/a 的/u 一家/n"],
    ["an author line without a name", "本报/r 评论员/n"],
  ])("not %s", (_what, tagged) => {
    expect(isByline(words(tagged))).toBe(false);
  });
});
