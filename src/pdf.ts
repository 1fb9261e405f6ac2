/**
 * `baoxun/pdf`: read the page itself — PDF e-paper pages (with Mozilla's pdf.js, an optional peer
 * dependency) and OCR output (ALTO XML, hOCR) — into the same entity graphs as `extract`, one per
 * page, each with the text the library built from the page (`input.text`) and every entity's
 * `boxes` on the page. Node only (the PDF reader loads pdfjs-dist on first use).
 *
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { extractPdf } from "baoxun/pdf";
 * const pages = await extractPdf(await readFile("page.pdf"), { referenceDate: "2026-03-21" });
 * const [mention] = pages[0].persons[0].mentions;
 * pages[0].input.text?.slice(mention.span.start, mention.span.end); // => "周明远"
 * mention.boxes; // => [{ page: 1, x: 114, y: 206.01, width: 31.5, height: 10.5 }]
 * ```
 */
export { extractPdf, extractPdfPages, type ExtractPdfOptions } from "./readers/pdf/extract-pdf.js";
export { extractAlto, extractHocr } from "./readers/ocr/extract-ocr.js";
export { toPageHtml, type ToPageHtmlOptions } from "./outputs/render-html/page-view.js";
export { BaoxunError, type BaoxunErrorCode } from "./errors.js";
export type { Box, EntityGraph } from "./contracts/graph.js";
export type { ExtractOptions, LineHint, PageLayout } from "./contracts/options.js";
