import { BaoxunError } from "../../errors.js";
import type { LayoutWord, PageInfo } from "../layout/types.js";
import { markupTokens } from "./markup.js";

/** One page of an OCR file as the layout stage takes it. */
export interface OcrPageWords {
  readonly page: PageInfo;
  readonly words: readonly LayoutWord[];
}

/**
 * The pages of an ALTO XML file (v2–v4, as tesseract writes with `alto`): each String with its
 * box, its top and height and type size taken from its TextLine (a String's own box is that of
 * its glyphs: 一 and ， are flat), bold from its text style. Coordinates are
 * in the file's unit, pixels for tesseract.
 *
 * @throws {BaoxunError} `invalid-input` when the file holds no ALTO page.
 * @example
 * ```ts
 * readAltoPages('<alto><Layout><Page WIDTH="100" HEIGHT="50"><PrintSpace><TextBlock><TextLine HPOS="0" VPOS="0" WIDTH="20" HEIGHT="10"><String CONTENT="清河" HPOS="0" VPOS="0" WIDTH="20" HEIGHT="10"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>')[0].words[0].text;
 * // => "清河"
 * ```
 */
export function readAltoPages(xml: string): OcrPageWords[] {
  const pages: { page: PageInfo; words: LayoutWord[] }[] = [];
  const styles = new Map<string, { size: number | null; bold: boolean }>();
  let lineSize = 0;
  let lineTop = 0;
  let lineStyle = "";
  let sawAlto = false;
  for (const token of markupTokens(xml)) {
    if (token.kind !== "open") continue;
    const a = token.attributes;
    switch (token.name) {
      case "alto":
        sawAlto = true;
        break;
      case "textstyle":
        if (a["id"]) styles.set(a["id"], { size: positive(a["fontsize"]), bold: /bold/i.test(a["fontstyle"] ?? "") });
        break;
      case "page":
        pages.push({ page: { number: pages.length + 1, width: num(a["width"]), height: num(a["height"]), unit: "px" }, words: [] });
        break;
      case "textline":
        lineSize = num(a["height"]);
        lineTop = num(a["vpos"]);
        lineStyle = a["stylerefs"] ?? "";
        break;
      case "string": {
        const page = pages[pages.length - 1];
        const text = a["content"] ?? "";
        if (!page || text.trim() === "") break;
        const style = styleOf(styles, a["stylerefs"] || lineStyle);
        // The engine's line, not the glyph's box, places a word: "，" and "一" are flat and low.
        const height = lineSize || num(a["height"]);
        page.words.push({
          text,
          x: num(a["hpos"]),
          y: lineSize ? lineTop : num(a["vpos"]),
          width: num(a["width"]),
          height,
          size: height,
          bold: style.bold || /bold/i.test(a["style"] ?? ""),
        });
        break;
      }
    }
  }
  if (!sawAlto || pages.length === 0) throw new BaoxunError("invalid-input", "not an ALTO file: no <alto> element with a <Page>");
  return pages;
}

function styleOf(styles: ReadonlyMap<string, { size: number | null; bold: boolean }>, refs: string): { bold: boolean } {
  return { bold: refs.split(/\s+/).some((ref) => styles.get(ref)?.bold === true) };
}

function num(value: string | undefined): number {
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
}

function positive(value: string | undefined): number | null {
  const n = num(value);
  return n > 0 ? n : null;
}
