import type { LayoutWord } from "../layout/types.js";

/**
 * tesseract's chi_sim model reads a full-width opening parenthesis （ as 〈 (U+3008), alone or
 * after a "(" it read from the same glyph: （谢派） comes out as 〈谢派), （孟西安　祁勇） as
 * (〈重西安祁勇), and a credit or a name in brackets is lost. On a page where no 〈 is ever closed
 * by a 〉 (so none is an angle bracket), each 〈 is read as （.
 *
 * @example
 * ```ts
 * repairBrackets([{ text: "(〈谢", x: 0, y: 0, width: 30, height: 10, size: 10, bold: false }])[0].text; // => "（谢"
 * ```
 */
export function repairBrackets(words: readonly LayoutWord[]): readonly LayoutWord[] {
  if (!words.some((w) => w.text.includes("〈")) || words.some((w) => w.text.includes("〉"))) return words;
  return words.map((w) => (w.text.includes("〈") ? { ...w, text: w.text.replace(/\(?〈\(?/g, "（") } : w));
}
