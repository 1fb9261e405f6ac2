import { byId, groupBy, mentionsOf } from "../graph/lookup.js";
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
  /** An article or headline whose confidence is below LOW_CONFIDENCE: the view asks for review. */
  readonly low?: boolean;
}

/**
 * Articles and headlines less sure than this are shown for review. Confidence is calibrated on
 * held-out pages (docs/articles.md): at 0.9 and above a boundary is right nineteen times in
 * twenty; below one half it is more often wrong than right.
 */
export const LOW_CONFIDENCE = 0.5;

/** " · confidence 0.42" for a title. */
function confidenceNote(confidence: number): string {
  return `\nconfidence ${confidence.toFixed(2)}${confidence < LOW_CONFIDENCE ? " (low: review)" : ""}`;
}

/**
 * How many entries a hover title lists, and how long one may be. A title is repeated on every
 * mention of its entity, so an unbounded one makes the page quadratic: a reporter credited on
 * every page of an archive listed all their credits on each of their mentions (1 M characters of
 * pages gave a 342 MB view; 2 M characters did not fit in a string).
 */
export const TITLE_LIST_MAX = 5;
export const TITLE_ENTRY_MAX = 80;

/** `value`, cut to TITLE_ENTRY_MAX characters with an ellipsis. */
function clip(value: string, max = TITLE_ENTRY_MAX): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

/** The first TITLE_LIST_MAX distinct entries, clipped, and how many more there are. */
function boundedList(entries: readonly string[]): string {
  const distinct = [...new Set(entries)];
  const shown = distinct.slice(0, TITLE_LIST_MAX).map((e) => clip(e));
  const more = distinct.length - shown.length;
  return more > 0 ? `${shown.join("; ")}; … ${more} more` : shown.join("; ");
}

/**
 * Every span of the graph worth showing, with a hover title that gives its resolved value. Each
 * title is bounded (TITLE_LIST_MAX entries of TITLE_ENTRY_MAX characters), so the annotations of
 * a page grow with the page, not with the square of an entity's mentions.
 */
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
    const headline = a.headline ? `\n${clip(a.headline.text)}` : "";
    const column = a.columnId ? `, column ${a.columnId}` : "";
    const low = a.confidence < LOW_CONFIDENCE;
    out.push({
      kind: "article",
      id: a.id,
      span: a.span,
      title: `Article ${a.id} (${a.kind}${column})${headline}${confidenceNote(a.confidence)}`,
      label: `${a.id} · ${a.kind}${low ? ` · ? ${a.confidence.toFixed(2)}` : ""}`,
      low,
    });
    if (a.headline) {
      const headlineLow = a.headline.confidence < LOW_CONFIDENCE;
      const parts = (["kicker", "main", "subtitle"] as const)
        .filter((part) => a.headline?.[part] != null)
        .map((part) => `${part}: ${clip(a.headline?.[part] ?? "")}`);
      for (const span of a.headline.spans) {
        out.push({
          kind: "headline",
          id: a.id,
          span,
          title: `Headline of ${a.id} (printed ${a.headline.position} the body)\n${parts.join("\n")}${confidenceNote(a.headline.confidence)}`,
          low: headlineLow,
        });
      }
    }
  }
  for (const r of graph.roles) {
    const mentions = mentionsOf(r);
    const title = `Role ${r.id}: ${personName(r.personId)} = ${roleText(r)}\nrule: ${r.rule}${mentions.length > 1 ? `\nmentions: ${mentions.length}` : ""}`;
    for (const m of mentions) out.push({ kind: "role", id: r.id, span: m.span, title });
  }
  for (const c of graph.credits) {
    const affiliation = c.affiliation === null ? "" : ` (${c.affiliation})`;
    const scope = c.scope === "column" ? "\nfor the whole column" : "";
    out.push({ kind: "credit", id: c.id, span: c.span, title: `Credit ${c.id}: ${c.kind} ${personName(c.personId)}${affiliation}, marker ${c.marker}${scope}` });
  }
  for (const o of graph.organizations) {
    const aliases = o.aliases.length > 0 ? `\naliases: ${boundedList(o.aliases)}` : "";
    const title = `Organization ${o.id}: ${clip(o.name)}${aliases}`;
    for (const m of o.mentions) out.push({ kind: "organization", id: o.id, span: m.span, title });
  }
  for (const p of graph.persons) {
    const roles = (rolesByPerson.get(p.id) ?? []).map(roleText);
    const credits = (creditsByPerson.get(p.id) ?? []).map((c) => `${c.kind} (${c.articleId})`);
    const lines = [`Person ${p.id}: ${clip(p.name)}`];
    if (roles.length > 0) lines.push(`roles: ${boundedList(roles)}`);
    if (credits.length > 0) lines.push(`credits: ${boundedList(credits)}`);
    lines.push(`mentions: ${p.mentions.length}`);
    const title = lines.join("\n");
    for (const m of p.mentions) out.push({ kind: "person", id: p.id, span: m.span, title });
  }
  for (const d of graph.dates) {
    const value = d.kind === "point" ? d.value ?? "unresolved" : `${d.start ?? "…"} – ${d.end ?? "…"}`;
    const facts = [d.granularity, d.partOfDay, d.fuzzy ? "fuzzy" : null, d.kind === "point" ? null : d.kind].filter((f) => f !== null);
    const inferred = d.inferred.length > 0 ? `\ninferred: ${d.inferred.join(", ")}` : "";
    out.push({ kind: "date", id: d.id, span: d.span, title: `Date ${d.id}: ${d.text} → ${value} (${facts.join(", ")})${inferred}` });
  }
  return out;
}
