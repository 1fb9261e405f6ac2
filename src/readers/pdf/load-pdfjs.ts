import { BaoxunError } from "../../errors.js";

/** pdf.js's module (the legacy build, the one made for Node), as its types describe it. */
export type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/**
 * Loads Mozilla's pdf.js on first use. It is an optional peer dependency, imported only here, so
 * that `baoxun` itself and its browser bundle never load it.
 *
 * @throws {BaoxunError} `missing-dependency` when pdfjs-dist is not installed.
 */
export async function loadPdfjs(): Promise<Pdfjs> {
  try {
    return await import("pdfjs-dist/legacy/build/pdf.mjs");
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") {
      throw new BaoxunError("missing-dependency", "reading PDFs needs the optional dependency pdfjs-dist: npm install pdfjs-dist");
    }
    throw error;
  }
}
