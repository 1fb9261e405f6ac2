/**
 * Worst-case time (issue 6): on each pathological input, and on ordinary pages, ten times the
 * text must cost less than twenty times the time. Ratios only, never absolute times, so that a
 * slow or busy machine does not fail the suite; a quadratic step gives a ratio near 100.
 */
import { describe, expect, it } from "vitest";
import { multiPage, pathological } from "../../bench/inputs.mjs";
import { extract } from "../../src/extract.js";

const SMALL = 100_000;
const LARGE = 1_000_000;
const MAX_RATIO = 20;

/**
 * The fastest of at least `runs` calls, and of as many more as fit in 300 ms (at most 20): the
 * one least disturbed by GC and by other tests on the same cores.
 */
function fastest(runs: number, fn: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  let total = 0;
  for (let r = 0; r < 20 && (r < runs || total < 300); r++) {
    const started = performance.now();
    fn();
    const ms = performance.now() - started;
    best = Math.min(best, ms);
    total += ms;
  }
  return best;
}

function expectLinear(make: (chars: number) => string, small: number, large: number): void {
  const smallText = make(small);
  const largeText = make(large);
  extract(make(small / 10)); // compile first, so that the small run does not pay for it
  const smallMs = fastest(3, () => extract(smallText));
  const largeMs = fastest(1, () => extract(largeText));
  // A run of a few milliseconds is at the mercy of the scheduler and one GC (1 M spaces: 5 to
  // 30 ms on a busy machine), so the small time counts as at least 5 ms. A quadratic step still
  // fails: it makes even a 2 ms small run a 200 ms large one.
  const ratio = largeMs / Math.max(smallMs, 5);
  expect(ratio, `${smallMs.toFixed(1)} ms → ${largeMs.toFixed(1)} ms`).toBeLessThan(MAX_RATIO);
}

const INPUTS: [string, (chars: number) => string][] = [...Object.entries(pathological), ["many ordinary pages", multiPage]];

describe(`time(${LARGE / 1000} K chars) ÷ time(${SMALL / 1000} K chars) < ${MAX_RATIO}`, () => {
  for (const [name, make] of INPUTS) it(name, () => expectLinear(make, SMALL, LARGE));
});
