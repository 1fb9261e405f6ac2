import { lineStoreOf, type LineStore, type RepairedPage } from "../1-repair-layout/index.js";
import { offsetAt } from "../1-repair-layout/line-store.js";
import { textWidth } from "../1-repair-layout/char-classes.js";
import type { MappedText } from "../../text/mapped-text.js";
import { ownBuffer, type AllocateOffsets } from "../../text/offset-arena.js";
import { mappedRange } from "../1-repair-layout/line-store.js";
import { runOnOpeners, type MarkerLexicon } from "./markers.js";

/**
 * The pieces of a page: physical lines, or the parts of one that a run-on article's opener splits
 * off. Piece p is column p of these arrays: an object per piece (100,000 on 2 MB) was most of
 * detection's garbage. Offsets stay in the page's line store (see {@link pieceMapped}).
 */
export interface PieceTable {
  readonly count: number;
  /** The lines' text (a piece that is a whole line shares its line's string). */
  readonly text: readonly string[];
  readonly width: Float64Array;
  /** Physical line number. */
  readonly line: Uint32Array;
  /** The line's row in the line store. */
  readonly row: Uint32Array;
  /** Page-wide index of the piece's first character in the line store. */
  readonly from: Uint32Array;
  /** Original offset of the line break after the piece, when it ends its line; -1 otherwise. */
  readonly breakOffset: Float64Array;
  /** {@link STARTS_LINE} and {@link BLANK_BEFORE}. */
  readonly flags: Uint8Array;
}

/** Not set on the second part of a line split at a run-on opener. */
export const STARTS_LINE = 1;
/** A blank line (or the page start) comes right before the piece. */
export const BLANK_BEFORE = 2;

/** The pieces of a page, with the store that maps their characters to the original. */
export interface PagePieces {
  readonly store: LineStore;
  readonly pieces: PieceTable;
}

/**
 * Splits the repaired lines into pieces: blank lines are dropped (remembered as BLANK_BEFORE),
 * and a line that holds the end of one article and the opener of the next
 * (…参加报告会。 本报讯 （记者付凯明） 4) becomes two pieces.
 */
export function splitPieces(page: RepairedPage, lexicon: MarkerLexicon): PagePieces {
  const store = lineStoreOf(page);
  const table = new PieceTableBuilder(store.count + 16);
  let blankBefore = true;
  for (let row = 0; row < store.count; row++) {
    const text = store.texts[row]!;
    if (text.length === 0) {
      blankBefore = true;
      continue;
    }
    const line = store.numbers?.[row] ?? row;
    const breakOffset = store.breaks[row]!;
    const cuts = runOnOpeners(text, lexicon, store.texts[row + 1] ?? "");
    let start = 0;
    for (let c = 0; c <= cuts.length; c++) {
      const end = cuts[c] ?? text.length;
      const part = c === 0 && end === text.length ? text : text.slice(start, end);
      const flags = c === 0 ? STARTS_LINE | (blankBefore ? BLANK_BEFORE : 0) : 0;
      table.push(part, line, row, store.starts[row]! + start, c === cuts.length ? breakOffset : -1, flags);
      start = end;
    }
    blankBefore = false;
  }
  return { store, pieces: table.finish() };
}

/** Fills a {@link PieceTable}, growing its arrays when a page has more pieces than lines. */
class PieceTableBuilder {
  private readonly text: string[];
  private width: Float64Array;
  private line: Uint32Array;
  private row: Uint32Array;
  private from: Uint32Array;
  private breakOffset: Float64Array;
  private flags: Uint8Array;
  private count = 0;

  constructor(capacity: number) {
    // Sized up front: pushing onto a growing array was most of this builder's time.
    this.text = new Array<string>(capacity);
    this.width = new Float64Array(capacity);
    this.line = new Uint32Array(capacity);
    this.row = new Uint32Array(capacity);
    this.from = new Uint32Array(capacity);
    this.breakOffset = new Float64Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  push(text: string, line: number, row: number, from: number, breakOffset: number, flags: number): void {
    const p = this.count++;
    if (p === this.width.length) this.grow();
    this.text[p] = text;
    this.width[p] = textWidth(text);
    this.line[p] = line;
    this.row[p] = row;
    this.from[p] = from;
    this.breakOffset[p] = breakOffset;
    this.flags[p] = flags;
  }

  private grow(): void {
    const size = 2 * this.width.length;
    this.width = grown(this.width, new Float64Array(size));
    this.line = grown(this.line, new Uint32Array(size));
    this.row = grown(this.row, new Uint32Array(size));
    this.from = grown(this.from, new Uint32Array(size));
    this.breakOffset = grown(this.breakOffset, new Float64Array(size));
    this.flags = grown(this.flags, new Uint8Array(size));
  }

  finish(): PieceTable {
    const n = this.count;
    this.text.length = n;
    return {
      count: n,
      text: this.text,
      width: this.width.subarray(0, n),
      line: this.line.subarray(0, n),
      row: this.row.subarray(0, n),
      from: this.from.subarray(0, n),
      breakOffset: this.breakOffset.subarray(0, n),
      flags: this.flags.subarray(0, n),
    };
  }
}

function grown<T extends Float64Array | Uint32Array | Uint8Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}

/** The original offset of character `i` of piece `p`. */
export function pieceOffset(store: LineStore, pieces: PieceTable, p: number, i: number): number {
  return offsetAt(store, pieces.row[p]!, pieces.from[p]! + i);
}

/** The original offset right after the piece's last character. */
export function pieceEnd(store: LineStore, pieces: PieceTable, p: number): number {
  return pieceOffset(store, pieces, p, pieces.text[p]!.length - 1) + 1;
}

/** Where the separator after a piece maps: its own line break, or a zero-width break at its end. */
export function breakAfter(store: LineStore, pieces: PieceTable, p: number): number {
  const at = pieces.breakOffset[p]!;
  return at >= 0 ? at : pieceEnd(store, pieces, p);
}

/** Piece `p` as a MappedText of its own. */
export function pieceMapped(store: LineStore, pieces: PieceTable, p: number, allocate: AllocateOffsets = ownBuffer): MappedText {
  const from = pieces.from[p]!;
  const text = pieces.text[p]!;
  return mappedRange(store, pieces.row[p]!, text, from, from + text.length, allocate);
}
