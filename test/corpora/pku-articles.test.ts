import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { CORPORA, hasCorpora, SKIP_NOTE } from "../helpers/shared.js";
// The same page builder and scorer as `npm run eval` (scripts/eval/articles.mjs).
import { layoutPage, readPkuPages, scorePage } from "../../scripts/eval/articles.mjs";

// A floor under the measured accuracy (README, "Accuracy"): fails when a change loses articles.
describe.skipIf(!hasCorpora)(`article boundaries on pku-peoples-daily-1998 pages (${hasCorpora ? "read in place" : SKIP_NOTE})`, () => {
  const pages = hasCorpora ? readPkuPages(CORPORA) : [];

  it.each([
    ["web", 0.72],
    ["web-compact", 0.5],
    ["pdf", 0.66],
  ])("%s layout: at least %d of articles exactly bounded", (layout, floor) => {
    let boundaries = 0;
    let expected = 0;
    for (const page of pages) {
      const { text, expected: want } = layoutPage(page.articles, layout);
      const score = scorePage(extract(text), want);
      boundaries += score.boundaries;
      expected += score.expected;
    }
    expect(expected).toBe(321);
    expect(boundaries / expected).toBeGreaterThanOrEqual(floor);
  });
});
