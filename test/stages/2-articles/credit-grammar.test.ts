import { describe, expect, it } from "vitest";
import { alternation } from "../../../src/lexicon/dictionaries.js";
import { resolveDictionaries } from "../../../src/lexicon/user-dictionaries.js";
import { isBracketedPhotoCredit, isByline, isClosingLine, isColumnCredit, isPhotoCredit, type CreditWords } from "../../../src/stages/2-articles/credit-grammar.js";
import { markerLexicon } from "../../../src/stages/2-articles/markers.js";

/** The built-in credit words of each place (dictionaries/credit-markers.txt). */
const BUILT_IN: CreditWords = markerLexicon(resolveDictionaries()).creditLines.markers;
import { seededRandom as random } from "../../helpers/random.js";

/** The expressions the grammar replaced, built as markers.ts built them, with the words of each place: the reference. */
function referencePatterns(all: readonly string[], words: CreditWords) {
  const HAN = "\\u3400-\\u4dbf\\u4e00-\\u9fff";
  const names = `[${HAN}·]{2,4}(?:[\\s、，,／/][${HAN}·]{2,4}){0,5}`;
  const unit = `(?:本报|新华社|[${HAN}]{2,10}?)?`;
  const markers = `(?:${alternation(all.filter((m) => m.length > 1))})[：:/／\\s]*|(?:${alternation(all.filter((m) => m.length === 1))})[：:/／\\s]+`;
  return {
    photo: new RegExp(`^(?:${unit}(?:${alternation(words.photoRoles)})[：:/／\\s]*)?${names}\\s*(?:${alternation(words.photoEnds)})$`),
    bracketedPhoto: new RegExp(`^[（(](?:${unit}(?:${alternation(words.photoRoles)}))?[：:/／\\s]*${names}\\s*(?:${alternation(words.photoEnds)})[）)]$`),
    closing: new RegExp(`^(?:[（(]完[）)]|(?:${alternation(words.editors)})[：:\\s]*${names}|[（(](?!${markers})[${HAN}·]{2,8}(?:[\\s、][${HAN}·]{2,4}){0,3}[）)])$`),
    column: new RegExp(`^[（(][^（）()]{2,40}(?:${alternation(words.columnEnds)})[）)]$`),
    byline: new RegExp(`^(?:(?:${unit}(?:${markers})${names}\\s*){1,4}|[（(](?:${unit}(?:${markers})${names}\\s*){1,4}[）)])$`),
  };
}

/** `all` as the byline's markers, with the built-in words of the other places. */
function splitMarkers(all: readonly string[]): CreditWords {
  return { ...BUILT_IN, long: all.filter((m) => m.length > 1), single: all.filter((m) => m.length === 1) };
}

/** Han characters that the shapes read, both ends of the Han ranges, and ones just outside them. */
const HAN_POOL = [..."许嘉宁张三李四王五周明远关山月陈国栋本报新华社记者通讯员摄影报道文图特约首席见习实习责任编辑校对审核终完理稿"].concat(
  ["\u3400", "\u4dbf", "\u4e00", "\u9fff"],
);
const OUTSIDE = ["\u4dc0", "\ua000", "\u33ff", "。", "“", "x", "1", "·", "\u00b7"];
const SPACES = [" ", "\u3000", "\t", "\u00a0", "\ufeff"];
const NAME_SEPARATORS = [...SPACES, "、", "，", ",", "／", "/"];
const MARKER_SEPARATORS = [...SPACES, "：", ":", "/", "／"];

function lineMaker(markers: readonly string[], rnd: () => number) {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const times = (max: number, make: () => string) => Array.from({ length: Math.floor(rnd() * (max + 1)) }, make).join("");
  const han = (min: number, max: number) => Array.from({ length: min + Math.floor(rnd() * (max - min + 1)) }, () => pick(HAN_POOL)).join("");
  const name = () => Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => (rnd() < 0.08 ? "·" : pick(HAN_POOL))).join("");
  const names = () => name() + times(6, () => times(2, () => pick(NAME_SEPARATORS)).padEnd(1, pick(NAME_SEPARATORS)) + name());
  const unit = () => pick(["", "", "本报", "新华社", han(1, 11)]);
  const role = () => pick([`${unit()}${pick(["", "特约", "首席", "见习", "实习", "摄影"])}记者`, "通讯员", "摄影", pick(markers), `${unit()}${pick(markers)}`]);
  const credit = () => role() + times(3, () => pick(MARKER_SEPARATORS)) + names() + times(2, () => pick(SPACES));
  const photoEnd = () => pick(["摄", "摄影", "摄影报道", "", "影"]);
  const open = () => pick(["（", "(", "（", ""]);
  const close = () => pick(["）", ")", "）", ""]);
  const shapes = [
    () => credit() + photoEnd(),
    () => names() + times(2, () => pick(SPACES)) + photoEnd(),
    () => open() + credit() + photoEnd() + close(),
    () => open() + times(3, () => pick(MARKER_SEPARATORS)) + names() + photoEnd() + close(),
    () => Array.from({ length: 1 + Math.floor(rnd() * 5) }, credit).join(""),
    () => open() + Array.from({ length: 1 + Math.floor(rnd() * 5) }, credit).join("") + close(),
    () => pick(["责任编辑", "责编", "编辑", "校对", "审核", "终审"]) + times(2, () => pick(["：", ":", " "])) + names(),
    () => open() + pick(["完", "", pick(markers)]) + han(0, 9) + times(4, () => pick(["、", " ", "，"]) + han(1, 5)) + close(),
    () => `${open()}完${close()}`,
    () => open() + times(44, () => pick([...HAN_POOL, ...HAN_POOL, ...OUTSIDE, "（", ")", "\n"])) + pick(["整理", "供稿", "撰稿", "采写", "编写", "理", "稿件"]) + close(),
  ];
  /** A shape, then now and then a character inserted, dropped or replaced. */
  return (): string => {
    let text = pick(shapes)();
    for (let edits = Math.floor(rnd() * 3) - 1; edits > 0; edits--) {
      const at = Math.floor(rnd() * (text.length + 1));
      const ch = rnd() < 0.5 ? pick(OUTSIDE) : pick([...HAN_POOL, ...NAME_SEPARATORS, ...MARKER_SEPARATORS, "（", "）", "(", ")"]);
      const kind = rnd();
      text = kind < 0.4 ? text.slice(0, at) + ch + text.slice(at) : kind < 0.7 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + ch + text.slice(at + 1);
    }
    return text.slice(0, 60);
  };
}

