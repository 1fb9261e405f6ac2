import { endsSentence, isAsciiAlnum } from "../repair-layout/char-classes.js";
import type { ArticleSegment, HeadlineSegment } from "../stage-types.js";
import type { LineStore } from "../repair-layout/line-store.js";
import { toOriginalSpan, type MappedText } from "../text/mapped-text.js";
import { writeOffsets } from "../repair-layout/line-store.js";
import type { ArticleKind, Span } from "../types.js";
import { pieceEnd, pieceOffset, type Piece } from "./01-pieces.js";
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
  // First the breaks kept after each piece (its original offset, or -1), then text and offsets
  // written once: joining a MappedText per piece and per break copied every offset twice.
  const pieces: Piece[] = [];
  const breaks: number[] = [];
  let length = 0;
  units.forEach((unit, u) => {
    unit.pieces.forEach((piece, p) => {
      pieces.push(piece);
      length += piece.text.length;
      const next = unit.pieces[p + 1] ?? units[u + 1]?.pieces[0];
      const unitEnds = p === unit.pieces.length - 1;
      const at = next && keepsBreak(piece, next, unitEnds) ? breakAfter(store, piece) : -1;
      breaks.push(at);
      if (at >= 0) length++;
    });
  });
  const offsets = new Uint32Array(length + 1);
  const parts: string[] = [];
  let k = 0;
  pieces.forEach((piece, i) => {
    parts.push(piece.text);
    writeOffsets(store, piece.row, piece.from, piece.from + piece.text.length, offsets, k);
    k += piece.text.length;
    const at = breaks[i]!;
    if (at >= 0) {
      parts.push("\n");
      offsets[k++] = at;
    }
  });
  const last = pieces[pieces.length - 1];
  offsets[length] = last ? pieceEnd(store, last) : 0;
  return { text: parts.length === 1 ? parts[0]! : parts.join(""), offsets };
}

function keepsBreak(piece: Piece, next: Piece, unitEnds: boolean): boolean {
  const text = piece.text;
  // "Hello\nworld": two Latin words stay apart.
  if (isAsciiAlnum(text[text.length - 1] ?? "") && isAsciiAlnum(next.text[0] ?? "")) return true;
  return endsSentence(text) || (unitEnds && !continuesInto(text));
}

/** A unit that stops mid-sentence (城市品质不断提 / 升，) continues across the blank line. */
function continuesInto(text: string): boolean {
  return !endsSentence(text) && !/[）)]$/u.test(text);
}

/** Where the separator after a piece maps: its own line break, or a zero-width break at its end. */
function breakAfter(store: LineStore, piece: Piece): number {
  return piece.breakOffset ?? pieceEnd(store, piece);
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
        ? { text: unitPrefix(first.pieces, first.openerLength), span: spanInUnit(store, first, 0, first.openerLength) }
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
  for (const piece of unit.pieces) {
    if (i < piece.text.length) return pieceOffset(store, piece, i);
    i -= piece.text.length;
  }
  return pieceEnd(store, unit.pieces[unit.pieces.length - 1]!);
}
