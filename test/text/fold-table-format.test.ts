import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeFoldTable, encodeFoldTable } from "../../src/text/fold-table-format.js";

/** The table a reader filling it line by line from `臺台` lines would build. */
function tableOfLines(lines: string): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (const line of lines.split(/\r?\n/u)) if (line !== "" && !line.startsWith("#")) table[line.charCodeAt(0)] = line.charCodeAt(1);
  return table;
}

/** The table's folding entries, [from, to], as one string (a quick comparison of 64 K entries). */
function entries(table: Uint16Array): string {
  const out: number[] = [];
  for (let code = 0; code < table.length; code++) if (table[code] !== 0) out.push(code, table[code]!);
  return out.join(",");
}

describe("the fold table's compact form", () => {
  it.each([
    ["臺台", "臺", "台"],
    ["門门\n臺台", "門", "门"],
    ["門门\n臺台", "臺", "台"],
    // A Simplified form below its Traditional one and one above it.
    ["丟丢\n㑯㑔", "丟", "丢"],
    ["丟丢\n㑯㑔", "㑯", "㑔"],
    // Listed twice: the last line counts.
    ["臺台\n臺x", "臺", "x"],
  ])("%j folds %s to %s", (lines, from, to) => {
    expect(decodeFoldTable(encodeFoldTable(lines))[from.charCodeAt(0)]).toBe(to.charCodeAt(0));
  });

  it.each([
    ["臺台", "台"],
    ["# 臺台\n門门", "臺"],
    ["", "臺"],
  ])("%j leaves %s as it is", (lines, c) => {
    expect(decodeFoldTable(encodeFoldTable(lines))[c.charCodeAt(0)]).toBe(0);
  });

  it("decodes to the table its lines give, for any pairs of UTF-16 units", () => {
    // Any unit but a line break, including the extremes whose steps and distances take the long form.
    const unit = fc.oneof(fc.integer({ min: 0x0e, max: 0xffff }), fc.constantFrom(0x0e, 0xd7ff, 0xd800, 0xfffe, 0xffff));
    fc.assert(
      fc.property(fc.array(fc.tuple(unit, unit), { maxLength: 60 }), fc.boolean(), (pairs, crlf) => {
        const lines = ["# a comment", ...pairs.map(([a, b]) => String.fromCharCode(a, b))].join(crlf ? "\r\n" : "\n");
        expect(entries(decodeFoldTable(encodeFoldTable(lines)))).toEqual(entries(tableOfLines(lines)));
      }),
    );
  });

  it("is two lines of one character a pair, three past the long mark", () => {
    expect(encodeFoldTable("臺台\n門门").split("\n").map((line) => line.length)).toEqual([2, 2]);
    expect(encodeFoldTable("\uffff\u0031").split("\n").map((line) => line.length)).toEqual([3, 3]);
    expect(decodeFoldTable(encodeFoldTable("\uffff\u0031"))[0xffff]).toBe(0x31);
  });
});
