import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseList } from "../../src/lexicon/parse-list.js";
import { dictionaryText } from "../../scripts/build/dictionary-text.js";
import { COUNT_COLUMNS, decodeNameCounts, nameCount } from "../../src/lexicon/name-counts-format.js";
import { decodeNameWeights } from "../../src/lexicon/name-weights-format.js";
import { decodeLunarYears } from "../../src/stages/6-dates/lunar-years-format.js";
import { decodeFoldTable } from "../../src/text/fold-table-format.js";

/** The lines of an inlined dictionary: the fold table, the name counts and weights and the lunar years are inlined in compact forms of their own. */
function inlinedLines(file: string, inlined: string): string[] {
  if (file === "name-model.txt") {
    const { keys, weights } = decodeNameWeights(inlined);
    // Grouped by template in the compact form; the file lists them sorted.
    return keys.map((key, i) => `${key}\t${weights[i]}`).sort();
  }
  if (file === "lunar-years.txt") {
    const twoDigits = (n: number) => String(n).padStart(2, "0");
    return decodeLunarYears(inlined).map(({ year, start, leap, lengths }) => {
      const day = new Date(start);
      return [year, `${twoDigits(day.getUTCMonth() + 1)}-${twoDigits(day.getUTCDate())}`, leap, lengths.map((length) => (length === 30 ? 1 : 0)).join("")].join("\t");
    });
  }
  if (file === "name-chars.txt") {
    const counts = decodeNameCounts(inlined);
    return [...counts.codes].map((code, row) => [String.fromCharCode(code), ...Array.from({ length: COUNT_COLUMNS }, (_, c) => nameCount(counts, c, row))].join("\t"));
  }
  if (file !== "traditional-fold.txt") return parseList(inlined);
  const table = decodeFoldTable(inlined);
  const lines: string[] = [];
  for (let code = 0; code < table.length; code++) if (table[code] !== 0) lines.push(String.fromCharCode(code, table[code]!));
  return lines;
}

/** Every dictionary: a sorted, duplicate-free list with its source and licence, listed in the README. */
const FILES = readdirSync(resolve(__dirname, "../../dictionaries")).filter((f) => f.endsWith(".txt")).sort();

describe.each(FILES)("dictionaries/%s", (file) => {
  const raw = readFileSync(resolve(__dirname, "../../dictionaries", file), "utf8");
  const lines = raw.split("\n").filter((l) => l !== "");
  const header = lines.filter((l) => l.startsWith("#")).join("\n");
  const entries = lines.filter((l) => !l.startsWith("#")).map((l) => l.split("\t")[0]!);

  it("names its source and licence in the header", () => {
    expect(header).toMatch(/Source|source/);
    expect(header).toMatch(/Licence: /);
  });
  it("has no duplicates", () => expect(new Set(entries).size).toBe(entries.length));
  it("has no whitespace inside an entry", () => expect(entries.filter((e) => /\s/u.test(e))).toEqual([]));
  it("is sorted by code point", () => expect(entries).toEqual([...entries].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))));
  it("is inlined by the build with the same entries and fields, comments left out", () => {
    const inlined = dictionaryText(resolve(__dirname, "../../dictionaries", file));
    expect(inlined).not.toMatch(/^#/mu);
    // Empty fields in the file are the name model's zero counts.
    const fields = (list: string[]) => list.map((line) => line.split("\t").map((f, i) => (i > 0 && /^\d*$/u.test(f) ? Number(f) : f)));
    expect(fields(inlinedLines(file, inlined))).toEqual(fields(parseList(raw)));
  });
  it("is listed in dictionaries/README.md", () => {
    expect(readFileSync(resolve(__dirname, "../../dictionaries/README.md"), "utf8")).toContain(`| ${file} |`);
  });
});
