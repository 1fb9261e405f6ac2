/**
 * Worst-case time (issue 6): on each pathological input, and on ordinary pages, ten times the
 * text must cost less than twenty times the time. Ratios only, never absolute times, so that a
 * slow or busy machine does not fail the suite; a quadratic step gives a ratio near 100.
 */
import { describe, expect, it } from "vitest";
import { multiPage, pathological } from "../../bench/inputs.mjs";
import { extract } from "../../src/extract.js";
import { expectLinear, MAX_RATIO } from "../helpers/linear.js";

const SMALL = 100_000;
const LARGE = 1_000_000;

const INPUTS: [string, (chars: number) => string][] = [...Object.entries(pathological), ["many ordinary pages", multiPage]];

describe(`time(${LARGE / 1000} K chars) ÷ time(${SMALL / 1000} K chars) < ${MAX_RATIO}`, () => {
  for (const [name, make] of INPUTS) it(name, () => expectLinear(make, (text) => extract(text), SMALL, LARGE));
});
