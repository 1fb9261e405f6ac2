import type { Unit } from "./02-units.js";
import type { UnitRole } from "./03-classify.js";
import { hanPair, isHanCode } from "./han-pair.js";
import { leadingText, trailingText } from "./unit-text.js";

/** A run of units: either an article's text or a headline group. */
export interface Region {
  readonly kind: "text" | "headline" | "masthead";
  /** Indexes into the unit list, in order. */
  readonly units: readonly number[];
}

/** A line wider than its column spans columns: a headline, never a body line. */
const WIDE_LINE = 1.1;
/** A photo caption is looked for this far (in characters) back from its credit. */
const CAPTION_REACH = 320;
const HAN_FOUR = /^[\u3400-\u9fff]{4}$/u;

/**
 * Cuts the unit sequence into article texts and headline groups. Where articles meet is known
 * from markers: before an opener or a byline, after a signature, a photo credit or a closing line.
 * A group of headline candidates is a headline when it touches such a boundary or the page's
 * edge, when its lines are wider than the column, or when the text does not read on from it into
 * the next block; otherwise it is body text (吕沛肯定了示范区政法队伍 is the last line of a
 * paragraph that goes on after a blank line).
 */
export function cutRegions(units: readonly Unit[], roles: readonly UnitRole[], widths: Float64Array): Region[] {
  const n = units.length;
  // boundary[k]: an article boundary sits right before unit k (boundary[n] is the page end).
  const boundary = new Array<boolean>(n + 1).fill(false);
  boundary[0] = true;
  boundary[n] = true;
  units.forEach((unit, u) => {
    if (roles[u] === "opener" || unit.credit === "byline") boundary[u] = true;
    if (roles[u] === "masthead") boundary[u] = boundary[u + 1] = true;
    if (unit.credit === "signature" || unit.credit === "photo" || unit.credit === "closing") boundary[u + 1] = true;
  });
  const isHeadline = new Array<boolean>(n).fill(false);
  const groups = candidateGroups(roles);
  const touchesOrWide = (group: readonly number[]) => {
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const touches = boundary[first] || boundary[last + 1] || precedesCaption(units, roles, last + 1);
    return touches || group.every((u) => isWide(units[u]!, widths[u]!));
  };
  // Every junction looked up at once: a pageText.includes per group made long inputs quadratic.
  // Only the junctions of groups that the markers and widths leave open (more boundaries only
  // close groups as the loop below goes): most groups never read them, and with none the page
  // is not scanned at all.
  const recurring = occurringGrams(
    units,
    groups.flatMap((group) => {
      const last = group[group.length - 1]!;
      return touchesOrWide(group) || opensWithWordEnd(units, last) ? [] : junctionGrams(units, last);
    }),
  );
  for (const group of groups) {
    const first = group[0]!;
    const last = group[group.length - 1]!;
    if (touchesOrWide(group) || !continuesInPage(units, last, recurring)) {
      for (const u of group) isHeadline[u] = true;
      boundary[first] = true;
      boundary[last + 1] = true;
    }
  }
  const regions: Region[] = [];
  for (let u = 0; u < n; u++) {
    const kind = roles[u] === "masthead" ? "masthead" : isHeadline[u] ? "headline" : "text";
    const current = regions[regions.length - 1];
    const continues = current && current.kind === kind && !(kind !== "headline" && boundary[u]);
    if (continues) (current.units as number[]).push(u);
    else regions.push({ kind, units: [u] });
  }
  return regions;
}

/** Whether every line of the unit is wider than its column (of width `columnWidth`, 0 if none). */
function isWide(unit: Unit, columnWidth: number): boolean {
  for (let p = unit.first; p < unit.end; p++) if (!(columnWidth > 0 && unit.pieces.width[p]! >= WIDE_LINE * columnWidth)) return false;
  return true;
}

/**
 * Whether the text reads on from unit `last` into the next unit: the next one opens with a lone
 * character and a comma, or four Han characters across the junction occur elsewhere on the page.
 * 吕沛肯定了示范区政法队伍 / 教育整顿取得的成绩: 队伍教育 recurs in 政法队伍教育整顿, so the short
 * line ends a paragraph that goes on. Units are joined with "\n", so the junction never matches
 * itself; four characters rather than three keep chance matches rare.
 */
