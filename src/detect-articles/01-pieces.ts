import type { RepairedPage } from "../repair-layout/index.js";
import { sliceMapped, type MappedText } from "../text/mapped-text.js";
import { textWidth } from "../repair-layout/char-classes.js";
import { runOnOpeners } from "./markers.js";

/** A physical line, or the part of one that a run-on article's opener splits off. */
export interface Piece {
  readonly text: MappedText;
  readonly width: number;
  /** Physical line number. */
  readonly line: number;
  /** Original offset of the line break after this piece, when the piece ends its line. */
  readonly breakOffset: number | null;
  /** False for the second part of a line split at a run-on opener. */
  readonly startsLine: boolean;
  /** True when a blank line (or the page start) comes right before this piece. */
  readonly blankBefore: boolean;
}

/**
 * Splits the repaired lines into pieces: blank lines are dropped (remembered as `blankBefore`),
 * and a line that holds the end of one article and the opener of the next
 * (…参加报告会。 本报讯 （记者付凯明） 4) becomes two pieces.
 */
export function splitPieces(page: RepairedPage): Piece[] {
  const pieces: Piece[] = [];
  let blankBefore = true;
  for (const line of page.lines) {
    if (line.text.text.length === 0) {
      blankBefore = true;
      continue;
    }
    const cuts = [0, ...runOnOpeners(line.text.text), line.text.text.length];
    for (let c = 0; c + 1 < cuts.length; c++) {
      const text = sliceMapped(line.text, cuts[c]!, cuts[c + 1]!);
      pieces.push({
        text,
        width: textWidth(text.text),
        line: line.index,
        breakOffset: c + 2 === cuts.length ? line.breakOffset : null,
        startsLine: c === 0,
        blankBefore: c === 0 && blankBefore,
      });
    }
    blankBefore = false;
  }
  return pieces;
}
