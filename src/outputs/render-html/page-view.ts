import type { Box, EntityGraph } from "../../contracts/graph.js";
import { BaoxunError } from "../../errors.js";
import { escapeHtml } from "./escape.js";
import { mentionsOf } from "../graph/lookup.js";
import { checkOptionKeys } from "../../option-keys.js";

/** Options of {@link toPageHtml}. */
export interface ToPageHtmlOptions {
  /** The page title; default "baoxun". */
  readonly title?: string;
  /**
   * The image of each page to draw under the boxes, by page number: a URL or a data: URL of the
   * rendered PDF page (pdftoppm) or of the scan the OCR read. Without one, boxes are drawn on white.
   */
  readonly images?: Readonly<Record<number, string>>;
  /** CSS pixels per page unit; default 96/72 for PDF points (the page at 100 %), 0.5 for OCR pixels. */
  readonly scale?: number;
}

/** Every key of {@link ToPageHtmlOptions}: any other is refused. */
const PAGE_HTML_OPTION_KEYS: Readonly<Record<keyof ToPageHtmlOptions, true>> = { title: true, images: true, scale: true };

type Kind = "article" | "headline" | "person" | "organization" | "role" | "credit" | "date";
const COLOURS: Readonly<Record<Kind, string>> = {
  article: "#1f5fbf",
  headline: "#7a3db8",
  person: "#e4572e",
  organization: "#2e9e5b",
  role: "#d89b00",
  credit: "#0096a6",
  date: "#c2185b",
};

/**
 * Draws graphs read from pages (baoxun/pdf) over the pages themselves: each page's image, if given,
 * with every article's outline and every entity's boxes on top, in one colour per kind, each box
 * with a title saying what it is. One self-contained HTML document (no scripts), a section per page.
 *
 * @throws {BaoxunError} `invalid-input` when a graph has no `input.page` (it was not read from a page).
 * @example
 * ```ts
 * const pages = await extractPdf(bytes);
 * const html = toPageHtml(pages, { images: { 1: "page-1.png" } });
 * html.includes('class="bx-box bx-person"'); // => true
 * ```
 */
export function toPageHtml(graphs: readonly EntityGraph[], options: ToPageHtmlOptions = {}): string {
  checkOptionKeys("toPageHtml()", options, PAGE_HTML_OPTION_KEYS);
  const sections = graphs.map((graph) => {
    const page = graph.input.page;
    if (!page) throw new BaoxunError("invalid-input", "toPageHtml() draws graphs read from a page (baoxun/pdf); for text use toHtml()");
    const scale = options.scale ?? (page.unit === "pt" ? 96 / 72 : 0.5);
    const px = (v: number) => `${(v * scale).toFixed(1)}px`;
    const boxes: string[] = [];
    const draw = (kind: Kind, id: string, label: string, list: readonly Box[] | undefined) => {
      for (const b of list ?? []) {
        boxes.push(
          `<div class="bx-box bx-${kind}" data-id="${escapeHtml(id)}" title="${escapeHtml(label)}" style="left:${px(b.x)};top:${px(b.y)};width:${px(b.width)};height:${px(b.height)}"></div>`,
        );
      }
    };
    const name = (personId: string) => graph.persons.find((p) => p.id === personId)?.name ?? personId;
    for (const a of graph.articles) {
      draw("article", a.id, `Article ${a.id} (${a.kind})${a.headline?.main ? `: ${a.headline.main}` : ""}`, a.boxes);
      if (a.headline) draw("headline", a.id, `Headline of ${a.id}: ${a.headline.text}`, a.headline.boxes);
    }
    for (const o of graph.organizations) for (const m of o.mentions) draw("organization", o.id, `Organization ${o.id}: ${o.name}`, m.boxes);
    for (const r of graph.roles) for (const m of mentionsOf(r)) draw("role", r.id, `Role ${r.id}: ${name(r.personId)} = ${r.title}`, m.boxes);
    for (const c of graph.credits) draw("credit", c.id, `Credit ${c.id}: ${c.kind} ${name(c.personId)}`, c.boxes);
    for (const d of graph.dates) draw("date", d.id, `Date ${d.id}: ${d.text} → ${d.value ?? "unresolved"}`, d.boxes);
    for (const p of graph.persons) for (const m of p.mentions) draw("person", p.id, `Person ${p.id}: ${p.name}`, m.boxes);
    const image = options.images?.[page.number];
    return (
      `<section class="bx-sheet" data-page="${page.number}" style="width:${px(page.width)};height:${px(page.height)}">` +
      (image ? `<img class="bx-image" alt="page ${page.number}" src="${escapeHtml(image)}">` : "") +
      boxes.join("") +
      `</section>`
    );
  });
  const css = (Object.entries(COLOURS) as [Kind, string][])
    .map(([kind, colour]) =>
      kind === "article"
        ? `.bx-article{border:2px dashed ${colour};background:transparent}`
        : `.bx-${kind}{background:${colour}33;border:1px solid ${colour}}`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(options.title ?? "baoxun")}</title>
<style>
body{margin:16px;background:#ddd;font:14px sans-serif}
.bx-sheet{position:relative;margin:0 auto 24px;background:#fff;box-shadow:0 1px 4px #0004}
.bx-image{position:absolute;left:0;top:0;width:100%;height:100%}
.bx-box{position:absolute;box-sizing:border-box}
${css}
</style></head><body>
${sections.join("\n")}
</body></html>
`;
}
