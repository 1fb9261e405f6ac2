import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { EntityGraph } from "../../src/contracts/graph.js";
import { BaoxunError } from "../../src/errors.js";
import { extractAlto, extractHocr } from "../../src/readers/ocr/extract-ocr.js";
import { readAltoPages } from "../../src/readers/ocr/read-alto.js";
import { repairBrackets } from "../../src/readers/ocr/repair-brackets.js";
import { extractPdf } from "../../src/readers/pdf/extract-pdf.js";
import { squashLayout } from "../../src/text/mapped-text.js";
import { expectValidGraph } from "../helpers/invariants.js";
import { hasChromium, launchChromium, SKIP_NOTE } from "../packaging/chromium.js";
import { hasPoppler, hasTesseract, OUT, printPdf, TOOLS_NOTE } from "./render.js";

const ready = hasChromium && hasTesseract && hasPoppler;
const DPI = 300;

describe.skipIf(!ready)(ready ? "extractAlto / extractHocr on tesseract's OCR of a printed page" : `OCR end to end (${hasChromium ? TOOLS_NOTE : SKIP_NOTE})`, () => {
  let pdfPage: EntityGraph;
  const pages: Record<"alto" | "hocr", EntityGraph> = {} as never;
  beforeAll(async () => {
    const browser = await launchChromium();
    const pdf = await printPdf(browser, "three-columns.html", "ocr-three-columns");
    await browser.close();
    [pdfPage] = (await extractPdf(readFileSync(pdf))) as [EntityGraph];
    // The page as a scanner would give it, then tesseract's two output formats in one run.
    const image = join(OUT, "ocr-three-columns");
    execFileSync("pdftoppm", ["-r", String(DPI), "-png", "-singlefile", pdf, image]);
    execFileSync("tesseract", [`${image}.png`, image, "-l", "chi_sim", "alto", "hocr"], { stdio: "ignore" });
    pages.alto = extractAlto(readFileSync(`${image}.xml`, "utf8"), { referenceDate: "2026-03-21" })[0]!;
    pages.hocr = extractHocr(readFileSync(`${image}.hocr`, "utf8"), { referenceDate: "2026-03-21" })[0]!;
  }, 120_000);

  it.each(["alto", "hocr"] as const)("%s: a graph in pixels of the image, with valid spans into the built text", (format) => {
    const page = pages[format];
    expectValidGraph(page, page.input.text!);
    expect(page.input.page).toMatchObject({ number: 1, unit: "px", width: 2500 });
  });

  it.each(["alto", "hocr"] as const)("%s: reads the columns in order and finds the stories and people", (format) => {
    const page = pages[format];
    const text = squashLayout(page.input.text!);
    const order = ["春耕时节看田间", "一派繁忙景象", "机械化作业", "智能温控", "城东社区开设", "八折优惠", "短评"].map((s) => text.indexOf(s));
    expect(order.every((p) => p >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(page.articles.map((a) => a.headline?.main)).toContain("城东社区开设老年食堂");
    expect(page.persons.map((p) => p.name)).toEqual(expect.arrayContaining(["周明远", "林晓雯", "邓佳怡", "马文博", "刘静"]));
  });

  it.each(["alto", "hocr"] as const)("%s: a name's box is where the PDF has it, scaled to the image", (format) => {
    const scale = DPI / 72;
    // Within one character (10.5 pt = 44 px): tesseract's boxes of Han glyphs overlap and drift.
    const slack = 50;
    for (const name of ["周明远", "邓佳怡", "马文博"]) {
      const [ocr] = pages[format].persons.find((p) => p.name === name)!.mentions[0]!.boxes!;
      const [pdf] = pdfPage.persons.find((p) => p.name === name)!.mentions[0]!.boxes!;
      expect(Math.abs(ocr!.x - pdf!.x * scale), `${name} x`).toBeLessThan(slack);
      expect(Math.abs(ocr!.y - pdf!.y * scale), `${name} y`).toBeLessThan(slack);
      expect(Math.abs(ocr!.x + ocr!.width - (pdf!.x + pdf!.width) * scale), `${name} right`).toBeLessThan(slack);
    }
  });
});

describe("readAltoPages", () => {
  const line = (y: number, height: number, strings: readonly (readonly [text: string, x: number, y: number, height: number])[]) =>
    `<TextLine HPOS="0" VPOS="${y}" WIDTH="600" HEIGHT="${height}">${strings.map(([t, x, sy, h]) => `<String CONTENT="${t}" HPOS="${x}" VPOS="${sy}" WIDTH="${44 * t.length}" HEIGHT="${h}"/>`).join("")}</TextLine>`;
  const alto = (...lines: string[]) => `<alto><Layout><Page WIDTH="1000" HEIGHT="1000"><PrintSpace><TextBlock>${lines.join("")}</TextBlock></PrintSpace></Page></Layout></alto>`;
  const first = line(0, 44, [["城东社区的老年食堂昨天", 0, 0, 44]]);
  const last = line(144, 44, [["吃上了午饭。", 0, 144, 44]]);

  it("a line the engine stretched over a glyph of the next (HEIGHT 115 for 44 px type) keeps its paragraph together", () => {
    const stretched = line(72, 115, [["忆", 0, 72, 114], ["六十多位老人", 60, 72, 43], ["，", 330, 101, 15], ["在食堂", 350, 72, 43]]);
    const words = readAltoPages(alto(first, stretched, last))[0]!.words;
    expect(words.filter((w) => w.y === 72).map((w) => [w.text, w.size])).toEqual([["忆", 43], ["六十多位老人", 43], ["，", 43], ["在食堂", 43]]);
    expect(extractAlto(alto(first, stretched, last))[0]!.input.text).not.toContain("\n\n");
  });

  it("must not move an ordinary line's flat glyphs: a line of its type's height places them at its top, at its size", () => {
    const ordinary = line(72, 49, [["六十多位老人", 0, 72, 44], ["一", 270, 93, 20], ["，", 320, 101, 15]]);
    expect(readAltoPages(alto(first, ordinary, last))[0]!.words.filter((w) => w.text === "一" || w.text === "，").map((w) => [w.y, w.size])).toEqual([[72, 49], [72, 49]]);
  });
});

describe("repairBrackets", () => {
  const word = (text: string) => ({ text, x: 0, y: 0, width: 10 * text.length, height: 10, size: 10, bold: false });
  it.each([
    ["（ read as 〈", ["〈记者周明远)"], ["（记者周明远)"]],
    ["（ read as (〈, one glyph as two", ["(〈", "孟西安"], ["（", "孟西安"]],
  ])("reads tesseract's %s as （ on a page with no 〉", (_, given, expected) => {
    expect(repairBrackets(given.map(word)).map((w) => w.text)).toEqual(expected);
  });
  it("must not touch angle brackets on a page that closes them", () => {
    const words = ["〈清河谣〉", "〈记者周明远)"].map(word);
    expect(repairBrackets(words)).toBe(words);
  });
});

describe("OCR files that are not", () => {
  it.each([
    ["ALTO without a page", () => extractAlto("<alto><Layout></Layout></alto>"), /^invalid-input: not an ALTO file/],
    ["hOCR given to the ALTO reader", () => extractAlto("<html><body><div class='ocr_page' title='bbox 0 0 10 10'></div></body></html>"), /^invalid-input: not an ALTO file/],
    ["plain text given to the hOCR reader", () => extractHocr("清河日报"), /^invalid-input: not an hOCR file/],
    ["bytes instead of text", () => extractHocr(new Uint8Array(3) as unknown as string), /^invalid-input: extractHocr\(\) takes/],
  ])("%s: one typed error", (_, run, expected) => {
    try {
      run();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BaoxunError);
      expect(`${(error as BaoxunError).code}: ${(error as Error).message}`).toMatch(expected);
    }
  });

  it.each([
    ["an ALTO page without words", '<alto><Layout><Page WIDTH="100" HEIGHT="100"/></Layout></alto>', extractAlto],
    ["an hOCR page without words", "<div class='ocr_page' title='bbox 0 0 100 100'></div>", extractHocr],
    ["a truncated ALTO file", '<alto><Layout><Page WIDTH="100" HEIGHT="100"><TextLine HPOS="0" VPOS="0" HEIGHT="10"><String CONTENT="清', extractAlto],
  ])("%s: an empty graph with a diagnostic", (_, markup, read) => {
    const [page] = read(markup);
    expect(page!.articles).toEqual([]);
    expect(page!.diagnostics.map((d) => d.code)).toEqual(["no-text-layer"]);
  });
});
