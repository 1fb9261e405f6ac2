import type { Box, EntityGraph, Span } from "../contracts/graph.js";
import { blockBoxes, spanBoxes } from "./layout/boxes.js";
import type { PageText } from "./layout/page-text.js";

/**
 * The graph of a page read from its layout, with what only the layout knows: the built text and
 * the page in `input`, and `boxes` on every article, headline, mention, role, credit and date,
 * so that a caller can draw them. Returns a new graph; `graph` is not changed.
 *
 * @example
 * ```ts
 * const boxed = attachBoxes(extract(pageText.text), pageText);
 * boxed.persons[0].mentions[0].boxes; // => [{ page: 1, x: 150, y: 40, width: 30, height: 10 }]
 * ```
 */
export function attachBoxes(graph: EntityGraph, page: PageText): EntityGraph {
  const boxes = (span: Span): Box[] => spanBoxes(page, span.start, span.end);
  return {
    ...graph,
    input: { ...graph.input, text: page.text, page: { ...page.page } },
    articles: graph.articles.map((a) => ({
      ...a,
      headline: a.headline && { ...a.headline, boxes: a.headline.spans.flatMap(boxes) },
      boxes: blockBoxes(page, a.span.start, a.span.end),
    })),
    persons: graph.persons.map((p) => ({ ...p, mentions: p.mentions.map((m) => ({ ...m, boxes: boxes(m.span) })) })),
    organizations: graph.organizations.map((o) => ({ ...o, mentions: o.mentions.map((m) => ({ ...m, boxes: boxes(m.span) })) })),
    roles: graph.roles.map((r) => ({ ...r, boxes: boxes(r.span), mentions: r.mentions.map((m) => ({ ...m, boxes: boxes(m.span) })) })),
    credits: graph.credits.map((c) => ({ ...c, boxes: boxes(c.span) })),
    dates: graph.dates.map((d) => ({ ...d, boxes: boxes(d.span) })),
  };
}
