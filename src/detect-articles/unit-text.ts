import type { Piece } from "./01-pieces.js";

/**
 * A unit's text is its pieces joined without line breaks. Most checks read only a few characters
 * at one end of it, or only short units: joining every unit copied the page once more and was
 * much of detection's garbage. These return the text itself, or enough of one end of it.
 */

/** The unit's whole text. */
export function unitText(pieces: readonly Piece[]): string {
  return pieces.length === 1 ? pieces[0]!.text : pieces.map((p) => p.text).join("");
}

/** A prefix of the unit's text with at least `atLeast` characters, or the whole text. */
export function leadingText(pieces: readonly Piece[], atLeast: number): string {
  const first = pieces[0]!.text;
  if (first.length >= atLeast || pieces.length === 1) return first;
  let text = first;
  for (let i = 1; i < pieces.length && text.length < atLeast; i++) text += pieces[i]!.text;
  return text;
}

/**
 * The first `length` characters of the unit's text, built from its pieces: a slice of a longer
 * joined string would keep all of that string alive for as long as the slice.
 */
export function unitPrefix(pieces: readonly Piece[], length: number): string {
  let text = "";
  for (let i = 0; i < pieces.length && text.length < length; i++) {
    const piece = pieces[i]!.text;
    text += piece.length <= length - text.length ? piece : piece.slice(0, length - text.length);
  }
  return text;
}

/** A suffix of the unit's text with at least `atLeast` characters, or the whole text. */
export function trailingText(pieces: readonly Piece[], atLeast: number): string {
  const last = pieces[pieces.length - 1]!.text;
  if (last.length >= atLeast || pieces.length === 1) return last;
  let text = last;
  for (let i = pieces.length - 2; i >= 0 && text.length < atLeast; i--) text = pieces[i]!.text + text;
  return text;
}

/** The length of the unit's text. */
export function textLength(pieces: readonly Piece[]): number {
  let length = 0;
  for (const p of pieces) length += p.text.length;
  return length;
}
