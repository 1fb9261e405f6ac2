import { checkGraph } from "../graph/check-graph.js";
import { byId, groupBy, mentionsOf } from "../graph/lookup.js";
import type { Article, EntityGraph } from "../../contracts/graph.js";
import { checkOptionKeys } from "../../option-keys.js";

/** Options of {@link formatSummary}. */
export interface FormatSummaryOptions {
  /**
   * false: print headlines, openers, role strings and organization names as ⟨length #hash⟩, for a
   * summary of a page whose text may not be republished (the golden file of a real page).
   */
  readonly quoteText?: boolean;
}

/** Every key of {@link FormatSummaryOptions}: any other is refused. */
const SUMMARY_OPTION_KEYS: Readonly<Record<keyof FormatSummaryOptions, true>> = { quoteText: true };

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
 * formatSummary(extract("清河新区党政联席会议召开\n\n本报讯（记者林晓东）4月12日上午，会议召开。", { referenceDate: "2021-04-13" }));
 * // => "reference date: 2021-04-13 (option)\narticles: 1, … [a1] brief 0-37\n  main: 清河新区党政联席会议召开\n  opener: 本报讯（记者林晓东）\n  credit: reporter 林晓东\n … date: 4月12日上午 → 2021-04-12 morning\n"
 * ```
 */
export function formatSummary(graph: EntityGraph, options: FormatSummaryOptions = {}): string {
  checkGraph(graph, "formatSummary");
  checkOptionKeys("formatSummary()", options, SUMMARY_OPTION_KEYS);
  const quote = options.quoteText === false ? fingerprint : (text: string) => text;
  const source = graph.referenceDateSource ? ` (${graph.referenceDateSource})` : "";
  let summary =
    `reference date: ${graph.referenceDate ?? "none"}${source}\n` +
    `articles: ${graph.articles.length}, persons: ${graph.persons.length}, roles: ${graph.roles.length}, credits: ${graph.credits.length}, dates: ${graph.dates.length}\n`;
  const index = indexGraph(graph);
  // Each article's lines joined and appended at once, not kept for one join at the end: kept, the
  // page's line strings (80,000 at 1 M characters) survived young-generation collections, which
  // copied them, and ten times the page cost up to thirty times the time.
  for (const article of graph.articles) summary += `\n${articleLines(index, article, quote).join("\n")}\n`;
  return summary;
}

type GraphIndex = ReturnType<typeof indexGraph>;

/** What each article's lines need, looked up once for the whole graph. */
function indexGraph(graph: EntityGraph) {
  const personsByArticle = new Map<string, string[]>();
  for (const p of graph.persons) {
    for (const articleId of new Set(p.mentions.map((m) => m.articleId))) {
      if (articleId === null) continue;
      const names = personsByArticle.get(articleId);
      if (names) names.push(p.name);
      else personsByArticle.set(articleId, [p.name]);
    }
  }
  return {
    persons: byId(graph.persons),
    organizations: byId(graph.organizations),
    credits: groupBy(graph.credits, (c) => c.articleId),
    roles: groupBy(graph.roles, (r) => r.articleId),
    dates: groupBy(graph.dates, (d) => d.articleId),
    personsByArticle,
  };
}

function articleLines(graph: GraphIndex, article: Article, quote: (text: string) => string): string[] {
  const name = (personId: string) => graph.persons.get(personId)?.name ?? personId;
  const org = (orgId: string | null) => {
    const name = orgId ? graph.organizations.get(orgId)?.name ?? orgId : null;
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
  for (const c of graph.credits.get(article.id) ?? []) {
    const scope = c.scope === "column" ? " [column]" : "";
    lines.push(`  credit: ${c.kind} ${name(c.personId)}${scope}`);
  }
  for (const r of graph.roles.get(article.id) ?? []) {
    const at = org(r.organizationId);
    const written = mentionsOf(r).length;
    lines.push(`  role: ${name(r.personId)} = ${r.title}${at ? ` @ ${at}` : ""}  «${quote(r.text)}»${written > 1 ? ` ×${written}` : ""}`);
  }
  const persons = graph.personsByArticle.get(article.id) ?? [];
  if (persons.length) lines.push(`  persons: ${persons.join(" ")}`);
  for (const d of graph.dates.get(article.id) ?? []) {
    // A length or a recurrence has no interval: its ISO duration or its rule.
    const value = d.type === "duration" ? d.duration ?? "?" : d.type === "set" ? d.recurrence ?? "?" : d.kind === "point" ? d.value ?? "?" : `${d.start ?? "…"} … ${d.end ?? "…"}`;
    const extra = [d.partOfDay, d.fuzzy ? "fuzzy" : null].filter(Boolean).join(" ");
    lines.push(`  date: ${d.text} → ${value}${extra ? ` ${extra}` : ""}`);
  }
  return lines;
}
