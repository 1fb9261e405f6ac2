/** Step 1: run every parser over a text and keep the longest match where matches overlap. */
import { lazy } from "../../lexicon/parse-list.js";
import { PARSERS, type Parser } from "./parsers/index.js";
import { buildAnchorIndex, type AnchorIndex } from "./anchor-index.js";
import type { Atom } from "./types.js";
import { codesOf } from "./char-classes.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A parser and its entries in the scanner's anchor index: its anchor and start characters (-1:
 * any); and its anchor's `then` and `notAfter` characters as sets of char codes (null: none).
 */
interface AnchoredParser {
  readonly parser: Parser;
  readonly anchorSet: number;
  readonly startSet: number;
  readonly then: ThenCodes | null;
  readonly notAfter: ReadonlySet<number> | null;
  readonly back: ReadonlySet<number> | null;
}

/** `Anchor.then` with its characters as char codes. */
interface ThenCodes {
  readonly codes: ReadonlySet<number>;
  readonly from: number;
  readonly to: number;
}

interface Scanner {
  readonly parsers: readonly AnchoredParser[];
  readonly anchors: AnchorIndex;
}

const scanner = lazy((): Scanner => {
  // Plain loops and indexOf, not Sets, spreads and maps: this runs once, interpreted, on a fresh
  // process's first page.
  const anchorSets: string[] = [];
  const startSets: string[] = [];
  const parsers: AnchoredParser[] = [];
  for (let i = 0; i < PARSERS.length; i++) {
    const parser = PARSERS[i]!;
    const { chars, starts, then, notAfter, back } = parser.anchor;
    parsers.push({
      parser,
      anchorSet: indexIn(anchorSets, chars),
      startSet: starts === undefined || starts === "" ? -1 : indexIn(startSets, starts),
      then: then === undefined ? null : { codes: codesOf(then.chars), from: then.from, to: then.to },
      notAfter: notAfter === undefined ? null : codesOf(notAfter),
      back: back === undefined ? null : codesOf(back),
    });
  }
  return { parsers, anchors: buildAnchorIndex(anchorSets, startSets) };
});

/** The index of `chars` in `sets`, added at the end if not there. */
function indexIn(sets: string[], chars: string): number {
  const at = sets.indexOf(chars);
  return at >= 0 ? at : sets.push(chars) - 1;
}

/**
 * The atoms one parser accepts in `text`, appended to `found`: the same as trying its pattern at
 * every position from the start, and after an accepted match from its end; but only the starts
 * that the anchors found allow are tried.
 */
function scanParser({ parser, anchorSet, startSet, then, notAfter, back }: AnchoredParser, anchors: AnchorIndex, text: string, found: Atom[]): void {
  const { positions, count } = anchors.sets[anchorSet]!;
  // Read only now: a parser's pattern is built, and compiled, on first use (holidays: an
  // alternation of every name), and most texts hold none of most parsers' anchors.
  if (count === 0) return;
  const { anchor, matchAt } = parser;
  const { from, to } = anchor;
  const sticky = matchAt ? null : parser.pattern;
  const last = text.length - 1;
  /** Every start before `next` has been tried, or cannot hold a match. */
  let next = 0;
  for (let i = 0; i < count; ) {
    const at = positions[i]!;
    const end = Math.min(at - from, last);
    let start = Math.max(next, at - to);
    if (back !== null) {
      // Only the run of `back` characters right before the anchor can hold a start.
      let k = at - 1;
      while (k >= start && back.has(text.charCodeAt(k))) k--;
      start = Math.max(start, k + 1);
    }
    for (; start <= end; start++) {
      if (startSet >= 0 && !anchors.canStart(startSet, text.charCodeAt(start))) continue;
      if (then !== null && !holdsThen(then, text, start)) continue;
      if (notAfter !== null && start > 0 && notAfter.has(text.charCodeAt(start - 1))) continue;
      let match: RegExpExecArray | null;
      if (sticky === null) match = matchAt!(text, start);
      else {
        sticky.lastIndex = start;
        match = sticky.exec(text);
      }
      if (match === null) continue;
      const result = parser.extract(match, text);
      if (result === null) continue;
      next = start + match[0].length;
      const atom: Mutable<Atom> = { start, end: next, rule: parser.name, fields: result.fields };
      if (result.dependent) atom.dependent = true;
      if (result.rangeOnly) atom.rangeOnly = true;
      found.push(atom);
      break;
    }
    // After a match, the same anchor may allow starts after it; else it is done with.
    if (start > end) {
      next = Math.max(next, end + 1);
      i++;
    }
  }
}

/** True when `text` holds one of `then`'s characters at `then.from`…`then.to` after `start` (NaN past its end: none). */
function holdsThen(then: ThenCodes, text: string, start: number): boolean {
  for (let at = start + then.from; at <= start + then.to; at++) if (then.codes.has(text.charCodeAt(at))) return true;
  return false;
}

/**
 * Every atom found in `text`, in text order, none overlapping another.
 *
 * @example
 * ```ts
 * scanAtoms("4月7日上午").map((a) => a.rule); // => ["month", "day", "part-of-day"]
 * ```
 */
export function scanAtoms(text: string): Atom[] {
  const { parsers, anchors } = scanner();
  anchors.index(text);
  const found: Atom[] = [];
  // Index loops, not for…of: on a fresh process this runs interpreted, where each iterator step
  // allocates its result.
  for (let p = 0; p < parsers.length; p++) scanParser(parsers[p]!, anchors, text, found);
  return selectLongest(found);
}

/** Leftmost first, then longest: a match that overlaps one already kept is dropped. Sorts `atoms`. */
export function selectLongest(atoms: Atom[]): Atom[] {
  const sorted = atoms.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Atom[] = [];
  let reached = 0;
  for (let i = 0; i < sorted.length; i++) {
    const atom = sorted[i]!;
    if (atom.start < reached) continue;
    kept.push(atom);
    reached = atom.end;
  }
  return kept;
}
