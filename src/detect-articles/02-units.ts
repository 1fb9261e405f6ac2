import { endsSentence } from "../repair-layout/char-classes.js";
import { CREDIT_LINE_MAX, creditLineKind, openerLength, openerReach, type CreditLineKind } from "./markers.js";
import type { Piece } from "./01-pieces.js";
import { leadingText, textLength, unitText } from "./unit-text.js";

/**
 * A run of pieces that reads as one block: a paragraph, a headline, a credit line. Its text is the
 * pieces' text joined without line breaks; see unit-text.ts for reading it without joining.
 */
export interface Unit {
  readonly pieces: readonly Piece[];
  /** Length of the unit's text. */
  readonly length: number;
  /** Length of the opener at the unit's start (本报讯（记者付凯明）), 0 if none. */
  readonly openerLength: number;
  readonly credit: CreditLineKind | null;
}

/** A title line glued to its body is at most this share of the paragraph line after it. */
const TITLE_RATIO = 0.6;

/** Makes a unit of `pieces`, reading its opener and credit kind. */
export function makeUnit(pieces: readonly Piece[]): Unit {
  const length = textLength(pieces);
  const credit = pieces.length <= 3 && length <= CREDIT_LINE_MAX ? creditLineKind(unitText(pieces)) : null;
  return { pieces, length, openerLength: credit ? 0 : openerLength(leadingText(pieces, openerReach())), credit };
}

/**
 * Groups pieces into units: a blank line or an opener starts a new unit, and credit lines at
 * the end of a block (本报记者 宋崇\n飞 摄 under a caption) are split off into their own unit.
 */
export function groupUnits(pieces: readonly Piece[]): Unit[] {
  const blocks: Piece[][] = [];
  for (const piece of pieces) {
    const current = blocks[blocks.length - 1];
    const startsNew = !current || piece.blankBefore || !piece.startsLine || openerLength(piece.text) > 0;
    if (startsNew) blocks.push([piece]);
    else current.push(piece);
  }
  return blocks.flatMap(splitCreditLines);
}

/** Splits a leading byline and trailing credit lines (one or two pieces each) off a block. */
function splitCreditLines(block: Piece[]): Unit[] {
  const whole = makeUnit(block);
  if (block.length < 2 || whole.credit !== null) return [whole];
  for (const size of [1, 2]) {
    if (block.length <= size) break;
    const tail = block.slice(block.length - size);
    const kind = creditLineKind(tail.map((p) => p.text).join(""));
    // Only after a finished sentence: a wrapped body line can look like 党工委书记吕沛.
    const afterSentence = endsSentence(block[block.length - size - 1]!.text);
    if (kind !== null && afterSentence && kind !== "byline") return [...splitCreditLines(block.slice(0, block.length - size)), makeUnit(tail)];
  }
  const head = block.slice(0, 1);
  if (creditLineKind(head[0]!.text) === "byline" || isTitleLine(block)) return [makeUnit(head), ...splitCreditLines(block.slice(1))];
  return [whole];
}

/**
 * A title glued to its body with no blank line (清河新区召开会议\n本报讯… is split by the opener;
 * 清河新区召开会议\n3月19日下午，清河新区…。 by this): a first line without punctuation, much
 * narrower than the paragraph line after it, which is not the start of a sentence split mid-word.
 */
function isTitleLine(block: readonly Piece[]): boolean {
  const [first] = block as [Piece];
  // Four characters or fewer is more likely an author's name over the text (李瑛) than a title.
  if (block.length < 2 || /[，。、；,;]/u.test(first.text) || first.width > 32 || first.width < 5) return false;
  if (!/[\u3400-\u9fff].*[\u3400-\u9fff]/u.test(first.text)) return false;
  // 唱国歌与写杂文 / 胡昭衡 / 新年好！…: the author's name may stand between title and text.
  const next = block[1]!.width <= 4 && !/[，。、；：]/u.test(block[1]!.text) ? block[2] : block[1];
  return next !== undefined && first.width <= TITLE_RATIO * next.width && /[，。；！？]/u.test(next.text);
}
