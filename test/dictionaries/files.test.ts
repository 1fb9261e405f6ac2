import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

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
  it("is listed in dictionaries/README.md", () => {
    expect(readFileSync(resolve(__dirname, "../../dictionaries/README.md"), "utf8")).toContain(`| ${file} |`);
  });
});
