import { describe, expect, it } from "vitest";
import { repairLayout } from "../../../src/stages/1-repair-layout/index.js";
import { squashLayout, toOriginalSpan } from "../../../src/text/mapped-text.js";

const repairedLines = (input: string) => repairLayout(input).lines.map((l) => l.text.text);

describe("repairLayout", () => {
  it.each([
    ["letter-spaced line", "今 年 ， 清 河 新 区 教 育 局", "今年，清河新区教育局"],
    ["letter-spaced run inside a line", "的 《为 什 么 是 中 国》 专 题 讲", "的《为什么是中国》专题讲"],
    ["spaces around brackets", "清河新区 （高新区） 党工委", "清河新区（高新区）党工委"],
    ["digit next to a Han character", "4 月 12日上午，召开 2021 年第 4 次会议", "4月12日上午，召开2021年第4次会议"],
    ["phrase separator kept", "礼赞新时代 颂歌献给党", "礼赞新时代 颂歌献给党"],
    ["space before a quotation mark kept", "“舞”出河南 “圈粉”厦门", "“舞”出河南 “圈粉”厦门"],
    ["names in a credit kept apart", "（记者周明远 通讯员林晓）", "（记者周明远 通讯员林晓）"],
    ["padding and ideographic spaces", "\u3000\u3000本报讯  （记者周明远）  ", "本报讯（记者周明远）"],
    ["zero-width characters and BOM", "\ufeff本报\u200b讯", "本报讯"],
    ["Latin words kept apart", "the State Council 国务院", "the State Council 国务院"],
    ["two single characters are not letter-spacing", "飞 摄", "飞 摄"],
  ])("%s", (_, input, expected) => {
    expect(repairedLines(input)).toEqual([expected]);
  });

  it("splits lines on \\n, \\r\\n and \\r, keeping blank lines", () => {
    expect(repairedLines("甲\r\n乙\r丙\n\n丁")).toEqual(["甲", "乙", "丙", "", "丁"]);
  });

  it("maps every repaired character back to the same character of the input", () => {
    const input = " 今 年 ， 清 河\r\n新区 （高新区） 4 月\n\n𠀀字 \u3000丙";
    for (const line of repairLayout(input).lines) {
      for (let i = 0; i < line.text.text.length; i++) {
        expect(input[line.text.offsets[i]!]).toBe(line.text.text[i]);
      }
      const span = toOriginalSpan(line.text, 0, line.text.text.length);
      expect(squashLayout(input.slice(span.start, span.end))).toBe(squashLayout(line.text.text));
    }
  });

  it("reports each letter-spaced line it repaired, and nothing for other lines", () => {
    const input = "今 年 ， 清 河 新 区\n礼赞新时代 颂歌献给党\n清河新区 （高新区）";
    const diagnostics = repairLayout(input).diagnostics;
    expect(diagnostics.map((d) => [d.code, input.slice(d.span!.start, d.span!.end)])).toEqual([["letter-spacing-removed", "今 年 ， 清 河 新 区"]]);
  });

  it("records the offset of each line break", () => {
    const page = repairLayout("甲\r\n乙\n丙");
    expect(page.lines.map((l) => l.breakOffset)).toEqual([2, 4, null]);
  });

  it("measures printed width: Han characters one, ASCII a half", () => {
    expect(repairLayout("清河2021年").lines[0]!.width).toBe(5);
  });

  it("does not mutate or depend on anything but its input", () => {
    const input = "今 年 ， 清 河 新 区";
    const copy = input.slice();
    expect(repairLayout(input)).toEqual(repairLayout(copy));
    expect(input).toBe(copy);
  });
});
