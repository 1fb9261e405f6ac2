/** The real page in ../shared, read in place: every date found and resolved. */
import { describe, expect, it } from "vitest";
import { SKIP_NOTE, hasSeed, readSeedPage } from "../../helpers/shared.js";
import { graphOf } from "./helpers.js";

describe.skipIf(!hasSeed)(`seed page dates (${hasSeed ? "../shared/seed present" : SKIP_NOTE})`, () => {
  const rows = () => {
    const graph = graphOf(readSeedPage(), null);
    return { graph, rows: graph.dates.map((d) => [d.articleId, d.text, d.kind, d.value, d.start, d.end, d.partOfDay, d.fuzzy] as const) };
  };

  it("infers the page date from the latest month-day and the year the page mentions", () => {
    const { graph } = rows();
    expect(graph.referenceDate).toBe("2021-04-12");
    expect(graph.referenceDateSource).toBe("inferred");
    expect(graph.diagnostics.some((d) => d.code === "page-date-inferred")).toBe(true);
  });

  it("finds and resolves every date and duration (三年, 一个月: lengths), and nothing else", () => {
    expect(rows().rows).toEqual([
      ["a1", "今年", "point", "2021", "2021-01-01T00:00", "2022-01-01T00:00", null, false],
      ["a1", "三年", "point", null, null, null, null, false],
      ["a2", "今年", "point", "2021", "2021-01-01T00:00", "2022-01-01T00:00", null, false],
      ["a3", "今年", "point", "2021", "2021-01-01T00:00", "2022-01-01T00:00", null, false],
      ["a4", "4月7日上午", "point", "2021-04-07", "2021-04-07T08:00", "2021-04-07T12:00", "morning", false],
      ["a4", "一个月", "point", null, null, null, null, false],
      ["a5", "近日", "point", "2021-04", "2021-04-02T00:00", "2021-04-13T00:00", null, true],
      ["a5", "2021年", "point", "2021", "2021-01-01T00:00", "2022-01-01T00:00", null, false],
      ["a5", "2008年", "point", "2008", "2008-01-01T00:00", "2009-01-01T00:00", null, false],
      ["a5", "2012年年初", "point", "2012", "2012-01-01T00:00", "2012-03-01T00:00", null, true],
      ["a6", "4月7日下午", "point", "2021-04-07", "2021-04-07T12:00", "2021-04-07T18:00", "afternoon", false],
      ["a7", "4月8日上午", "point", "2021-04-08", "2021-04-08T08:00", "2021-04-08T12:00", "morning", false],
      ["a8", "4月8日上午", "point", "2021-04-08", "2021-04-08T08:00", "2021-04-08T12:00", "morning", false],
      ["a8", "近年来", "open-range", null, "2016-01-01T00:00", "2021-04-13T00:00", null, true],
      ["a9", "4月9日下午", "point", "2021-04-09", "2021-04-09T12:00", "2021-04-09T18:00", "afternoon", false],
      ["a10", "今年年初以来", "open-range", null, "2021-01-01T00:00", "2021-04-13T00:00", null, true],
      ["a11", "4月12日上午", "point", "2021-04-12", "2021-04-12T08:00", "2021-04-12T12:00", "morning", false],
      ["a11", "2021年", "point", "2021", "2021-01-01T00:00", "2022-01-01T00:00", null, false],
      ["a11", "近期", "point", "2021", "2021-02-11T00:00", "2021-04-13T00:00", null, true],
      ["a12", "4月8日", "point", "2021-04-08", "2021-04-08T00:00", "2021-04-09T00:00", null, false],
      ["a12", "三年", "point", null, null, null, null, false],
    ]);
  });

  it("takes the page date from the option when given", () => {
    const graph = graphOf(readSeedPage(), "2021-04-13");
    expect(graph.referenceDate).toBe("2021-04-13");
    expect(graph.referenceDateSource).toBe("option");
    expect(graph.dates.find((d) => d.text === "近日")?.end).toBe("2021-04-14T00:00");
  });
});
