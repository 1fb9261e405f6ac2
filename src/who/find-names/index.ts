/**
 * Names that no title or credit introduces: later mentions of a name already found on the page
 * (吕沛强调), surname-and-title references (吕书记 → 吕沛), and, in running text, names the
 * statistical model is confident about (张三说), checked against the list of look-alike words.
 */
import { CharBits } from "../lexicon/char-bits.js";
import { whoLexicon, type WhoLexicon } from "../lexicon.js";
import { isHanAt } from "../names/han.js";
import { isNameBoundary } from "../names/read-name.js";
import { hasLeftBoundary, nameScore, readCandidateAt } from "../names/score-name.js";
import type { NameMatch, ReferenceMatch } from "../types.js";

/** A name found only by the model must score at least this (mean log-likelihood per character). */
export const FREE_NAME_MIN_SCORE = -3;

/** A name in a list after a model name needs only this score. */
export const LIST_NAME_MIN_SCORE = -4;

type Range = { readonly start: number; readonly end: number };

/** Answers "does [start, end) overlap a taken range" in O(log n): ranges sorted by start, with running max end. */
function overlapIndex(taken: readonly Range[]): (start: number, end: number) => boolean {
  const sorted = [...taken].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let m = -1;
  for (const r of sorted) maxEnd.push((m = Math.max(m, r.end)));
  return (start, end) => {
    // The last range that starts before `end`; any overlap has its end past `start`.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! > start;
  };
}

/** The known names by first char code, longest first, and the codes that start one. */
interface KnownIndex {
  readonly size: number;
  readonly firsts: CharBits;
  readonly byFirst: Map<number, string[]>;
}

const knownIndexes = new WeakMap<ReadonlySet<string>, KnownIndex>();

/**
 * The known names by first character, longest first; built once per set (and again if it grew),
 * not once per text: a long page has thousands of texts and thousands of names.
 */
function knownIndex(known: ReadonlySet<string>): KnownIndex {
  const cached = knownIndexes.get(known);
  if (cached && cached.size === known.size) return cached;
  const firsts = new CharBits();
  const byFirst = new Map<number, string[]>();
  for (const name of known) {
    if (name === "") continue; // never found at any position
    const code = name.charCodeAt(0);
    const list = byFirst.get(code);
    if (list) list.push(name);
    else (byFirst.set(code, [name]), firsts.add(code));
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const index = { size: known.size, firsts, byFirst };
  knownIndexes.set(known, index);
  return index;
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
  const { firsts, byFirst } = knownIndex(known);
  const found: NameMatch[] = [];
  const sortedTaken = [...taken].sort((a, b) => a.start - b.start);
  let t = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!firsts.has(code)) continue;
    const list = byFirst.get(code)!;
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
  const lex = whoLexicon();
  const found: ReferenceMatch[] = [];
  const isTaken = overlapIndex(taken);
  for (let i = 0; i < text.length; i++) {
    const sl = lex.surnames.lengthAt(text, i);
    if (sl === 0) continue;
    const title = lex.titles.startingAt(text, i + sl);
    if (title === "" || isTaken(i, i + sl + title.length)) continue;
    found.push({ source, start: i, end: i + sl + title.length, surname: text.slice(i, i + sl), title });
  }
  return found;
}

/** The longest run of names written without separators that is tried (江泽民李鹏乔石朱镕基…). */
const MAX_RUN = 40;

/**
 * Names written one after another without separators, as lists of leaders often are
 * (江泽民李鹏乔石): the best split into names of two to four characters, by {@link nameScore},
 * accepted when it has at least three names, all plausible, and ends at a boundary.
 */
