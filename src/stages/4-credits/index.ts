/**
 * Credits (bylines) of one text: the opener's bracket (本报讯（记者周明远 通讯员林晓）), credit
 * lines (本报记者 宋崇飞 摄, 责任编辑：王五), a closing bracket (…。（记者 张三）), column credits
 * (（本栏稿件均由本报记者陈国栋整理）) and bylines inside the text (新华社记者兰红光摄).
 */
import { readNameRun } from "../5-people/find-names/index.js";
import type { WhoLexicon } from "../../lexicon/who-lexicon.js";
import type { CreditMatch, NameMatch } from "../5-people/types.js";
import { isRegExpSpace } from "../../text/char-sets.js";
import { InlineMarkerPositions } from "./inline-markers.js";
import { endBeforeFileCode } from "../../text/agency-file-code.js";
import { photoSourceAt } from "../../text/photo-source.js";
import { affiliationBefore, leadingMarkerAt, parseCreditSegment, type SegmentCredit } from "./parse-credit.js";

export { parseCreditSegment, type SegmentCredit } from "./parse-credit.js";

/** 本报讯（…）, 新华社北京12月31日电（…）: the bracket right after the opener's 讯 or 电. */
const OPENER = /^[^（(\n]{0,40}?[讯电]\s*[（(]([^（）()\n]{1,80})[）)]/u;
/**
 * Whether OPENER may match: its 讯 or 电 comes after at most 40 characters (80 UTF-16 units). Most
 * texts of a page have none there, and on a fresh process each regex run costs.
 */
function mayHaveOpener(text: string): boolean {
  // Read within reach: indexOf would search on through the whole text when neither is written.
  for (let i = 0; i <= 80 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x8baf /* 讯 */ || c === 0x7535 /* 电 */) return true;
  }
  return false;
}

/** （本栏稿件均由本报记者陈国栋整理）: a unit, 由, then the credit. */
const COLUMN_LINE = /^[（(]([^（）()\n]{0,16}?)由([^（）()\n]{2,40})[）)]$/u;
/** Words that make a credit line cover a whole column or page rather than one article. */
const COLUMN_WIDE = /本栏|本版|专栏|栏目|以上|本组/u;
/**
 * A bracket that closes the last paragraph (…。（记者 张三）): where the opening bracket stands in a
 * trimmed line `text[start, end)` that ends with a closing bracket, or -1. It is what
 * `/[（(]([^（）()\n]{2,40})[）)]\s*$/u` finds in the line, read back from its end on char codes:
 * on a fresh process the regex's first run compiles it.
 */
export function closingBracketAt(text: string, start: number, end: number): number {
  // The u flag counts code points: a surrogate pair is one of the 2 to 40.
  let count = 0;
  for (let i = end - 2; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c === 0xff08 /* （ */ || c === 0x28 /* ( */) return count >= 2 ? i : -1;
    if (c === 0xff09 /* ） */ || c === 0x29 /* ) */ || c === 0x0a) return -1;
    if (c >= 0xdc00 && c <= 0xdfff && i > start) {
      const high = text.charCodeAt(i - 1);
      if (high >= 0xd800 && high <= 0xdbff) i--;
    }
    if (++count > 40) return -1;
  }
  return -1;
}

/**
 * Whether COLUMN_LINE may match the trimmed line `text[start, end)`: it is bracketed and holds 由.
 * Checked first since few lines are, and on a fresh process each regex run costs.
 */
export function mayBeColumnLine(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if ((first !== 0xff08 /* （ */ && first !== 0x28) /* ( */ || !endsWithBracket(text, end)) return false;
  // Read within the line: indexOf would search on to the end of the text on every bracketed line.
  for (let i = start + 1; i < end - 1; i++) if (text.charCodeAt(i) === 0x7531 /* 由 */) return true;
  return false;
}
function toMatch(source: number, c: SegmentCredit, text: string, rule: string, scope: "article" | "column"): CreditMatch {
  const name: NameMatch = { source, start: c.nameStart, end: c.nameEnd, name: text.slice(c.nameStart, c.nameEnd), rule: `credit-${rule}` };
  return { source, start: c.start, end: c.end, name, kind: c.kind, marker: c.marker, affiliation: c.affiliation, scope, rule };
}

/** （陈晓颜赵玉明）: a closing bracket that holds only names, maybe run together; credited as authors. */
function closingNames(lex: WhoLexicon, text: string, start: number, end: number): SegmentCredit[] {
  const run = readNameRun(lex, text.slice(0, end), start, 1);
  if (!run.length || run[run.length - 1]!.end !== end) return [];
  return run.map((n) => ({ start: start - 1, end: end + 1, nameStart: n.start, nameEnd: n.end, kind: "author" as const, marker: "", affiliation: null }));
}

