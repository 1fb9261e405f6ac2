import { BaoxunError } from "../../errors.js";
import type { EntityGraph } from "../../contracts/graph.js";
import type { ExtractOptions } from "../../contracts/options.js";
import { extractLayout } from "../extract-layout.js";
import { readPdfPages, type ReadPdfOptions } from "./read-pdf.js";

/** Options of {@link extractPdf}: those of `extract`, and the password of an encrypted file. */
export interface ExtractPdfOptions extends ExtractOptions, ReadPdfOptions {}

/**
 * Reads a PDF page by page and yields one entity graph per page as soon as it is read: memory
 * stays bounded by one page, whatever the length of the file.
 *
 * @throws {BaoxunError} as {@link extractPdf}, except that a file without any text layer yields
 *   graphs with a `no-text-layer` diagnostic instead of throwing.
 * @example
 * ```ts
 * for await (const graph of extractPdfPages(bytes)) console.log(graph.input.page?.number, graph.articles.length);
 * ```
 */
export async function* extractPdfPages(bytes: Uint8Array, options: ExtractPdfOptions = {}): AsyncGenerator<EntityGraph> {
  const { password, ...extractOptions } = options;
  for await (const { page, words } of readPdfPages(bytes, password === undefined ? {} : { password })) {
    yield extractLayout(words, page, extractOptions);
  }
}

/**
 * Reads a PDF e-paper file into one entity graph per page. Each graph's `input.text` is the text
 * the library built from the page (in reading order, from the geometry, whatever the order of the
 * content stream), which every span indexes; every entity also has `boxes` in PDF points.
 *
 * @throws {BaoxunError} `pdf-encrypted`, `pdf-damaged`, `pdf-no-text` (no page has a text layer:
 *   a scan, to be OCR'd), `missing-dependency` (pdfjs-dist is not installed).
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * import { extractPdf } from "baoxun/pdf";
 * const pages = await extractPdf(await readFile("page.pdf"), { referenceDate: "2026-03-21" });
 * pages[0].persons[0].mentions[0].boxes; // => [{ page: 1, x: 96.5, y: 210.3, width: 31.5, height: 10.5 }]
 * ```
 */
export async function extractPdf(bytes: Uint8Array, options: ExtractPdfOptions = {}): Promise<EntityGraph[]> {
  const pages: EntityGraph[] = [];
  for await (const graph of extractPdfPages(bytes, options)) pages.push(graph);
  if (pages.length > 0 && pages.every((g) => g.diagnostics.some((d) => d.code === "no-text-layer"))) throw noTextError(pages.length);
  return pages;
}

/** The error for a PDF none of whose pages has text. */
export function noTextError(pages: number): BaoxunError {
  return new BaoxunError(
    "pdf-no-text",
    `the PDF has no text layer on any of its ${pages} page(s) (a scan?): OCR it, e.g. pdftoppm -r 300 -png file.pdf p && tesseract p-1.png p-1 -l chi_sim alto, then extract p-1.xml`,
  );
}
