import { describe, expect, it } from "vitest";
import { alternation, openerSources, outletSuffixes } from "../../../src/lexicon/dictionaries.js";
import { openerAtStart, runOnOpenerAt, type OpenerSources } from "../../../src/stages/2-articles/opener-grammar.js";

/** dictionaries/outlet-suffixes.txt. */
const SOURCE_SUFFIXES = outletSuffixes();
import { seededRandom as random } from "../../helpers/random.js";

/** The expressions the readers replaced, built as markers.ts built them: the reference. */
function referencePatterns(sources: readonly string[]) {
  const HAN = "\\u3400-\\u4dbf\\u4e00-\\u9fff";
  // The month may be left out (台北27日电, the Taiwan agency's dateline).
  const MONTH_DAY = "(?:[0-9０-９〇一二两三四五六七八九十]{1,3}月)?[0-9０-９〇一二两三四五六七八九十]{1,3}日";
  const listed = alternation(sources);
  const source = `(?:${listed}|[${HAN}]{2,8}?(?:${SOURCE_SUFFIXES.join("|")}))`;
  const body = `据?${source}(?:[${HAN}]{0,8}?${MONTH_DAY}(?:讯|电)|消息|[${HAN}]{0,8}?讯|[${HAN}]{0,8}?电(?=[（(]))`;
  const credit = `(?:[（(][^（）()\\n]{0,60}[）)])?`;
  return {
    atStart: new RegExp(`^${body}${credit}`, "u"),
    runOn: new RegExp(`(?<=[。！？”’])(?:据)?(?:${listed})(?:[${HAN}]{0,8}?${MONTH_DAY})?(?:讯|电)`, "uy"),
  };
}

/** The sources as markers.ts hands them to the readers. */
const ordered = (sources: readonly string[]): OpenerSources => ({
  ordered: [...sources].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)),
  firsts: sources.map((s) => s.charCodeAt(0)),
  suffixes: SOURCE_SUFFIXES,
  suffixFirsts: Uint8Array.from({ length: 0x10000 }, (_, c) => (SOURCE_SUFFIXES.some((s) => s.charCodeAt(0) === c) ? 1 : 0)),
});

const HAN = [..."据本报新华社北京莫斯科清河电讯日报网时月日一二两三十九周明远记者通讯员中消息"].concat(["\u3400", "\u4dbf", "\u4e00", "\u9fff"]);
const DIGITS = [..."0123456789０１９〇一二两三四五六七八九十"];
const OTHER = ["\u4dc0", "x", " ", "。", "，", "\n", "😀", "\ud83d", "\ude00", "（", "）", "(", ")", "”"];

function lineMaker(sources: readonly string[], rnd: () => number) {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const some = (min: number, max: number, from: readonly string[]) => Array.from({ length: min + Math.floor(rnd() * (max - min + 1)) }, () => pick(from)).join("");
  const source = () => pick([pick(sources), pick(sources), some(0, 9, HAN) + pick(SOURCE_SUFFIXES), some(0, 3, HAN)]);
  const date = () => pick(["", `${some(0, 4, DIGITS)}月${some(0, 4, DIGITS)}日`, `${some(1, 3, DIGITS)}月${some(1, 3, DIGITS)}日`]);
  const credit = () =>
    pick(["", "（记者周明远）", `${pick(["（", "("])}${some(0, 62, [...HAN, ...OTHER.filter((c) => c !== "\n"), "😀"])}${pick(["）", ")", ""])}`, `（${"中".repeat(58 + Math.floor(rnd() * 5))}）`, `（${"😀".repeat(58 + Math.floor(rnd() * 5))}）`]);
  const opener = () => (rnd() < 0.3 ? "据" : "") + source() + some(0, 9, HAN) + date() + pick(["讯", "电", "电（", "", "讯电"]) + credit();
  return (): string => {
    let text = opener() + some(0, 6, [...HAN, ...OTHER]);
    for (let edits = Math.floor(rnd() * 3) - 1; edits > 0; edits--) {
      const at = Math.floor(rnd() * (text.length + 1));
      const ch = pick([...HAN, ...DIGITS, ...OTHER]);
      text = rnd() < 0.5 ? text.slice(0, at) + ch + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
    }
    return text;
  };
}

/** Every line read from its start, and every offset after 。！？”’ read as a run-on opener, by both. */
function expectSameLengths(sources: readonly string[], lines: Iterable<string>): { atStart: number; runOn: number } {
  const reference = referencePatterns(sources);
  const order = ordered(sources);
  const found = { atStart: 0, runOn: 0 };
  for (const text of lines) {
    const expected = reference.atStart.exec(text)?.[0].length ?? 0;
    const actual = openerAtStart(text, order);
    // A line that a bracket opens (【本报讯】, （中央社记者…电）) is read by the bracketed reader, which
    // the expressions never had: its rows are in test/traditional/press-credits.test.ts.
    const bracketed = /^[（(【]/u.test(text);
    if (!bracketed && actual !== expected) expect({ text, actual }).toEqual({ text, actual: expected });
    if (actual > 0) found.atStart++;
    for (const before of ["。", "！", "？", "”", "’", "，", ""]) {
      const line = `前文${before}${text}`;
      const at = 2 + before.length;
      reference.runOn.lastIndex = at;
      const runOnExpected = reference.runOn.exec(line)?.[0].length ?? 0;
      const runOnActual = runOnOpenerAt(line, at, order);
      if (runOnActual !== runOnExpected) expect({ line, at, runOnActual }).toEqual({ line, at, runOnActual: runOnExpected });
      if (runOnActual > 0) found.runOn++;
    }
  }
  return found;
}

function* generated(sources: readonly string[], seed: number, count: number): Generator<string> {
  const make = lineMaker(sources, random(seed));
  for (let i = 0; i < count; i++) yield make();
}

describe("opener readers, against the expressions they replaced", () => {
  const builtIn = openerSources();

  it("agree on every listed source in the usual opener forms", () => {
    const lines: string[] = [];
    for (const s of builtIn) {
      for (const form of [`${s}讯`, `${s}北京1月9日电（记者冯春梅）`, `据${s}莫斯科１月２日电第比利斯消息`, `${s}十二月三十一日电`, `${s}电子版`, `${s}电（记者）`, `${s}讯（记者周明远 通讯员林晓）日前`, `${s}1234月5日讯`]) {
        lines.push(form, `据${form}`, `清河${form}`);
      }
    }
    expectSameLengths(builtIn, lines);
  });

  it("agree on edge cases", () => {
    const edges = ["", "讯", "电", "据", "据讯", "本报", "日报讯", "清河日报讯", "清河南方都市报讯", "一二三四五六七八日报讯", "本报讯（", "本报讯（）", "本报讯(记者)", "本报讯（记者\n周明远）", `本报讯（${"中".repeat(60)}）`, `本报讯（${"中".repeat(61)}）`, `本报讯（${"😀".repeat(60)}）`, `本报讯（${"😀".repeat(61)}）`, `本报讯（${"\ud83d".repeat(60)}）`, "本报讯（记者😀）", "本报电（", "本报电(", "本报电", "据据本报讯"];
    expectSameLengths(builtIn, edges);
  });

  it("agree on many generated lines", () => {
    const found = expectSameLengths(builtIn, generated(builtIn, 3, 40_000));
    expect(found.atStart).toBeGreaterThan(1000);
    expect(found.runOn).toBeGreaterThan(1000);
  });

  it("agree with other source lists", () => {
    expectSameLengths(["据报", "本报", "报", "新华社", "新华"], generated(["据报", "本报", "报", "新华社", "新华"], 5, 10_000));
  });
});
