/**
 * Tibetan and Mongolian names (扎西次仁, 顿珠多吉, 乌云其木格): two parts of a given name run
 * together, with no surname, and characters (次, 珠) rarely seen in a transliteration, so that the
 * name model reads neither a Chinese nor a foreign name there.
 */
import { minorityNameParts } from "../../../lexicon/dictionaries.js";
import { lazy } from "../../../lexicon/parse-list.js";
import { WordSet } from "../../../lexicon/word-set.js";
import type { NameMatch } from "../types.js";

type Range = { readonly start: number; readonly end: number };

/** The parts of dictionaries/minority-name-parts.txt, indexed once. */
const parts = lazy(() => new WordSet(minorityNameParts()));

/**
 * Every run of two name parts in `text` outside `taken` (扎西次仁说: 扎西次仁). One part alone is
 * not read: 扎西 is also part of a place name and 乌云 is a word.
 *
 * @example
 * ```ts
 * findMinorityNames(0, "据扎西次仁介绍，草场返青了。", []).map((n) => n.name); // => ["扎西次仁"]
 * ```
 */
export function findMinorityNames(source: number, text: string, taken: readonly Range[]): NameMatch[] {
  const set = parts();
  const found: NameMatch[] = [];
  for (let i = 0; i < text.length; i++) {
    const first = set.startingAt(text, i);
    if (first === "") continue;
    const second = set.startingAt(text, i + first.length);
    if (second === "") continue;
    const end = i + first.length + second.length;
    if (overlapsAny(taken, i, end)) continue;
    found.push({ source, start: i, end, name: text.slice(i, end), rule: "minority-name" });
    i = end - 1;
  }
  return found;
}

/**
 * Whether `[start, end)` overlaps one of `taken`. A function of its own rather than a closure in
 * the loop above: a closure there made V8 allocate a scope for every character of the text (a
 * third of all the memory a whole extract allocated).
 */
function overlapsAny(taken: readonly Range[], start: number, end: number): boolean {
  for (const t of taken) if (t.start < end && start < t.end) return true;
  return false;
}
