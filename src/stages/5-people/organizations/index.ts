/**
 * Organizations named in role prefixes (示范区科创局局长 → 示范区科创局), their abbreviations on the
 * page (农发行焦作分行 for 中国农业发展银行焦作分行), and references by a determiner (该行副行长).
 */
import { CharBits } from "../../../lexicon/char-bits.js";
import { isHanAt } from "../names/han.js";

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

/** The mention of `full` whose last `tail` characters are written at `at`, or null. */
function mentionAt(source: number, text: string, full: string, tail: number, at: number): OrganizationMention | null {
  const end = at + tail;
  if (text.startsWith(full, end - full.length) && end - full.length >= 0) return { source, start: end - full.length, end, name: full, alias: null };
  // Extend left while the characters still abbreviate the full name.
  let best = -1;
  for (let start = at - 1; start >= Math.max(0, at - full.length); start--) {
    if (!isHanAt(text, start)) break;
    if (isAbbreviation(text.slice(start, end), full, tail)) best = start;
    else if (best >= 0) break;
  }
  return best >= 0 ? { source, start: best, end, name: full, alias: text.slice(best, end) } : null;
}

/** How many last characters of `full` an abbreviation keeps; below 2 the name is not looked for. */
function tailLength(full: string): number {
  return Math.min(4, full.length - 2);
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
  const tail = tailLength(full);
  if (tail < 2) return found;
  const ending = full.slice(-tail);
  for (let at = text.indexOf(ending); at >= 0; at = text.indexOf(ending, at + 1)) {
    const mention = mentionAt(source, text, full, tail, at);
    if (mention) found.push(mention);
  }
  return found;
}

/**
 * {@link findOrganizationMentions} for many full names at once: one pass over a text finds where
 * every name's ending is written (instead of one search of the text per name), then each name's
 * mentions come out as the single-name search gives them, names in the order given.
 */
export function organizationFinder(fulls: Iterable<string>): (source: number, text: string) => OrganizationMention[] {
  const endings: string[] = [];
  const endingIndex = new Map<string, number>();
  const names: { full: string; tail: number; ending: number }[] = [];
  for (const full of fulls) {
    const tail = tailLength(full);
    if (tail < 2) continue;
    const ending = full.slice(-tail);
    let index = endingIndex.get(ending);
    if (index === undefined) endingIndex.set(ending, (index = endings.push(ending) - 1));
    names.push({ full, tail, ending: index });
  }
  const lastBits = new CharBits();
  const byLast = new Map<number, number[]>();
  endings.forEach((ending, index) => {
    const code = ending.charCodeAt(ending.length - 1);
    lastBits.add(code);
    const list = byLast.get(code);
    if (list) list.push(index);
    else byLast.set(code, [index]);
  });
  return (source, text) => {
    const found: OrganizationMention[] = [];
    if (names.length === 0) return found;
    // Where each ending starts, ascending: what successive indexOf calls would return. Built on the
    // first ending found: most texts name no organization at all.
    let starts: (number[] | undefined)[] | null = null;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!lastBits.has(code)) continue;
      const candidates = byLast.get(code)!;
      for (let c = 0; c < candidates.length; c++) {
        const index = candidates[c]!;
        const ending = endings[index]!;
        const at = i + 1 - ending.length;
        if (at < 0 || !text.startsWith(ending, at)) continue;
        starts ??= new Array<number[] | undefined>(endings.length);
        const list = starts[index];
        if (list) list.push(at);
        else starts[index] = [at];
      }
    }
    if (starts === null) return found;
    for (let n = 0; n < names.length; n++) {
      const { full, tail, ending } = names[n]!;
      const list = starts[ending];
      if (list === undefined) continue;
      for (let k = 0; k < list.length; k++) {
        const mention = mentionAt(source, text, full, tail, list[k]!);
        if (mention) found.push(mention);
      }
    }
    return found;
  };
}
