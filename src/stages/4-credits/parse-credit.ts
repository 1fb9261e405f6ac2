/**
 * Reads the credits in one credit segment: the bracket of an opener (记者周明远 通讯员林晓), a
 * credit line (本报记者 宋崇飞 摄) or the body of a column credit (本报记者郭树勋整理). A segment is
 * a sequence of [affiliation] marker names… [trailing marker], names separated by spaces, 、 or ／.
 */
import { readNameRun } from "../5-people/find-names/index.js";
import type { WhoLexicon } from "../../lexicon/who-lexicon.js";
import { isHanCode } from "../5-people/names/han.js";
import { readNameWith } from "../5-people/names/read-name.js";
import { isRegExpSpace } from "../../text/char-sets.js";
import type { CreditKind } from "../../contracts/graph.js";

/** One credited name inside a segment, in text coordinates. */
export interface SegmentCredit {
  readonly start: number;
  readonly end: number;
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly kind: CreditKind;
  readonly marker: string;
  readonly affiliation: string | null;
}

/**
 * What separates a marker from the names: `/[\s、／/：:，,·]/u` on one code unit, checked on its code
 * (it runs at each credit's characters, interpreted on a fresh process).
 */
function isSeparatorCode(code: number): boolean {
  switch (code) {
    case 0x3001: // 、
    case 0xff0f: // ／
    case 0x2f: // /
    case 0xff1a: // ：
    case 0x3a: // :
    case 0xff0c: // ，
    case 0x2c: // ,
    case 0xb7: // ·
      return true;
    default:
      return isRegExpSpace(code);
  }
}
/** Trailing markers that repeat the kind a leading marker gave: 记者…报道, 记者…台北报导, 图／…提供. */
const REPEATING_MARKERS: ReadonlySet<string> = new Set(["报道", "报导", "提供"]);

/**
 * The unit written right before a marker that starts at `at`, looking back at most to `from`: 本报,
 * 新华社, 焦作日报, 县融媒体中心 (an outlet suffix of dictionaries/outlet-suffixes.txt).
 */
export function affiliationBefore(lex: WhoLexicon, text: string, from: number, at: number): string | null {
  // Every unit the pattern knows ends in one of these: most markers (（记者…) need no regex run,
  // and on a fresh process its first run costs.
  if (at - 1 < from || !lex.affiliationLast.has(text.charCodeAt(at - 1))) return null;
  const m = lex.affiliation.exec(text.slice(Math.max(from, at - 14), at));
  if (!m) return null;
  // What follows the last 由 (…均由本报): as m[0].replace(/^.*由/u, "") gives it (the match holds
  // no line terminator), without compiling a regex for it on a fresh process's first page.
  const by = m[0].lastIndexOf("由");
  return by < 0 ? m[0] : m[0].slice(by + 1);
}

/** The leading credit marker (记者, 特约记者, 通讯员, 文/图 …) starting at `at`, or "". */
export function leadingMarkerAt(lex: WhoLexicon, text: string, at: number): string {
  const marker = lex.leadingMarkers.startingAt(text, at);
  if (marker === "") return trailingMarkerFirst(lex, text, at);
  // A one-character marker (文, 图) counts only with a separator after it: 文化 is no credit.
  if (marker.length === 1 && !isSeparatorCode(text.charCodeAt(at + 1))) return "";
  return marker;
}

/**
 * 摄影／陈昱婷, 整理：王五: a marker read as trailing (张三摄影) written before the names, as the
 * Taiwan press writes its photo credits, with ／ or ： after it; or "".
 */
function trailingMarkerFirst(lex: WhoLexicon, text: string, at: number): string {
  const marker = lex.trailingMarkers.startingAt(text, at);
  if (marker === "" || !lex.creditMarkers.has(marker)) return "";
  const next = text.charCodeAt(at + marker.length);
  return next === 0xff0f /* ／ */ || next === 0x2f /* / */ || next === 0xff1a /* ： */ || next === 0x3a /* : */ ? marker : "";
}

