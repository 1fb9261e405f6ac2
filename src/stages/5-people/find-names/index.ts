/**
 * Names that no title or credit introduces: later mentions of a name already found on the page
 * (吕沛强调), surname-and-title references (吕书记 → 吕沛), and, in running text, names the
 * statistical model is confident about (张三说), checked against the list of look-alike words.
 */
import { WordSet } from "../../../lexicon/word-set.js";
import type { WhoLexicon } from "../../../lexicon/who-lexicon.js";
import { isHanAt } from "../names/han.js";
import { CONJUNCTION_SHORT_MIN_SCORE, endsInConjunction, isConjunctionAt, isNameBoundary, readForeignNameBefore } from "../names/read-name.js";
import { allNameCandidates, ScoreSink, scoreName } from "../names/name-model.js";
import { hasLeftBoundary, nameScore } from "../names/score-name.js";
import { knownTimeWordWindow } from "../names/time-words.js";
import { findDottedNames } from "./dotted.js";
import { placesNamed } from "./places.js";
import type { NameMatch, ReferenceMatch, RoleMatch } from "../types.js";

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

/** A run of this many names needs no boundary before it. */
const LONG_RUN = 3;

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
  // 苏家金刚石: a look-alike word is no name of a run either.
  if (isNotName(lex, text, at, end)) return NaN;
  const score = nameScore(lex, text, at, end);
  return score < RUN_NAME_MIN_SCORE ? NaN : score;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** A candidate of the name model with its score. */
