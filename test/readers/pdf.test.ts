import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Box, EntityGraph } from "../../src/contracts/graph.js";
import { BaoxunError } from "../../src/errors.js";
import { extract } from "../../src/extract.js";
import { extractLayout } from "../../src/readers/extract-layout.js";
import { extractPdf, extractPdfPages } from "../../src/readers/pdf/extract-pdf.js";
import { readPdfPages } from "../../src/readers/pdf/read-pdf.js";
import { squashLayout } from "../../src/text/mapped-text.js";
import { expectValidGraph } from "../helpers/invariants.js";
import { hasChromium, launchChromium, SKIP_NOTE } from "../packaging/chromium.js";
import { goldBlocks, hasQpdf, OUT, printPdf, TOOLS_NOTE } from "./render.js";

/** The built reading thread (npm test builds dist/ first). */
const THREAD = new URL("../../dist/pdf-thread.js", import.meta.url);
const readAll = async (bytes: Uint8Array, thread: URL | null, options = {}) => {
  const pages = [];
  for await (const page of readPdfPages(bytes, options, thread)) pages.push(page);
  return pages;
};
const errorOf = async (read: Promise<unknown>) =>
  read.then(
    () => "no error",
    (error: unknown) => `${error instanceof BaoxunError ? error.code : "not a BaoxunError"}: ${(error as Error).message}`,
  );

const inside = (box: Box, outer: readonly Box[]) =>
  outer.some((o) => o.page === box.page && box.x >= o.x - 0.5 && box.y >= o.y - 0.5 && box.x + box.width <= o.x + o.width + 0.5 && box.y + box.height <= o.y + o.height + 0.5);

