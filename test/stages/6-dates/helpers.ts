import { expect } from "vitest";
import { extract } from "../../../src/index.js";
import type { DateMention, EntityGraph } from "../../../src/contracts/graph.js";
import { expectValidGraph } from "../../helpers/invariants.js";

/** The pinned page date of the date tests: Monday 12 April 2021. */
export const REF = "2021-04-12";

/** Extracts, checks the graph's invariants, and returns it; `null`: no reference date given. */
export function graphOf(input: string, referenceDate: string | null = REF): EntityGraph {
  const graph = extract(input, referenceDate === null ? {} : { referenceDate });
  expectValidGraph(graph, input);
  return graph;
}

export function datesOf(input: string, referenceDate: string | null = REF): readonly DateMention[] {
  return graphOf(input, referenceDate).dates;
}

/** The one date of `input` whose text is `text`, with its span checked against the input. */
export function found(input: string, text: string, referenceDate: string = REF): DateMention {
  const dates = datesOf(input, referenceDate);
  const d = dates.find((x) => x.text === text);
  expect(d, `${text} in ${JSON.stringify(dates.map((x) => x.text))}`).toBeDefined();
  const at = input.indexOf(text);
  expect(d!.span).toEqual({ start: at, end: at + text.length });
  return d!;
}
