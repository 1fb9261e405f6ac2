/**
 * The char-code tables of the "who" stage answer exactly what the slice-and-lookup code they
 * replaced answered: each is checked against that simple reading on random texts.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import nameCharsInlined from "../../../dictionaries/name-chars.txt";
import { closingBracketAt, mayBeColumnLine } from "../../../src/stages/4-credits/index.js";
import { InlineMarkerPositions } from "../../../src/stages/4-credits/inline-markers.js";
import { referenceIn } from "../../../src/stages/5-people/extract-person-roles/parse-role-chain.js";
import { CharStats } from "../../../src/lexicon/char-stats.js";
import { decodeNameCounts, encodeNameCounts, nameCount, nameCountRow } from "../../../src/lexicon/name-counts-format.js";
import { SurnameTable } from "../../../src/lexicon/surname-table.js";
import { WordSet } from "../../../src/lexicon/word-set.js";
import { findOrganizationMentions, organizationFinder } from "../../../src/stages/5-people/organizations/index.js";
import { collectiveRoles, creditMarkers, nameEndWords, occupationTitles, orgInnerWords, orgSuffixes, roleTitles } from "../../../src/lexicon/dictionaries.js";

const fc = await import("fast-check");

/** Texts made of the given pieces, so that entries and their near misses meet often. */
const textOf = (pieces: readonly string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(""));

describe("WordSet", () => {
  const words = ["局长", "副局长", "长", "主教练", "教练", "经理", "总经理", "出席", "说", "𠀀局"];
  const set = new WordSet(words);
  const longest = (candidates: string[]) => candidates.sort((a, b) => b.length - a.length)[0] ?? "";

  it("finds the longest entry starting or ending at every position, as slicing does", () => {
    fc.assert(
      fc.property(textOf(["局", "长", "副", "主", "教", "练", "总", "经", "理", "出", "席", "说", "𠀀", "x"]), (text) => {
        for (let at = -1; at <= text.length + 1; at++) {
          const starting = at >= 0 && at < text.length ? longest(words.filter((w) => text.slice(at, at + w.length) === w)) : "";
          const ending = at > 0 && at <= text.length ? longest(words.filter((w) => w.length <= at && text.slice(at - w.length, at) === w)) : "";
          expect(set.startingAt(text, at)).toBe(starting);
          expect(set.endingAt(text, at)).toBe(ending);
        }
      }),
    );
  });
});

describe("WordSet over the dictionaries", () => {
  /** The lookups the table replaced: the longest entry whose slice matches. */
  const longest = (candidates: readonly string[]) => candidates.reduce((best, w) => (w.length > best.length ? w : best), "");
  const startingBySlice = (words: readonly string[], text: string, at: number) =>
    at >= 0 && at < text.length ? longest(words.filter((w) => w !== "" && text.slice(at, at + w.length) === w)) : "";
  const endingBySlice = (words: readonly string[], text: string, at: number) =>
    at > 0 && at <= text.length ? longest(words.filter((w) => w !== "" && w.length <= at && text.slice(at - w.length, at) === w)) : "";
  const lists: Record<string, readonly string[]> = {
    titles: [...roleTitles(), ...occupationTitles(), ...collectiveRoles()],
    endWords: nameEndWords(),
    innerWords: orgInnerWords(),
    suffixes: orgSuffixes(),
    markers: [...creditMarkers().keys()],
  };

  for (const [name, words] of Object.entries(lists)) {
    it(`finds what slicing finds around every entry of ${name}`, () => {
      const set = new WordSet(words);
      for (const w of words) {
        // The entry alone, inside other text, and run into its neighbours' edges.
        for (const text of [w, `x${w}y`, `${w}${w}`, `${w.slice(1)}${w}${w.slice(0, -1)}`]) {
          for (let at = -1; at <= text.length + 1; at++) {
            expect(set.startingAt(text, at)).toBe(startingBySlice(words, text, at));
            expect(set.endingAt(text, at)).toBe(endingBySlice(words, text, at));
          }
        }
      }
    });
  }

  it("takes empty and repeated entries, and a NUL entry never matches outside the text", () => {
    const words = ["", "局长", "局长", "\0", "\0局", "长", "长"];
    const set = new WordSet(words);
    for (const text of ["", "局长", "\0局长\0", "长\0"]) {
      for (let at = -2; at <= text.length + 2; at++) {
        expect(set.startingAt(text, at)).toBe(startingBySlice(words, text, at));
        expect(set.endingAt(text, at)).toBe(endingBySlice(words, text, at));
      }
    }
  });

  it("holds a set of no entries", () => {
    const set = new WordSet([]);
    expect([set.startingAt("局长", 0), set.endingAt("局长", 2), set.startingAt("", 0)]).toEqual(["", "", ""]);
  });
});