/** Where a caption's sentence ends and a photo credit written after it may start. */
const SENTENCE_ENDS = "。！？；!?;…”」";

/**
 * 图为开幕式现场。林宏摄（本报资料图片）: the photo credit written before a source bracket that opens
 * at `open`, from the line's start or the caption's last sentence end. Nothing unless all of it
 * reads as photo credits (…正在拍摄（资料图片） holds none).
 */
function sourcedPhotoCredits(lex: WhoLexicon, text: string, lineStart: number, open: number): SegmentCredit[] {
  let start = open;
  while (start > lineStart && !SENTENCE_ENDS.includes(text[start - 1]!)) start--;
  if (open - start > 40) return [];
  const parsed = parseCreditSegment(lex, text, start, open);
  return parsed.complete && parsed.credits.every((c) => c.kind === "photographer") ? parsed.credits : [];
}

/**
 * 图为开幕式现场。林宏摄: the photo credit that ends a line, after a sentence end of the caption
 * (a credit filling the whole line is a credit line). Nothing unless all of the last sentence reads
 * as photo credits (…游客们正在拍摄 holds none).
 */
function captionPhotoCredits(lex: WhoLexicon, text: string, lineStart: number, lineEnd: number): SegmentCredit[] {
  let start = lineEnd;
  while (start > lineStart && !SENTENCE_ENDS.includes(text[start - 1]!)) start--;
  const credits = start > lineStart ? sourcedPhotoCredits(lex, text, lineStart, lineEnd) : [];
  // No source bracket vouches here: …。高新区文明摄 is no two names run together, nor a look-alike word.
  return credits.some((c, k) => lex.notNames.has(text.slice(c.nameStart, c.nameEnd)) || credits[k - 1]?.nameEnd === c.nameStart) ? [] : credits;
}

/**
 * Whether a range of `ranges` holds `at`. A function rather than a closure in the loop: a closure
 * over the loop's `at` made every iteration allocate a context.
 */
function covers(ranges: readonly { start: number; end: number }[], at: number): boolean {
  for (const r of ranges) if (r.start <= at && at < r.end) return true;
  return false;
}

/** The lines of `text`, trimmed, without the empty ones. */
function lineRanges(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  for (let start = 0; start <= text.length; ) {
    let i = text.indexOf("\n", start);
    if (i < 0) i = text.length;
    let s = start;
    let e = i;
    while (s < e && isRegExpSpace(text.charCodeAt(s))) s++;
    while (e > s && isRegExpSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) lines.push({ start: s, end: e });
    start = i + 1;
  }
  return lines;
}

/** Whether a trimmed line ending at `end` ends with a closing bracket, as CLOSING needs. */
function endsWithBracket(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  return last === 0xff09 /* ） */ || last === 0x29 /* ) */;
}

/**
 * Whether `text` from `start` to `end` is written in brackets, as `/^[（(].*[）)]$/u` tests the
 * slice: checked on char codes, since it runs on every short line of a page.
 */
function isBracketed(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const first = text.charCodeAt(start);
  if ((first !== 0xff08 /* （ */ && first !== 0x28) /* ( */ || !endsWithBracket(text, end)) return false;
  // `.` matches anything but a line terminator.
  for (let i = start + 1; i < end - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return false;
  }
  return true;
}

/**
 * The first credit of the byline whose marker starts at `at` (all its names), with the unit written
 * before the marker (新华社记者兰红光摄). Kept out of the scanning loop, whose every iteration
 * allocated a context for the closures over `at`.
 */
function inlineCredits(lex: WhoLexicon, text: string, at: number, lineEnd: number): SegmentCredit[] {
  const parsed = parseCreditSegment(lex, text, at, lineEnd);
  const affiliation = affiliationBefore(lex, text, 0, at);
  return parsed.credits
    .filter((c) => c.start === parsed.credits[0]?.start)
    .map((c) => (affiliation === null ? c : { ...c, start: at - affiliation.length, affiliation }));
}

/**
 * The credits written in `text` (an article body). Column-wide credits come back with scope
 * "column"; repeating them on the column's other pieces is the caller's job.
 *
 * @example
 * ```ts
 * extractCredits(whoLexicon(resolveDictionaries()), 0, "本报讯（记者周明远 通讯员林晓）近日，…").map((c) => [c.name.name, c.kind]);
 * // => [["周明远", "reporter"], ["林晓", "correspondent"]]
 * ```
 */
