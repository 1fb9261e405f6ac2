/**
 * Names that no title or credit introduces: later mentions of a name already found on the page
 * (吕沛强调), surname-and-title references (吕书记 → 吕沛), and, in running text, names the
 * statistical model is confident about (张三说), checked against the list of look-alike words.
 */
import { WordSet } from "../../../lexicon/word-set.js";
import type { WhoLexicon } from "../../../lexicon/who-lexicon.js";
import { isHanAt } from "../names/han.js";
import { isNameBoundary, readForeignNameBefore } from "../names/read-name.js";
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
  for (let i = 0; i < sorted.length; i++) maxEnd.push((m = Math.max(m, sorted[i]!.end)));
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

const knownIndexes = new WeakMap<ReadonlySet<string>, { size: number; names: WordSet }>();

/**
 * The known names, longest first at each position; built once per set (and again if it grew), not
 * once per text: a long page has thousands of texts and thousands of names. Indexed by their first
 * two characters: thousands of names share a surname.
 */
function knownIndex(known: ReadonlySet<string>): WordSet {
  const cached = knownIndexes.get(known);
  if (cached && cached.size === known.size) return cached.names;
  const names = new WordSet([...known]);
  knownIndexes.set(known, { size: known.size, names });
  return names;
}

/**
 * Every occurrence of a `known` name in `text` outside `taken`, longest name first at each position.
 *
 * @example
 * ```ts
 * findKnownNames(0, "吕沛强调，吕沛指出", new Set(["吕沛"]), []).length; // => 2
 * ```
 */
export function findKnownNames(source: number, text: string, known: ReadonlySet<string>, taken: readonly { start: number; end: number }[], rule = "re-mention"): NameMatch[] {
  const names = knownIndex(known);
  const found: NameMatch[] = [];
  const sortedTaken = [...taken].sort((a, b) => a.start - b.start);
  let t = 0;
  for (let i = 0; i < text.length; i++) {
    const name = names.startingAt(text, i);
    if (name === "") continue;
    while (t < sortedTaken.length && sortedTaken[t]!.end <= i) t++;
    const next = sortedTaken[t];
    // The longest name here overlaps a taken span: no shorter one is tried either.
    if (next && next.start < i + name.length) continue;
    found.push({ source, start: i, end: i + name.length, name, rule });
    i += name.length - 1;
  }
  return found;
}

/**
 * Surname-and-title references (吕书记, 王局长): a surname followed by a title, outside `taken`.
 * Resolving them to a person is left to linking, which knows who holds which title.
 */
export function findReferences(lex: WhoLexicon, source: number, text: string, taken: readonly { start: number; end: number }[]): ReferenceMatch[] {
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
  // For each length k, the best split of text[start, start + k) into names: its total score, last cut
  // and number of names (none reaches k while the count is 0; k = 0 is the empty split).
  const score = RUN_SCORE;
  const from = RUN_FROM;
  const names = RUN_NAMES;
  score[0] = 0;
  from[0] = -1;
  names.fill(0, 0, limit - start + 1);
  let reach = 0;
  for (let k = 0; k <= reach && start + k < limit; k++) {
    if (k > 0 && names[k] === 0) continue;
    const at = start + k;
    const sl = lex.surnames.lengthAt(text, at);
    if (sl === 0) continue;
    for (let given = 1; given <= 2; given++) {
      const nameHere = runNameScore(lex, text, at, sl, given, limit);
      if (Number.isNaN(nameHere)) continue;
      const end = at + sl + given - start;
      const total = score[k]! + nameHere;
      if (names[end] === 0 || total > score[end]!) {
        score[end] = total;
        from[end] = k;
        names[end] = names[k]! + 1;
      }
      reach = Math.max(reach, end);
    }
  }
  for (let k = reach; k > 0; k--) {
    if (names[k]! > 0 && names[k]! >= minNames && isNameBoundary(lex, text, start + k)) return splitRun(start, k);
  }
  // A run longer than the window (a list of a hundred delegates): keep all but the last name, read on from there.
  if (names[reach]! >= 5) return splitRun(start, from[reach]!);
  return NO_RUN;
}

/**
 * The table of {@link readNameRun}, shared by its calls (it never re-enters itself) rather than
 * allocated per call: lists of names try a run at every name.
 */
const RUN_SCORE = new Float64Array(MAX_RUN + 1);
const RUN_FROM = new Int32Array(MAX_RUN + 1);
const RUN_NAMES = new Int32Array(MAX_RUN + 1);

/** The names of the best split of text[start, start + k) in the table of readNameRun. */
function splitRun(start: number, k: number): Range[] {
  const run: Range[] = [];
  for (let at = k; at > 0; at = RUN_FROM[at]!) run.unshift({ start: start + RUN_FROM[at]!, end: start + at });
  return run;
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
export function findFreeNames(lex: WhoLexicon, source: number, text: string, taken: readonly { start: number; end: number }[]): NameMatch[] {
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

/** A Chinese name before a form of address must score at least this: the honorific vouches for the rest. */
export const HONORIFIC_NAME_MIN_SCORE = -4;

/**
 * Full names written before a form of address (蒙托亚先生, 谢子长同志, 查济民老先生), outside
 * `taken`: a transliterated name, or a Chinese name of three or two characters after a boundary.
 * A bare surname (王先生) is a reference to someone, not a name, and is left alone.
 */
export function findHonorificNames(lex: WhoLexicon, source: number, text: string, taken: readonly { start: number; end: number }[]): NameMatch[] {
  // Where an honorific may start, found by indexOf (native) rather than a lookup at every
  // character: most texts hold none, and this runs over every text of every page.
  const at: number[] = [];
  const words = lex.honorificList;
  for (let w = 0; w < words.length; w++) for (let i = text.indexOf(words[w]!, 2); i >= 0; i = text.indexOf(words[w]!, i + 1)) at.push(i);
  if (at.length === 0) return [];
  at.sort((a, b) => a - b);
  const found: NameMatch[] = [];
  const isTaken = overlapIndex(taken);
  let next = 0;
  for (let k = 0; k < at.length; k++) {
    const i = at[k]!;
    // 老先生 holds 先生: one honorific at a time, the longest.
    if (i < next) continue;
    const honorific = lex.honorifics.startingAt(text, i);
    next = i + honorific.length;
    const start = nameStartBefore(lex, text, i);
    if (start >= 0 && !isTaken(start, i)) found.push({ source, start, end: i, name: text.slice(start, i), rule: "name-honorific" });
  }
  return found;
}

/** Where the name that ends at `end`, before a form of address, starts; -1 when none reads. */
function nameStartBefore(lex: WhoLexicon, text: string, end: number): number {
  const foreign = readForeignNameBefore(lex, text, end);
  if (foreign) return foreign.start;
  for (let length = 3; length >= 2; length--) {
    const start = end - length;
    if (start < 0 || lex.surnames.lengthAt(text, start) === 0 || !hasLeftBoundary(lex, text, start)) continue;
    let han = true;
    for (let i = start; i < end && han; i++) han = isHanAt(text, i);
    if (!han || lex.notNames.has(text.slice(start, end))) continue;
    if (nameScore(lex, text, start, end) >= HONORIFIC_NAME_MIN_SCORE) return start;
  }
  return -1;
}
