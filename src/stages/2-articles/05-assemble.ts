import { endsSentence, isAsciiAlnumCode } from "../1-repair-layout/char-classes.js";
import { offsetArena, ownBuffer, type AllocateOffsets } from "../../text/offset-arena.js";
import type { ArticleSegment, HeadlineSegment } from "../../contracts/stages.js";
import type { LineStore } from "../1-repair-layout/line-store.js";
import { toOriginalSpan, type MappedText } from "../../text/mapped-text.js";
import { writeOffsets } from "../1-repair-layout/line-store.js";
import type { ArticleKind, Span } from "../../contracts/graph.js";
import { breakAfter, pieceEnd, pieceOffset, type PieceTable } from "./01-pieces.js";
import type { Unit } from "./02-units.js";
import { unitPrefix } from "./unit-text.js";
import { endsWithOneOf } from "../../text/char-sets.js";

/** Shorter than this (in characters), a report with an opener is a brief. */
const BRIEF_LENGTH = 120;

/**
 * The text of an article: its pieces in order, with the line breaks inside a paragraph removed
 * (宋崇\n飞 → 宋崇飞) and one "\n" kept where a paragraph ends with a finished sentence, or where a
 * unit ends, so that credit and signature lines stay lines of their own. Offsets come from
 * `allocate` (one arena for the page's articles, see assembleArticles).
 */
export function articleBody(units: readonly Unit[], store: LineStore, allocate: AllocateOffsets = ownBuffer): MappedText {
  // Text and offsets written once, into a buffer sized first: joining a MappedText per piece
  // and per break copied every offset twice.
  const length = bodyLength(units);
  const offsets = allocate(length + 1);
  // One entry per piece and per break, sized up front rather than grown.
  let partCount = length;
  for (const unit of units) for (let p = unit.first; p < unit.end; p++) partCount -= unit.pieces.text[p]!.length - 1;
  const parts = new Array<string>(partCount);
  let part = 0;
  let k = 0;
  for (let u = 0; u < units.length; u++) {
    const { pieces, first, end, credit } = units[u]!;
    const following = units[u + 1];
    for (let p = first; p < end; p++) {
      const piece = pieces.text[p]!;
      const from = pieces.from[p]!;
      parts[part++] = piece;
      writeOffsets(store, pieces.row[p]!, from, from + piece.length, offsets, k);
      k += piece.length;
      if (keepsBreakAfter(pieces, p, end, following, credit !== null)) {
        parts[part++] = "\n";
        offsets[k++] = breakAfter(store, pieces, p);
      }
    }
  }
  const last = units[units.length - 1];
  offsets[length] = last ? pieceEnd(store, last.pieces, last.end - 1) : 0;
  // Joined once, flat: a string grown by += would be a rope that later stages flatten.
  return { text: parts.length === 1 ? parts[0]! : parts.join(""), offsets };
}

/** The length of {@link articleBody}'s text: the pieces and the breaks kept between them. */
export function bodyLength(units: readonly Unit[]): number {
  let length = 0;
  for (let u = 0; u < units.length; u++) {
    const { pieces, first, end, credit } = units[u]!;
    const following = units[u + 1];
    for (let p = first; p < end; p++) {
      length += pieces.text[p]!.length;
      if (keepsBreakAfter(pieces, p, end, following, credit !== null)) length++;
    }
  }
  return length;
}

/** Whether a "\n" follows piece `p` of a unit ending before `end`, the unit `following` after it. */
function keepsBreakAfter(pieces: PieceTable, p: number, end: number, following: Unit | undefined, creditLine: boolean): boolean {
  const unitEnds = p === end - 1;
  if (unitEnds && !following) return false;
  // A credit line (文／陈昱婷, 本报记者林晓东 over the text) ends where its line does.
  if (unitEnds && creditLine) return true;
  const text = pieces.text[p]!;
  const next = unitEnds ? following!.pieces.text[following!.first]! : pieces.text[p + 1]!;
  // "Hello\nworld": two Latin words stay apart.
  if (isAsciiAlnumCode(text.charCodeAt(text.length - 1)) && isAsciiAlnumCode(next.charCodeAt(0))) return true;
  return endsSentence(text) || (unitEnds && !continuesInto(text));
}

