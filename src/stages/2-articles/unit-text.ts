import type { PieceTable } from "./01-pieces.js";

/**
 * A unit's text is its pieces joined without line breaks. Most checks read only a few characters
 * at one end of it, or only short units: joining every unit copied the page once more and was
 * much of detection's garbage. These return the text itself, or enough of one end of it.
 */

/** Pieces `first` to `end` (exclusive) of a page's piece table. */
export interface PieceRange {
  readonly pieces: PieceTable;
  readonly first: number;
  readonly end: number;
}

/** The range's whole text. */
export function unitText({ pieces, first, end }: PieceRange): string {
  if (end - first === 1) return pieces.text[first]!;
  let text = "";
  for (let p = first; p < end; p++) text += pieces.text[p]!;
  return text;
}

/** A prefix of the range's text with at least `atLeast` characters, or the whole text. */
export function leadingText({ pieces, first, end }: PieceRange, atLeast: number): string {
  let text = pieces.text[first]!;
  for (let p = first + 1; p < end && text.length < atLeast; p++) text += pieces.text[p]!;
  return text;
}

/**
 * The first `length` characters of the range's text, built from its pieces: a slice of a longer
 * joined string would keep all of that string alive for as long as the slice.
 */
export function unitPrefix({ pieces, first, end }: PieceRange, length: number): string {
  let text = "";
  for (let p = first; p < end && text.length < length; p++) {
    const piece = pieces.text[p]!;
    text += piece.length <= length - text.length ? piece : piece.slice(0, length - text.length);
  }
  return text;
}

/** A suffix of the range's text with at least `atLeast` characters, or the whole text. */
export function trailingText({ pieces, first, end }: PieceRange, atLeast: number): string {
  let text = pieces.text[end - 1]!;
  for (let p = end - 2; p >= first && text.length < atLeast; p--) text = pieces.text[p]! + text;
  return text;
}

/** The length of the range's text. */
export function textLength({ pieces, first, end }: PieceRange): number {
  let length = 0;
  for (let p = first; p < end; p++) length += pieces.text[p]!.length;
  return length;
}
