import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";

/** Test PDFs and images are made here (gitignored), from the committed HTML fixtures. */
export const OUT = resolve(dirname(fileURLToPath(import.meta.url)), "../../.tmp/readers");
export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), "fixtures");

const has = (command: string) => {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
export const hasTesseract = has("tesseract") && existsSync("/usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata");
export const hasPoppler = has("pdftoppm");
export const hasQpdf = has("qpdf");
export const TOOLS_NOTE = "skipped: tesseract-ocr, tesseract-ocr-chi-sim, poppler-utils or qpdf is missing; install them with .ci/install-pdf-tools";

/** Prints an HTML fixture (or HTML text) to a PDF with Chromium, as a newspaper's e-paper would be. */
export async function printPdf(browser: Browser, html: string, name: string): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const out = join(OUT, `${name}.pdf`);
  const page = await browser.newPage();
  const source = html.endsWith(".html") ? pathToFileURL(join(FIXTURES, html)).href : null;
  if (source) await page.goto(source);
  else await page.setContent(html);
  await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true });
  await page.close();
  return out;
}

/** The fixture's blocks in gold reading order (data-order), as text without spaces. */
export function goldBlocks(html: string): string[] {
  const source = readFileSync(join(FIXTURES, html), "utf8");
  const blocks = [...source.matchAll(/<div class="b[^"]*" data-order="(\d+)"[^>]*>([\s\S]*?)<\/div>/g)];
  return blocks
    .map((m) => ({ order: Number(m[1]), text: m[2]!.replace(/<[^>]+>/g, "").replace(/[\s　]/g, "") }))
    .sort((a, b) => a.order - b.order)
    .map((b) => b.text);
}
