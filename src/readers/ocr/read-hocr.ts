import { BaoxunError } from "../../errors.js";
import type { LayoutWord } from "../layout/types.js";
import { markupTokens } from "./markup.js";
import type { OcrPageWords } from "./read-alto.js";

/**
 * The pages of an hOCR file (as tesseract writes with `hocr`): each `ocrx_word` with its
 * `bbox`, the type size from its line's `x_size` (or the line's height), bold where the word is
 * wrapped in <strong> or <b>. Coordinates in pixels of the page image.
 *
 * @throws {BaoxunError} `invalid-input` when the file holds no `ocr_page`.
 * @example
 * ```ts
 * readHocrPages("<div class='ocr_page' title='bbox 0 0 100 50'><span class='ocr_line' title='bbox 0 0 20 10; x_size 10'><span class='ocrx_word' title='bbox 0 0 20 10'>清河</span></span></div>")[0].words[0].size;
 * // => 10
 * ```
 */
export function readHocrPages(html: string): OcrPageWords[] {
  const pages: { page: OcrPageWords["page"]; words: LayoutWord[] }[] = [];
  // Open elements, with what each one started (a line's size, a word's box), to know where they end.
  const stack: { name: string; role: "word" | "line" | "bold" | "other" }[] = [];
  let lineSize = 0;
  let lineBox: number[] | null = null;
  let word: { box: number[]; text: string; bold: boolean } | null = null;
  let boldDepth = 0;
  const closeWord = () => {
    const page = pages[pages.length - 1];
    if (word && page && word.text.trim() !== "") {
      const [x0, y0, x1, y1] = word.box as [number, number, number, number];
      // The engine's line, not the glyph's box, places a word: "，" and "一" are flat and low.
      const [top, bottom] = lineBox ? [lineBox[1]!, lineBox[3]!] : [y0, y1];
      page.words.push({ text: word.text.trim(), x: x0, y: top, width: x1 - x0, height: bottom - top, size: lineSize || bottom - top, bold: word.bold });
    }
    word = null;
  };
  for (const token of markupTokens(html)) {
    if (token.kind === "text") {
      if (word) word.text += token.text;
      continue;
    }
    if (token.kind === "close") {
      // Pop to the matching element (HTML leaves some unclosed).
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k]!.name !== token.name) continue;
        for (const open of stack.splice(k)) {
          if (open.role === "word") closeWord();
          if (open.role === "bold") boldDepth--;
        }
        break;
      }
      continue;
    }
    const classes = (token.attributes["class"] ?? "").split(/\s+/);
    const title = token.attributes["title"] ?? "";
    let role: "word" | "line" | "bold" | "other" = "other";
    if (classes.includes("ocr_page")) {
      const box = bbox(title) ?? [0, 0, 0, 0];
      pages.push({ page: { number: pages.length + 1, width: box[2]! - box[0]!, height: box[3]! - box[1]!, unit: "px" }, words: [] });
    } else if (classes.some((c) => c === "ocr_line" || c === "ocr_header" || c === "ocr_caption" || c === "ocr_textfloat")) {
      role = "line";
      const box = bbox(title);
      lineBox = box;
      const size = /x_size\s+([\d.]+)/.exec(title);
      lineSize = size ? Number(size[1]) : box ? box[3]! - box[1]! : 0;
    } else if (classes.includes("ocrx_word")) {
      role = "word";
      closeWord();
      const box = bbox(title);
      if (box) word = { box, text: "", bold: boldDepth > 0 || /\bbold\b/.test(title) };
    } else if (token.name === "strong" || token.name === "b") {
      role = "bold";
      boldDepth++;
      if (word) word.bold = true;
    }
    if (!token.selfClosing && !VOID.has(token.name)) stack.push({ name: token.name, role });
  }
  closeWord();
  if (pages.length === 0) throw new BaoxunError("invalid-input", "not an hOCR file: no element of class ocr_page");
  return pages;
}

const VOID = new Set(["meta", "br", "img", "link", "hr", "input"]);

function bbox(title: string): number[] | null {
  const m = /bbox\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)/.exec(title);
  return m ? m.slice(1, 5).map(Number) : null;
}
