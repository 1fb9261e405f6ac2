/** Step 1: run every parser over a text and keep the longest match where matches overlap. */
import { PARSERS } from "./parsers/index.js";
import type { Atom } from "./types.js";

/**
 * Every atom found in `text`, in text order, none overlapping another.
 *
 * @example
 * ```ts
 * scanAtoms("4月7日上午").map((a) => a.rule); // => ["month", "day", "part-of-day"]
 * ```
 */
export function scanAtoms(text: string): Atom[] {
  const found: Atom[] = [];
  for (const parser of PARSERS) {
    // A fresh RegExp per call: parsers hold no state (lastIndex) between calls.
    const pattern = new RegExp(parser.pattern.source, parser.pattern.flags);
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      const result = parser.extract(match, text);
      if (result === null) {
        // A rejected match may hide a good one starting inside it (三年 in 近三年来).
        pattern.lastIndex = match.index + 1;
        continue;
      }
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        rule: parser.name,
        fields: result.fields,
        ...(result.dependent ? { dependent: true } : {}),
        ...(result.rangeOnly ? { rangeOnly: true } : {}),
      });
    }
  }
  return selectLongest(found);
}

/** Leftmost first, then longest: a match that overlaps one already kept is dropped. */
function selectLongest(atoms: readonly Atom[]): Atom[] {
  const sorted = [...atoms].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Atom[] = [];
  let reached = 0;
  for (const atom of sorted) {
    if (atom.start < reached) continue;
    kept.push(atom);
    reached = atom.end;
  }
  return kept;
}
