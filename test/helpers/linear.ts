import { expect } from "vitest";

/** The largest time ratio allowed for ten times the input: linear cost stays well under it. */
export const MAX_RATIO = 20;

/**
 * CPU milliseconds this process has used (user and system, GC threads included), not wall time:
 * on a machine shared at load 16–20, wall time gave a linear 1 M-character run 38 to 98 ms (its
 * CPU time 23–24 ms each time), and a newcomer's suite failed on a ratio of 24. Work that grows
 * quadratically costs CPU time all the same. The process is this test file's own (vitest's default
 * pool, forks), so no other file's work is counted.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * The fastest of at least `runs` calls, and of as many more as fit in 300 ms (at most 20): the
 * one least disturbed by GC and by other tests on the same cores.
 */
function fastest(runs: number, fn: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  let total = 0;
  for (let r = 0; r < 20 && (r < runs || total < 300); r++) {
    const started = cpuMs();
    fn();
    const ms = cpuMs() - started;
    best = Math.min(best, ms);
    total += ms;
  }
  return best;
}

/**
 * Asserts that `run` on `make(large)` costs less than MAX_RATIO times `run` on `make(small)`:
 * a ratio of CPU times, never an absolute time, so that a slow or busy machine does not fail the suite.
 */
export function expectLinear<T>(make: (size: number) => T, run: (input: T) => unknown, small: number, large: number): void {
  const smallInput = make(small);
  const largeInput = make(large);
  run(make(Math.max(1, Math.floor(small / 10)))); // compile first, so that the small run does not pay for it
  // Up to three measurements, keeping the best ratio: the other test files share the two cores,
  // and one of them starting a heavy test mid-measurement can double a run (seen in CI: 22 on a
  // linear input). A quadratic step stays over the limit in every measurement, so it still fails.
  let best = { ratio: Number.POSITIVE_INFINITY, note: "" };
  for (let attempt = 0; attempt < 3 && best.ratio >= MAX_RATIO; attempt++) {
    const smallMs = fastest(3, () => run(smallInput));
    // Two large runs, not one: a single run caught by a burst of load or a major GC reads as
    // superlinear on a busy machine; the faster of two rarely is, and a quadratic step stays slow.
    const largeMs = fastest(2, () => run(largeInput));
    // A run of a few milliseconds is at the mercy of the scheduler and one GC (1 M spaces: 5 to
    // 30 ms on a busy machine), so the small time counts as at least 5 ms. A quadratic step still
    // fails: it makes even a 2 ms small run a 200 ms large one.
    const ratio = largeMs / Math.max(smallMs, 5);
    if (ratio < best.ratio) best = { ratio, note: `${smallMs.toFixed(1)} ms → ${largeMs.toFixed(1)} ms` };
  }
  expect(best.ratio, best.note).toBeLessThan(MAX_RATIO);
}