/** Every line, the grammar's answer and the expression's, shape by shape. */
function expectSameAnswers(all: readonly string[], lines: Iterable<string>): number {
  const markers = splitMarkers(all);
  const reference = referencePatterns(all, markers);
  const accepted = { photo: 0, bracketedPhoto: 0, closing: 0, column: 0, byline: 0 };
  for (const text of lines) {
    const answers = {
      photo: isPhotoCredit(text, markers),
      bracketedPhoto: isBracketedPhotoCredit(text, markers),
      closing: isClosingLine(text, markers),
      column: isColumnCredit(text, markers),
      byline: isByline(text, markers),
    };
    for (const key of Object.keys(answers) as (keyof typeof answers)[]) {
      if (answers[key] !== reference[key].test(text)) expect({ text, shape: key, answer: answers[key] }).toEqual({ text, shape: key, answer: !answers[key] });
      if (answers[key]) accepted[key]++;
    }
  }
  return Math.min(...Object.values(accepted));
}

function* generated(all: readonly string[], seed: number, count: number): Generator<string> {
  const make = lineMaker(all, random(seed));
  for (let i = 0; i < count; i++) yield make();
}

describe("credit grammar, against the expressions it replaced", () => {
  const builtIn = [...BUILT_IN.long, ...BUILT_IN.single];

  it("agrees on every built-in marker in the usual credit forms", () => {
    const lines: string[] = [];
    for (const m of builtIn) {
      for (const form of [`${m}许嘉宁`, `${m} 许嘉宁 摄`, `本报${m}：张三、李四`, `（${m}周明远）`, `(新华社${m}/关山月)`, `${m}许`, `${m} 许`, `（${m}）`, m, `文/图 本报${m} 周明远 摄影报道`]) {
        lines.push(form, `${form}${form}`, `本报记者 张三 ${form}`);
      }
    }
    expectSameAnswers(builtIn, lines);
  });

  it("agrees on edge cases", () => {
    const edges = ["", "（", "）", "（）", "()", "（完）", "(完)", "（完", "完）", "摄", "许摄", "许嘉摄", " 许嘉 摄", "许嘉宁张三李四王五摄", "·· 摄", "本报记者 许", "记者许", "记者", "（记者付凯明）", "（关山月）", "（关 山月）", "（本报专电）", "责任编辑：王小川", "责任编辑：王", "编辑 ", "记者 张三 李四 王五 赵六 孙七 周八 吴九", "\u3400\u9fff 摄", "\u4dc0\u4e00 摄", "文 许嘉宁", "文许嘉宁", "图：许嘉宁", "x".repeat(61), `记者${"许".repeat(58)}`, "（许整理）", "（许嘉整理）", `（${"许".repeat(40)}整理）`, `（${"许".repeat(41)}整理）`, "（本报（记者）整理）", "(陈国栋供稿)", "（\n\n编写）"];
    expectSameAnswers(builtIn, edges);
  });

  it("agrees on many generated lines, with the built-in markers", () => {
    // Every shape must accept some of them, or the comparison would prove little.
    expect(expectSameAnswers(builtIn, generated(builtIn, 1, 60_000))).toBeGreaterThan(100);
  });

  it.each([
    ["long markers only", ["记者", "通讯员", "特约撰稿"]],
    ["one-character markers only", ["文", "图", "摄"]],
    ["markers holding brackets, separators and expression characters", ["记者", "文", "图(文)", "a.b", "文/图", "（编）", "·"]],
  ])("agrees on generated lines with %s", (_, markers) => {
    expectSameAnswers(markers, generated(markers, 7, 20_000));
  });
});
