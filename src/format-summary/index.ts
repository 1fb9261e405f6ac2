import type { Article, EntityGraph } from "../types.js";

/** Options of {@link formatSummary}. */
export interface FormatSummaryOptions {
  /**
   * false: print headlines, openers, role strings and organization names as ⟨length #hash⟩, for a
   * summary of a page whose text may not be republished (the golden file of a real page).
   */
  readonly quoteText?: boolean;
}

/** FNV-1a, 32 bits: a short, stable fingerprint of a text. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `⟨${text.length} chars #${hash.toString(16).padStart(8, "0")}⟩`;
}

/**
 * Renders a graph as a readable per-article summary: headline parts, credits, roles, persons
 * and dates. The CLI's `--format summary`, and the form of the golden files in the tests.
 *
 * @example
 * ```ts
 * formatSummary(extract("示范区党政联席会议召开\n\n本报讯（记者付凯明）4月12日上午，会议召开。"));
 * // => "reference date: …\n\n[a1] news\n  main: 示范区党政联席会议召开\n  credit: reporter 付凯明\n  date: 4月12日上午 → 2021-04-12 morning …"
 * ```
 */
export function formatSummary(graph: EntityGraph, options: FormatSummaryOptions = {}): string {
  const quote = options.quoteText === false ? fingerprint : (text: string) => text;
  const lines: string[] = [];
  const source = graph.referenceDateSource ? ` (${graph.referenceDateSource})` : "";
  lines.push(`reference date: ${graph.referenceDate ?? "none"}${source}`);
  lines.push(`articles: ${graph.articles.length}, persons: ${graph.persons.length}, roles: ${graph.roles.length}, credits: ${graph.credits.length}, dates: ${graph.dates.length}`);
  for (const article of graph.articles) lines.push("", ...articleLines(graph, article, quote));
  return lines.join("\n") + "\n";
}

function articleLines(graph: EntityGraph, article: Article, quote: (text: string) => string): string[] {
  const name = (personId: string) => graph.persons.find((p) => p.id === personId)?.name ?? personId;
  const org = (orgId: string | null) => {
    const name = orgId ? graph.organizations.find((o) => o.id === orgId)?.name ?? orgId : null;
    return name === null ? null : quote(name);
  };
  const column = article.columnId ? ` (${article.columnId})` : "";
  const lines = [`[${article.id}] ${article.kind}${column} ${article.span.start}-${article.span.end}`];
  const h = article.headline;
  if (h === null) lines.push("  headline: none");
  else {
    if (h.kicker !== null) lines.push(`  kicker: ${quote(h.kicker)}`);
    if (h.main !== null) lines.push(`  main: ${quote(h.main)}`);
    if (h.subtitle !== null) lines.push(`  subtitle: ${quote(h.subtitle)}`);
    if (h.position === "after") lines.push("  (headline printed after the body)");
  }
  if (article.opener) lines.push(`  opener: ${quote(article.opener.text)}`);
  for (const c of graph.credits.filter((c) => c.articleId === article.id)) {
    const scope = c.scope === "column" ? " [column]" : "";
    lines.push(`  credit: ${c.kind} ${name(c.personId)}${scope}`);
  }
  for (const r of graph.roles.filter((r) => r.articleId === article.id)) {
    const at = org(r.organizationId);
    lines.push(`  role: ${name(r.personId)} = ${r.title}${at ? ` @ ${at}` : ""}  «${quote(r.text)}»`);
  }
  const persons = graph.persons.filter((p) => p.mentions.some((m) => m.articleId === article.id)).map((p) => p.name);
  if (persons.length) lines.push(`  persons: ${persons.join(" ")}`);
  for (const d of graph.dates.filter((d) => d.articleId === article.id)) {
    const value = d.kind === "point" ? d.value ?? "?" : `${d.start ?? "…"} … ${d.end ?? "…"}`;
    const extra = [d.partOfDay, d.fuzzy ? "fuzzy" : null].filter(Boolean).join(" ");
    lines.push(`  date: ${d.text} → ${value}${extra ? ` ${extra}` : ""}`);
  }
  return lines;
}