describe("SurnameTable", () => {
  const surnames = new Set(["王", "欧阳", "司马", "司", "𠂇"]);
  const table = new SurnameTable(surnames);
  // The lookup it replaced, quirks included (a one-unit surname in the last position counts 2).
  const bySlice = (text: string, at: number) => (surnames.has(text.slice(at, at + 2)) ? 2 : surnames.has(text.charAt(at)) ? 1 : 0);

  it("gives the surname length the slice lookup gave, at every position", () => {
    fc.assert(
      fc.property(textOf(["王", "欧", "阳", "司", "马", "𠂇", "x"]), (text) => {
        for (let at = -3; at <= text.length + 1; at++) expect(table.lengthAt(text, at)).toBe(bySlice(text, at));
      }),
    );
  });
});

describe("CharStats", () => {
  it("gives the shares of the counts file, as the build inlines it, and the unseen shares for other characters", () => {
    // Inlined in the compact form (no comment, no tab); the expected shares come from the file.
    expect(nameCharsInlined).not.toMatch(/^#|\t/mu);
    const stats = new CharStats(nameCharsInlined);
    const file = readFileSync(new URL("../../../dictionaries/name-chars.txt", import.meta.url), "utf8");
    const lines = file.split("\n").filter((l) => l !== "" && !l.startsWith("#"));
    for (const line of lines) {
      const [ch, surname, given, follow, foreign, total, before] = line.split("\t").map((f, i) => (i === 0 ? f : Number(f))) as [string, ...number[]];
      const code = ch.charCodeAt(0);
      const n = total! + 1;
      expect([stats.surname(code), stats.given(code), stats.follow(code), stats.foreign(code), stats.before(code), stats.total(code)]).toEqual([
        (surname! + 0.05) / n,
        (given! + 0.05) / n,
        (follow! + 0.05) / n,
        (foreign! + 0.05) / n,
        (before! + 0.05) / n,
        total,
      ]);
    }
    const unseen = "A".charCodeAt(0);
    expect([stats.surname(unseen), stats.given(unseen), stats.total(NaN)]).toEqual([0.005, 0.05, 0]);
  });
});

describe("CharStats on any sorted counts file", () => {
  it("finds every listed character and no other, whatever the line lengths, empty counts read as 0", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0x4e00, max: 0x4e40 }), { maxLength: 40 }), fc.boolean(), (codes, crlf) => {
        const sorted = [...codes].sort((a, b) => a - b);
        const eol = crlf ? "\r\n" : "\n";
        const count = (n: number) => (n === 0 && codes.length % 2 === 0 ? "" : String(n));
        const raw = ["# a comment", ...sorted.map((c) => `${String.fromCharCode(c)}\t${count(c % 7)}\t1\t2\t3\t${count(c % 100)}\t4`)].join(eol) + eol;
        const stats = new CharStats(encodeNameCounts(raw));
        for (let code = 0x4dff; code <= 0x4e41; code++) {
          const listed = sorted.includes(code);
          expect(stats.total(code)).toBe(listed ? code % 100 : 0);
          expect(stats.surname(code)).toBe(listed ? (code % 7 + 0.05) / (code % 100 + 1) : 0.005);
        }
      }),
    );
  });
});

describe("InlineMarkerPositions", () => {
  it("walks the positions whose next three characters hold 记者, 通讯员 or 实习生", () => {
    fc.assert(
      fc.property(textOf(["记", "者", "记者", "通讯员", "通", "实习生", "实", "x"]), (text) => {
        const expected = [...text].map((_, at) => at).filter((at) => at < text.length && /记者|通讯员|实习生/u.test(text.slice(at, at + 3)));
        const positions = new InlineMarkerPositions(text, ["记者", "通讯员", "实习生"], 3);
        const walked: number[] = [];
        for (let at = positions.firstFrom(0); at >= 0; at = positions.firstFrom(at + 1)) walked.push(at);
        expect(walked).toEqual(expected);
      }),
    );
  });

  it("reads windows of the length given: 5 for 特约撰稿人", () => {
    fc.assert(
      fc.property(textOf(["记", "者", "记者", "特约撰稿人", "特约", "x"]), (text) => {
        const expected = [...text].map((_, at) => at).filter((at) => /记者|特约撰稿人/u.test(text.slice(at, at + 5)));
        const positions = new InlineMarkerPositions(text, ["记者", "特约撰稿人"], 5);
        const walked: number[] = [];
        for (let at = positions.firstFrom(0); at >= 0; at = positions.firstFrom(at + 1)) walked.push(at);
        expect(walked).toEqual(expected);
      }),
    );
  });
});

