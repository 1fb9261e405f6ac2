import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { squashLayout } from "../../src/text/mapped-text.js";
import { expectValidGraph } from "../helpers/invariants.js";
import { hasSeed, readSeedPage, SKIP_NOTE } from "../helpers/shared.js";

// The real page is read in place and never quoted here: expectations are structural, and a
// headline is checked against the page's own text at its spans.
describe.skipIf(!hasSeed)(`the real seed page: articles and headlines (${hasSeed ? "read in place" : SKIP_NOTE})`, () => {
  const text = hasSeed ? readSeedPage() : "";
  const graph = hasSeed ? extract(text) : null!;

  it("is a valid graph", () => expectValidGraph(graph, text));

  it("has 12 articles: three column pieces, eight reports, one photo caption", () => {
    expect(graph.articles.map((a) => a.kind)).toEqual([
      ...Array(3).fill("column-piece"),
      ...Array(8).fill("news"),
      "photo-caption",
    ]);
  });

  it("groups the three column pieces under one column", () => {
    expect(graph.articles.map((a) => a.columnId)).toEqual([...Array(3).fill("col1"), ...Array(9).fill(null)]);
  });

  it("opens each report with 本报讯 and its credit", () => {
    for (const a of graph.articles.slice(3, 11)) expect(a.opener?.text).toMatch(/^本报讯（记者[^）]+）$/u);
    for (const a of [...graph.articles.slice(0, 3), graph.articles[11]!]) expect(a.opener).toBeNull();
  });

  it("finds a headline, printed after its body, for all but the report without one and the caption", () => {
    expect(graph.articles.map((a) => a.headline?.position ?? null)).toEqual([
      ...Array(5).fill("after"),
      null,
      ...Array(5).fill("after"),
      null,
    ]);
  });

  it("splits headlines into the right parts", () => {
    const parts = graph.articles.map((a) => a.headline && [a.headline.kicker !== null, a.headline.main !== null, a.headline.subtitle !== null]);
    const mainOnly = [false, true, false];
    const kickerAndMain = [true, true, false];
    expect(parts).toEqual([mainOnly, mainOnly, mainOnly, kickerAndMain, kickerAndMain, null, mainOnly, mainOnly, mainOnly, kickerAndMain, mainOnly, null]);
  });

  it("takes each headline's text from the page lines it spans, a wrapped title joined without a space", () => {
    for (const a of graph.articles) {
      if (!a.headline) continue;
      const printed = a.headline.spans.map((s) => squashLayout(text.slice(s.start, s.end))).join("");
      expect(squashLayout(a.headline.text)).toBe(printed);
      // A headline lies outside its body, right after it on this page.
      expect(a.headline.spans[0]!.start).toBeGreaterThan(a.body.end);
    }
    const wrapped = graph.articles.filter((a) => a.headline && a.headline.spans.length === 2 && a.headline.kicker === null && !a.headline.main!.includes(" "));
    expect(wrapped.map((a) => a.id)).toEqual(["a7", "a9"]);
  });

  it("marks couplet titles of the column with a space between their lines", () => {
    for (const a of graph.articles.slice(0, 3)) expect(a.headline!.main).toMatch(/^\S{8} \S{8}$/u);
  });

  it("leaves no headline unattached", () => {
    expect(graph.diagnostics.filter((d) => d.code === "unattached-headline")).toEqual([]);
  });
});
