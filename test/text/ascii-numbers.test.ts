import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readAsciiNumbers, unzigzag, writeAsciiNumbers, zigzag } from "../../src/text/ascii-numbers.js";

function read(text: string, start?: number, end?: number): number[] {
  const out: number[] = [];
  readAsciiNumbers(text, (n) => out.push(n), start, end);
  return out;
}

describe("ASCII numbers", () => {
  it.each([
    [[0], "("],
    [[44], "T"],
    [[0, 44, 45, 1000], "(TY)f@"],
  ])("writes %j as %s", (numbers, text) => {
    expect(writeAsciiNumbers(numbers)).toBe(text);
    expect(read(text)).toEqual(numbers);
  });

  it("reads back any whole numbers, in printable ASCII without quotes or a backslash", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(100), fc.nat(), fc.maxSafeNat())), (numbers) => {
        const text = writeAsciiNumbers(numbers);
        expect(text).toMatch(/^[(-[\]-~]*$/u);
        expect(read(text)).toEqual(numbers);
      }),
    );
  });

  it("reads a part of a text", () => {
    const text = `${writeAsciiNumbers([7, 300])}\n${writeAsciiNumbers([9])}`;
    expect(read(text, text.indexOf("\n") + 1)).toEqual([9]);
    expect(read(text, 0, text.indexOf("\n"))).toEqual([7, 300]);
  });

  it.each([-1, 0.5, Number.NaN])("refuses %s", (n) => {
    expect(() => writeAsciiNumbers([n])).toThrow(/not a whole number/u);
  });

  it("zigzag maps 0, -1, 1, -2 to 0, 1, 2, 3 and back", () => {
    expect([0, -1, 1, -2].map(zigzag)).toEqual([0, 1, 2, 3]);
    fc.assert(fc.property(fc.integer(), (n) => unzigzag(zigzag(n)) === n));
  });
});