/** A unit that stops mid-sentence (城市品质不断提 / 升，) continues across the blank line. */
function continuesInto(text: string): boolean {
  return !endsSentence(text) && !endsWithOneOf(text, "）)");
}

export interface ArticleDraft {
  readonly units: readonly Unit[];
  readonly headline: HeadlineSegment | null;
  /** The probability (0–1) that the article's edges are right, when the line labeller gave one. */
  readonly confidence?: number;
  /** Subheads inside the body. */
  readonly subheads?: readonly MappedText[];
}

/** Builds the article segments, in page order, with ids a1, a2 … and column groups. */
export function assembleArticles(drafts: readonly ArticleDraft[], store: LineStore): ArticleSegment[] {
  const kinds = drafts.map(articleKind);
  const columnIds = columnGroups(drafts, kinds);
  // The bodies' offsets cut from one buffer: they are kept together, and a buffer each was
  // thousands of allocations outside the heap.
  let capacity = 0;
  for (const draft of drafts) capacity += bodyLength(draft.units) + 1;
  const allocate = offsetArena(capacity);
  return drafts.map((draft, i) => {
    const body = articleBody(draft.units, store, allocate);
    const first = draft.units[0]!;
    const opener =
      first.openerLength > 0
        ? { text: unitPrefix(first, first.openerLength), span: spanInUnit(store, first, 0, first.openerLength) }
        : null;
    return {
      id: `a${i + 1}`,
      kind: kinds[i]!,
      span: articleSpan(body, draft.headline),
      body,
      headline: draft.headline,
      opener,
      columnId: columnIds[i] ?? null,
      ...(draft.confidence === undefined ? {} : { confidence: draft.confidence }),
      ...(draft.subheads === undefined ? {} : { subheads: draft.subheads }),
    };
  });
}

/** From the first to the last original offset of the body and the headline's lines. */
function articleSpan(body: MappedText, headline: HeadlineSegment | null): Span {
  const span = toOriginalSpan(body, 0, body.text.length);
  let { start, end } = span;
  for (const line of headline?.lines ?? []) {
    const s = toOriginalSpan(line, 0, line.text.length);
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

function articleKind(draft: ArticleDraft): ArticleKind {
  const credits = draft.units.map((u) => u.credit);
  if (credits.includes("photo") && draft.units[0]!.openerLength === 0) return "photo-caption";
  if (draft.units[0]!.openerLength > 0) {
    const length = draft.units.reduce((sum, u) => sum + u.length, 0);
    return length < BRIEF_LENGTH ? "brief" : "news";
  }
  if (credits.includes("signature") || credits.includes("column")) return "column-piece";
  return "news";
}

/** Consecutive column pieces form one column; a lone piece only with a column-wide credit. */
function columnGroups(drafts: readonly ArticleDraft[], kinds: readonly ArticleKind[]): (string | null)[] {
  const ids: (string | null)[] = kinds.map(() => null);
  let column = 0;
  for (let i = 0; i < kinds.length; ) {
    if (kinds[i] !== "column-piece") {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < kinds.length && kinds[j + 1] === "column-piece") j++;
    const hasColumnCredit = drafts.slice(i, j + 1).some((d) => d.units.some((u) => u.credit === "column"));
    if (j > i || hasColumnCredit) {
      column++;
      for (let k = i; k <= j; k++) ids[k] = `col${column}`;
    }
    i = j + 1;
  }
  return ids;
}

/** The original span of the unit's text `[start, end)`. */
export function spanInUnit(store: LineStore, unit: Unit, start: number, end: number): Span {
  if (end <= start) {
    const at = unitOffset(store, unit, start);
    return { start: at, end: at };
  }
  return { start: unitOffset(store, unit, start), end: unitOffset(store, unit, end - 1) + 1 };
}

/** The original offset of the unit's text at `i`; past the end, of the end of its last piece. */
function unitOffset(store: LineStore, unit: Unit, i: number): number {
  const { pieces } = unit;
  for (let p = unit.first; p < unit.end; p++) {
    const length = pieces.text[p]!.length;
    if (i < length) return pieceOffset(store, pieces, p, i);
    i -= length;
  }
  return pieceEnd(store, pieces, unit.end - 1);
}
