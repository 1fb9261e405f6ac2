import { BaoxunError } from "../../errors.js";
import type { LayoutWord, PageInfo } from "../layout/types.js";
import type { Pdfjs } from "./load-pdfjs.js";

/** One page of a PDF as the layout stage takes it. */
export interface PdfPageWords {
  readonly page: PageInfo;
  readonly words: readonly LayoutWord[];
}

/** Options of {@link readPdfPages}. */
export interface ReadPdfOptions {
  /** The user password of an encrypted PDF. */
  readonly password?: string;
}

/** Where a glyph's em box sits on its baseline (CJK fonts: 0.88 above, 0.12 below). */
const ASCENT = 0.88;
/** Font names that say the face is heavy: NotoSansCJKsc-Bold, SourceHanSerif-Heavy, HiraginoSans-W7. */
const HEAVY_FACE = /bold|black|heavy|semibold|demibold|extrabold|ultrabold|[-_ ]w[6-9]\b/i;

/**
 * The words of each page of a PDF, read with the pdf.js module given, one page at a time (so
 * that a 500-page file never sits in memory as text): strings with their position, size and
 * weight, in page points, top-left origin. Runs wherever pdf.js was loaded: in this thread, or
 * in the reading thread (pdf-thread.ts).
 *
 * @throws {BaoxunError} `pdf-encrypted` (without the right password), `pdf-damaged` (not a PDF,
 *   or a PDF that cannot be read).
 * @example
 * ```ts
 * for await (const { page, words } of pdfDocumentWords(await loadPdfjs(), bytes)) console.log(page.number, words.length);
 * ```
 */
export async function* pdfDocumentWords(pdfjs: Pdfjs, bytes: Uint8Array, options: ReadPdfOptions = {}): AsyncGenerator<PdfPageWords> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy, not the caller's.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    ...(options.password === undefined ? {} : { password: options.password }),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw openError(error);
  }
  // Font id -> heavy, for the whole file: most files set every page in the same few fonts.
  const weights = new Map<string, boolean>();
  try {
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number).catch((error: unknown) => {
        throw new BaoxunError("pdf-damaged", `page ${number} cannot be read: ${(error as Error).message}`);
      });
      yield await readPage(pdfjs, page, number, weights);
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<Pdfjs["getDocument"]>["promise"]>["getPage"]>>;

async function readPage(pdfjs: Pdfjs, page: PdfPage, number: number, weights: Map<string, boolean>): Promise<PdfPageWords> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items = content.items.filter((item): item is Extract<typeof item, { str: string }> => "str" in item && item.str !== "");
  await learnWeights(page, new Set(items.map((i) => i.fontName)), weights);
  const words: LayoutWord[] = [];
  for (const item of items) {
    const [a, b, c, d, e, f] = pdfjs.Util.transform(viewport.transform, item.transform) as number[];
    // Horizontal text only: rotated runs (a vertical headline) are left out of the flow for now.
    if (Math.abs(b!) > 1e-3 || Math.abs(c!) > 1e-3 || a! <= 0) continue;
    const size = Math.hypot(c!, d!);
    if (!(size > 0)) continue;
    words.push({ text: item.str, x: e!, y: f! - ASCENT * size, width: item.width, height: size, size, bold: weights.get(item.fontName) === true });
  }
  return { page: { number, width: viewport.width, height: viewport.height, unit: "pt" }, words };
}

/**
 * Learns which of a page's fonts are bold, black or heavy by their face's name. pdf.js names a
 * font (its PostScript name, "BAAAAA+NotoSansCJKsc-Bold") only once a page's operators are
 * loaded, which costs a fifth of reading the page: only a page with a font not seen before pays it.
 */
async function learnWeights(page: PdfPage, ids: ReadonlySet<string>, weights: Map<string, boolean>): Promise<void> {
  if ([...ids].every((id) => weights.has(id))) return;
  await page.getOperatorList();
  for (const id of ids) {
    const font = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: string; bold?: boolean; black?: boolean }) : undefined;
    weights.set(id, font !== undefined && (font.bold === true || font.black === true || HEAVY_FACE.test(font.name ?? "")));
  }
}

function openError(error: unknown): BaoxunError {
  const name = (error as { name?: string }).name;
  const message = (error as Error).message ?? String(error);
  if (name === "PasswordException") {
    return new BaoxunError("pdf-encrypted", "the PDF is encrypted: pass its password (--password, or { password }) or decrypt it first (qpdf --decrypt)");
  }
  return new BaoxunError("pdf-damaged", `not a readable PDF (${message})`);
}