function continuesInPage(units: readonly Unit[], last: number, recurring: ReadonlySet<string>): boolean {
  if (!units[last + 1]) return false;
  if (opensWithWordEnd(units, last)) return true;
  return junctionGrams(units, last).some((gram) => recurring.has(gram));
}

/** 非常突 / 出，是投资兴业的宝地: the unit after `last` opens with one character and a comma, finishing a word. */
function opensWithWordEnd(units: readonly Unit[], last: number): boolean {
  const next = units[last + 1];
  return next !== undefined && /^[^\s，。、；：,.;:]{1}[，。、；：,.;:]/u.test(leadingText(next, 3));
}

/** The four-Han-character grams across the junction after unit `last` (none at the page end). */
function junctionGrams(units: readonly Unit[], last: number): string[] {
  const next = units[last + 1];
  if (!next) return [];
  const tail = trailingText(units[last]!, 3);
  const head = leadingText(next, 2);
  return [tail.slice(-2) + head.slice(0, 2), tail.slice(-3) + head.slice(0, 1)].filter((gram) => HAN_FOUR.test(gram));
}

/**
 * Which of `grams` (four Han characters each) occur in the units' text, in one pass over it. The
 * grams are all Han, so none spans two units; within a unit one may span its pieces, so the last
 * three characters are carried from piece to piece rather than the unit's text joined.
 */
function occurringGrams(units: readonly Unit[], grams: readonly string[]): Set<string> {
  const found = new Set<string>();
  if (grams.length === 0) return found;
  // Grams by their first two characters, as one small integer; a table of those pairs' hashes
  // rules out most positions before the map is read (nearly every Han character starts a gram).
  const byHead = new Map<number, string[]>();
  // Sized to the grams: a fixed 1 MB table cost more than the scan on a small page.
  const hashBits = Math.min(20, Math.max(10, Math.ceil(Math.log2(grams.length * 16))));
  const headHashes = new Uint8Array(1 << hashBits);
  const shift = 32 - hashBits;
  for (const gram of new Set(grams)) {
    const first = gram.charCodeAt(0);
    const second = gram.charCodeAt(1);
    headHashes[headHash(first, second) >>> shift] = 1;
    const head = hanPair(first, second);
    const list = byHead.get(head);
    if (list) list.push(gram);
    else byHead.set(head, [gram]);
  }
  for (const unit of units) {
    // The three characters before the current one, across the unit's pieces (0: none yet).
    let c0 = 0;
    let c1 = 0;
    let c2 = 0;
    for (let p = unit.first; p < unit.end; p++) {
      const text = unit.pieces.text[p]!;
      for (let i = 0; i < text.length; i++) {
        const c3 = text.charCodeAt(i);
        if (headHashes[headHash(c0, c1) >>> shift] === 1 && isHanCode(c0) && isHanCode(c1)) {
          const list = byHead.get(hanPair(c0, c1));
          if (list) for (const gram of list) if (gram.charCodeAt(2) === c2 && gram.charCodeAt(3) === c3) found.add(gram);
        }
        c0 = c1;
        c1 = c2;
        c2 = c3;
      }
    }
  }
  return found;
}


function headHash(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> 0;
}

/** Runs of consecutive headline candidates (a kicker, a main title and a subtitle at most). */
function candidateGroups(roles: readonly UnitRole[]): number[][] {
  const groups: number[][] = [];
  let current: number[] = [];
  roles.forEach((role, u) => {
    if (role === "headline-candidate" && current.length < 3) current.push(u);
    else {
      if (current.length) groups.push(current);
      current = role === "headline-candidate" ? [u] : [];
    }
  });
  if (current.length) groups.push(current);
  return groups;
}

/** Whether the body units from `start` on are a short caption closed by a photo credit. */
function precedesCaption(units: readonly Unit[], roles: readonly UnitRole[], start: number): boolean {
  let length = 0;
  for (let u = start; u < units.length; u++) {
    if (units[u]!.credit === "photo") return u > start;
    if (roles[u] !== "body") return false;
    length += units[u]!.length;
    if (length > CAPTION_REACH) return false;
  }
  return false;
}