interface ScoredName {
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

/**
 * Names in running text that the learned model accepts on its own (张某某说, 据王某某介绍,
 * 和李某某一起), outside `taken`: every candidate that starts with a surname is scored, and the
 * best-scoring ones that do not overlap are kept. Runs of names without separators (江泽民李鹏乔石)
 * are split by {@link readNameRun} where the model found none.
 */
export function findFreeNames(lex: WhoLexicon, source: number, text: string, taken: readonly { start: number; end: number }[], known: ReadonlySet<string> = NO_NAMES): NameMatch[] {
  const isTaken = overlapIndex(taken);
  const scored: ScoredName[] = [];
  // Candidates that score too low alone but may be one item of a list of names (see below).
  const listed: ScoredName[] = [];
  const { candidates, repeats } = allNameCandidates(lex, text);
  const sink = new ScoreSink(lex.nameWeights);
  const places = placesNamed(lex, text);
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (isTaken(c.start, c.end) || lex.notNames.has(text.slice(c.start, c.end))) continue;
    // 吕梁 where the text writes 吕梁地区: a place of this text, wherever else it stands.
    if (places !== null && places.has(text.slice(c.start, c.end))) continue;
    // 金刚石: a listed look-alike word (金刚) read on by one character is still that word.
    if (c.end - c.start === 3 && lex.notNames.has(text.slice(c.start, c.start + 2))) continue;
    // 吕沛强调 where 吕沛 is known on the page: the known name, not a longer one.
    if (c.end - c.start > 2 && known.has(text.slice(c.start, c.end - 1))) continue;
    // 小扎耶德 where the text also writes 扎耶德 alone: "little" is no part of the name (小平 is one).
    if (c.surnameLength === 0 && isDiminutivePrefixed(text, c.start, c.end)) continue;
    // 阿卜杜拉·阿齐兹: a part of a ·-joined name is not the name (the whole is read below).
    if (dotNextTo(text, c.start - 1, -1) || dotNextTo(text, c.end, 1)) continue;
    // 北京师范大学教授: what ends like an organization is none of its people.
    if (lex.organizationSuffixes.endingAt(text, c.end).length > 1) continue;
    // 李明上午出席: the time word is read as 今天, whose context the model learned.
    const timed = knownTimeWordWindow(text, c);
    const score = timed === null ? scoreName(lex, lex.nameWeights, text, c, repeats[k]!, sink) : scoreName(lex, lex.nameWeights, timed.text, timed.candidate, repeats[k]!, sink);
    if (score > 0) scored.push({ start: c.start, end: c.end, score });
    else if (score > LIST_ITEM_MIN_SCORE && isListItem(lex, text, c.start, c.end)) listed.push({ start: c.start, end: c.end, score });
  }
  dropConjunctionEndings(text, scored);
  // Best first: of 王晓 and 王晓明, or of 张三 and 三李, the likelier reading wins.
  scored.sort((a, b) => b.score - a.score || a.start - b.start);
  const kept: ScoredName[] = [];
  const claimed = new Uint8Array(text.length);
  const found: NameMatch[] = [];
  for (const n of findDottedNames(lex, text)) {
    if (isTaken(n.start, n.end)) continue;
    claimed.fill(1, n.start, n.end);
    found.push({ source, start: n.start, end: n.end, name: text.slice(n.start, n.end), rule: "name-dotted" });
  }
  // 讲话李鹏乔石朱镕基李瑞环: a run of four names or more vouches for itself wherever it starts, and
  // is read before the model, which would take 李鹏乔 one name at a time.
  for (let i = 0; i < text.length; i++) {
    const sl = lex.surnames.lengthAt(text, i);
    // A second name must start one or two characters after the surname: most positions end here.
    if (sl === 0 || (lex.surnames.lengthAt(text, i + sl + 1) === 0 && lex.surnames.lengthAt(text, i + sl + 2) === 0)) continue;
    const run = readNameRun(lex, text, i, LONG_RUN);
    if (run.length === 0) continue;
    const last = run[run.length - 1]!.end;
    if (isTaken(run[0]!.start, last)) continue;
    claimed.fill(1, i, last);
    for (const n of run) found.push({ source, start: n.start, end: n.end, name: text.slice(n.start, n.end), rule: "name-run" });
    i = last - 1;
  }
  for (const c of scored) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = claimed[i] === 0;
    if (!free) continue;
    claimed.fill(1, c.start, c.end);
    kept.push(c);
  }
  keepListItems(text, listed, kept, claimed, taken, known);
  kept.sort((a, b) => a.start - b.start);
  for (const c of kept) found.push({ source, start: c.start, end: c.end, name: text.slice(c.start, c.end), rule: "name-model" });
  // 江泽民李鹏乔石: a run the model, which reads one name at a time, did not take.
  for (let i = 0; i < text.length; i++) {
    if (claimed[i] !== 0 || lex.surnames.lengthAt(text, i) === 0 || !hasLeftBoundary(lex, text, i)) continue;
    const run = readNameRun(lex, text, i);
    if (run.length === 0) continue;
    const last = run[run.length - 1]!.end;
    let free = !isTaken(run[0]!.start, last);
    for (let k = i; k < last && free; k++) free = claimed[k] === 0;
    if (!free) continue;
    for (const n of run) found.push({ source, start: n.start, end: n.end, name: text.slice(n.start, n.end), rule: "name-run" });
    i = last - 1;
  }
  if (text.includes("、")) {
    const names: Range[] = found.slice();
    for (const t of taken) if (typeof (t as { name?: unknown }).name === "string") names.push(t);
    for (const n of listMajorityNames(lex, text, names, isTaken)) found.push({ source, start: n.start, end: n.end, name: text.slice(n.start, n.end), rule: "name-list" });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** How far from a 小-candidate the text is searched for the name alone: an article's length. */
const DIMINUTIVE_WINDOW = 3000;

/** Whether `text[start, end)` is 小 or 老 before a name of two characters or more that the text also writes without it. */
function isDiminutivePrefixed(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if ((first !== 0x5c0f /* 小 */ && first !== 0x8001) /* 老 */ || end - start < 3) return false;
  // Looked for near the candidate only: a long page has many of them.
  const rest = text.slice(start + 1, end);
  const from = Math.max(0, start - DIMINUTIVE_WINDOW);
  const to = Math.min(text.length, end + DIMINUTIVE_WINDOW);
  const near = text.slice(from, to);
  for (let at = near.indexOf(rest); at >= 0; at = near.indexOf(rest, at + 1)) if (from + at === 0 || text.charCodeAt(from + at - 1) !== first) return true;
  return false;
}

/** Whether `text[at]` is a middle dot with a Han character past it (`step` -1: before it, 1: after). */
function dotNextTo(text: string, at: number, step: -1 | 1): boolean {
  const code = text.charCodeAt(at);
  return (code === 0xb7 || code === 0x2022) && isHanAt(text, at + step);
}

/** The longest item of a 、 list read as a name by {@link listMajorityNames}. */
const MAX_LIST_ITEM = 4;

/**
 * 鲁迅、茅盾、郭沫若、老舍、巴金: the items between two 、 of a list of which at least two items and
 * more than a third are names found so far (`names`; the first and last items count when a name
 * ends at the first 、 or starts after the last), when each reads as a Chinese name (a surname and
 * one or two given characters seen in names, not a look-alike word) and nothing took it. The list
 * vouches for what the model scored too low alone (茅盾, 巴金).
 */
function listMajorityNames(lex: WhoLexicon, text: string, names: readonly Range[], isTaken: (start: number, end: number) => boolean): Range[] {
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const n of names) (starts.add(n.start), ends.add(n.end));
  const out: Range[] = [];
  for (let at = text.indexOf("、"), next = at; at >= 0; at = next) {
    const unnamed: Range[] = [];
    let named = ends.has(at) ? 1 : 0;
    let items = 2;
    let last = at;
    // The run of 、 whose items between them are at most MAX_LIST_ITEM characters.
    for (next = text.indexOf("、", at + 1); next > last + 1 && next - last - 1 <= MAX_LIST_ITEM; next = text.indexOf("、", next + 1)) {
      items++;
      if (starts.has(last + 1) && ends.has(next)) named++;
      else unnamed.push({ start: last + 1, end: next });
      last = next;
    }
    if (starts.has(last + 1)) named++;
    if (named < 2 || named * 3 <= items) continue;
    for (const item of unnamed) if (readsAsListName(lex, text, item.start, item.end) && !isTaken(item.start, item.end)) out.push(item);
  }
  return out;
}