export function extractCredits(lex: WhoLexicon, source: number, text: string): CreditMatch[] {
  const credits: CreditMatch[] = [];
  const covered: { start: number; end: number }[] = [];
  const add = (found: readonly SegmentCredit[], rule: string, scope: "article" | "column") => {
    for (const c of found) credits.push(toMatch(source, c, text, rule, scope));
  };
  const opener = mayHaveOpener(text) ? OPENER.exec(text.slice(0, 140)) : null;
  if (opener) {
    const start = opener[0].length - 1 - opener[1]!.length;
    add(parseCreditSegment(lex, text, start, start + opener[1]!.length).credits, "opener", "article");
    covered.push({ start: 0, end: opener[0].length });
  }
  // （编辑：李怡君）1111227: a line's credit ends before the agency's file code.
  const lines = lineRanges(text).map((line) => ({ start: line.start, end: endBeforeFileCode(text, line.start, line.end) }));
  lines.forEach((line, index) => {
    const body = text.slice(line.start, line.end);
    const open = endsWithBracket(text, line.end) ? closingBracketAt(text, line.start, line.end) : -1;
    const last = index === lines.length - 1;
    const inOpener = open >= 0 && covered.some((c) => c.start <= open && open < c.end);
    if (open >= 0 && !inOpener && (body.length > 60 || open > line.start)) {
      const start = open + 1;
      const end = line.end - 1;
      const parsed = parseCreditSegment(lex, text, start, end);
      // …。（李舸摄） closes any paragraph of a caption; other credits only the last paragraph.
      if (parsed.complete && (last || parsed.credits.every((c) => c.kind === "photographer"))) {
        add(parsed.credits, "closing", "article");
        covered.push({ start: start - 1, end: line.end });
        return;
      }
      // 林宏摄（新华社发）: the bracket names the picture's source; the credit stands before it.
      const sourced = photoSourceAt(text, open, line.end, lex.photoSources) === open ? sourcedPhotoCredits(lex, text, line.start, open) : [];
      if (sourced.length > 0) {
        add(sourced, "photo-source", "article");
        covered.push({ start: sourced[0]!.start, end: line.end });
      } else if (last) add(closingNames(lex, text, start, end), "closing-names", "article");
      return;
    }
    // 图为开幕式现场。林宏摄: a photo credit closing a caption's last sentence, no bracket after it.
    if (text.charCodeAt(line.end - 1) === 0x6444 /* 摄 */) {
      const closing = captionPhotoCredits(lex, text, line.start, line.end);
      if (closing.length > 0) {
        add(closing, "photo-caption", "article");
        covered.push({ start: closing[0]!.start, end: line.end });
        return;
      }
    }
    if (body.length > 60) return;
    if (covered.some((c) => c.start <= line.start && line.end <= c.end)) return;
    const column = mayBeColumnLine(text, line.start, line.end) ? COLUMN_LINE.exec(body) : null;
    if (column) {
      const start = line.start + column[1]!.length + 2;
      const parsed = parseCreditSegment(lex, text, start, start + column[2]!.length);
      if (parsed.complete) {
        const wide = COLUMN_WIDE.test(column[1]!);
        add(parsed.credits, wide ? "column" : "credit-line", wide ? "column" : "article");
        covered.push(line);
        return;
      }
    }
    const bracketed = isBracketed(text, line.start, line.end);
    const parsed = bracketed ? parseCreditSegment(lex, text, line.start + 1, line.end - 1) : parseCreditSegment(lex, text, line.start, line.end);
    // （关山月） on a line of its own at the end: the author, no marker written.
    if (!parsed.complete && bracketed && last) add(closingNames(lex, text, line.start + 1, line.end - 1), "closing-names", "article");
    if (parsed.complete) {
      add(parsed.credits, "credit-line", "article");
      covered.push(line);
    }
  });
  // 本报讯记者陈陆军报道：, …新华社记者兰红光摄: a reporter's marker inside running text.
  let lineIndex = 0;
  const inline = new InlineMarkerPositions(text, lex.inlineMarkers, lex.leadingMarkerReach);
  for (let at = inline.firstFrom(0); at >= 0; at = inline.firstFrom(at + 1)) {
    if (covers(covered, at)) continue;
    const marker = leadingMarkerAt(lex, text, at);
    if (marker === "") continue;
    // A byline is short: read at most 80 characters, and never past the line (linear on 记者记者…).
    while (lineIndex < lines.length && lines[lineIndex]!.end <= at) lineIndex++;
    const lineEnd = Math.min(lines[lineIndex]?.end ?? text.length, at + 80);
    add(inlineCredits(lex, text, at, lineEnd), "inline", "article");
    at += marker.length - 1;
  }
  return credits;
}
