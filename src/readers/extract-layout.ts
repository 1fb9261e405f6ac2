import { extract } from "../extract.js";
import type { EntityGraph } from "../contracts/graph.js";
import type { ExtractOptions } from "../contracts/options.js";
import { attachBoxes } from "./attach-boxes.js";
import { lineHints } from "./layout/line-hints.js";
import { unreadableShare } from "./layout/mojibake.js";
import { buildPageText } from "./layout/page-text.js";
import type { LayoutWord, PageInfo } from "./layout/types.js";

/** Above this share of unusable characters a page's text is mojibake, not words to search. */
const MOJIBAKE_SHARE = 0.1;

/**
 * One page read from its layout (words with boxes, from a PDF or an OCR file) to an entity graph:
 * the words are put in reading order and written as plain text, which goes through the same
 * pipeline as any text; every entity then also gets its `boxes` on the page.
 * A page without words, or whose characters are unreadable (a font without a Unicode map), gives
 * a graph with no entities and a diagnostic saying why.
 *
 * @example
 * ```ts
 * const graph = extractLayout(words, { number: 1, width: 595, height: 842, unit: "pt" });
 * graph.input.text; // => the page's text, which every span indexes
 * ```
 */
export function extractLayout(words: readonly LayoutWord[], page: PageInfo, options: ExtractOptions = {}): EntityGraph {
  const built = buildPageText(words, page);
  if (built.text.trim() === "") {
    return withDiagnostic(extract("", options), built.text, page, {
      code: "no-text-layer",
      message:
        page.unit === "pt"
          ? `page ${page.number} has no text layer (a scanned image?): run OCR on it (tesseract page.png out -l chi_sim alto) and extract the ALTO or hOCR file`
          : `page ${page.number} has no recognised text`,
    });
  }
  if (unreadableShare(built.text) > MOJIBAKE_SHARE) {
    return withDiagnostic(extract("", options), built.text, page, {
      code: "no-unicode-map",
      message: `page ${page.number}: its fonts map glyphs to no readable characters (no ToUnicode map), so its text is not searched; OCR the page instead`,
    });
  }
  return attachBoxes(extract(built.text, { ...options, layout: { lines: lineHints(built) } }), built);
}

function withDiagnostic(empty: EntityGraph, text: string, page: PageInfo, d: { code: string; message: string }): EntityGraph {
  return {
    ...empty,
    input: { length: text.length, text, page: { ...page } },
    diagnostics: [...empty.diagnostics, { code: d.code, severity: "warning", message: d.message, span: null }],
  };
}
