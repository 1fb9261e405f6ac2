import type { LineHint } from "../contracts/options.js";

/**
 * The hint of the line holding `offset`, by binary search (hints in text order), or undefined
 * between lines.
 *
 * @example
 * ```ts
 * lineHintAt([{ start: 0, end: 4, size: 2, bold: true, block: 0 }], 2)?.size; // => 2
 * ```
 */
export function lineHintAt(hints: readonly LineHint[], offset: number): LineHint | undefined {
  let lo = 0;
  let hi = hints.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const h = hints[mid]!;
    if (offset < h.start) hi = mid - 1;
    else if (offset >= h.end) lo = mid + 1;
    else return h;
  }
  return undefined;
}
