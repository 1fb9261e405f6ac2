import { endsBlock } from "../1-repair-layout/char-classes.js";
import type { Unit } from "./02-units.js";
import { isMastheadLine, MASTHEAD_LINE_MAX } from "./markers.js";
import { trailingText, unitText } from "./unit-text.js";
import { endsWithOneOf, includesAnyOf, startsWithOneOf } from "../../text/char-sets.js";

export type UnitRole = "opener" | "credit" | "masthead" | "headline-candidate" | "body";

// 一、… （二）… 3. …: numbered section heads belong to the article they sit in.
const ENUMERATED = /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、．.]|第[一二三四五六七八九十]+[章节部分])/u;
/** What ENUMERATED can start with, checked before it is run (or compiled). */
const ENUMERATED_FIRST = "一二三四五六七八九十（(0123456789第";
// A headline never ends with these, nor holds a full stop inside.
/** What a line that continues on the next ends with. */
const CONTINUES = "，、；：,;:（(“‘《—-";
/** A headline is at most this long. */
const HEADLINE_MAX = 64;
/** Sentence punctuation, which body blocks hold and headlines and credits lack. */
const SENTENCE_MARK = "，。；";

/**
 * Reads each unit's role from its own text and its neighbours: openers, credits and page headers
 * (焦作日报 2021年4月13日 星期二) from their markers; a headline candidate is one to three short lines with no sentence punctuation, after a
 * finished sentence (a fragment after a blank line inside a paragraph is no headline).
 */
export function classifyUnits(units: readonly Unit[], widths: Float64Array): UnitRole[] {
  return units.map((unit, u) => {
    if (unit.credit !== null) return "credit";
    if (unit.end - unit.first <= 2 && unit.length <= MASTHEAD_LINE_MAX && isMastheadLine(unitText(unit))) return "masthead";
    if (unit.openerLength > 0) return "opener";
    const previous = units[u - 1];
    const afterFinished = !previous || previous.credit !== null || unitEndsBlock(previous) || isHeadlineShaped(previous);
    return afterFinished && isHeadlineShaped(unit) && !isWrappedParagraph(unit, widths[u]!) ? "headline-candidate" : "body";
  });
}

/** Enough of a unit's end for endsBlock: a bracketed note (up to 82 code units) and what precedes it. */
const BLOCK_END_REACH = 128;
/** What endsBlock reads back over (closers, spaces): a suffix that starts with one may be too short. */
const READ_OVER = /^[\s”’」』）)】》"']/u;

/** endsBlock of the unit's text, from its end only, unless the end alone cannot tell. */
function unitEndsBlock(unit: Unit): boolean {
  const tail = trailingText(unit, BLOCK_END_REACH);
  if (tail.length < unit.length && READ_OVER.test(tail)) return endsBlock(unitText(unit));
  return endsBlock(tail);
}

/** One to three lines, none ending mid-sentence, no full stop, at least two Han characters. */
export function isHeadlineShaped(unit: Unit): boolean {
  if (unit.end - unit.first > 3 || unit.credit !== null || unit.openerLength > 0 || unit.length > HEADLINE_MAX) return false;
  const text = unitText(unit);
  if (includesAnyOf(text, "。；;") || (startsWithOneOf(text, ENUMERATED_FIRST) && ENUMERATED.test(text))) return false;
  const { pieces } = unit;
  for (let p = unit.first; p < unit.end; p++) if (endsWithOneOf(pieces.text[p]!, CONTINUES) || pieces.width[p]! > 32) return false;
  return holdsTwoHan(text);
}

/** Lines filled to the column with a comma among them: a paragraph broken at the column edge. */
function isWrappedParagraph(unit: Unit, columnWidth: number): boolean {
  const { pieces, first, end } = unit;
  if (end - first < 2 || columnWidth <= 0 || !someText(unit, "，、,")) return false;
  for (let p = first; p < end - 1; p++) if (pieces.width[p]! < 0.85 * columnWidth) return false;
  return true;
}

/**
 * The column width around each unit: the second widest body line within eight lines either
 * side, so that one stray long line does not set it. 0 where there is no body nearby.
 */
export function columnWidths(units: readonly Unit[]): Float64Array {
  // The two widest body pieces of each physical line, lines in page order: a window of 17 lines
  // then costs 34 comparisons, however many pieces a line was split into (a 1 MB line of
  // 。本报讯 run-on openers made this quadratic). In typed arrays sized to the pieces: growing
  // JS arrays by push was most of this function's time.
  const pieceCount = units[0]?.pieces.count ?? 0;
  const lineOf = new Uint32Array(pieceCount);
  const first = new Float64Array(pieceCount);
  const second = new Float64Array(pieceCount);
  let lines = 0;
  for (const unit of units) {
    // Body lines: those of blocks with sentence punctuation, which headlines and credits lack.
    if (unit.credit !== null || !someText(unit, SENTENCE_MARK)) continue;
    const { pieces } = unit;
    for (let p = unit.first; p < unit.end; p++) {
      const last = lines - 1;
      const line = pieces.line[p]!;
      const width = pieces.width[p]!;
      if (last >= 0 && lineOf[last] === line) {
        if (width > first[last]!) {
          second[last] = first[last]!;
          first[last] = width;
        } else if (width > second[last]!) second[last] = width;
      } else {
        lineOf[lines] = line;
        first[lines] = width;
        second[lines] = 0;
        lines++;
      }
    }
  }
  let low = 0;
  const widths = new Float64Array(units.length);
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const at = unit.pieces.line[unit.first]!;
    // Units come in page order, so the window's lower edge only moves forward.
    while (low < lines && lineOf[low]! < at - 8) low++;
    let widest = 0;
    let next = 0;
    for (let l = low; l < lines && lineOf[l]! <= at + 8; l++) {
      for (let k = 0; k < 2; k++) {
        const width = k === 0 ? first[l]! : second[l]!;
        if (width > widest) {
          next = widest;
          widest = width;
        } else if (width > next) next = width;
      }
    }
    widths[u] = next || widest;
  }
  return widths;
}

/** Whether `pattern` (no g or y flag) matches the text of one of the unit's pieces. */
function someText(unit: Unit, chars: string): boolean {
  for (let p = unit.first; p < unit.end; p++) if (includesAnyOf(unit.pieces.text[p]!, chars)) return true;
  return false;
}

/** Whether `text` holds two code units in U+3400–U+9FFF, counted without matching (a string per character). */
function holdsTwoHan(text: string): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff && ++count === 2) return true;
  }
  return false;
}
