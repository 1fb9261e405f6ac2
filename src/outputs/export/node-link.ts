import { checkGraph } from "../graph/check-graph.js";
import { mentionsOf } from "../graph/lookup.js";
import type { EntityGraph } from "../../contracts/graph.js";

/** What a node stands for. */
export type NodeType = "article" | "person" | "organization" | "role" | "date";
/**
 * What an edge says: a person `holds` a role, the role is `at` an organization, a person is
 * `credited` on an article, a person or organization is `mentioned-in` an article, a date is `in`
 * an article, an article is `in-column` with the next piece of its column.
 */
export type EdgeType = "holds" | "at" | "credited" | "mentioned-in" | "in" | "in-column";

/** Attributes of a node: always `type` and `label`, then the entity's own fields (scalars only). */
export type NodeAttributes = { readonly type: NodeType; readonly label: string } & Readonly<Record<string, string | number | boolean | null>>;
/** Attributes of an edge: always `type`, then scalars about the link. */
export type EdgeAttributes = { readonly type: EdgeType } & Readonly<Record<string, string | number | boolean | null>>;

/** A node-link graph: nodes keyed by the graph's ids (a1, p1, o1, r1, d1), directed edges. */
export interface NodeLinkGraph {
  readonly nodes: readonly { readonly key: string; readonly attributes: NodeAttributes }[];
  readonly edges: readonly { readonly key: string; readonly source: string; readonly target: string; readonly attributes: EdgeAttributes }[];
}

/**
 * The graph's entities as nodes and their links as edges. Every edge's source and target is a
 * node; ids are the graph's own.
 *
 * @example
 * ```ts
 * const graph = extract("本报讯（记者林晓东）3月20日上午，清河新区召开会议。");
 * toNodeLink(graph).edges.find((e) => e.attributes.type === "credited");
 * // => { key: "c1", source: "p1", target: "a1", attributes: { type: "credited", kind: "reporter", … } }
 * ```
 */
export function toNodeLink(graph: EntityGraph): NodeLinkGraph {
  checkGraph(graph, "toNodeLink");
  const nodes: NodeLinkGraph["nodes"][number][] = [];
  const edges: NodeLinkGraph["edges"][number][] = [];
  const node = (key: string, attributes: NodeAttributes) => nodes.push({ key, attributes });
  const edge = (key: string, source: string, target: string, attributes: EdgeAttributes) => edges.push({ key, source, target, attributes });

  for (const a of graph.articles) {
    node(a.id, {
      type: "article",
      label: a.headline?.text || a.id,
      kind: a.kind,
      headline: a.headline?.text ?? null,
      opener: a.opener?.text ?? null,
      columnId: a.columnId,
      start: a.span.start,
      end: a.span.end,
    });
  }
  const byColumn = new Map<string, string[]>();
  for (const a of graph.articles) if (a.columnId !== null) byColumn.set(a.columnId, [...(byColumn.get(a.columnId) ?? []), a.id]);
  for (const [column, ids] of byColumn) {
    for (let i = 0; i + 1 < ids.length; i++) edge(`${column}:${i + 1}`, ids[i]!, ids[i + 1]!, { type: "in-column", columnId: column });
  }
  for (const p of graph.persons) {
    node(p.id, { type: "person", label: p.name, name: p.name, mentions: p.mentions.length });
    for (const [articleId, count] of countByArticle(p.mentions)) edge(`${p.id}>${articleId}`, p.id, articleId, { type: "mentioned-in", count });
  }
  for (const o of graph.organizations) {
    node(o.id, { type: "organization", label: o.name, name: o.name, aliases: o.aliases.join("|"), mentions: o.mentions.length });
    for (const [articleId, count] of countByArticle(o.mentions)) edge(`${o.id}>${articleId}`, o.id, articleId, { type: "mentioned-in", count });
  }
  for (const r of graph.roles) {
    node(r.id, { type: "role", label: r.text, title: r.title, text: r.text, qualifiers: r.qualifiers.join("|"), articleId: r.articleId, rule: r.rule, mentions: mentionsOf(r).length });
    edge(`${r.id}:holds`, r.personId, r.id, { type: "holds" });
    if (r.organizationId !== null) edge(`${r.id}:at`, r.id, r.organizationId, { type: "at" });
  }
  for (const c of graph.credits) {
    edge(c.id, c.personId, c.articleId, { type: "credited", kind: c.kind, marker: c.marker, affiliation: c.affiliation, scope: c.scope, rule: c.rule });
  }
  for (const d of graph.dates) {
    node(d.id, {
      type: "date",
      label: d.text,
      text: d.text,
      kind: d.kind,
      value: d.value,
      start: d.start,
      end: d.end,
      granularity: d.granularity,
      fuzzy: d.fuzzy,
    });
    if (d.articleId !== null) edge(`${d.id}>${d.articleId}`, d.id, d.articleId, { type: "in" });
  }
  return { nodes, edges };
}

function countByArticle(mentions: readonly { readonly articleId: string | null }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.articleId !== null) counts.set(m.articleId, (counts.get(m.articleId) ?? 0) + 1);
  return counts;
}

/** graphology's serialised form, for `Graph.from(…)` or `graph.import(…)`. */
export interface GraphologyData {
  readonly attributes: Readonly<Record<string, string | null>>;
  readonly options: { readonly type: "directed"; readonly multi: true; readonly allowSelfLoops: false };
  readonly nodes: NodeLinkGraph["nodes"];
  readonly edges: NodeLinkGraph["edges"];
}

/**
 * The graph in graphology's serialisation format: `Graph.from(toGraphology(graph))`.
 *
 * @example
 * ```ts
 * import Graph from "graphology";
 * const g = Graph.from(toGraphology(extract("本报讯（记者林晓东）3月20日上午，清河新区召开会议。")));
 * g.getNodeAttribute("p1", "name"); // => "林晓东"
 * ```
 */
export function toGraphology(graph: EntityGraph): GraphologyData {
  const { nodes, edges } = toNodeLink(graph);
  return {
    attributes: { schemaVersion: graph.schemaVersion, referenceDate: graph.referenceDate },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
}

/** Cytoscape's elements JSON: `cytoscape({ elements: toCytoscape(graph) })`. */
export interface CytoscapeElements {
  readonly nodes: readonly { readonly data: { readonly id: string } & NodeAttributes }[];
  readonly edges: readonly { readonly data: { readonly id: string; readonly source: string; readonly target: string } & EdgeAttributes }[];
}

/**
 * The graph as Cytoscape.js elements: `cytoscape({ elements: toCytoscape(graph) })`; style by
 * `data(type)` and `data(label)`.
 *
 * @example
 * ```ts
 * const graph = extract("清河新区党政联席会议召开\n\n本报讯（记者林晓东）3月20日上午，会议召开。");
 * toCytoscape(graph).nodes[0]; // => { data: { id: "a1", type: "article", label: "清河新区党政联席会议召开", … } }
 * ```
 */
export function toCytoscape(graph: EntityGraph): CytoscapeElements {
  const { nodes, edges } = toNodeLink(graph);
  return {
    nodes: nodes.map((n) => ({ data: { ...n.attributes, id: n.key } })),
    edges: edges.map((e) => ({ data: { ...e.attributes, id: e.key, source: e.source, target: e.target } })),
  };
}
