import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../src/extract.js";
import { toHtml } from "../../../src/outputs/render-html/index.js";
import { hasChromium, launchChromium, SKIP_NOTE } from "../../packaging/chromium.js";
import { FIXTURE_TEXT, fixtureGraph } from "./fixture-graph.js";

// Browser globals of the callbacks that run in the page (the project compiles without lib "dom").
declare const document: { querySelector(selector: string): unknown };
declare function getComputedStyle(element: unknown, pseudo?: string): { backgroundColor: string; borderTopStyle: string; content: string };

/** Screenshots land here (gitignored) for a human to look at. */
const OUT = resolve(__dirname, "../../../.tmp/render-html");

describe.skipIf(!hasChromium)(hasChromium ? "toHtml in headless Chromium" : `toHtml in headless Chromium (${SKIP_NOTE})`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(OUT, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string, name: string) {
    const file = join(OUT, `${name}.html`);
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => problems.push(`${m.type()}: ${m.text()}`));
    page.on("request", (r) => r.url().startsWith("file:") || problems.push(`request ${r.url()}`));
    await page.goto(pathToFileURL(file).href);
    return { page, problems };
  }

  it("shows the page's exact text with each kind of entity in its own colour, titles on hover, and a legend", async () => {
    const { page, problems } = await open(toHtml(fixtureGraph(), FIXTURE_TEXT, { title: "fixture" }), "fixture");
    expect(await page.$eval(".bx-page", (e) => e.textContent)).toBe(FIXTURE_TEXT);
    const kinds = ["headline", "person", "role", "organization", "credit", "date"];
    const colours = await page.evaluate(
      (ks) => ks.map((k) => getComputedStyle(document.querySelector(`.bx-page .bx-${k}`)!).backgroundColor),
      kinds,
    );
    expect(new Set(colours).size).toBe(kinds.length);
    for (const c of colours) expect(c).not.toBe("rgba(0, 0, 0, 0)");
    // The legend's swatch of a kind has that kind's colour.
    const legend = await page.evaluate((ks) => ks.map((k) => getComputedStyle(document.querySelector(`.bx-legend .bx-${k}`)!).backgroundColor), kinds);
    expect(legend).toEqual(colours);
    // The legend is one row of swatches: the article swatch does not take the article's block layout.
    const tops = await page.$$eval(".bx-legend li", (es) => es.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(tops).toHaveLength(7);
    expect(new Set(tops).size).toBe(1);
    expect(await page.$eval('.bx-date[data-id="d1"]', (e) => e.getAttribute("title"))).toBe("Date d1: 3月20日上午 → 2026-03-20 (part-of-day, morning)\ninferred: year");
    expect(await page.$eval('.bx-person[data-id="p2"]', (e) => e.getAttribute("title"))).toContain("roles: 局长 @ 区应急管理局");
    // Nesting as the spans say: the organization inside the role, the person inside the credit.
    expect(await page.$eval(".bx-role .bx-organization", (e) => e.textContent)).toBe("区应急管理局");
    expect(await page.$eval(".bx-credit .bx-person", (e) => e.textContent)).toBe("林晓东");
    // The article is outlined and labelled; the label is drawn by CSS, not part of the text.
    const article = await page.$eval(".bx-page .bx-article", (e) => {
      const style = getComputedStyle(e);
      return { border: style.borderTopStyle, label: getComputedStyle(e, "::before").content };
    });
    expect(article).toEqual({ border: "dashed", label: '"a1 · news"' });
    // Every highlight is visible: a box with a size.
    const boxes = await page.$$eval(".bx-page [data-id]", (es) => es.map((e) => e.getBoundingClientRect()).map((r) => r.width * r.height));
    expect(boxes.every((area) => area > 0)).toBe(true);
    expect(await page.$$eval("script", (es) => es.length)).toBe(0);
    const png = await page.screenshot({ path: join(OUT, "fixture.png"), fullPage: true });
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("renders a whole extracted page: one outline per article, every headline line marked", async () => {
    const text = readFileSync(resolve(__dirname, "../../../examples/sample-page.txt"), "utf8");
    const graph = extract(text, { referenceDate: "2026-03-21" });
    const { page, problems } = await open(toHtml(graph, text, { title: "sample page" }), "sample-page");
    expect(await page.$eval(".bx-page", (e) => e.textContent)).toBe(text);
    const articleIds = await page.$$eval(".bx-page .bx-article", (es) => [...new Set(es.map((e) => e.getAttribute("data-id")))]);
    expect(articleIds).toEqual(graph.articles.map((a) => a.id));
    const headlineText = await page.$$eval(".bx-page .bx-headline", (es) => es.map((e) => e.textContent).join(""));
    const expected = graph.articles.flatMap((a) => a.headline?.spans ?? []).map((s) => text.slice(s.start, s.end)).join("");
    expect(headlineText.replace(/\s/g, "")).toBe(expected.replace(/\s/g, ""));
    const counts = await page.$$eval(".bx-legend .bx-count", (es) => es.map((e) => Number(e.textContent)));
    expect(counts[0]).toBe(graph.articles.length);
    const png = await page.screenshot({ path: join(OUT, "sample-page.png"), fullPage: true });
    expect(png.length).toBeGreaterThan(20_000);
    expect(problems).toEqual([]);
    await page.close();
  });
});
