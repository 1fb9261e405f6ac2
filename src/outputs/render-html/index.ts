import { BaoxunError } from "../../errors.js";
import { checkGraph } from "../graph/check-graph.js";
import { checkOptionKeys } from "../../option-keys.js";
import type { EntityGraph } from "../../contracts/graph.js";
import { collectAnnotations, KINDS, type Annotation, type AnnotationKind } from "./annotations.js";
import { escapeHtml } from "./escape.js";

/** Options of {@link toHtml}. */
export interface ToHtmlOptions {
  /** The page title; default "baoxun". */
  readonly title?: string;
}

/** Every key of {@link ToHtmlOptions}: any other is refused. */
const HTML_OPTION_KEYS: Readonly<Record<keyof ToHtmlOptions, true>> = { title: true };

const LEGEND: Readonly<Record<AnnotationKind, string>> = {
  article: "article",
  headline: "headline",
  role: "role",
  credit: "credit",
  organization: "organization",
  person: "person",
  date: "date",
};

/**
 * Renders a graph over its page as one self-contained HTML document (no scripts, no external
 * resources): the original text with articles outlined, headlines marked, and persons, roles,
 * organizations, credits and dates highlighted in distinct colours, with a legend. Hovering an
 * entity shows its resolved value: a date's ISO value, a person's roles, a role's organization.
 * Those titles list at most five entries (then "… N more"), so the document grows in proportion
 * to the page however often a person recurs.
 * Every character of `text` and of the graph is escaped; the text inside `.bx-page` in the DOM
 * equals `text` exactly.
 *
 * @throws {BaoxunError} `invalid-input` when `text` is not the text the graph was extracted from
 *   (its length differs from `graph.input.length`).
 * @example
 * ```ts
 * const text = "本报讯（记者付凯明）会议召开。";
 * const html = toHtml(extract(text), text);
 * html.startsWith("<!doctype html>"); // => true
 * ```
 */
export function toHtml(graph: EntityGraph, text: string, options: ToHtmlOptions = {}): string {
  checkGraph(graph, "toHtml");
  checkOptionKeys("toHtml()", options, HTML_OPTION_KEYS);
  if (typeof text !== "string" || text.length !== graph.input.length) {
    const got = typeof text === "string" ? `${text.length} characters` : typeof text;
    throw new BaoxunError("invalid-input", `toHtml() needs the text the graph was extracted from (${graph.input.length} characters), got ${got}`);
  }
  const title = escapeHtml(options.title ?? "baoxun");
  const counts: Record<AnnotationKind, number> = {
    article: graph.articles.length,
    headline: graph.articles.filter((a) => a.headline !== null).length,
    role: graph.roles.length,
    credit: graph.credits.length,
    organization: graph.organizations.length,
    person: graph.persons.length,
    date: graph.dates.length,
  };
  const legend = KINDS.map(
    (kind) => `<li><span class="bx-${kind} bx-swatch" data-kind="${kind}">${LEGEND[kind]}</span> <span class="bx-count">${counts[kind]}</span></li>`,
  ).join("");
  const reference = graph.referenceDate === null ? "none" : `${graph.referenceDate}${graph.referenceDateSource ? ` (${graph.referenceDateSource})` : ""}`;
  const diagnostics = graph.diagnostics.length === 0
    ? ""
    : `<details class="bx-diagnostics"><summary>${graph.diagnostics.length} diagnostics</summary><ul>${graph.diagnostics
        .map((d) => `<li><code>${escapeHtml(d.code)}</code> ${escapeHtml(d.severity)}: ${escapeHtml(d.message)}${d.span ? ` <small>${d.span.start}–${d.span.end}</small>` : ""}</li>`)
        .join("")}</ul></details>`;
  return [
    "<!doctype html>",
    '<html lang="zh-Hans">',
    "<head>",
    '<meta charset="utf-8">',
    // No script may run, even if a value slipped past escaping.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="baoxun, schema ${escapeHtml(graph.schemaVersion)}">`,
    `<title>${title}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    `<header><h1>${title}</h1><p class="bx-meta">reference date: ${escapeHtml(reference)} · ${text.length} characters</p><ul class="bx-legend">${legend}</ul>${diagnostics}</header>`,
    `<main><div class="bx-page">${renderSpans(text, collectAnnotations(graph))}</div></main>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/**
 * The text with its annotations as nested elements. Annotations that cross (rather than nest)
 * are split: the inner one is closed and reopened around the other's boundary.
 */
function renderSpans(text: string, annotations: readonly Annotation[]): string {
  const rank = new Map(KINDS.map((k, i) => [k, i]));
  const valid = annotations
    .map((a, order) => ({ ...a, start: Math.max(0, a.span.start), end: Math.min(text.length, a.span.end), order }))
    .filter((a) => a.end > a.start);
  const bounds = [...new Set([0, text.length, ...valid.flatMap((a) => [a.start, a.end])])].sort((x, y) => x - y);
  const starting = new Map<number, typeof valid>();
  for (const a of valid) {
    const at = starting.get(a.start);
    if (at) at.push(a);
    else starting.set(a.start, [a]);
  }
  // Outer before inner: by kind, then the earlier and longer span, then graph order.
  const outerFirst = (x: (typeof valid)[number], y: (typeof valid)[number]) =>
    rank.get(x.kind)! - rank.get(y.kind)! || x.start - y.start || y.end - x.end || x.order - y.order;

  const html: string[] = [];
  let active: (typeof valid)[number][] = [];
  let stack: (typeof valid)[number][] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i]!;
    const to = bounds[i + 1]!;
    active = [...active.filter((a) => a.end > from), ...(starting.get(from) ?? [])];
    const wanted = [...active].sort(outerFirst);
    let keep = 0;
    while (keep < stack.length && keep < wanted.length && stack[keep] === wanted[keep]) keep++;
    for (let k = stack.length - 1; k >= keep; k--) html.push(stack[k]!.kind === "article" ? "</div>" : "</span>");
    for (let k = keep; k < wanted.length; k++) html.push(openTag(wanted[k]!));
    stack = wanted;
    html.push(escapeHtml(text.slice(from, to)));
  }
  for (let k = stack.length - 1; k >= 0; k--) html.push(stack[k]!.kind === "article" ? "</div>" : "</span>");
  return html.join("");
}

