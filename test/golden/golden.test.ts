import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extract, formatSummary } from "../../src/index.js";
import { expectValidGraph } from "../helpers/invariants.js";
import { hasSeed, readSeedPage, SKIP_NOTE } from "../helpers/shared.js";

// Whole-page golden files: the graph rendered as a readable per-article summary and compared in CI.
// After a deliberate change, review the difference and refresh them with `npx vitest run test/golden -u`.

describe("golden: the bundled sample page", () => {
  it("matches sample-page.summary.txt", async () => {
    const text = readFileSync(resolve(__dirname, "../../examples/sample-page.txt"), "utf8");
    const graph = extract(text, { referenceDate: "2026-03-21" });
    expectValidGraph(graph, text);
    await expect(formatSummary(graph)).toMatchFileSnapshot("./sample-page.summary.txt");
  });
});

describe.skipIf(!hasSeed)(`golden: the real seed page (${hasSeed ? "read in place from ../shared/seed" : SKIP_NOTE})`, () => {
  it("matches seed-page.summary.txt, its headlines and role strings fingerprinted, not quoted", async () => {
    const text = readSeedPage();
    const graph = extract(text);
    expectValidGraph(graph, text);
    await expect(formatSummary(graph, { quoteText: false })).toMatchFileSnapshot("./seed-page.summary.txt");
  });
});
