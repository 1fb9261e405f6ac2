import { byId, groupBy } from "../graph/lookup.js";
import type { EntityGraph, Span } from "../../contracts/graph.js";

/** The kinds of highlight, outermost first: their order is the nesting order of the elements. */
export const KINDS = ["article", "headline", "role", "credit", "organization", "person", "date"] as const;
export type AnnotationKind = (typeof KINDS)[number];

/** One highlighted span of the page, with what its hover title says. */
export interface Annotation {
  readonly kind: AnnotationKind;
  readonly id: string;
  readonly span: Span;
  readonly title: string;
  /** For an article: the label drawn on its outline. */
  readonly label?: string;
}

/** Every span of the graph worth showing, with a hover title that gives its resolved value. */
export function collectAnnotations(graph: EntityGraph): Annotation[] {
  const persons = byId(graph.persons);
  const organizations = byId(graph.organizations);
  const rolesByPerson = groupBy(graph.roles, (r) => r.personId);
  const creditsByPerson = groupBy(graph.credits, (c) => c.personId);
  const personName = (id: string) => persons.get(id)?.name ?? id;
  const orgName = (id: string | null) => (id === null ? null : organizations.get(id)?.name ?? id);
  const roleText = (r: EntityGraph["roles"][number]) => {
    const at = orgName(r.organizationId);
    const qualifiers = r.qualifiers.length > 0 ? ` (${r.qualifiers.join(", ")})` : "";
    return `${r.title}${at === null ? "" : ` @ ${at}`}${qualifiers}`;
  };
  const out: Annotation[] = [];

  for (const a of graph.articles) {
    const headline = a.headline ? `\n${a.headline.text}` : "";
    const column = a.columnId ? `, column ${a.columnId}` : "";
    out.push({ kind: "article", id: a.id, span: a.span, title: `Article ${a.id} (${a.kind}${column})${headline}`, label: `${a.id} · ${a.kind}` });
    if (a.headline) {
      const parts = (["kicker", "main", "subtitle"] as const)
        .filter((part) => a.headline?.[part] != null)
        .map((part) => `${part}: ${a.headline?.[part] ?? ""}`);
      for (const span of a.headline.spans) {
        out.push({ kind: "headline", id: a.id, span, title: `Headline of ${a.id} (printed ${a.headline.position} the body)\n${parts.join("\n")}` });
      }
    }
  }
  for (const r of graph.roles) {
    out.push({ kind: "role", id: r.id, span: r.span, title: `Role ${r.id}: ${personName(r.personId)} = ${roleText(r)}\nrule: ${r.rule}` });
  }
  for (const c of graph.credits) {
    const affiliation = c.affiliation === null ? "" : ` (${c.affiliation})`;
    const scope = c.scope === "column" ? "\nfor the whole column" : "";
    out.push({ kind: "credit", id: c.id, span: c.span, title: `Credit ${c.id}: ${c.kind} ${personName(c.personId)}${affiliation}, marker ${c.marker}${scope}` });
  }
  for (const o of graph.organizations) {
    const aliases = o.aliases.length > 0 ? `\naliases: ${o.aliases.join(", ")}` : "";
    for (const m of o.mentions) out.push({ kind: "organization", id: o.id, span: m.span, title: `Organization ${o.id}: ${o.name}${aliases}` });
  }
  for (const p of graph.persons) {
    const roles = (rolesByPerson.get(p.id) ?? []).map(roleText);
    const credits = (creditsByPerson.get(p.id) ?? []).map((c) => `${c.kind} (${c.articleId})`);
    const lines = [`Person ${p.id}: ${p.name}`];
    if (roles.length > 0) lines.push(`roles: ${[...new Set(roles)].join("; ")}`);
    if (credits.length > 0) lines.push(`credits: ${credits.join("; ")}`);
    lines.push(`mentions: ${p.mentions.length}`);
    for (const m of p.mentions) out.push({ kind: "person", id: p.id, span: m.span, title: lines.join("\n") });
  }
  for (const d of graph.dates) {
    const value = d.kind === "point" ? d.value ?? "unresolved" : `${d.start ?? "…"} – ${d.end ?? "…"}`;
    const facts = [d.granularity, d.partOfDay, d.fuzzy ? "fuzzy" : null, d.kind === "point" ? null : d.kind].filter((f) => f !== null);
    const inferred = d.inferred.length > 0 ? `\ninferred: ${d.inferred.join(", ")}` : "";
    out.push({ kind: "date", id: d.id, span: d.span, title: `Date ${d.id}: ${d.text} → ${value} (${facts.join(", ")})${inferred}` });
  }
  return out;
}
