import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import cytoscape from "cytoscape";
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/extract.js";
import { toCytoscape, toGraphology } from "../../../src/outputs/export/index.js";

// The exporters' output loaded by the real libraries, not only checked against their documented shapes.
const text = readFileSync(resolve(__dirname, "../../../examples/sample-page.txt"), "utf8");
const graph = extract(text, { referenceDate: "2026-03-21" });

describe("the exporters in the tools they are for", () => {
  it("graphology imports toGraphology's output with every node and edge", () => {
    const data = toGraphology(graph);
    const g = Graph.from(data as never);
    expect(g.type).toBe("directed");
    expect(g.order).toBe(data.nodes.length);
    expect(g.size).toBe(data.edges.length);
    const holder = graph.roles[0]!.personId;
    expect(g.outNeighbors(holder)).toContain(graph.roles[0]!.id);
    expect(g.getNodeAttribute(graph.articles[0]!.id, "type")).toBe("article");
  });

  it("Cytoscape (headless) loads toCytoscape's elements", () => {
    const elements = toCytoscape(graph);
    const cy = cytoscape({ headless: true, elements: elements as never });
    expect(cy.nodes().length).toBe(elements.nodes.length);
    expect(cy.edges().length).toBe(elements.edges.length);
    const role = graph.roles[0]!;
    expect(cy.getElementById(role.personId).outgoers("node").map((n) => n.id())).toContain(role.id);
  });
});
