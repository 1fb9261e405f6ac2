/**
 * Transliterated names joined by a middle dot and standing alone in running text (阿卜杜拉·阿齐兹表示,
 * 和菲利普·西摩尔·霍夫曼): read whole, before the name model, whose candidates stop at a character
 * seldom seen in a transliteration (卜) and would keep a part (阿齐兹). Between two Han characters
 * the dot joins a name's parts far more often than anything else (in the training split 184 times
 * against 60, most of those in a title 《哈利·波特》 or an estate's name 龙湖·花墅香醍).
 */
import type { WhoLexicon } from "../../../lexicon/who-lexicon.js";
import { isHanAt } from "../names/han.js";
import { isNameBoundary } from "../names/read-name.js";

type Range = { readonly start: number; readonly end: number };

const DOTS = /[·•]/gu;

/** A character of a part must be seen in foreign names at least this often (as the name model's runs), or never seen. */
const MIN_PART_SHARE = 0.003;

/** The longest part read. */
const MAX_PART = 6;

/**
 * The ·-joined names of `text`: from each dot between two Han characters, the parts are the runs of
 * characters seen in foreign names on either side of each dot (the first read back from its dot,
 * the last on from its own); kept when the first part has two characters or more (元•方回 is a
 * dynasty and a name) and no 《 before it is still open.
 *
 * @example
 * ```ts
 * findDottedNames(lex, "阿卜杜拉·阿齐兹表示").map((n) => [n.start, n.end]); // => [[0, 8]]
 * ```
 */
export function findDottedNames(lex: WhoLexicon, text: string): Range[] {
  const found: Range[] = [];
  for (const m of text.matchAll(DOTS)) {
    const dot = m.index;
    if (found.length > 0 && found[found.length - 1]!.end > dot) continue;
    let start = dot;
    while (dot - start < MAX_PART && partAt(lex, text, start - 1)) start--;
    if (dot - start < 2 || insideTitle(text, start)) continue;
    // Each further part: the run after its dot, whole when another dot follows it.
    let end = dot;
    while (isDotAt(text, end)) {
      let e = end + 1;
      while (e - end - 1 < MAX_PART && partAt(lex, text, e)) e++;
      if (e === end + 1) break;
      end = e;
    }
    if (end <= dot) continue;
    // 菲尔普斯才能: the last part ends where a name may end, when it may inside the run.
    const last = text.lastIndexOf("·", end) > text.lastIndexOf("•", end) ? text.lastIndexOf("·", end) : text.lastIndexOf("•", end);
    for (let e = end; e > last + 1; e--) {
      if (isNameBoundary(lex, text, e)) {
        end = e;
        break;
      }
    }
    found.push({ start, end });
  }
  return found;
}

/** Whether `text[at]` may be part of a transliterated name: a Han character seen in foreign names, or never seen. */
function partAt(lex: WhoLexicon, text: string, at: number): boolean {
  if (!isHanAt(text, at)) return false;
  const code = text.charCodeAt(at);
  return lex.chars.total(code) === 0 || lex.chars.foreign(code) >= MIN_PART_SHARE;
}

function isDotAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 0xb7 || code === 0x2022;
}

/** Whether a 《 shortly before `at` is still open there (《哈利·波特与魔法石》 is a book); a title is short. */
function insideTitle(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  return before.lastIndexOf("《") > before.lastIndexOf("》");
}
