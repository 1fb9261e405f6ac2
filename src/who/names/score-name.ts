/**
 * Scores a Chinese name that no title or credit vouches for (吕沛强调 is found by re-mention; this is
 * for 张三说 in running text): surname and given-name likelihoods, and a boundary on each side.
 */
import { activeDictionaries } from "../../dictionaries/active.js";
import { endWords } from "../lexicon.js";
import { charShares, isHan, surnameLength } from "./char-stats.js";
import { isNameBoundary, readHanName, type ReadName } from "./read-name.js";

/**
 * The mean log-likelihood of `text[start, end)` being a name: the surname share of its first
 * character (or 1 for a compound surname) and the given-name share of the others.
 *
 * @example
 * ```ts
 * nameScore("王晓明说", 0, 3) > nameScore("文明说", 0, 2); // => true
 * ```
 */
export function nameScore(text: string, start: number, end: number): number {
  const compound = surnameLength(text, start) === 2;
  let sum = Math.log(compound ? 0.5 : charShares(text[start]!).surname);
  const givenFrom = compound ? start + 2 : start + 1;
  for (let i = givenFrom; i < end; i++) sum += Math.log(charShares(text[i]!).given);
  return sum / (end - start);
}

/** Whether a name starts right after punctuation or at the start of the text. */
export function hasStrongLeftBoundary(text: string, start: number): boolean {
  return start === 0 || !isHan(text[start - 1]);
}

/** Whether a name may start at `start`: text start, a non-Han character, a word that precedes names. */
export function hasLeftBoundary(text: string, start: number): boolean {
  const ch = text[start - 1];
  if (!isHan(ch)) return true;
  if (endWords().endingAt(text, start) !== "") return true;
  const s = charShares(ch);
  return s.total >= 20 && s.before > 0.01;
}

/** A Chinese name reading at `start` that ends at a boundary and is not a known non-name, or null. */
export function readCandidateAt(text: string, start: number, minGiven?: number): ReadName | null {
  const han = readHanName(text, start, minGiven);
  if (!han || !isNameBoundary(text, han.end) || activeDictionaries().notNames.has(text.slice(han.start, han.end))) return null;
  return han;
}
