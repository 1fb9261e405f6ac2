/**
 * Scores a Chinese name that no title or credit vouches for (吕沛强调 is found by re-mention; this is
 * for 张三说 in running text): surname and given-name likelihoods, and a boundary on each side.
 */
import type { WhoLexicon } from "../../../lexicon/who-lexicon.js";
import { isHanAt, isHanCode } from "./han.js";
import { isNameBoundary, readHanName, type ReadName } from "./read-name.js";

/**
 * The mean log-likelihood of `text[start, end)` being a name: the surname share of its first
 * character (or 1 for a compound surname) and the given-name share of the others.
 *
 * @example
 * ```ts
 * nameScore(lex, "王晓明说", 0, 3) > nameScore(lex, "文明说", 0, 2); // => true
 * ```
 */
export function nameScore(lex: WhoLexicon, text: string, start: number, end: number): number {
  const compound = lex.surnames.lengthAt(text, start) === 2;
  let sum = Math.log(compound ? 0.5 : lex.chars.surname(text.charCodeAt(start)));
  const givenFrom = compound ? start + 2 : start + 1;
  for (let i = givenFrom; i < end; i++) sum += Math.log(lex.chars.given(text.charCodeAt(i)));
  return sum / (end - start);
}

/** Whether a name starts right after punctuation or at the start of the text. */
export function hasStrongLeftBoundary(text: string, start: number): boolean {
  return start === 0 || !isHanAt(text, start - 1);
}

/** Whether a name may start at `start`: text start, a non-Han character, a word that precedes names. */
export function hasLeftBoundary(lex: WhoLexicon, text: string, start: number): boolean {
  const code = text.charCodeAt(start - 1);
  if (!isHanCode(code)) return true;
  if (lex.endWords.endingAt(text, start) !== "") return true;
  return lex.chars.total(code) >= 20 && lex.chars.before(code) > 0.01;
}

/** A Chinese name reading at `start` that ends at a boundary and is not a known non-name, or null. */
export function readCandidateAt(lex: WhoLexicon, text: string, start: number, minGiven?: number): ReadName | null {
  const han = readHanName(lex, text, start, minGiven);
  if (!han || !isNameBoundary(lex, text, han.end) || lex.notNames.has(text.slice(han.start, han.end))) return null;
  return han;
}
