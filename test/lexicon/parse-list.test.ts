import { describe, expect, it } from "vitest";
import { parseList } from "../../src/lexicon/parse-list.js";

describe("parseList", () => {
  it.each<[string, string, string[]]>([
    ["entries, one per line", "王\n欧阳\n", ["王", "欧阳"]],
    ["comment lines and blank lines skipped", "# source: here\n\n王\n\n# more\n李\n", ["王", "李"]],
    ["CRLF line ends", "# c\r\n王\r\n\r\n李\r\n", ["王", "李"]],
    ["no newline at the end", "王\n李", ["王", "李"]],
    ["fields after a tab kept on the line", "通讯员\tcorrespondent\n", ["通讯员\tcorrespondent"]],
    ["a # inside an entry is not a comment", "C#\n", ["C#"]],
    ["an empty file", "", []],
    ["only line breaks", "\n\r\n\n", []],
  ])("%s", (_name, raw, expected) => expect(parseList(raw)).toEqual(expected));

  it("reads every line as split-and-trim would", () => {
    const raw = ["# h", "", "甲", "乙\r", "#x\r", "\r", "丙\t1\t2", ""].join("\n");
    const reference = raw.split("\n").map((l) => l.replace(/\r$/u, "")).filter((l) => l !== "" && !l.startsWith("#"));
    expect(parseList(raw)).toEqual(reference);
  });
});
