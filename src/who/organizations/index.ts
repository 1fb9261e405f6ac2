/**
 * Organizations named in role prefixes (示范区科创局局长 → 示范区科创局), their abbreviations on the
 * page (农发行焦作分行 for 中国农业发展银行焦作分行), and references by a determiner (该行副行长).
 */

/** An organization found in a text, `[start, end)`. */
export interface OrganizationMention {
  readonly source: number;
  readonly start: number;
  readonly end: number;
  /** The full name this mention stands for. */
  readonly name: string;
  /** What is written, when it is an abbreviation. */
  readonly alias: string | null;
}

/**
 * Whether `short` abbreviates `full`: it keeps `full`'s last `tail` characters and its other
 * characters appear in `full` in order (农发行焦作分行 ⊂ 中国农业发展银行焦作分行).
 */
export function isAbbreviation(short: string, full: string, tail: number): boolean {
  if (short.length >= full.length || short.length < tail + 2 || !full.endsWith(short.slice(-tail))) return false;
  let j = full.length - tail - 1;
  for (let i = short.length - tail - 1; i >= 0; i--) {
    while (j >= 0 && full[j] !== short[i]) j--;
    if (j < 0) return false;
    j--;
  }
  // The first character of the abbreviation must not be the full name's first word alone (中国…).
  return short[0] !== full[0] || short.length > tail + 2;
}

/**
 * Occurrences in `text` of `full` and of its abbreviations, outside what the role prefixes already gave.
 *
 * @example
 * ```ts
 * findOrganizationMentions(0, "希望农发行焦作分行进一步", "中国农业发展银行焦作分行").map((m) => m.alias); // => ["农发行焦作分行"]
 * ```
 */
export function findOrganizationMentions(source: number, text: string, full: string): OrganizationMention[] {
  const found: OrganizationMention[] = [];
  const tail = Math.min(4, full.length - 2);
  if (tail < 2) return found;
  const ending = full.slice(-tail);
  for (let at = text.indexOf(ending); at >= 0; at = text.indexOf(ending, at + 1)) {
    const end = at + tail;
    if (text.startsWith(full, end - full.length) && end - full.length >= 0) {
      found.push({ source, start: end - full.length, end, name: full, alias: null });
      continue;
    }
    // Extend left while the characters still abbreviate the full name.
    let best = -1;
    for (let start = at - 1; start >= Math.max(0, at - full.length); start--) {
      if (!/[\u3400-\u9fff]/u.test(text[start]!)) break;
      if (isAbbreviation(text.slice(start, end), full, tail)) best = start;
      else if (best >= 0) break;
    }
    if (best >= 0) found.push({ source, start: best, end, name: full, alias: text.slice(best, end) });
  }
  return found;
}
