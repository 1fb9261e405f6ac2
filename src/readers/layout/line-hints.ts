import type { LineHint } from "../../contracts/options.js";
import type { PageText } from "./page-text.js";

/**
 * One hint per printed line of a built page text, in text order.
 *
 * @example
 * ```ts
 * lineHints(pageText)[0]; // => { start: 0, end: 9, size: 2.4, bold: true, block: 0, flow: "new", indent: 0 } for a headline
 * ```
 */
export function lineHints(text: PageText): LineHint[] {
  const body = text.bodySize || 1;
  const round = (n: number) => Math.round(n * 100) / 100;
  return text.lines.map((l) => ({ start: l.start, end: l.end, size: round(l.size / body), bold: l.bold, block: l.block, flow: l.flow, indent: round(l.indent / body) }));
}