/** A given character of a list's name needs at least this share: the list vouches for the rest. */
const LIST_NAME_MIN_GIVEN = 0.0005;

/** Whether `text[start, end)` reads as a whole Chinese name: a surname and one or two given characters seen in names. */
function readsAsListName(lex: WhoLexicon, text: string, start: number, end: number): boolean {
  const sl = lex.surnames.lengthAt(text, start);
  if (sl === 0 || end - start - sl < 1 || end - start - sl > 2 || isNotName(lex, text, start, end)) return false;
  for (let i = start + sl; i < end; i++) if (!isHanAt(text, i) || lex.chars.given(text.charCodeAt(i)) < LIST_NAME_MIN_GIVEN) return false;
  return true;
}


/**
 * 李明和今天: a reading that ends in a conjunction loses to the reading without it when that one is
 * a name by itself (scores above {@link CONJUNCTION_SHORT_MIN_SCORE}), whatever follows. After a name, 和 is the conjunction far more
 * often than the end of a given name (95 against 11 names in the training split); 王大同今天 keeps
 * its 同, since 王大 alone is no name.
 */
function dropConjunctionEndings(text: string, scored: ScoredName[]): void {
  const names = new Set<number>();
  for (const c of scored) if (c.score > CONJUNCTION_SHORT_MIN_SCORE) names.add(c.start * 8 + (c.end - c.start));
  for (let k = scored.length - 1; k >= 0; k--) {
    const c = scored[k]!;
    if (c.end - c.start >= 3 && endsInConjunction(text, c.end) && names.has(c.start * 8 + (c.end - c.start - 1))) scored.splice(k, 1);
  }
}

/**
 * A candidate that is a whole item of a 、 list needs only this model score (the weights' scale,
 * ×10) when the item beside it is a name: 叶圣陶、闻一多、王统照 are names together.
 */
export const LIST_ITEM_MIN_SCORE = -60;

const LIST_COMMA = 0x3001; // 、

/**
 * Whether `text[at]` joins two items: 、 or, as 、 does, a conjunction that joins like with like
 * (张三与市教育局局长李四, 市长李明和王大同).
 */
function isJoinerAt(text: string, at: number): boolean {
  return text.charCodeAt(at) === LIST_COMMA || isConjunctionAt(text, at);
}

/**
 * Whether `text[start, end)` is a whole item of a list: 、 or a conjunction on one side, and on the
 * other a joiner, no Han character, a boundary a name may end at (after a conjunction: 与王大同会面),
 * or (before the first item) a boundary a name may start at (a character often seen before names,
 * a word names come after) or a title (领导人孙中山、毛泽东, 包括鲁迅、茅盾).
 */
