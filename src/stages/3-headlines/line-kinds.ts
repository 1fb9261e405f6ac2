/**
 * What a line inside a headline block is: title text, a byline printed under the title
 * (本报驻开罗记者李明远: the subtitle's place, never the main title), or a line that is no part of
 * the headline at all (a page header, a photo credit, a web metadata line) that the block took in.
 */
import { creditLineKind, isMastheadLine, type MarkerLexicon } from "../2-articles/markers.js";
import { isWebMetadataLine } from "../2-articles/labeller/features.js";

export type HeadlineLineKind = "title" | "byline" | "furniture";

/** 毛浩宁摄（本报资料图片）, 赵艳艳摄（新华社发）: a photographer's name, 摄, and the source in brackets. */
const PHOTO_WITH_SOURCE = /^[^，。；：、（(]{2,12}摄[（(][^（）()]{1,12}[）)]$/u;
/** （新华社发法新社照片）（记者田超　通讯员段思）: bracketed groups that credit a photo or a report. */
const BRACKETED_CREDITS = /^(?:[（(][^（）()]{1,30}[）)])+$/u;
// 记者 with a name, not the column tags 记者观察, 记者手记.
const CREDIT_WORD = /摄|照片|通讯员|新华社发|记者[^观手]/u;

/** （记者观察）, （清河时评·韩东升）: a column tag on its own line, which the credit shapes also fit. */
const COLUMN_TAG = /^[（(][^（）()]{1,16}[）)][①-⑳]?$/u;
const REPORT_WORD = /摄|照片|报道|通讯员|整理|电/u;

/** The kind of a headline block's line. */
export function headlineLineKind(text: string, lexicon: MarkerLexicon): HeadlineLineKind {
  const line = text.trim();
  if (line === "") return "furniture";
  if (COLUMN_TAG.test(line) && !REPORT_WORD.test(line)) return "title";
  const credit = creditLineKind(line, lexicon);
  if (credit === "byline") return "byline";
  if (credit === "photo" || credit === "closing" || credit === "column") return "furniture";
  if (isMastheadLine(line) || isWebMetadataLine(line)) return "furniture";
  if (PHOTO_WITH_SOURCE.test(line)) return "furniture";
  if (BRACKETED_CREDITS.test(line) && CREDIT_WORD.test(line)) return "furniture";
  return "title";
}
