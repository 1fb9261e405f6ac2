/**
 * Web addresses in page furniture (原文链接：http://…/2019-05/06/content_1.htm) write dates in
 * their paths: those are no dates of the article, and expressions inside an address are dropped.
 */
import type { Expression } from "./types.js";

/** An address: a scheme or www., then printable ASCII up to a space or a Chinese character. */
const ADDRESS = /(?:https?:\/\/|www\.)[!-~]+/gi;

/**
 * The expressions of `text` that are not inside a web address.
 *
 * @example
 * ```ts
 * outsideAddresses([{ start: 26, end: 36 } as Expression], "原文链接：http://www.example.cn/2019-05/06/a.htm").length; // => 0
 * ```
 */
export function outsideAddresses(expressions: Expression[], text: string): Expression[] {
  // Most texts hold no address: two searches, and the list comes back as it was.
  if (expressions.length === 0 || (text.indexOf("http") < 0 && text.indexOf("www.") < 0 && text.indexOf("WWW.") < 0)) return expressions;
  const spans: [number, number][] = [];
  for (const m of text.matchAll(ADDRESS)) spans.push([m.index, m.index + m[0].length]);
  if (spans.length === 0) return expressions;
  // Both in text order: one sweep, linear in the two.
  const kept: Expression[] = [];
  let k = 0;
  for (const e of expressions) {
    while (k < spans.length && spans[k]![1] <= e.start) k++;
    const span = spans[k];
    if (span === undefined || span[0] >= e.end) kept.push(e);
  }
  return kept;
}
