import { endsSentence, isAsciiAlnum } from "../repair-layout/char-classes.js";
import type { ArticleSegment, HeadlineSegment } from "../stage-types.js";
import type { LineStore } from "../repair-layout/line-store.js";
import { toOriginalSpan, type MappedText } from "../text/mapped-text.js";
import { writeOffsets } from "../repair-layout/line-store.js";
import type { ArticleKind, Span } from "../types.js";
import { breakAfter, pieceEnd, pieceOffset, type PieceTable } from "./01-pieces.js";
import type { Unit } from "./02-units.js";
import { unitPrefix } from "./unit-text.js";

/** Shorter than this (in characters), a report with an opener is a brief. */
const BRIEF_LENGTH = 120;

/**
 * The text of an article: its pieces in order, with the line breaks inside a paragraph removed
 * (宋崇\n飞 → 宋崇飞) and one "\n" kept where a paragraph ends with a finished sentence, or where a
 * unit ends, so that credit and signature lines stay lines of their own.
 */
export function articleBody(units: readonly Unit[], store: LineStore): MappedText {
  // The units' pieces are consecutive in the page's table except where a region was cut (at most
  // once per unit): breaks are read twice, once to size the buffer and once to write it, rather
  // than kept in an array.
  let length = 0;
  forEachPiece(units, (pieces, p, next, unitEnds) => {
    length += pieces.text[p]!.length;
    if (next >= 0 && keepsBreak(pieces, p, next, unitEnds)) length++;
  });
  const offsets = new Uint32Array(length + 1);
  const parts: string[] = [];
  let k = 0;
  forEachPiece(units, (pieces, p, next, unitEnds) => {
    const piece = pieces.text[p]!;
    const from = pieces.from[p]!;
    parts.push(piece);
    writeOffsets(store, pieces.row[p]!, from, from + piece.length, offsets, k);
    k += piece.length;
    if (next >= 0 && keepsBreak(pieces, p, next, unitEnds)) {
      parts.push("\n");
      offsets[k++] = breakAfter(store, pieces, p);
    }
  });
  const last = units[units.length - 1];
  offsets[length] = last ? pieceEnd(store, last.pieces, last.end - 1) : 0;
  // Joined once, flat: a string grown by += would be a rope that later stages flatten.
  return { text: parts.length === 1 ? parts[0]! : parts.join(""), offsets };
}

/** Calls `visit` with each piece of the units in order, the piece after it (-1 at the end) and whether it ends its unit. */
function forEachPiece(units: readonly Unit[], visit: (pieces: PieceTable, p: number, next: number, unitEnds: boolean) => void): void {
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const following = units[u + 1];
    for (let p = unit.first; p < unit.end; p++) {
      const unitEnds = p === unit.end - 1;
      visit(unit.pieces, p, !unitEnds ? p + 1 : following ? following.first : -1, unitEnds);
    }
  }
}

function keepsBreak(pieces: PieceTable, p: number, next: number, unitEnds: boolean): boolean {
  const text = pieces.text[p]!;
  // "Hello\nworld": two Latin words stay apart.
  if (isAsciiAlnum(text[text.length - 1] ?? "") && isAsciiAlnum(pieces.text[next]![0] ?? "")) return true;
  return endsSentence(text) || (unitEnds && !continuesInto(text));
}

/** A unit that stops mid-sentence (城市品质不断提 / 升，) continues across the blank line. */
function continuesInto(text: string): boolean {
  return !endsSentence(text) && !/[）)]$/u.test(text);
}

export interface ArticleDraft {
  readonly units: readonly Unit[];
  readonly headline: HeadlineSegment | null;
}

/** Builds the article segments, in page order, with ids a1, a2 … and column groups. */
export function assembleArticles(drafts: readonly ArticleDraft[], store: LineStore): ArticleSegment[] {
  const kinds = drafts.map(articleKind);
  const columnIds = columnGroups(drafts, kinds);
  return drafts.map((draft, i) => {
    const body = articleBody(draft.units, store);
    const first = draft.units[0]!;
    const opener =
      first.openerLength > 0
        ? { text: unitPrefix(first, first.openerLength), span: spanInUnit(store, first, 0, first.openerLength) }
        : null;
    const spans = [toOriginalSpan(body, 0, body.text.length), ...(draft.headline?.lines ?? []).map((l) => toOriginalSpan(l, 0, l.text.length))];
    return {
      id: `a${i + 1}`,
      kind: kinds[i]!,
      span: { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) },
      body,
      headline: draft.headline,
      opener,
      columnId: columnIds[i] ?? null,
    };
  });
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
