/**
 * The scan tries each parser only near its anchor characters (parsers/parser.ts, `Anchor`). These
 * tests hold it to the plain scan: every parser's global pattern run over the whole text, again
 * from the next character after a match the parser rejects. A wrong anchor (a character or an
 * offset a match can do without) shows up as a difference.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanAtoms, selectLongest } from "../../../src/stages/6-dates/01-scan.js";
import { PARSERS } from "../../../src/stages/6-dates/parsers/index.js";
import type { Atom } from "../../../src/stages/6-dates/types.js";

function plainScan(text: string): Atom[] {
  const found: Atom[] = [];
  for (const parser of PARSERS) {
    const pattern = new RegExp(parser.pattern.source, parser.pattern.flags.replace("y", "g"));
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      const result = parser.extract(match, text);
      if (result === null) {
        pattern.lastIndex = match.index + 1;
        continue;
      }
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        rule: parser.name,
        fields: result.fields,
        ...(result.dependent ? { dependent: true } : {}),
        ...(result.rangeOnly ? { rangeOnly: true } : {}),
      });
    }
  }
  // The same choice among overlapping matches as the scan: only where the matches are looked for differs.
  return selectLongest(found);
}

/**
 * A pattern's source with its lookarounds taken out, for fast-check to generate strings from:
 * negative ones dropped, positive ones (the range connector, 月 before a bare day) written out.
 */
function withoutLookarounds(source: string): string {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const look = /^\(\?<?([=!])/.exec(source.slice(i));
    if (!look) {
      const ch = source[i]!;
      out += ch === "\\" ? ch + source[++i]! : ch;
      continue;
    }
    // The end of the lookaround: its closing parenthesis, skipping escapes and character classes.
    let depth = 0;
    let inClass = false;
    let j = i;
    for (; j < source.length; j++) {
      const ch = source[j]!;
      if (ch === "\\") j++;
      else if (inClass) inClass = ch !== "]";
      else if (ch === "[") inClass = true;
      else if (ch === "(") depth++;
      else if (ch === ")" && --depth === 0) break;
    }
    if (look[1] === "=") out += `(?:${withoutLookarounds(source.slice(i + look[0].length, j))})`;
    i = j;
  }
  return out;
}

/** Every run of CJK or full-width characters written in a pattern, whole and one by one. */
const PATTERN_TOKENS = [
  ...new Set(
    PARSERS.flatMap((p) => p.pattern.source.match(/[\u00b7\u2014\u3000-\u9fff\uff00-\uffef]+/g) ?? []).flatMap((run) => [run, ...run]),
  ),
];
const OTHER_TOKENS = [..."0123456789", "2021", "12", "30", "19", "20", " ", "\t", "\n", "-", ".", ":", "/", "~", "Q", "T", "，", "。", "的", "、", "会", "在"];

describe("anchored scan", () => {
  it("finds what the plain scan finds, on token soup", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PATTERN_TOKENS, ...OTHER_TOKENS), { maxLength: 60 }).map((a) => a.join("")), (text) => {
        expect(scanAtoms(text)).toEqual(plainScan(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each(PARSERS.map((p) => [p.name, p] as const))("finds what the plain scan finds, around strings that %s's pattern matches", (_name, parser) => {
    const matching = fc.stringMatching(new RegExp(`^(?:${withoutLookarounds(parser.pattern.source)})$`));
    const noise = fc.array(fc.constantFrom(...PATTERN_TOKENS, ...OTHER_TOKENS), { maxLength: 4 }).map((a) => a.join(""));
    fc.assert(
      fc.property(noise, matching, noise, matching, (a, b, c, d) => {
        const text = a + b + c + d;
        expect(scanAtoms(text)).toEqual(plainScan(text));
      }),
      { numRuns: 500 },
    );
  });

  // Matches whose anchor is as far from their start as the parser's `to` allows.
  it.each([
    "2019 至2021年", "2021 年", "二〇二一 年", "15 年3月", "十二 月", "二十三 日", "12-30日", "二十一世纪2020 年代", "二十一世纪",
    "大前年", "上上个月", "大前天", "上上一个周", "二十三 点半", "前两个季度", "１２３多个半星期半以前", "１２３多个半星期半以来",
    "１２３多个半星期半之内", "过去的０00000.０１个半小时", "过去的123456.78个半刻钟", "上上一个季度", "的第一个星期一", "的第三周", "2021-4-7", "12·30", "12:30", "上旬",
    // Second anchor characters (`then`) as far from the start as they can be.
    "的第三十七个礼拜", "的第五个礼拜日", "星期日", "20240307", "上半年", "今后三年", "未来三年", "下三个月", "春季", "近年以来", "国庆节", "3月18", "15年3月",
  ])("finds what the plain scan finds in %s, from its start", (text) => {
    expect(scanAtoms(text)[0]?.start).toBe(0);
    expect(scanAtoms(text)).toEqual(plainScan(text));
  });

  it("finds what the plain scan finds, on the sample page", () => {
    const page = readFileSync(new URL("../../../examples/sample-page.txt", import.meta.url), "utf8");
    expect(scanAtoms(page)).toEqual(plainScan(page));
    for (const line of page.split("\n")) expect(scanAtoms(line)).toEqual(plainScan(line));
  });
});
