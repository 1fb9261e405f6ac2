import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { holidays } from "../../../src/lexicon/dictionaries.js";

const raw = readFileSync(new URL("../../../dictionaries/holidays.txt", import.meta.url), "utf8");
const entries = raw.split("\n").filter((l) => l !== "" && !l.startsWith("#"));

describe("dictionaries/holidays.txt", () => {
  it("is sorted, without duplicates or stray whitespace", () => {
    const names = entries.map((e) => e.split("\t")[0]!);
    expect([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
    for (const e of entries) expect(e).toMatch(/^\S+\t\S+$/);
  });

  it("has a valid date rule on every line", () => {
    for (const [name, rule] of holidays()) {
      expect(rule, name).toMatch(/^(?:(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])|(0[1-9]|1[0-2]):[1-5]:[1-7]|L(0[1-9]|1[0-2])-(0[1-9]|[12]\d|30|last)|qingming|S(0\d|1\d|2[0-3])\??|O?E[+-]\d{1,2}(?:\/\d{1,2})?|H(0[1-9]|1[0-2])-(0[1-9]|[12]\d|30)(?:\/\dn?)?s?|israel-independence|I(0[1-9]|1[0-2])-(0[1-9]|[12]\d|30)(?:\/(?:\d{1,2}|m))?)$/);
    }
  });

  it("is listed with its source and licence in dictionaries/README.md", () => {
    expect(readFileSync(new URL("../../../dictionaries/README.md", import.meta.url), "utf8")).toMatch(/holidays\.txt.*CC0/);
  });
});
