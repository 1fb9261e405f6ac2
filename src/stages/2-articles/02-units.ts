import { endsSentence } from "../1-repair-layout/char-classes.js";
import { CREDIT_LINE_MAX, creditLineKind, holdsCreditMarker, openerLength, openerStarts, type CreditLineKind, type MarkerLexicon } from "./markers.js";
import { BLANK_BEFORE, STARTS_LINE, type PieceTable } from "./01-pieces.js";
import { leadingText, textLength, unitText, type PieceRange } from "./unit-text.js";
import { includesAnyOf } from "../../text/char-sets.js";

/**
 * A run of pieces that reads as one block: a paragraph, a headline, a credit line. Its text is the
 * pieces' text joined without line breaks; see unit-text.ts for reading it without joining.
 */
export interface Unit extends PieceRange {
  /** Length of the unit's text. */
  readonly length: number;
  /** Length of the opener at the unit's start (本报讯（记者付凯明）), 0 if none. */
  readonly openerLength: number;
  readonly credit: CreditLineKind | null;
}

/** A title line glued to its body is at most this share of the paragraph line after it. */
const TITLE_RATIO = 0.6;

/** Makes a unit of pieces `first` to `end` (exclusive). */
export function makeUnit(pieces: PieceTable, first: number, end: number, lexicon: MarkerLexicon): Unit {
  const range: PieceRange = { pieces, first, end };
  const length = textLength(range);
  const credit = end - first <= 3 && length <= CREDIT_LINE_MAX ? creditLineKind(unitText(range), lexicon) : null;
  return { pieces, first, end, length, openerLength: credit ? 0 : openerLength(leadingText(range, lexicon.openers.reach), lexicon), credit };
}

/**
 * Groups pieces into units: a blank line or an opener starts a new unit, and credit lines at
 * the end of a block (本报记者 宋崇\n飞 摄 under a caption) are split off into their own unit.
 */
export function groupUnits(pieces: PieceTable, lexicon: MarkerLexicon): Unit[] {
  const units: Unit[] = [];
  const openers = openerStarts(pieces, lexicon);
  let start = 0;
  for (let p = 1; p <= pieces.count; p++) {
    const startsNew = p === pieces.count || (pieces.flags[p]! & BLANK_BEFORE) !== 0 || (pieces.flags[p]! & STARTS_LINE) === 0 || openers[p] === 1;
    if (!startsNew) continue;
    if (p > start) splitCreditLines(pieces, start, p, units, lexicon);
    start = p;
  }
  return units;
}

/** Splits a leading byline and trailing credit lines (one or two pieces each) off block [first, end), into `units`. */
function splitCreditLines(pieces: PieceTable, first: number, end: number, units: Unit[], lexicon: MarkerLexicon): void {
  // A title over its byline, then a blank line (江源新区开通公交专线 / 本报记者王立群): the byline
  // is the text's first line, not the title's. Joined, the two can read as one byline, since a
  // byline's names may be any characters (都市里的村庄本报记者郭伟成).
  if (end - first >= 2 && end - first <= 3 && creditLineKind(pieces.text[end - 1]!, lexicon) === "byline" && isTitleOnly(pieces, first, end - 1, lexicon)) {
    units.push(makeUnit(pieces, first, end - 1, lexicon), makeUnit(pieces, end - 1, end, lexicon));
    return;
  }
  const whole = makeUnit(pieces, first, end, lexicon);
  if (end - first < 2 || whole.credit !== null) {
    units.push(whole);
    return;
  }
  for (const size of [1, 2]) {
    if (end - first <= size) break;
    const kind = creditLineKind(unitText({ pieces, first: end - size, end }), lexicon);
    // Only after a finished sentence: a wrapped body line can look like 党工委书记吕沛.
    const afterSentence = endsSentence(pieces.text[end - size - 1]!);
    if (kind !== null && afterSentence && kind !== "byline") {
      splitCreditLines(pieces, first, end - size, units, lexicon);
      units.push(makeUnit(pieces, end - size, end, lexicon));
      return;
    }
  }
  if (creditLineKind(pieces.text[first]!, lexicon) === "byline" || isTitleLine(pieces, first, end, lexicon)) {
    units.push(makeUnit(pieces, first, first + 1, lexicon));
    splitCreditLines(pieces, first + 1, end, units, lexicon);
    return;
  }
  units.push(whole);
}

/** Whether lines [first, end) could be a title: no sentence or clause marks, no credit marker. */
function isTitleOnly(pieces: PieceTable, first: number, end: number, lexicon: MarkerLexicon): boolean {
  for (let p = first; p < end; p++) {
    const text = pieces.text[p]!;
    if (includesAnyOf(text, "，。；！？,;") || holdsCreditMarker(text, lexicon)) return false;
  }
  return true;
}

/**
 * A title glued to its body with no blank line (清河新区召开会议\n本报讯… is split by the opener;
 * 清河新区召开会议\n3月19日下午，清河新区…。 by this): a first line without punctuation, much
 * narrower than the paragraph line after it, which is not the start of a sentence split mid-word.
 */
function isTitleLine(pieces: PieceTable, first: number, end: number, lexicon: MarkerLexicon): boolean {
  const text = pieces.text[first]!;
  const width = pieces.width[first]!;
  // Four characters or fewer is more likely an author's name over the text (李瑛) than a title.
  if (end - first < 2 || includesAnyOf(text, "，。、；,;") || width > 32 || width < 5) return false;
  if (!twoHanOnOneLine(text)) return false;
  // 唱国歌与写杂文 / 胡昭衡 / 新年好！…: the author's name may stand between title and text, or a
  // byline (俄罗斯三改卢布面值 / 新华社记者潘大成 / 俄罗斯新版卢布…).
  const second = first + 1;
  const authorLine = (pieces.width[second]! <= 4 && !includesAnyOf(pieces.text[second]!, "，。、；：")) || creditLineKind(pieces.text[second]!, lexicon) === "byline";
  const next = authorLine ? first + 2 : second;
  return next < end && width <= TITLE_RATIO * pieces.width[next]! && includesAnyOf(pieces.text[next]!, "，。；！？");
}

/** /[\u3400-\u9fff].*[\u3400-\u9fff]/u.test(text): two code units in U+3400–U+9FFF with no line terminator between. */
function twoHanOnOneLine(text: string): boolean {
  let han = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) {
      if (han) return true;
      han = true;
    } else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) han = false;
  }
  return false;
}
