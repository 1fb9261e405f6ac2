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
  // The strings of the current line, placed when the line ends (their size is the line's).
  let pending: OcrString[] = [];
  const flush = () => {
    pages[pages.length - 1]?.words.push(...placeLine(pending, lineTop, lineSize));
    pending = [];
  };
  for (const token of markupTokens(xml)) {
    if (token.kind !== "open") continue;
    const a = token.attributes;
    if (token.name === "textline" || token.name === "textblock" || token.name === "page") flush();
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
        pending.push({ text, x: num(a["hpos"]), y: num(a["vpos"]), width: num(a["width"]), height: num(a["height"]), bold: style.bold || /bold/i.test(a["style"] ?? "") });
        break;
      }
    }
  }
  flush();
  if (!sawAlto || pages.length === 0) throw new BaoxunError("invalid-input", "not an ALTO file: no <alto> element with a <Page>");
  return pages;
}

/** The glyph height of most of a line's characters (a string counts once per character). */
function medianHeight(strings: readonly OcrString[]): number {
  const sorted = [...strings].sort((p, q) => p.height - q.height);
  const total = sorted.reduce((n, s) => n + [...s.text].length, 0);
  let seen = 0;
  for (const s of sorted) {
    seen += [...s.text].length;
    if (2 * seen >= total) return s.height;
  }
  return sorted[sorted.length - 1]!.height;
}

interface OcrString {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly bold: boolean;
}

/** A line this many times taller than its glyphs' median height swallowed glyphs of another line. */
const TALL_LINE = 1.5;
/** A glyph under this share of the median height is flat (，一): it takes its place from a neighbour. */
const FLAT_GLYPH = 0.6;

/**
 * Places a line's strings. The engine's line, not the glyph's box, places a word ("，" and "一"
 * are flat and low) and gives its size; but a line that tesseract stretched over two printed
 * lines (a glyph of the line below read into it: HEIGHT 115 for 44 px type) would read as
 * headline type and tear its paragraph apart: there each string keeps its own top, a flat one
 * its nearest full glyph's, and the size is the median glyph height.
 */
function placeLine(strings: readonly OcrString[], lineTop: number, lineHeight: number): LayoutWord[] {
  if (strings.length === 0) return [];
  const median = medianHeight(strings);
  if (lineHeight <= 0 || lineHeight <= TALL_LINE * median) {
    const height = lineHeight || median;
    return strings.map((s) => ({ text: s.text, x: s.x, y: lineHeight ? lineTop : s.y, width: s.width, height: lineHeight || s.height, size: height, bold: s.bold }));
  }
  const full = strings.filter((s) => s.height >= FLAT_GLYPH * median);
  return strings.map((s) => {
    const anchor = s.height >= FLAT_GLYPH * median ? s : full.reduce((best, f) => (Math.abs(f.x - s.x) < Math.abs(best.x - s.x) ? f : best), full[0] ?? s);
    return { text: s.text, x: s.x, y: anchor.y, width: s.width, height: median, size: median, bold: s.bold };
  });
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
