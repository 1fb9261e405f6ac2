import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { CORPORA, hasCorpora, SKIP_NOTE } from "../helpers/shared.js";
// The same page builder and scorer as `npm run eval` (scripts/eval/articles.mjs).
import { layoutPage, readPkuPages, scorePage } from "../../scripts/eval/articles.mjs";

// A floor under the measured accuracy (README, "Accuracy"): fails when a change loses articles.
describe.skipIf(!hasCorpora)(`article boundaries on pku-peoples-daily-1998 pages (${hasCorpora ? "read in place" : SKIP_NOTE})`, () => {
  const pages = hasCorpora ? readPkuPages(CORPORA) : [];

  it.each([
    // The line labeller (issue 14) trades web 76.0% -> 67.0% and pdf 69.8% -> 60.1% for
    // web-compact 53.9% -> 70.7% and the generated dev pages (README, "Accuracy"); measured on
    // the code as landed on 7 December: 215, 227 and 193 of 321. The two-character features of
    // that evening gave web 223, web-compact 243 and pdf 176 (54.8%): a loss on the PDF layout that
    // the same features trained one commit earlier did not show (192), so a variance of training
    // (docs/articles.md). The mean of four trainings (that night) gives web 233, web-compact 240,
    // pdf 205 (63.9%): the PDF floor goes back up. On 8 December the gold changed: a byline under
    // the headline (本报记者郭伟成) is the text's first line, where it had been a headline line, and
    // laid out in PDF it stands over the body, not after it with the headline. The code of that
    // morning read 198 of 321 (61.7%) on the old gold and 182 (56.7%) on the corrected one; with
    // bylines read as the text's first line, 198 and 184 (57.3%). The PDF floor is the corrected
    // gold's, 0.56.
    ["web", 0.66],
    ["web-compact", 0.7],
    ["pdf", 0.56],
  ])("%s layout: at least %d of articles exactly bounded", (layout, floor) => {
    let boundaries = 0;
    let expected = 0;
    for (const page of pages) {
      const { text, expected: want } = layoutPage(page.articles, layout, page.bylines);
      const score = scorePage(extract(text), want);
      boundaries += score.boundaries;
      expected += score.expected;
    }
    expect(expected).toBe(321);
    expect(boundaries / expected).toBeGreaterThanOrEqual(floor);
  });
});
