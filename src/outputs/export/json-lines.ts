import { checkGraph } from "../graph/check-graph.js";
import type { EntityGraph } from "../../contracts/graph.js";

/** The collections of a graph, as the `type` of a {@link toJsonLines} record. */
export type RecordType = "article" | "person" | "organization" | "role" | "credit" | "date" | "diagnostic";

/**
 * The graph as JSON Lines, one entity per line with its collection in `type` and the page's id in
 * `pageId` when given: `{"type":"person","pageId":"…","id":"p1","name":"付凯明","mentions":[…]}`; a date's
 * own type (date, time, duration, set) is its `dateType` there.
 * For `pandas.read_json(…, lines=True)`, `jq -c 'select(.type=="role")'`, or a search index.
 * (A batch run's one-line-per-page output is `formatResultLine`.)
 *
 * @example
 * ```ts
 * toJsonLines(graph, "2021-04-13/1").split("\n")[0];
 * // => '{"type":"article","pageId":"2021-04-13/1","id":"a1","span":{"start":0,"end":42},…}'
 * ```
 */
/** A date's own `type` (date, time, duration, set) as `dateType`: the line's `type` names its collection. */
function renameType(item: object): object {
  if (!("type" in item)) return item;
  const { type, ...rest } = item as { type: unknown };
  return { ...rest, dateType: type };
}

export function toJsonLines(graph: EntityGraph, pageId?: string): string {
  checkGraph(graph, "toJsonLines");
  const page = pageId === undefined ? {} : { pageId };
  const lines: string[] = [];
  const add = (type: RecordType, items: readonly object[]) => {
    for (const item of items) lines.push(JSON.stringify({ type, ...page, ...renameType(item) }));
  };
  add("article", graph.articles);
  add("person", graph.persons);
  add("organization", graph.organizations);
  add("role", graph.roles);
  add("credit", graph.credits);
  add("date", graph.dates);
  add("diagnostic", graph.diagnostics);
  return lines.map((line) => `${line}\n`).join("");
}