export function readNameRun(lex: WhoLexicon, text: string, start: number, minNames = 3): readonly Range[] {
  const limit = Math.min(text.length, start + MAX_RUN);
  // Most positions tried start no name at all: answer them before building the table.
  const firstSurname = lex.surnames.lengthAt(text, start);
  if (start >= limit || firstSurname === 0) return NO_RUN;
  if (Number.isNaN(runNameScore(lex, text, start, firstSurname, 1, limit)) && Number.isNaN(runNameScore(lex, text, start, firstSurname, 2, limit))) return NO_RUN;
  // best[k]: the best total score of a split of text[start, start + k) into names, and the last cut.
  const best: { score: number; from: number; names: number }[] = [{ score: 0, from: -1, names: 0 }];
  let reach = 0;
  for (let k = 0; k <= reach && start + k < limit; k++) {
    const here = best[k];
    if (!here) continue;
    const at = start + k;
    const sl = lex.surnames.lengthAt(text, at);
    if (sl === 0) continue;
    for (let given = 1; given <= 2; given++) {
      const score = runNameScore(lex, text, at, sl, given, limit);
      if (Number.isNaN(score)) continue;
      const end = at + sl + given;
      const total = here.score + score;
      const slot = best[end - start];
      if (!slot || total > slot.score) best[end - start] = { score: total, from: k, names: here.names + 1 };
      reach = Math.max(reach, end - start);
    }
  }
  const split = (k: number) => {
    const names: { start: number; end: number }[] = [];
    for (let at = k; at > 0; at = best[at]!.from) names.unshift({ start: start + best[at]!.from, end: start + at });
    return names;
  };
  for (let k = reach; k > 0; k--) {
    const slot = best[k];
    if (slot && slot.names >= minNames && isNameBoundary(lex, text, start + k)) return split(k);
  }
  // A run longer than the window (a list of a hundred delegates): keep all but the last name, read on from there.
  const last = best[reach];
  if (last && last.names >= 5) return split(last.from);
  return NO_RUN;
}

/** The answer for most positions, shared rather than allocated per call. */
const NO_RUN: readonly Range[] = Object.freeze([]);

/** Each name of a run needs at least this score. */
const RUN_NAME_MIN_SCORE = -3.2;

/**
 * The score of `text[at, at + sl + given)` (a surname of `sl` characters and `given` more) as one
 * name of a run ending by `limit`, or NaN when it cannot be one.
 */
function runNameScore(lex: WhoLexicon, text: string, at: number, sl: number, given: number, limit: number): number {
  const end = at + sl + given;
  if (end > limit || !isHanAt(text, end - 1)) return NaN;
  for (let g = at + sl; g < end; g++) if (lex.chars.given(text.charCodeAt(g)) < 0.005) return NaN;
  const score = nameScore(lex, text, at, end);
  return score < RUN_NAME_MIN_SCORE ? NaN : score;
}

/** Names in running text that the model accepts on its own (张三说), outside `taken`. */
export function findFreeNames(source: number, text: string, taken: readonly { start: number; end: number }[]): NameMatch[] {
  const lex = whoLexicon();
  const found: NameMatch[] = [];
  const isTaken = overlapIndex(taken);
  let runEnd = -1;
  for (let i = 0; i < text.length; i++) {
    // Right after a run of names, the next name needs no boundary before it.
    if (lex.surnames.lengthAt(text, i) === 0 || (i !== runEnd && !hasLeftBoundary(lex, text, i))) continue;
    const candidate = readCandidateAt(lex, text, i);
    if (!candidate || nameScore(lex, text, candidate.start, candidate.end) < FREE_NAME_MIN_SCORE) {
      const run = readNameRun(lex, text, i);
      if (run.length && !isTaken(run[0]!.start, run[run.length - 1]!.end)) {
        for (const n of run) found.push({ source, start: n.start, end: n.end, name: text.slice(n.start, n.end), rule: "name-run" });
        runEnd = run[run.length - 1]!.end;
        i = runEnd - 1;
      }
      continue;
    }
    if (isTaken(candidate.start, candidate.end)) continue;
    found.push({ source, start: candidate.start, end: candidate.end, name: text.slice(candidate.start, candidate.end), rule: "name-model" });
    let end = candidate.end;
    // 史大桢、高严、石广生: a list that starts with a sure name may hold names the model alone would doubt.
    while (text[end] === "、") {
      const next = readCandidateAt(lex, text, end + 1);
      if (!next || isTaken(next.start, next.end) || nameScore(lex, text, next.start, next.end) < LIST_NAME_MIN_SCORE) break;
      found.push({ source, start: next.start, end: next.end, name: text.slice(next.start, next.end), rule: "name-model-list" });
      end = next.end;
    }
    i = end - 1;
  }
  return found;
}
