import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BaoxunError } from "../../errors.js";
import { loadPdfjs } from "./load-pdfjs.js";
import { pdfDocumentWords, type PdfPageWords, type ReadPdfOptions } from "./pdf-document.js";
import { readOnThread } from "./reading-thread.js";

export type { PdfPageWords, ReadPdfOptions } from "./pdf-document.js";

/**
 * Reads the words of each page of a PDF with pdf.js, one page at a time: strings with their
 * position, size and weight, in page points, top-left origin. pdf.js runs on a thread of its own
 * (dist/pdf-thread.js, one for the process) when the built file is there, reading the next pages
 * while the caller works on this one; otherwise (running from the TypeScript sources) in this thread.
 *
 * @param thread the reading thread's file (default: pdf-thread.js beside this module); null to
 *   read in this thread.
 * @throws {BaoxunError} `pdf-encrypted` (without the right password), `pdf-damaged` (not a PDF,
 *   or a PDF that cannot be read), `missing-dependency` (pdfjs-dist is not installed).
 * @example
 * ```ts
 * for await (const { page, words } of readPdfPages(bytes)) console.log(page.number, words.length);
 * ```
 */
export async function* readPdfPages(bytes: Uint8Array, options: ReadPdfOptions = {}, thread: URL | null = defaultThread()): AsyncGenerator<PdfPageWords> {
  if (!(bytes instanceof Uint8Array)) throw new BaoxunError("invalid-input", "extractPdf() takes the file's bytes as a Uint8Array (or Buffer)");
  if (thread === null || !existsSync(fileURLToPath(thread))) {
    yield* pdfDocumentWords(await loadPdfjs(), bytes, options);
    return;
  }
  yield* readOnThread(thread, bytes, options);
}

function defaultThread(): URL | null {
  // Built, this code is in dist/pdf.js, dist/pdf.cjs or dist/cli.js, beside dist/pdf-thread.js.
  const here: unknown = import.meta.url;
  return typeof here === "string" && here.startsWith("file:") ? new URL("./pdf-thread.js", here) : null;
}
