import type { EntityGraph } from "../../contracts/graph.js";
import type { ExtractOptions } from "../../contracts/options.js";
import { BaoxunError } from "../../errors.js";
import { extractLayout } from "../extract-layout.js";
import { readAltoPages } from "./read-alto.js";
import { readHocrPages } from "./read-hocr.js";
import { repairBrackets } from "./repair-brackets.js";

function checkText(markup: unknown, what: string): asserts markup is string {
  if (typeof markup !== "string") throw new BaoxunError("invalid-input", `${what}() takes the file's text as a string (decode it as UTF-8 first)`);
}

/**
 * Reads an ALTO XML file (OCR output, as `tesseract page.png out -l chi_sim alto` writes) into one
 * entity graph per page, like {@link extractPdf}: `input.text` is the text built from the words in
 * reading order, and every entity has `boxes` in pixels of the page image.
 *
 * @throws {BaoxunError} `invalid-input` (not a string), `invalid-input` (no ALTO page in it).
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { extractAlto } from "baoxun/pdf";
 * const [page] = extractAlto(readFileSync("out.xml", "utf8"), { referenceDate: "2026-03-21" });
 * page.input.page; // => { number: 1, width: 2480, height: 3508, unit: "px" }
 * ```
 */
export function extractAlto(xml: string, options: ExtractOptions = {}): EntityGraph[] {
  checkText(xml, "extractAlto");
  return readAltoPages(xml).map(({ page, words }) => extractLayout(repairBrackets(words), page, options));
}

/**
 * Reads an hOCR file (`tesseract page.png out -l chi_sim hocr`) into one entity graph per page,
 * as {@link extractAlto} does.
 *
 * @throws {BaoxunError} `invalid-input` (not a string), `invalid-input` (no ocr_page in it).
 * @example
 * ```ts
 * const [page] = extractHocr(readFileSync("out.hocr", "utf8"));
 * page.persons[0].mentions[0].boxes; // => [{ page: 1, x: 640, y: 1210, width: 131, height: 44 }]
 * ```
 */
export function extractHocr(html: string, options: ExtractOptions = {}): EntityGraph[] {
  checkText(html, "extractHocr");
  return readHocrPages(html).map(({ page, words }) => extractLayout(repairBrackets(words), page, options));
}