describe.skipIf(!hasChromium)(hasChromium ? "extractPdf on pages printed by Chromium" : `extractPdf (${SKIP_NOTE})`, () => {
  let browser: Browser;
  let pdf: string;
  let graph: EntityGraph;
  beforeAll(async () => {
    browser = await launchChromium();
    pdf = await printPdf(browser, "three-columns.html", "three-columns");
    [graph] = (await extractPdf(readFileSync(pdf), { referenceDate: "2026-03-21" })) as [EntityGraph];
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("builds the page's text in reading order although the content stream is in another order", () => {
    const text = squashLayout(graph.input.text!);
    const gold = goldBlocks("three-columns.html").filter((b) => b !== "");
    // The content stream really is out of order: pdftotext -raw (stream order) does not give the gold order.
    const raw = squashLayout(execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8" }));
    const positions = (t: string) => gold.map((b) => t.indexOf(b.slice(0, 8)));
    expect(positions(text).every((p) => p >= 0)).toBe(true);
    expect(positions(text)).toEqual([...positions(text)].sort((a, b) => a - b));
    expect(positions(raw)).not.toEqual([...positions(raw)].sort((a, b) => a - b));
  });

  it("finds the articles and their headlines, kicker and subtitle from the layout", () => {
    const headlines = graph.articles.map((a) => a.headline && [a.headline.kicker, a.headline.main, a.headline.subtitle]);
    expect(headlines).toContainEqual(["春耕时节看田间", "十万亩良田开犁播种", "——农机手忙着开犁播种"]);
    expect(headlines).toContainEqual([null, "城东社区开设老年食堂", null]);
    // The story's two columns are one article.
    const story = graph.articles.find((a) => a.headline?.main === "十万亩良田开犁播种")!;
    const body = squashLayout(graph.input.text!.slice(story.span.start, story.span.end));
    expect(body).toContain("一派繁忙景象");
    expect(body).toContain("稳定在十万亩以上");
  });

  it("keeps spans valid in input.text and finds the people as in plain text", () => {
    expectValidGraph(graph, graph.input.text!);
    expect(graph.input.page).toEqual({ number: 1, width: 600, height: 824.88, unit: "pt" });
    expect(graph.persons.map((p) => p.name)).toEqual(expect.arrayContaining(["周明远", "林晓雯", "邓佳怡", "韩东升", "马文博", "刘静", "宋崇飞"]));
    // As good as the plain text of the same page (pdftotext's): every person found there is found here.
    const plain = extract(execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }), { referenceDate: "2026-03-21" });
    expect(graph.persons.map((p) => p.name)).toEqual(expect.arrayContaining(plain.persons.map((p) => p.name)));
    expect(graph.roles.map((r) => `${r.title}:${graph.persons.find((p) => p.id === r.personId)!.name}`)).toEqual(expect.arrayContaining(["站长:邓佳怡", "副书记:韩东升"]));
    expect(graph.dates.map((d) => d.value)).toEqual(expect.arrayContaining(["2026-03-20", "2026-03-19"]));
  });

  it("places every entity on the page, inside its article's outline", () => {
    // 韩东升 is printed in the second column (x 217.5–375 pt), 16.5 pt lines from 206 pt down.
    const han = graph.persons.find((p) => p.name === "韩东升")!.mentions[0]!.boxes!;
    expect(han).toHaveLength(1);
    expect(han[0]!.x).toBeGreaterThanOrEqual(217.5);
    expect(han[0]!.x + han[0]!.width).toBeLessThanOrEqual(375);
    expect(han[0]!.width).toBeCloseTo(31.5, 0);
    const articleBoxes = new Map(graph.articles.map((a) => [a.id, a.boxes!]));
    const placed = [
      ...graph.persons.flatMap((p) => p.mentions),
      ...graph.organizations.flatMap((o) => o.mentions),
      ...graph.roles,
      ...graph.dates,
      ...graph.credits,
    ];
    expect(placed.length).toBeGreaterThan(15);
    for (const entity of placed) {
      expect(entity.boxes!.length).toBeGreaterThan(0);
      if (entity.articleId) for (const box of entity.boxes!) expect(inside(box, articleBoxes.get(entity.articleId)!), JSON.stringify(entity)).toBe(true);
    }
  });

  it("yields the pages one by one and leaves the caller's bytes alone", async () => {
    const bytes = readFileSync(pdf);
    const copy = Buffer.from(bytes);
    const pages: number[] = [];
    for await (const page of extractPdfPages(bytes)) pages.push(page.input.page!.number);
    expect(pages).toEqual([1]);
    expect(bytes.equals(copy)).toBe(true);
  });

  describe("the reading thread (dist/pdf-thread.js)", () => {
    it("reads the same words as this thread, and leaves this realm's globals alone", async () => {
      const bytes = readFileSync(pdf);
      const decompression = globalThis.DecompressionStream;
      const onThread = await readAll(bytes, THREAD);
      expect(onThread).toEqual(await readAll(bytes, null));
      expect(onThread[0]!.words.length).toBeGreaterThan(100);
      expect(globalThis.DecompressionStream).toBe(decompression);
    });

    it.skipIf(!hasQpdf)(hasQpdf ? "knows a font's weight on a later page that shares the font" : `fonts shared by pages (${TOOLS_NOTE})`, async () => {
      const twice = join(OUT, "twice.pdf");
      execFileSync("qpdf", ["--empty", "--pages", pdf, "1", pdf, "1", "--", twice]);
      const [first, second] = await readAll(readFileSync(twice), THREAD);
      expect(first!.words.some((w) => w.bold)).toBe(true);
      expect(second!.words).toEqual(first!.words);
    });

    it("reads several files at once, and goes on after a caller stops reading", async () => {
      const bytes = readFileSync(pdf);
      const pages = readPdfPages(bytes, {}, THREAD);
      expect((await pages.next()).done).toBe(false);
      expect(await pages.return(undefined)).toEqual({ done: true, value: undefined });
      const [a, b] = await Promise.all([readAll(bytes, THREAD), readAll(bytes, THREAD)]);
      expect(a).toEqual(b);
      expect(a).toHaveLength(1);
    });

    it("gives the same typed errors as this thread", async () => {
      const half = readFileSync(pdf).subarray(0, 3000);
      expect(await errorOf(readAll(half, THREAD))).toMatch(/^pdf-damaged: /);
      expect(await errorOf(readAll(half, THREAD))).toBe(await errorOf(readAll(half, null)));
      expect(await errorOf(readAll(new TextEncoder().encode("清河日报"), THREAD))).toMatch(/^pdf-damaged: /);
    });

    it.skipIf(!hasQpdf)(hasQpdf ? "asks for the password of an encrypted PDF, and reads with it" : `an encrypted PDF (${TOOLS_NOTE})`, async () => {
      const locked = join(OUT, "encrypted-thread.pdf");
      execFileSync("qpdf", ["--encrypt", "secret", "owner", "256", "--", pdf, locked]);
      expect(await errorOf(readAll(readFileSync(locked), THREAD))).toMatch(/^pdf-encrypted: .*password/);
      const [page] = await readAll(readFileSync(locked), THREAD, { password: "secret" });
      expect(page!.words.map((w) => w.text).join("")).toContain("韩东升");
    });
  });

  describe("bad input: one typed error or a diagnostic, never a crash", () => {
    const code = async (bytes: Uint8Array, options = {}) => {
      try {
        await extractPdf(bytes, options);
        return "no error";
      } catch (error) {
        expect(error).toBeInstanceOf(BaoxunError);
        return `${(error as BaoxunError).code}: ${(error as Error).message}`;
      }
    };
    it.each([
      ["an empty file", () => new Uint8Array(0), /^pdf-damaged: /],
      ["a text file", () => new TextEncoder().encode("清河日报 2026年3月21日\n"), /^pdf-damaged: /],
      ["half a PDF", () => readFileSync(pdf).subarray(0, 3000), /^pdf-damaged: /],
      ["not bytes", () => "page.pdf" as unknown as Uint8Array, /^invalid-input: /],
    ])("%s", async (_, bytes, expected) => {
      expect(await code(bytes())).toMatch(expected);
    });

    it.skipIf(!hasQpdf)(hasQpdf ? "an encrypted PDF: asks for the password, and reads with it" : `an encrypted PDF (${TOOLS_NOTE})`, async () => {
      const locked = join(OUT, "encrypted.pdf");
      execFileSync("qpdf", ["--encrypt", "secret", "owner", "256", "--", pdf, locked]);
      expect(await code(readFileSync(locked))).toMatch(/^pdf-encrypted: .*password/);
      expect(await code(readFileSync(locked), { password: "wrong" })).toMatch(/^pdf-encrypted: /);
      const [page] = await extractPdf(readFileSync(locked), { password: "secret" });
      expect(page!.persons.map((p) => p.name)).toContain("韩东升");
    });

    it("a scan without a text layer: says so and points to OCR", async () => {
      const scan = await printPdf(browser, '<html><body style="margin:0"><div style="width:500px;height:700px;background:#999"></div></body></html>', "no-text");
      expect(await code(readFileSync(scan))).toMatch(/^pdf-no-text: .*OCR.*tesseract/);
      const [page] = await (async () => {
        const out: EntityGraph[] = [];
        for await (const g of extractPdfPages(readFileSync(scan))) out.push(g);
        return out;
      })();
      expect(page!.diagnostics.map((d) => d.code)).toEqual(["no-text-layer"]);
    });
  });
});

describe("a page whose fonts have no Unicode map", () => {
  const page = { number: 3, width: 600, height: 800, unit: "pt" as const };
  const word = (text: string, y: number) => ({ text, x: 20, y, width: 10 * text.length, height: 10, size: 10, bold: false });
  it("is reported as such and yields no names from the glyph ids", () => {
    const graph = extractLayout([word("\uE021\uE05A\uE11F\uE0C2\uE021", 20), word("\uE3A0\uE021记者\uE0C2\uE11F", 34)], page);
    expect(graph.diagnostics.map((d) => d.code)).toEqual(["no-unicode-map"]);
    expect(graph.diagnostics[0]!.message).toMatch(/page 3.*OCR/);
    expect(graph.persons).toEqual([]);
    expect(graph.articles).toEqual([]);
  });
  it("is not confused with a page with a few odd characters", () => {
    const graph = extractLayout([word("本报讯（记者周明远）3月20日上午，会议召开\uE021。", 20)], page);
    expect(graph.diagnostics.map((d) => d.code)).not.toContain("no-unicode-map");
    expect(graph.persons.map((p) => p.name)).toEqual(["周明远"]);
  });
});
