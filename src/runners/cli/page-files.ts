import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toPageHtml } from "../../outputs/render-html/page-view.js";
import type { EntityGraph } from "../../contracts/graph.js";
import type { ExtractOptions } from "../../contracts/options.js";
import { formatSummary } from "../../outputs/format-summary/index.js";
import { extractAlto, extractHocr } from "../../readers/ocr/extract-ocr.js";
import { extractPdfPages, noTextError } from "../../readers/pdf/extract-pdf.js";
import { UsageError } from "./failures.js";
import { describeFsError } from "./inputs.js";
import type { CliIo } from "./run.js";

/** The kinds of page file `baoxun extract` reads by their extension. */
export type PageFileKind = "pdf" | "alto" | "hocr";

/**
 * The kind of page file a path names: .pdf; ALTO as .xml or .alto; hOCR as .hocr (or .html
 * written by tesseract, which says so in its first kilobyte). Null for anything else (text).
 *
 * @example
 * ```ts
 * pageFileKind("scans/p1.hocr"); // => "hocr"
 * pageFileKind("page.txt"); // => null
 * ```
 */
export function pageFileKind(path: string): PageFileKind | null {
  if (/\.pdf$/i.test(path)) return "pdf";
  if (/\.(xml|alto)$/i.test(path)) return "alto";
  if (/\.hocr$/i.test(path)) return "hocr";
  return null;
}

/** What the page-file command prints: a JSON array, a JSON line per page, a summary per page, or the page view. */
export type PageOutput = "json" | "jsonl" | "summary" | "html";

/**
 * `baoxun extract page.pdf|page.xml|page.hocr`: one graph per page. With --jsonl each page is
 * written as soon as it is read (a 500-page PDF never sits in memory), otherwise a JSON array.
 */
export async function runPageFile(path: string, kind: PageFileKind, output: PageOutput, options: ExtractOptions & { readonly password?: string }, io: CliIo): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${describeFsError(error)}`);
  }
  if (output === "html") return runPageView(path, kind, bytes, options, io);
  let count = 0;
  let withoutText = 0;
  let first = true;
  const write = async (graph: EntityGraph) => {
    count++;
    if (graph.diagnostics.some((d) => d.code === "no-text-layer")) withoutText++;
    const text =
      output === "jsonl" ? `${JSON.stringify(graph)}\n` : output === "json" ? `${first ? "[\n" : ",\n"}${JSON.stringify(graph, null, 2)}` : `== page ${graph.input.page?.number ?? count} ==\n${formatSummary(graph)}`;
    first = false;
    if (io.stdout(text) === false && io.drained) await io.drained();
  };
  if (kind === "pdf") {
    for await (const graph of extractPdfPages(bytes, options)) await write(graph);
  } else {
    const markup = decode(bytes, path);
    for (const graph of kind === "alto" ? extractAlto(markup, options) : extractHocr(markup, options)) await write(graph);
  }
  // The array closes only once every page is read: an error midway leaves no valid-looking JSON.
  if (output === "json") io.stdout(count > 0 ? "\n]\n" : "[]\n");
  if (kind === "pdf" && count > 0 && withoutText === count) {
    io.stderr(`baoxun: ${noTextError(count).message}\n`);
    return 2;
  }
  return 0;
}

function decode(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${path} is not valid UTF-8`);
  }
}

/**
 * `--format html`: the page view (toPageHtml), each PDF page drawn under its boxes when poppler's
 * pdftoppm is there to render it (pdf.js cannot render in Node without a canvas package).
 */
async function runPageView(path: string, kind: PageFileKind, bytes: Uint8Array, options: ExtractOptions & { readonly password?: string }, io: CliIo): Promise<number> {
  const graphs: EntityGraph[] = [];
  if (kind === "pdf") for await (const graph of extractPdfPages(bytes, options)) graphs.push(graph);
  else graphs.push(...(kind === "alto" ? extractAlto(decode(bytes, path), options) : extractHocr(decode(bytes, path), options)));
  const images = kind === "pdf" ? renderPages(path, options.password) : {};
  if (kind === "pdf" && Object.keys(images).length === 0) io.stderr("baoxun: pdftoppm (poppler-utils) is not installed: the boxes are drawn without the page under them\n");
  io.stdout(toPageHtml(graphs, { title: path, images }));
  return 0;
}

function renderPages(path: string, password: string | undefined): Record<number, string> {
  const dir = mkdtempSync(join(tmpdir(), "baoxun-pages-"));
  try {
    execFileSync("pdftoppm", ["-r", "96", "-png", ...(password === undefined ? [] : ["-upw", password]), path, join(dir, "p")], { stdio: "ignore" });
    const images: Record<number, string> = {};
    for (const file of readdirSync(dir)) {
      const n = /-(\d+)\.png$/.exec(file);
      if (n) images[Number(n[1])] = `data:image/png;base64,${readFileSync(join(dir, file)).toString("base64")}`;
    }
    return images;
  } catch {
    return {};
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
