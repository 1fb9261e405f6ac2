/**
 * Parsers with `matchAt` find their matches in code (parsers/words.ts, the holiday lookup, bare
 * days, the durations' check for a unit before their pattern); these tests hold each lookup to the
 * parser's pattern run sticky at the same position.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PARSERS, type Parser } from "../../../src/stages/6-dates/parsers/index.js";
import { wordAt, wordPattern, type WordList } from "../../../src/stages/6-dates/parsers/words.js";

const LOOKUPS = PARSERS.filter((p) => p.matchAt !== undefined);
const WORD_LISTS = LOOKUPS.filter((p) => p.name !== "day-bare" && p.name !== "duration");

/** One copy of each pattern (the holidays' alternation is long to compile), not one per try. */
const copies = new Map<RegExp, RegExp>();

/** The pattern's match at `start`, as the lookup must give it: whole, group 1, index. */
function byPattern(pattern: RegExp, text: string, start: number): [string, string | undefined, number] | null {
  let sticky = copies.get(pattern);
  if (sticky === undefined) copies.set(pattern, (sticky = new RegExp(pattern.source, pattern.flags)));
  sticky.lastIndex = start;
  const m = sticky.exec(text);
  return m && [m[0], m[1], m.index];
}

function byLookup(match: RegExpExecArray | null): [string, string | undefined, number] | null {
  return match && [match[0], match[1], match.index];
}

function expectSameEverywhere(parser: Parser, text: string): void {
  for (let start = 0; start <= text.length; start++) {
    const lookup = byLookup(parser.matchAt!(text, start));
    const pattern = byPattern(parser.pattern, text, start);
    // expect() only on a difference: the holidays' list alone makes a million comparisons.
    if (lookup?.join("\u0000") !== pattern?.join("\u0000")) expect(lookup, `${parser.name} at ${start} of ${JSON.stringify(text)}`).toEqual(pattern);
  }
}

/** The words and single characters written in a pattern: its alternatives and lookaround classes. */
function tokensOf(pattern: RegExp): string[] {
  const runs = pattern.source.match(/[\u00b7\u3000-\u9fff\uff00-\uffef]+/g) ?? [];
  return [...new Set(runs.flatMap((run) => [run, ...run]))];
}

describe("word lookups", () => {
  it("are used by the word-list parsers", () => {
    expect(LOOKUPS.map((p) => p.name).sort()).toEqual(
      ["day-bare", "duration", "fuzzy", "holiday", "month-part", "part-of-day", "relative-day", "relative-month", "relative-year", "year-part"].sort(),
    );
  });

  it.each(WORD_LISTS.map((p) => [p.name, p] as const))("%s: every word alone, after and before each character of the pattern", (_name, parser) => {
    const tokens = tokensOf(parser.pattern);
    const words = parser.pattern.source.match(/\(((?:[^()|?]+\|)*[^()|?]+)\)/)![1]!.split("|");
    const chars = [...new Set(tokens.filter((t) => t.length === 1))];
    for (const word of words) {
      expectSameEverywhere(parser, word);
      for (const c of [...chars, "0", "9", "a", "，"]) {
        expectSameEverywhere(parser, c + word);
        expectSameEverywhere(parser, word + c);
      }
      for (const t of tokens) expectSameEverywhere(parser, word + t);
    }
  });

  it.each(LOOKUPS.map((p) => [p.name, p] as const))("%s: token soup", (_name, parser) => {
    const tokens = [...tokensOf(parser.pattern), "0", "1", "9", "２", "，", "。", "的", "会", "a", " "];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 12 }).map((a) => a.join("")), (text) => expectSameEverywhere(parser, text)),
      { numRuns: 300 },
    );
  });

  it("finds bare days as the pattern does", () => {
    const parser = PARSERS.find((p) => p.name === "day-bare")!;
    const texts = ["3月18日", "3月18", "3月1", "3月123", "3月18号", "3月5至", "10月22，", "月", "月1", "1月3至2月10", "3月１８", "3月18.5", "3月18人", "x月12y"];
    for (const text of texts) expectSameEverywhere(parser, text);
    const tokens = ["月", "1", "2", "0", "１", "日", "号", "至", "，", "人", ".", "a", "年"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 12 }).map((a) => a.join("")), (text) => expectSameEverywhere(parser, text)),
      { numRuns: 2000 },
    );
  });

  it("follows the pattern's order where words share a start, and its lookarounds", () => {
    const list: WordList = { words: ["近年以来", "近年", "近"], notAfter: "0123456789每", notBefore: "级", notBeforeWords: ["来说", "中"] };
    const texts = ["近年以来", "近年以来说", "近年级", "近年中", "每近年", "3近年", "近年来", "近级", "近", "", "近年以", "x近年以来级"];
    for (const text of texts) {
      for (let start = 0; start <= text.length; start++) {
        expect(byLookup(wordAt(list, text, start)), `${text} at ${start}`).toEqual(byPattern(wordPattern(list), text, start));
      }
    }
  });
});
