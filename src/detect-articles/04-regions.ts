import type { Unit } from "./02-units.js";
import type { UnitRole } from "./03-classify.js";

/** A run of units: either an article's text or a headline group. */
export interface Region {
  readonly kind: "text" | "headline";
  /** Indexes into the unit list, in order. */
  readonly units: readonly number[];
}

/** How short a line must be, against its column, to pass for a headline with no other evidence. */
const SHORT_LINE = 0.75;
/** A photo caption is looked for this far (in characters) back from its credit. */
const CAPTION_REACH = 320;

/**
 * Cuts the unit sequence into article texts and headline groups. Where articles meet is known
 * from markers: before an opener or a byline, after a signature, a photo credit or a closing line.
 * A group of headline candidates is a headline when it touches such a boundary, the page's edge,
 * or, on pages without openers, when its lines are clearly shorter than the column; otherwise it
 * is body text (吕沛肯定了示范区政法队伍 is the full-width last line of a paragraph).
 */
export function cutRegions(units: readonly Unit[], roles: readonly UnitRole[], widths: readonly number[]): Region[] {
  const n = units.length;
  // boundary[k]: an article boundary sits right before unit k (boundary[n] is the page end).
  const boundary = new Array<boolean>(n + 1).fill(false);
  boundary[0] = true;
  boundary[n] = true;
  units.forEach((unit, u) => {
    if (roles[u] === "opener" || unit.credit === "byline") boundary[u] = true;
    if (unit.credit === "signature" || unit.credit === "photo" || unit.credit === "closing") boundary[u + 1] = true;
  });
  const pageHasOpeners = roles.includes("opener");
  const isHeadline = new Array<boolean>(n).fill(false);
  for (const group of candidateGroups(roles)) {
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const touches = boundary[first] || boundary[last + 1] || precedesCaption(units, roles, last + 1);
    const short = group.every((u) => units[u]!.pieces.every((p) => widths[u]! > 0 && p.width <= SHORT_LINE * widths[u]!));
    if (touches || (!pageHasOpeners && short)) {
      for (const u of group) isHeadline[u] = true;
      boundary[first] = true;
      boundary[last + 1] = true;
    }
  }
  const regions: Region[] = [];
  for (let u = 0; u < n; u++) {
    const kind = isHeadline[u] ? "headline" : "text";
    const current = regions[regions.length - 1];
    const continues = current && current.kind === kind && !(kind === "text" && boundary[u]);
    if (continues) (current.units as number[]).push(u);
    else regions.push({ kind, units: [u] });
  }
  return regions;
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
    length += units[u]!.joined.length;
    if (length > CAPTION_REACH) return false;
  }
  return false;
}