/**
 * A name that fills the whole slot between a credit marker and what closes it (记者马占成摄,
 * （记者马占成）, 记者马占成 通讯员…): two to four Han characters from a surname to a trailing
 * marker, a separator or the segment's end. The slot says it is a name even when the model has
 * never seen its characters in one (占).
 */
function slotName(lex: WhoLexicon, text: string, start: number, end: number): { start: number; end: number; kind: "han" } | null {
  if (lex.surnames.lengthAt(text, start) === 0 || isConjunctionCode(text.charCodeAt(start))) return null;
  for (let at = start + 1; at <= start + 4 && at <= end; at++) {
    if (slotClosesAt(lex, text, at, end)) return at - start >= 2 ? { start, end: at, kind: "han" } : null;
    if (!isHanCode(text.charCodeAt(at))) return null;
    // 接受记者时表示, 记者张三和李四: a word that follows names ends the slot before it is a name,
    // unless it is a single character that closes the slot (周昌和　).
    const word = lex.endWords.startingAt(text, at);
    if (word.length > 1 || (word !== "" && !slotClosesAt(lex, text, at + 1, end))) return null;
  }
  return null;
}

/**
 * The credited name at `start`: the model's reading, which knows where a name ends before a place
 * (龙跃北京报道); but where it stops at a one-character word (周昌|和) that the slot's end takes
 * in (周昌和　任笑一), reads nothing (马占成), or reads on into the trailing marker that closes
 * the slot (刘宇摄）), the slot.
 */
function creditName(lex: WhoLexicon, text: string, start: number, end: number): { start: number; end: number } | null {
  const read = readNameWith(lex, text.slice(0, end), start);
  const slot = slotName(lex, text, start, end);
  if (slot === null || read === null) return read ?? slot;
  const stoppedAtWord = slot.end === read.end + 1 && lex.endWords.startingAt(text, read.end).length === 1;
  if (stoppedAtWord && lex.trailingMarkers.startingAt(text, slot.end) === "") return slot;
  // 刘宇摄）: the reading took in the trailing marker that closes the slot; the marker is the credit's.
  const marker = lex.trailingMarkers.startingAt(text, slot.end);
  return read.end > slot.end && marker !== "" && slotClosesAt(lex, text, slot.end + marker.length, end) ? slot : read;
}

/** 和, 与, 及: between two credited names, they join them. */
function isConjunctionCode(code: number): boolean {
  return code === 0x548c /* 和 */ || code === 0x4e0e /* 与 */ || code === 0x53ca /* 及 */;
}

/** Whether a credit's name slot may end at `at`: the segment ends, a separator or a trailing marker follows. */
function slotClosesAt(lex: WhoLexicon, text: string, at: number, end: number): boolean {
  return at === end || isSeparatorCode(text.charCodeAt(at)) || lex.trailingMarkers.startingAt(text, at) !== "";
}

/**
 * Whether `marker`, read as trailing at `at` after names ending at `namesEnd`, opens the next credit rather than
 * closing the names before it: 记者 陈昱婷 / 摄影 林佩蓉 报导, 撰文：郑咏欣　摄影：何启明 (a Taiwan
 * newscast's and a Hong Kong paper's credit lines), where 摄影 read as trailing made 陈昱婷 the
 * photographer. It does when a name follows it and either ／ or ： follows it, or one stands between
 * the names and it; 宋崇飞 摄影, 李四摄影 and 林俊良／摄影 (nothing after) stay trailing.
 */
function opensNextCredit(lex: WhoLexicon, text: string, marker: string, namesEnd: number, at: number, end: number): boolean {
  // Only a marker written before names too (摄影), and not the longer trailing one (摄影报道).
  if (lex.twoWayMarkers.startingAt(text, at) !== marker) return false;
  const next = text.charCodeAt(at + marker.length);
  let marked = next === 0xff0f /* ／ */ || next === 0x2f /* / */ || next === 0xff1a /* ： */ || next === 0x3a; /* : */
  for (let i = namesEnd; i < at && !marked; i++) marked = !isRegExpSpace(text.charCodeAt(i));
  return marked && creditName(lex, text, skip(text, at + marker.length, end), end) !== null;
}

