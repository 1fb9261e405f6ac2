/**
 * A minimal reader of the markup OCR engines write (ALTO XML, hOCR XHTML): a flat stream of tags
 * and text, in one linear pass. Enough for these two formats, whose content is a few kinds of
 * flat elements with attributes; no DTDs, no namespaces beyond the prefix, no validation.
 */

/** An opening, closing or self-closing tag, or a run of text (entities decoded). */
export type MarkupToken =
  | { readonly kind: "open"; readonly name: string; readonly attributes: Readonly<Record<string, string>>; readonly selfClosing: boolean }
  | { readonly kind: "close"; readonly name: string }
  | { readonly kind: "text"; readonly text: string };

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/**
 * Decodes the character references of XML and the five named entities HTML and XML share.
 *
 * @example
 * ```ts
 * decodeEntities("A&amp;B &#x6587;&#23383;"); // => "A&B 文字"
 * ```
 */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;

/**
 * The tokens of a markup document, in order. Comments, processing instructions, doctypes and
 * CDATA markers are skipped; element names are lower-cased and lose their namespace prefix.
 *
 * @example
 * ```ts
 * [...markupTokens('<String CONTENT="文" HPOS="10"/>')];
 * // => [{ kind: "open", name: "string", attributes: { content: "文", hpos: "10" }, selfClosing: true }]
 * ```
 */
export function* markupTokens(source: string): Generator<MarkupToken> {
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf("<", i);
    if (lt < 0) {
      yield { kind: "text", text: decodeEntities(source.slice(i)) };
      return;
    }
    if (lt > i) yield { kind: "text", text: decodeEntities(source.slice(i, lt)) };
    if (source.startsWith("<!--", lt)) {
      const end = source.indexOf("-->", lt + 4);
      i = end < 0 ? source.length : end + 3;
      continue;
    }
    const gt = source.indexOf(">", lt + 1);
    if (gt < 0) return;
    const body = source.slice(lt + 1, gt);
    i = gt + 1;
    if (body[0] === "!" || body[0] === "?") continue;
    if (body[0] === "/") {
      yield { kind: "close", name: localName(body.slice(1).trim()) };
      continue;
    }
    const nameEnd = body.search(/[\s/]|$/);
    const attributes: Record<string, string> = {};
    for (const m of body.slice(nameEnd).matchAll(ATTRIBUTE)) {
      attributes[localName(m[1]!)] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? "");
    }
    yield { kind: "open", name: localName(body.slice(0, nameEnd)), attributes, selfClosing: body.endsWith("/") };
  }
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return (colon < 0 ? name : name.slice(colon + 1)).toLowerCase();
}
