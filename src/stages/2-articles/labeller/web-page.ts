/**
 * A web article page holds one article: its headline, the metadata lines under it (来源：…,
 * 发布时间：…, 分享到), its text, and boxes, subheads and credits inside that text. Read line by
 * line, a 背景链接 box, a short paragraph or a closing （新华社北京1月1日电） looks like the start of
 * another article; on a page whose headline stands over metadata lines, none of them is.
 */
import type { PieceTable } from "../01-pieces.js";
import { isBoxLabelLine, isWebMetadataLine } from "./features.js";
import { isHeadlineTag, TAGS } from "./model.js";

const B = TAGS.indexOf("B");
const I = TAGS.indexOf("I");
const S = TAGS.indexOf("S");

/** A line above the metadata is a headline's: short, without a full stop. */
const HEADLINE_MAX = 64;
/** The metadata lines must come within this many lines of the page's top (a breadcrumb, a two-line headline, 作者). */
const METADATA_WITHIN = 8;

/**
 * The tags of a web article page read as one article: after its first text line, a line tagged
 * as another article's start goes on with the article, and a headline line is a subhead. A web
 * article page: metadata lines within the first lines, under nothing but short lines without a
 * full stop. Other pages' tags are returned as they are.
 */
export function oneArticleWebPage(pieces: PieceTable, tags: Uint8Array): Uint8Array {
  let metadata = -1;
  for (let p = 0; p < Math.min(pieces.count, METADATA_WITHIN); p++) {
    if (isWebMetadataLine(pieces.text[p]!) && !pieces.text[p]!.trimStart().startsWith("首页")) {
      metadata = p;
      break;
    }
  }
  // The metadata sits under a headline, before any text: a page of several stories with a
  // source line further down is not one web article.
  if (metadata < 1) return tags;
  for (let p = 0; p < metadata; p++) if (pieces.text[p]!.length > HEADLINE_MAX || pieces.text[p]!.includes("。")) return tags;
  let body = -1;
  for (let p = metadata + 1; p < tags.length && body < 0; p++) if ((tags[p] === B || tags[p] === I) && !isWebMetadataLine(pieces.text[p]!)) body = p;
  if (body < 0) return tags;
  const out = Uint8Array.from(tags);
  for (let p = body + 1; p < out.length; p++) {
    if (out[p] === B) out[p] = I;
    // A box's label (背景链接) heads the box inside the article: neither a subhead nor a headline.
    else if (isHeadlineTag(out[p]!)) out[p] = isBoxLabelLine(pieces.text[p]!) ? I : S;
  }
  return out;
}
