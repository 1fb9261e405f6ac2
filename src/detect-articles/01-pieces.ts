import { lineStoreOf, type LineStore, type RepairedPage } from "../repair-layout/index.js";
import { offsetAt } from "../repair-layout/line-store.js";
import { textWidth } from "../repair-layout/char-classes.js";
import type { MappedText } from "../text/mapped-text.js";
import { ownBuffer, type AllocateOffsets } from "../text/offset-arena.js";
import { mappedRange } from "../repair-layout/line-store.js";
import { runOnOpeners } from "./markers.js";

/**
 * A physical line, or the part of one that a run-on article's opener splits off. Its offsets stay
 * in the page's line store (see {@link pieceMapped}): a MappedText per piece cost more heap than
 * its text.
 */
export interface Piece {
  readonly text: string;
  readonly width: number;
  /** Physical line number. */
  readonly line: number;
  /** The line's row in the line store. */
  readonly row: number;
  /** Page-wide index of `text[0]` in the line store. */
  readonly from: number;
  /** Original offset of the line break after this piece, when the piece ends its line. */
  readonly breakOffset: number | null;
  /** False for the second part of a line split at a run-on opener. */
  readonly startsLine: boolean;
  /** True when a blank line (or the page start) comes right before this piece. */
  readonly blankBefore: boolean;
}

/** The pieces of a page, with the store that maps their characters to the original. */
export interface PagePieces {
  readonly store: LineStore;
  readonly pieces: Piece[];
}

/**
 * Splits the repaired lines into pieces: blank lines are dropped (remembered as `blankBefore`),
 * and a line that holds the end of one article and the opener of the next
 * (…参加报告会。 本报讯 （记者付凯明） 4) becomes two pieces.
 */
export function splitPieces(page: RepairedPage): PagePieces {
  const store = lineStoreOf(page);
  const pieces: Piece[] = [];
  let blankBefore = true;
  for (let row = 0; row < store.count; row++) {
    const text = store.texts[row]!;
    if (text.length === 0) {
      blankBefore = true;
      continue;
    }
    const line = store.numbers?.[row] ?? row;
    const breakOffset = store.breaks[row]! < 0 ? null : store.breaks[row]!;
    const cuts = runOnOpeners(text);
    let start = 0;
    for (let c = 0; c <= cuts.length; c++) {
      const end = cuts[c] ?? text.length;
      const part = c === 0 && end === text.length ? text : text.slice(start, end);
      pieces.push({
        text: part,
        width: textWidth(part),
        line,
        row,
        from: store.starts[row]! + start,
        breakOffset: c === cuts.length ? breakOffset : null,
        startsLine: c === 0,
        blankBefore: c === 0 && blankBefore,
      });
      start = end;
    }
    blankBefore = false;
  }
  return { store, pieces };
}

/** The original offset of `piece.text[i]`. */
export function pieceOffset(store: LineStore, piece: Piece, i: number): number {
  return offsetAt(store, piece.row, piece.from + i);
}

/** The original offset right after the piece's last character. */
export function pieceEnd(store: LineStore, piece: Piece): number {
  return pieceOffset(store, piece, piece.text.length - 1) + 1;
}

/** The piece as a MappedText of its own. */
export function pieceMapped(store: LineStore, piece: Piece, allocate: AllocateOffsets = ownBuffer): MappedText {
  return mappedRange(store, piece.row, piece.text, piece.from, piece.from + piece.text.length, allocate);
}
