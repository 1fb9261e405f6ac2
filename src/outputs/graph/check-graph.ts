import { BaoxunError } from "../../errors.js";
import type { EntityGraph } from "../../contracts/graph.js";

const COLLECTIONS = ["articles", "persons", "organizations", "roles", "credits", "dates", "diagnostics"] as const;

/**
 * Checks that `graph` has the shape of an {@link EntityGraph} (the result of `extract`, or its
 * JSON parsed back), so that a wrong argument gets a clear error rather than a TypeError deep
 * inside a renderer. A shallow check: the collections are not validated entry by entry.
 *
 * @throws {BaoxunError} `invalid-input`, naming the function and what it got.
 */
export function checkGraph(graph: unknown, caller: string): asserts graph is EntityGraph {
  const g = graph as Partial<Record<string, unknown>> | null;
  const ok =
    typeof g === "object" &&
    g !== null &&
    typeof (g.input as { length?: unknown } | undefined)?.length === "number" &&
    COLLECTIONS.every((key) => Array.isArray(g[key]));
  if (!ok) {
    const got = graph === null ? "null" : Array.isArray(graph) ? "an array" : typeof graph === "string" ? "a string" : typeof graph;
    throw new BaoxunError("invalid-input", `${caller}() takes the EntityGraph that extract() returned, got ${got === "object" ? "an object without its fields" : got}`);
  }
}