function skip(text: string, at: number, end: number): number {
  while (at < end && isSeparatorCode(text.charCodeAt(at))) at++;
  return at;
}

/**
 * The credits in `text[start, end)`, and whether the segment was read through to its end (a credit
 * line must be; an opener bracket may carry other words).
 *
 * @example
 * ```ts
 * parseCreditSegment(whoLexicon(resolveDictionaries()), "本报记者 宋崇飞 摄", 0, 10).credits[0]; // => { kind: "photographer", marker: "摄", affiliation: "本报", … }
 * ```
 */
export function parseCreditSegment(lex: WhoLexicon, text: string, start: number, end: number): { credits: SegmentCredit[]; complete: boolean } {
  const credits: SegmentCredit[] = [];
  let at = skip(text, start, end);
  let complete = true;
  // Where a two-way marker (摄影) opens the next credit, as opensNextCredit read it.
  let opensAt = -1;
  while (at < end) {
    // Find the next leading marker; what lies before it is the unit (本报记者, 新华社记者).
    let markerAt = at;
    let marker = "";
    if (at === opensAt) marker = lex.twoWayMarkers.startingAt(text, at);
    else while (markerAt < end && (marker = leadingMarkerAt(lex, text, markerAt)) === "") markerAt++;
    const partStart = at;
    let kind: CreditKind | undefined;
    let affiliation: string | null = null;
    let namesFrom = at;
    if (marker !== "" && markerAt < end) {
      if (markerAt > at) {
        affiliation = affiliationBefore(lex, text, at, markerAt);
        if (affiliation === null || markerAt - at > affiliation.length + 8) complete = false;
        // …由本报记者: the words before the unit must end in 由.
        else if (markerAt - at > affiliation.length && text.charCodeAt(markerAt - affiliation.length - 1) !== 0x7531 /* 由 */) complete = false;
      }
      kind = lex.creditMarkers.get(marker);
      namesFrom = skip(text, markerAt + marker.length, end);
    } else {
      marker = "";
    }
    const names: { start: number; end: number }[] = [];
    let cursor = namesFrom;
    while (cursor < end) {
      if (leadingMarkerAt(lex, text, cursor) !== "" || lex.trailingMarkers.startingAt(text, cursor) !== "") break;
      // 记者张三和李四: a conjunction between two names joins them like 、.
      if (names.length > 0 && isConjunctionCode(text.charCodeAt(cursor)) && cursor + 1 < end) cursor++;
      const name = creditName(lex, text, cursor, end);
      if (!name) {
        // 记者何丰伦孟昭丽: names written without a separator.
        const run = names.length === 0 ? readNameRun(lex, text.slice(0, end), cursor, 2) : [];
        names.push(...run);
        if (run.length) cursor = skip(text, run[run.length - 1]!.end, end);
        break;
      }
      names.push(name);
      cursor = skip(text, name.end, end);
    }
    let partEnd = names.length ? names[names.length - 1]!.end : namesFrom;
    const after = lex.trailingMarkers.startingAt(text, cursor);
    if (after !== "" && names.length && opensNextCredit(lex, text, after, partEnd, cursor, end)) opensAt = cursor;
    else if (after !== "" && names.length) {
      // 记者田伟报道: 报道 only repeats what 记者 said (as 台北报导 and 图／…提供 do); 摄 and 整理 change the kind.
      if (!REPEATING_MARKERS.has(after) || kind === undefined) {
        kind = lex.creditMarkers.get(after);
        marker = after;
      }
      partEnd = cursor + after.length;
      cursor = skip(text, partEnd, end);
    }
    if (!names.length || kind === undefined) {
      complete = false;
      break;
    }
    for (const name of names) {
      credits.push({ start: partStart + (affiliation === null ? 0 : Math.max(0, markerAt - partStart - affiliation.length)), end: partEnd, nameStart: name.start, nameEnd: name.end, kind, marker, affiliation });
    }
    at = cursor;
  }
  return { credits, complete: complete && credits.length > 0 };
}