function isListItem(lex: WhoLexicon, text: string, start: number, end: number): boolean {
  if (isJoinerAt(text, start - 1)) {
    if (isJoinerAt(text, end) || !isHanAt(text, end)) return true;
    return text.charCodeAt(start - 1) !== LIST_COMMA && isNameBoundary(lex, text, end);
  }
  return isJoinerAt(text, end) && (hasLeftBoundary(lex, text, start) || lex.titles.endingAt(text, start) !== "");
}

/**
 * Keeps the `listed` candidates (best first) whose neighbour across a 、 or a conjunction is a name:
 * one the model kept, a name already found there (`taken` spans whose string is `known`), or a
 * role whose title leads to its name (张三与市教育局局长李四). Repeated until no
 * more are added, so that a list reads outward from the names it is sure of.
 */
function keepListItems(text: string, listed: ScoredName[], kept: ScoredName[], claimed: Uint8Array, taken: readonly Range[], known: ReadonlySet<string>): void {
  if (listed.length === 0) return;
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const n of kept) (starts.add(n.start), ends.add(n.end));
  for (const t of taken) if (known.has(text.slice(t.start, t.end))) (starts.add(t.start), ends.add(t.end));
  // 张三与市教育局局长李四: a role whose title leads to a name is a person's item too.
  for (const t of taken) if ("title" in t && (t as RoleMatch).name.start >= t.end) starts.add(t.start);
  // 孙中山、毛泽东、周恩来: a known name not yet taken (a leader's, read by a later pass) vouches too.
  for (const n of findKnownNames(0, text, known, taken)) (starts.add(n.start), ends.add(n.end));
  listed.sort((a, b) => b.score - a.score || a.start - b.start);
  for (let added = true; added; ) {
    added = false;
    for (const c of listed) {
      if (claimed[c.start] !== 0) continue;
      const nextTo = (isJoinerAt(text, c.start - 1) && ends.has(c.start - 1)) || (isJoinerAt(text, c.end) && starts.has(c.end + 1));
      let free = nextTo;
      for (let i = c.start; i < c.end && free; i++) free = claimed[i] === 0;
      if (!free) continue;
      claimed.fill(1, c.start, c.end);
      kept.push(c);
      starts.add(c.start);
      ends.add(c.end);
      added = true;
    }
  }
}

/** Whether `text[start, end)` is a listed look-alike word, or one read on by a character (金刚石: 金刚). */
function isNotName(lex: WhoLexicon, text: string, start: number, end: number): boolean {
  return lex.notNames.has(text.slice(start, end)) || (end - start === 3 && lex.notNames.has(text.slice(start, start + 2)));
}

const OPEN_BRACKET = 0xff08; // （
const CLOSE_BRACKET = 0xff09; // ）
/** The longest bracket read for names: three names of four characters. */
const MAX_BRACKET = 12;

/**
 * Names alone in a bracket that closes a paragraph, outside `taken`: the reporters of a brief
 * (（林志明何秀英）) and the artist under a work (（油画）（周晓岚）), written without a credit
 * word. The bracket's whole content must split into one to three plausible Chinese names, as a
 * run of names does ({@link readNameRun}); 附图片１张, 书法 and 新华社电 do not.
 */
export function findBracketNames(lex: WhoLexicon, source: number, text: string, taken: readonly Range[]): NameMatch[] {
  const found: NameMatch[] = [];
  const isTaken = overlapIndex(taken);
  for (let close = text.indexOf("）"); close >= 0; close = text.indexOf("）", close + 1)) {
    // Only a bracket that ends its paragraph: inside a sentence a bracket holds an alias or a gloss.
    const after = text.charCodeAt(close + 1);
    if (close + 1 < text.length && after !== 0x0a && after !== 0x0d) continue;
    const open = text.lastIndexOf("（", close);
    if (open < 0 || close - open - 1 < 2 || close - open - 1 > MAX_BRACKET || text.charCodeAt(open) !== OPEN_BRACKET) continue;
    const run = readNameRun(lex, text, open + 1, 1);
    if (run.length === 0 || run.length > 3 || run[run.length - 1]!.end !== close || text.charCodeAt(close) !== CLOSE_BRACKET) continue;
    if (isTaken(open + 1, close) || run.some((n) => isNotName(lex, text, n.start, n.end))) continue;
    for (const n of run) found.push({ source, start: n.start, end: n.end, name: text.slice(n.start, n.end), rule: "closing-bracket" });
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
