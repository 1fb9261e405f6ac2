import { endsBlock } from "../repair-layout/char-classes.js";
import type { Unit } from "./02-units.js";
import { isMastheadLine } from "./markers.js";

export type UnitRole = "opener" | "credit" | "masthead" | "headline-candidate" | "body";

// 一、… （二）… 3. …: numbered section heads belong to the article they sit in.
const ENUMERATED = /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、．.]|第[一二三四五六七八九十]+[章节部分])/u;
// A headline never ends with these, nor holds a full stop inside.
const CONTINUES = /[，、；：,;:（(“‘《—-]$/u;
const HAN_RUN = /[\u3400-\u9fff]/gu;

/**
 * Reads each unit's role from its own text and its neighbours: openers, credits and page headers
 * (焦作日报 2021年4月13日 星期二) from their markers; a headline candidate is one to three short lines with no sentence punctuation, after a
 * finished sentence (a fragment after a blank line inside a paragraph is no headline).
 */
export function classifyUnits(units: readonly Unit[], widths: readonly number[]): UnitRole[] {
  return units.map((unit, u) => {
    if (unit.credit !== null) return "credit";
    if (unit.pieces.length <= 2 && isMastheadLine(unit.joined)) return "masthead";
    if (unit.openerLength > 0) return "opener";
    const previous = units[u - 1];
    const afterFinished = !previous || previous.credit !== null || endsBlock(previous.joined) || isHeadlineShaped(previous);
    return afterFinished && isHeadlineShaped(unit) && !isWrappedParagraph(unit, widths[u]!) ? "headline-candidate" : "body";
  });
}

/** One to three lines, none ending mid-sentence, no full stop, at least two Han characters. */
export function isHeadlineShaped(unit: Unit): boolean {
  if (unit.pieces.length > 3 || unit.credit !== null || unit.openerLength > 0) return false;
  if (unit.joined.length > 64 || /[。；;]/u.test(unit.joined) || ENUMERATED.test(unit.joined)) return false;
  if (unit.pieces.some((p) => CONTINUES.test(p.text) || p.width > 32)) return false;
  return (unit.joined.match(HAN_RUN)?.length ?? 0) >= 2;
}

/** Lines filled to the column with a comma among them: a paragraph broken at the column edge. */
function isWrappedParagraph(unit: Unit, columnWidth: number): boolean {
  if (unit.pieces.length < 2 || columnWidth <= 0 || !/[，、,]/u.test(unit.joined)) return false;
  return unit.pieces.slice(0, -1).every((p) => p.width >= 0.85 * columnWidth);
}

/**
 * The column width around each unit: the second widest body line within eight lines either
 * side, so that one stray long line does not set it. 0 where there is no body nearby.
 */
export function columnWidths(units: readonly Unit[]): number[] {
  // The two widest body pieces of each physical line, lines in page order: a window of 17 lines
  // then costs 34 comparisons, however many pieces a line was split into (a 1 MB line of
  // 。本报讯 run-on openers made this quadratic).
  const lines: { line: number; first: number; second: number }[] = [];
  units.forEach((unit) => {
    // Body lines: those of blocks with sentence punctuation, which headlines and credits lack.
    if (unit.credit !== null || !/[，。；]/u.test(unit.joined)) return;
    for (const p of unit.pieces) {
      const last = lines[lines.length - 1];
      if (last && last.line === p.line) {
        if (p.width > last.first) [last.first, last.second] = [p.width, last.first];
        else if (p.width > last.second) last.second = p.width;
      } else lines.push({ line: p.line, first: p.width, second: 0 });
    }
  });
  let low = 0;
  return units.map((unit) => {
    const at = unit.pieces[0]!.line;
    // Units come in page order, so the window's lower edge only moves forward.
    while (low < lines.length && lines[low]!.line < at - 8) low++;
    let first = 0;
    let second = 0;
    for (let l = low; l < lines.length && lines[l]!.line <= at + 8; l++) {
      for (const width of [lines[l]!.first, lines[l]!.second]) {
        if (width > first) [first, second] = [width, first];
        else if (width > second) second = width;
      }
    }
    return second || first;
  });
}
