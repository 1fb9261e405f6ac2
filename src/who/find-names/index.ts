/**
 * Names that no title or credit introduces: later mentions of a name already found on the page
 * (吕沛强调), surname-and-title references (吕书记 → 吕沛), and, in running text, names the
 * statistical model is confident about (张三说), checked against the list of look-alike words.
 */
import { titles } from "../lexicon.js";
import { surnameLength } from "../names/char-stats.js";
import { hasLeftBoundary, nameScore, readCandidateAt } from "../names/score-name.js";
import type { NameMatch, ReferenceMatch } from "../types.js";

/** A name found only by the model must score at least this (mean log-likelihood per character). */
export const FREE_NAME_MIN_SCORE = -2.6;

/** Whether `[start, end)` overlaps any of `taken` (sorted or not; the lists are short per text). */
function overlaps(taken: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return taken.some((t) => t.start < end && start < t.end);
}

/**
 * Every occurrence of a `known` name in `text` outside `taken`, longest name first at each position.
 *
 * @example
 * ```ts
 * findKnownNames(0, "吕沛强调，吕沛指出", new Set(["吕沛"]), []).length; // => 2
 * ```
 */
export function findKnownNames(source: number, text: string, known: ReadonlySet<string>, taken: readonly { start: number; end: number }[]): NameMatch[] {
  const byFirst = new Map<string, string[]>();
  for (const name of known) {
    const list = byFirst.get(name[0]!) ?? [];
    list.push(name);
    byFirst.set(name[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const found: NameMatch[] = [];
  const sortedTaken = [...taken].sort((a, b) => a.start - b.start);
  let t = 0;
  for (let i = 0; i < text.length; i++) {
    const list = byFirst.get(text[i]!);
    if (!list) continue;
    for (const name of list) {
      if (!text.startsWith(name, i)) continue;
      while (t < sortedTaken.length && sortedTaken[t]!.end <= i) t++;
      const next = sortedTaken[t];
      if (next && next.start < i + name.length) break;
      found.push({ source, start: i, end: i + name.length, name, rule: "re-mention" });
      i += name.length - 1;
      break;
    }
  }
  return found;
}

/**
 * Surname-and-title references (吕书记, 王局长): a surname followed by a title, outside `taken`.
 * Resolving them to a person is left to linking, which knows who holds which title.
 */
export function findReferences(source: number, text: string, taken: readonly { start: number; end: number }[]): ReferenceMatch[] {
  const found: ReferenceMatch[] = [];
  for (let i = 0; i < text.length; i++) {
    const sl = surnameLength(text, i);
    if (sl === 0) continue;
    const title = titles().startingAt(text, i + sl);
    if (title === "" || overlaps(taken, i, i + sl + title.length)) continue;
    found.push({ source, start: i, end: i + sl + title.length, surname: text.slice(i, i + sl), title });
  }
  return found;
}

/** Names in running text that the model accepts on its own (张三说), outside `taken`. */
export function findFreeNames(source: number, text: string, taken: readonly { start: number; end: number }[]): NameMatch[] {
  const found: NameMatch[] = [];
  for (let i = 0; i < text.length; i++) {
    if (surnameLength(text, i) === 0 || !hasLeftBoundary(text, i)) continue;
    const candidate = readCandidateAt(text, i);
    if (!candidate || overlaps(taken, candidate.start, candidate.end)) continue;
    if (nameScore(text, candidate.start, candidate.end) < FREE_NAME_MIN_SCORE) continue;
    found.push({ source, start: candidate.start, end: candidate.end, name: text.slice(candidate.start, candidate.end), rule: "name-model" });
    i = candidate.end - 1;
  }
  return found;
}
