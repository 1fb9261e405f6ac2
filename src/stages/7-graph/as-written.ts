import type { EntityGraph, Span } from "../../contracts/graph.js";
import { firstFoldable, foldTraditional, spanFolds } from "../../text/fold-traditional.js";
import { squashLayout } from "../../text/mapped-text.js";

/**
 * The graph with every string as the page wrote it. The stages read the page through the
 * Traditional → Simplified fold of layout repair, so their strings are Simplified (蒋万安, 市长);
 * each is found again, by its fold, in the text of its own span, and replaced by what is written
 * there (蔣萬安, 市長). A Simplified page has nothing to fold: its graph is returned as it is.
 *
 * @example
 * ```ts
 * asWritten(graphOf("臺北市長蔣萬安"), "臺北市長蔣萬安").persons[0].name; // => "蔣萬安" (the stages said 蒋万安)
 * ```
 */
export function asWritten(graph: EntityGraph, input: string): EntityGraph {
  if (firstFoldable(input) < 0) return graph;
  const read = (text: string, spans: readonly Span[]): string => writtenAs(text, input, spans);
  const readNullable = (text: string | null, spans: readonly Span[]): string | null => (text === null ? null : read(text, spans));
  // An entity none of whose spans holds a character that folds reads the same either way: it is
  // kept as it is (a page of a few Traditional characters rewrote every entity, 3 % of extract).
  const folds = (span: Span): boolean => spanFolds(input, span.start, span.end);
  return {
    ...graph,
    articles: graph.articles.map((a) => {
      const headline = a.headline;
      const lines = headline && headline.spans.length > 0 ? [{ start: headline.spans[0]!.start, end: headline.spans[headline.spans.length - 1]!.end }] : [];
      if (!lines.some(folds) && !(a.opener && folds(a.opener.span))) return a;
      return {
        ...a,
        opener: a.opener && { ...a.opener, text: read(a.opener.text, [a.opener.span]) },
        headline: headline && {
          ...headline,
          text: read(headline.text, lines),
          kicker: readNullable(headline.kicker, lines),
          main: readNullable(headline.main, lines),
          subtitle: readNullable(headline.subtitle, lines),
        },
      };
    }),
    persons: graph.persons.map((p) => {
      if (!p.mentions.some((m) => folds(m.span)) && !p.references?.some((r) => folds(r.span))) return p;
      return {
        ...p,
        name: read(p.name, p.mentions.map((m) => m.span)),
        ...(p.references && { references: p.references.map((r) => ({ ...r, text: read(r.text, [r.span]) })) }),
      };
    }),
    organizations: graph.organizations.map((o) => {
      if (!o.mentions.some((m) => folds(m.span))) return o;
      const spans = o.mentions.map((m) => m.span);
      return { ...o, name: read(o.name, spans), aliases: o.aliases.map((alias) => read(alias, spans)) };
    }),
    roles: graph.roles.map((r) =>
      r.mentions.some((m) => folds(m.span))
        ? {
            ...r,
            title: read(r.title, [r.span]),
            text: read(r.text, [r.span]),
            mentions: r.mentions.map((m) => (folds(m.span) ? { ...m, text: read(m.text, [m.span]) } : m)),
            qualifiers: r.qualifiers.map((q) => read(q, [r.span])),
          }
        : r,
    ),
    credits: graph.credits.map((c) => (folds(c.span) ? { ...c, marker: read(c.marker, [c.span]), affiliation: readNullable(c.affiliation, [c.span]) } : c)),
    dates: graph.dates.map((d) => (folds(d.span) ? { ...d, text: read(d.text, [d.span]) } : d)),
  };
}

/**
 * `text` (read through the fold) as written in the first of `spans` that holds it: 市长 in the
 * span of 臺北市長 is 市長. Layout characters of `text` itself (a headline's line break read as a
 * space) are kept. Where no span holds it, `text` is returned unchanged.
 */
export function writtenAs(text: string, input: string, spans: readonly Span[]): string {
  const target = squashLayout(text);
  if (target === "") return text;
  for (const span of spans) {
    const page = squashLayout(input.slice(span.start, span.end));
    const at = foldTraditional(page).indexOf(target);
    if (at < 0) continue;
    const found = page.slice(at, at + target.length);
    if (target === text) return found;
    let out = "";
    let k = 0;
    for (let i = 0; i < text.length; i++) out += squashLayout(text[i]!) === "" ? text[i] : found[k++];
    return out;
  }
  return text;
}
