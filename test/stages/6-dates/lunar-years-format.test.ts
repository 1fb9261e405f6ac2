import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeLunarYears, encodeLunarYears } from "../../../src/stages/6-dates/lunar-years-format.js";

const DAY = 86_400_000;

/**
 * A table of consecutive years from `first`, its first new year `offset` days after 21 January: a
 * year has a leap month (its 13 bits) when its 12 would end before the next 21 January, as the
 * calendar keeps its new year between 21 January and 20 February; else the first 12 bits.
 */
function table(first: number, offset: number, years: readonly { leap: number; bits: string }[]): { lines: string; years: { leap: number; bits: string }[] } {
  let day = Date.UTC(first, 0, 21) + offset * DAY;
  const lines: string[] = [];
  const written: { leap: number; bits: string }[] = [];
  years.forEach((y, i) => {
    const year = first + i;
    const short = [...y.bits.slice(0, 12)].reduce((sum, bit) => sum + (bit === "1" ? 30 : 29), 0);
    const chosen = day + short * DAY < Date.UTC(year + 1, 0, 21) ? y : { leap: 0, bits: y.bits.slice(0, 12) };
    const d = new Date(day);
    lines.push(`${year}\t${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}\t${chosen.leap}\t${chosen.bits}`);
    written.push(chosen);
    for (const bit of chosen.bits) day += (bit === "1" ? 30 : 29) * DAY;
  });
  return { lines: lines.join("\n"), years: written };
}

describe("the lunar years' compact form", () => {
  it("gives back each year's new year, leap month and month lengths", () => {
    const rows = decodeLunarYears(encodeLunarYears("# a comment\n1900\t01-31\t8\t0100101101101\n1901\t02-19\t0\t010010101110\n"));
    expect(rows).toEqual([
      { year: 1900, start: Date.UTC(1900, 0, 31), leap: 8, lengths: [29, 30, 29, 29, 30, 29, 30, 30, 29, 30, 30, 29, 30] },
      { year: 1901, start: Date.UTC(1901, 1, 19), leap: 0, lengths: [29, 30, 29, 29, 30, 29, 30, 29, 30, 30, 30, 29] },
    ]);
  });

  it("writes ASCII only, three characters a year", () => {
    const compact = encodeLunarYears("1900\t01-31\t8\t0100101101101\n1901\t02-19\t0\t010010101110");
    expect(compact).toMatch(/^1900-01-31\n[0-9A-Za-z+/]{6}$/u);
  });

  it.each([
    ["a year missing", "1900\t01-31\t8\t0100101101101\n1902\t02-08\t0\t101001010111"],
    ["a new year that is not the day after the year before", "1900\t01-31\t8\t0100101101101\n1901\t02-20\t0\t010010101110"],
    ["13 months without a leap month", "1900\t01-31\t0\t0100101101101"],
    ["12 months with a leap month", "1901\t02-19\t5\t010010101110"],
    ["a leap month past 12", "1900\t01-31\t13\t0100101101101"],
  ])("refuses %s", (_, lines) => {
    expect(() => encodeLunarYears(lines)).toThrow(/lunar years/u);
  });

  it("decodes to the lines it was given, for any consecutive years", () => {
    const year = fc.record({ leap: fc.integer({ min: 1, max: 12 }), bits: fc.stringMatching(/^[01]{13}$/u) });
    fc.assert(
      fc.property(fc.integer({ min: 1800, max: 2200 }), fc.integer({ min: 0, max: 30 }), fc.array(year, { maxLength: 20 }), (first, offset, generated) => {
        const { lines, years } = table(first, offset, generated);
        const rows = decodeLunarYears(encodeLunarYears(lines));
        expect(rows.map((r) => r.year)).toEqual(years.map((_, i) => first + i));
        expect(rows.map((r) => r.leap)).toEqual(years.map((y) => y.leap));
        expect(rows.map((r) => r.lengths.map((l) => (l === 30 ? "1" : "0")).join(""))).toEqual(years.map((y) => y.bits));
        if (rows.length > 0) expect(rows[0]!.start).toBe(Date.UTC(first, 0, 21) + offset * DAY);
      }),
    );
  });
});