describe("organizationFinder", () => {
  it("finds what one search per name finds, names in the order given", () => {
    const fulls = ["中国农业发展银行焦作分行", "焦作市分行", "示范区科创局", "科创局", "局"];
    const find = organizationFinder(fulls);
    fc.assert(
      fc.property(textOf(["农发行", "焦作", "分行", "中国农业发展银行", "示范区", "科创局", "市", "局", "，"]), (text) => {
        expect(find(3, text)).toEqual(fulls.flatMap((full) => findOrganizationMentions(3, text, full)));
      }),
    );
  });
});

describe("regexes read on char codes", () => {
  const closing = /[（(]([^（）()\n]{2,40})[）)]\s*$/u;
  const columnLine = /^[（(]([^（）()\n]{0,16}?)由([^（）()\n]{2,40})[）)]$/u;
  const reference = /^(?:该|本|此)([\u3400-\u9fff]{1,3})$/u;
  const pieces = ["（", "）", "(", ")", "记者", "张三", "由", "\n", "𠀀", "\ud800", "\udc00", "x", "一二三四五六七八九十", "，"];

  it("closingBracketAt finds where CLOSING matches a trimmed line ending with a bracket", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), textOf(pieces), fc.constantFrom("）", ")"), (before, line, bracket) => {
        const text = `${before}${line}${bracket}`;
        const m = closing.exec(text.slice(before.length));
        expect(closingBracketAt(text, before.length, text.length)).toBe(m ? before.length + m.index : -1);
      }),
    );
  });

  it("mayBeColumnLine holds wherever COLUMN_LINE matches", () => {
    fc.assert(
      fc.property(textOf(pieces), (line) => {
        if (columnLine.test(line)) expect(mayBeColumnLine(line, 0, line.length)).toBe(true);
      }),
    );
    expect(mayBeColumnLine("（本栏稿件均由本报记者陈国栋整理）", 0, 17)).toBe(true);
  });

  it("referenceIn captures what REFERENCE captures", () => {
    fc.assert(
      fc.property(textOf(["该", "本", "此", "行", "局", "𠀀", "x", "、", "一"]), (prefix) => {
        expect(referenceIn(prefix)).toBe(reference.exec(prefix)?.[1] ?? null);
      }),
    );
  });
});

describe("the name counts' compact form", () => {
  const line = (c: string, counts: readonly (number | string)[]) => [c, ...counts].join("\t");

  it.each([
    ["王", [9, 2, 0, 0, 40, 1]],
    ["丁", [16, 4, "", "", 69, ""]],
    // A count too large for one character: its column takes two a row.
    ["李", [0, 0, 0, 0, 60_000, 3]],
    // Counts after rows of 0 (each column but the total lists only its counts that are not 0).
    ["龙", [0, 7, 0, 300, 1, 0]],
  ])("reads %s back with its counts", (c, counts) => {
    const compact = decodeNameCounts(encodeNameCounts(["# comment", line("一", [1, 1, 1, 1, 1, 1]), line(c, counts)].join("\n")));
    const row = nameCountRow(compact, c.charCodeAt(0));
    expect(Array.from({ length: 6 }, (_, k) => nameCount(compact, k, row))).toEqual(counts.map(Number));
  });

  it.each([
    ["a line with six fields", "王\t9\t2\t0\t0\t40"],
    ["a two-character first field", "王二\t9\t2\t0\t0\t40\t1"],
    ["a comment", "#王\t9\t2\t0\t0\t40\t1"],
  ])("leaves out %s", (_, text) => {
    expect(nameCountRow(decodeNameCounts(encodeNameCounts(text)), "王".charCodeAt(0))).toBe(-1);
  });

  it("refuses a count that is not a whole number", () => {
    expect(() => encodeNameCounts("王\t9\t2.5\t0\t0\t40\t1")).toThrow(/whole number/u);
  });

  it("finds every character of any sorted or unsorted list, far apart or not, and no other", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0x4e00, max: 0x4e10 })), { maxLength: 30 }), (codes) => {
        const text = codes.filter((c) => c !== 10 && c !== 13 && c !== 9 && c !== 35).map((c, i) => line(String.fromCharCode(c), [i, 0, 1, 2, c, 3])).join("\n");
        const counts = decodeNameCounts(encodeNameCounts(text));
        for (const [i, c] of codes.entries()) {
          if (c === 10 || c === 13 || c === 9 || c === 35) continue;
          const row = nameCountRow(counts, c);
          expect(row).toBeGreaterThanOrEqual(0);
          expect(nameCount(counts, 4, row)).toBe(c);
        }
        expect(counts.codes.length).toBe(codes.filter((c) => c !== 10 && c !== 13 && c !== 9 && c !== 35).length);
      }),
    );
  });
});
