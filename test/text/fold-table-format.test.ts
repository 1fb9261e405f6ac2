import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeFoldSources, decodeFoldTable, encodeFoldTable } from "../../src/text/fold-table-format.js";

/** The table a reader filling it line by line from `臺台` lines would build. */
function tableOfLines(lines: string): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (const line of lines.split(/\r?\n/u)) if (line !== "" && !line.startsWith("#")) table[line.charCodeAt(0)] = line.charCodeAt(1);
  return table;
}

/** The table's folding entries, [from, to], as one string (a quick comparison of 64 K entries). */
function entries(table: Uint8Array | Uint16Array): string {
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
        const sources = decodeFoldSources(encodeFoldTable(lines));
        expect(entries(sources)).toEqual(entries(tableOfLines(lines).map((to) => (to === 0 ? 0 : 1))));
      }),
    );
  });

  it("is two lines of printable ASCII, a few characters a pair where the Simplified forms run beside the Traditional ones", () => {
    // 記记 許许 設设: a run, each Simplified form a small step from the one before.
    const compact = encodeFoldTable("記记\n許许\n設设");
    expect(compact).toMatch(/^[(-[\]-~]+\n[(-[\]-~]+$/u);
    expect(compact.length).toBeLessThan(14);
    // A pair simplified otherwise (變变) between two of a run does not break it: the run's next step stays one digit.
    expect(encodeFoldTable("記记\n許许\n變变\n讓让").slice(-1)).toBe(encodeFoldTable("記记\n許许\n讓让").slice(-1));
  });

  it("tells which characters fold from its first line alone", () => {
    const folds = decodeFoldSources(encodeFoldTable("臺台\n門门"));
    expect(["臺", "門", "台", "门", "a"].map((c) => folds[c.charCodeAt(0)])).toEqual([1, 1, 0, 0, 0]);
  });
});