function openTag(a: Annotation): string {
  // bx-low: an article or headline to review (its outline turns orange and carries a "?").
  const attributes = `class="bx-${a.kind}${a.low ? " bx-low" : ""}" data-id="${escapeHtml(a.id)}" title="${escapeHtml(a.title)}"`;
  return a.kind === "article" ? `<div ${attributes} data-label="${escapeHtml(a.label ?? a.id)}">` : `<span ${attributes}>`;
}

// A plain literal, not `...`.trim(): a call at module level is kept in every bundle that imports
// this file's chunk, extract's included (0.8 KiB of its browser bundle).
const STYLE = `:root { --person: #fde68a; --role: #bfdbfe; --organization: #bbf7d0; --credit: #fbcfe8; --date: #ddd6fe; --headline: #fecaca; --article: #64748b; }
body { margin: 0; font: 16px/1.7 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif; color: #1e293b; background: #f8fafc; }
header { position: sticky; top: 0; z-index: 1; padding: 8px 16px; background: #fff; border-bottom: 1px solid #cbd5e1; }
h1 { margin: 0; font-size: 18px; }
.bx-meta { margin: 2px 0; color: #64748b; font-size: 13px; }
.bx-legend { display: flex; flex-wrap: wrap; gap: 12px; margin: 4px 0; padding: 0; list-style: none; font-size: 13px; }
.bx-count { color: #64748b; }
.bx-swatch { padding: 0 6px; border-radius: 3px; }
.bx-swatch.bx-article { outline: 1px dashed var(--article); }
main { padding: 16px; }
.bx-page { white-space: pre-wrap; overflow-wrap: anywhere; max-width: 60em; margin: 0 auto; padding: 16px; background: #fff; border: 1px solid #e2e8f0; }
.bx-page .bx-article { display: block; position: relative; margin: 14px 0 6px; padding: 10px 8px 6px; border: 1.5px dashed var(--article); border-radius: 6px; }
.bx-page .bx-article::before { content: attr(data-label); position: absolute; top: -0.8em; left: 8px; padding: 0 4px; background: #fff; color: var(--article); font-size: 12px; line-height: 1.4; white-space: nowrap; }
.bx-headline { font-weight: 700; background: var(--headline); border-bottom: 2px solid #dc2626; }
.bx-page .bx-article.bx-low { border-color: #ea580c; border-style: dotted; }
.bx-page .bx-article.bx-low::before { color: #ea580c; }
.bx-headline.bx-low { border-bottom: 2px dotted #ea580c; }
.bx-headline.bx-low::after { content: "?"; margin-left: 2px; padding: 0 3px; border-radius: 3px; background: #ea580c; color: #fff; font-size: 11px; font-weight: 700; }
.bx-person { background: var(--person); border-bottom: 2px solid #d97706; }
.bx-role { background: var(--role); border-bottom: 2px solid #2563eb; }
.bx-organization { background: var(--organization); border-bottom: 2px solid #16a34a; }
.bx-credit { background: var(--credit); border-bottom: 2px solid #db2777; }
.bx-date { background: var(--date); border-bottom: 2px solid #7c3aed; }
.bx-page span[title] { cursor: help; border-radius: 2px; }
.bx-diagnostics { font-size: 13px; color: #475569; }`;
