import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BaoxunError } from "../../../src/errors.js";
import { extract } from "../../../src/extract.js";
import { repeatedSample } from "../../../bench/inputs.mjs";
import { TITLE_ENTRY_MAX, TITLE_LIST_MAX } from "../../../src/outputs/render-html/annotations.js";
import { toHtml } from "../../../src/outputs/render-html/index.js";
import { FIXTURE_TEXT, fixtureGraph } from "./fixture-graph.js";

/** The text of the .bx-page element: tags removed, character references decoded. */
function pageText(html: string): string {
  const inner = html.slice(html.indexOf('<div class="bx-page">') + '<div class="bx-page">'.length, html.lastIndexOf("</div></main>"));
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#13": "\r" };
  return inner.replace(/<[^>]*>/g, "").replace(/&(amp|lt|gt|quot|#39|#13);/g, (_, name: string) => entities[name]!);
}

/** Every opening tag of a kind, with its data-id and title. */
function tags(html: string, kind: string): { id: string; title: string }[] {
  return [...html.matchAll(new RegExp(`<(?:span|div) class="bx-${kind}(?: bx-low)?" data-id="([^"]*)" title="([^"]*)"`, "g"))].map((m) => ({ id: m[1]!, title: m[2]! }));
}

describe("toHtml", () => {
  const html = toHtml(fixtureGraph(), FIXTURE_TEXT, { title: "第<1>版" });

  it("is one self-contained document: no script, no external resource, a strict CSP", () => {
    expect(html.startsWith("<!doctype html>\n")).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain("<title>第&lt;1&gt;版</title>");
  });

  it("keeps the page's text exactly, CRLF and markup characters included", () => {
    expect(pageText(html)).toBe(FIXTURE_TEXT);
    expect(html).toContain("清河新区召开&lt;安全&gt;生产会议");
    expect(html).toContain("“安全 &amp; 生产”");
    expect(html).not.toContain("<安全>");
  });

  it("marks every entity with its kind, id and a title giving its resolved value", () => {
    expect(tags(html, "article")).toEqual([{ id: "a1", title: expect.stringContaining("Article a1 (news)") }]);
    expect(tags(html, "headline").map((t) => t.title)).toEqual([expect.stringContaining("main: 清河新区召开&lt;安全&gt;生产会议")]);
    expect(tags(html, "date")).toEqual([{ id: "d1", title: "Date d1: 3月20日上午 → 2026-03-20 (part-of-day, morning)\ninferred: year" }]);
    expect(tags(html, "person")).toEqual([
      { id: "p1", title: "Person p1: 林晓东\ncredits: reporter (a1)\nmentions: 1" },
      { id: "p2", title: "Person p2: 周明远\nroles: 局长 @ 区应急管理局\nmentions: 1" },
    ]);
    expect(tags(html, "role")).toEqual([{ id: "r1", title: "Role r1: 周明远 = 局长 @ 区应急管理局\nrule: title-name" }]);
    expect(tags(html, "organization")).toEqual([{ id: "o1", title: "Organization o1: 区应急管理局\naliases: 应急局" }]);
    expect(tags(html, "credit")).toEqual([{ id: "c1", title: "Credit c1: reporter 林晓东 (本报), marker 记者" }]);
  });

  it("nests an inner entity inside the one that contains it", () => {
    expect(html).toContain('区应急管理局</span>局长</span>');
    expect(html).toMatch(/<span class="bx-credit"[^>]*>记者<span class="bx-person"[^>]*>林晓东<\/span><\/span>/);
  });

  it("has a legend with a count per kind and lists the diagnostics, escaped", () => {
    expect([...html.matchAll(/<li><span class="bx-(\w+) bx-swatch"[^>]*>\w+<\/span> <span class="bx-count">(\d+)<\/span>/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      "article 1",
      "headline 1",
      "role 1",
      "credit 1",
      "organization 1",
      "person 2",
      "date 1",
    ]);
    expect(html).toContain("<code>test-&lt;note&gt;</code> info: a diagnostic with &lt;markup&gt; &amp; &quot;quotes&quot;");
  });

  it("splits entities that cross instead of nesting, keeping the text whole", () => {
    const graph = fixtureGraph();
    const crossing = { ...graph, dates: [{ ...graph.dates[0]!, span: { start: graph.persons[0]!.mentions[0]!.span.start + 1, end: graph.dates[0]!.span.end } }] };
    const out = toHtml(crossing, FIXTURE_TEXT);
    expect(pageText(out)).toBe(FIXTURE_TEXT);
    // The date starts inside the credit's person and ends after both: opened inside them, reopened after.
    expect([...out.matchAll(/<span class="bx-date"[^>]*>([^<]*)<\/span>/g)].map((m) => m[1])).toEqual(["晓东", "）3月20日上午"]);
    expect(out.match(/<span/g)?.length).toBe(out.match(/<\/span>/g)?.length);
  });

  it("escapes values that come from the graph, not only from the text", () => {
    const graph = fixtureGraph();
    const hostile = { ...graph, persons: [{ ...graph.persons[0]!, name: '"><script>alert(1)</script>' }, graph.persons[1]!] };
    const out = toHtml(hostile, FIXTURE_TEXT);
    expect(out).not.toContain("<script>");
    expect(out).toContain("Person p1: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("renders a real extraction of the sample page with every article outlined", () => {
    const text = readFileSync(resolve(__dirname, "../../../examples/sample-page.txt"), "utf8");
    const graph = extract(text, { referenceDate: "2026-03-21" });
    const out = toHtml(graph, text);
    expect(pageText(out)).toBe(text);
    expect(new Set(tags(out, "article").map((t) => t.id))).toEqual(new Set(graph.articles.map((a) => a.id)));
    for (const d of graph.dates) expect(tags(out, "date").map((t) => t.id)).toContain(d.id);
  });

  it("shows a low-confidence article and headline for review: a class, a marker, the figure", () => {
    const graph = fixtureGraph();
    const article = graph.articles[0]!;
    const unsure = { ...graph, articles: [{ ...article, confidence: 0.31, headline: { ...article.headline!, confidence: 0.2 } }] };
    const out = toHtml(unsure, FIXTURE_TEXT);
    expect(out).toMatch(/<div class="bx-article bx-low" data-id="a1" title="[^"]*confidence 0\.31 \(low: review\)" data-label="a1 · news · \? 0\.31">/);
    expect(out).toMatch(/<span class="bx-headline bx-low" data-id="a1" title="[^"]*confidence 0\.20 \(low: review\)">/);
    expect(out).toContain(".bx-headline.bx-low::after");
    expect(pageText(out)).toBe(FIXTURE_TEXT);
  });

  it("does not mark a sure article or headline as low", () => {
    expect(html).not.toContain("bx-low\"");
    expect(html).not.toContain("(low: review)");
    expect(tags(html, "article")[0]!.title).toContain("confidence 1.00");
  });

  it("does not mutate the graph", () => {
    const graph = fixtureGraph();
    const before = structuredClone(graph);
    toHtml(graph, FIXTURE_TEXT);
    expect(graph).toEqual(before);
  });

  it("refuses a text that is not the graph's input", () => {
    expect(() => toHtml(fixtureGraph(), FIXTURE_TEXT.slice(1))).toThrow(BaoxunError);
    expect(() => toHtml(fixtureGraph(), FIXTURE_TEXT.slice(1))).toThrow(/needs the text the graph was extracted from \(\d+ characters\), got \d+ characters/);
  });

  it("keeps any text whole and well-formed, whatever the extractors find in it", () => {
    const pieces = fc.constantFrom("本报讯（记者林晓东）", "3月20日上午", "区应急管理局局长周明远", "\r\n", "\n\n", "<", "&", '"', "\ud83d\ude00", "\ud800", " ", "今 年");
    const text = fc.array(fc.oneof(pieces, fc.string({ unit: "binary", maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (input) => {
        const out = toHtml(extract(input), input);
        expect(pageText(out)).toBe(input);
        expect(out.match(/<span/g)?.length ?? 0).toBe(out.match(/<\/span>/g)?.length ?? 0);
        expect(out.match(/<div/g)?.length ?? 0).toBe(out.match(/<\/div>/g)?.length ?? 0);
      }),
      { numRuns: 150 },
    );
  });
});

// Issue 18: every mention's title listed all of the person's credits and roles, so a reporter
// credited on every page made the view quadratic: 1 M characters of pages gave a 342 MB page, and
// 2 M characters did not fit in a JavaScript string. Sizes, not times: these cannot be flaky.
describe("toHtml grows with the page, not with an entity's mentions", () => {
  const view = (chars: number) => {
    const text = repeatedSample(chars);
    return toHtml(extract(text), text);
  };
  const small = view(50_000);

  it.each([
    ["person", /^Person p\d+: \S+\n(roles: .*\n)?credits: (reporter \(a\d+\); ){5}… \d+ more\nmentions: \d+$/s],
    ["organization", /^Organization o\d+: /],
  ])("bounds every %s title, however often the entity recurs", (kind, shape) => {
    const titles = tags(small, kind).map((t) => t.title.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">"));
    expect(titles.length).toBeGreaterThan(20);
    const longest = Math.max(...titles.map((t) => t.length));
    expect(longest).toBeLessThanOrEqual(TITLE_LIST_MAX * (TITLE_ENTRY_MAX + 2) + 120);
    if (kind === "person") expect(titles.filter((t) => shape.test(t)).length).toBeGreaterThan(0);
    else expect(titles.every((t) => shape.test(t))).toBe(true);
  });

  it("lists a person's few roles and credits in full, with no 'more'", () => {
    const fixture = toHtml(fixtureGraph(), FIXTURE_TEXT);
    expect(tags(fixture, "person").map((t) => t.title).join("\n")).not.toContain("more");
  });

  it("ten times the text gives at most eleven times the HTML", () => {
    const large = view(500_000);
    expect(large.length / small.length).toBeLessThan(11);
  }, 120_000);

  it("renders 2 M characters of pages (it threw Invalid string length)", () => {
    const text = repeatedSample(2_000_000);
    const html = toHtml(extract(text), text);
    expect(html.length).toBeLessThan(40 * text.length);
    expect(html.endsWith("</html>\n")).toBe(true);
  }, 180_000);
});
