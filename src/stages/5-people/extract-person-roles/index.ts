/**
 * Person–role pairs: a title chain before a name (示范区科创局局长刘静), a title shared by a list
 * (区领导刘春明、冯利民), and a name before its title (习近平总书记, 吴萍局长).
 */
import type { WhoLexicon, WordSet } from "../../../lexicon/who-lexicon.js";
import { readForeignNameBefore, readNameWith, type ReadName } from "../names/read-name.js";
import { scoreName } from "../names/name-model.js";
import { hasLeftBoundary, hasStrongLeftBoundary, nameScore, readCandidateAt } from "../names/score-name.js";
import type { NameMatch, RoleMatch } from "../types.js";
import { parseRoleChainWith } from "./parse-role-chain.js";
import { placesNamed } from "../find-names/places.js";

export { parseRoleChain, type ChainRole } from "./parse-role-chain.js";

/** The lengths a name written before its title is tried with, in order: three characters is the commonest. */
const NAME_LENGTHS_BEFORE_TITLE = [3, 2, 4] as const;

/** A name written before its title must score at least this much when no earlier mention vouches for it. */
const NAME_FIRST_MIN_SCORE = -3.5;

function toRoles(lex: WhoLexicon, source: number, text: string, name: NameMatch, rule: string, start: number): RoleMatch[] {
  return parseRoleChainWith(lex, text, start).map((role) => ({
    source,
    start: role.start,
    end: role.end,
    title: role.title,
    qualifiers: role.qualifiers,
    name,
    organization: role.organization,
    organizationRef: role.organizationRef === null ? null : { suffix: role.organizationRef, at: role.start },
    rule,
  }));
}

/**
 * 主教练菲尔: 主教 ends at `i`, but the title 主教练 goes on (a title that ends one or two characters
 * later and starts before `i`, longer than `title` by more than what it adds).
 */
function titleGoesOn(titles: WordSet, text: string, i: number, title: string): boolean {
  for (let k = 1; k <= 2; k++) {
    const t = titles.endingAt(text, i + k);
    if (t.length > title.length + k - 1 && i + k - t.length < i) return true;
  }
  return false;
}

/**
 * A two-character reading after a title needs at least this score of the name model (the weights'
 * scale, ×10): 记者安全, 作家江山 are a word after an occupation, which the page would then find
 * everywhere it is written. Three characters and transliterations are the title's to vouch for.
 */
const SHORT_NAME_AFTER_TITLE_MIN_SCORE = -100;

/** Whether a Chinese reading of two characters after a title reads as a word to the name model (作家江山). */
function isWordAfterTitle(lex: WhoLexicon, text: string, read: ReadName): boolean {
  if (read.kind !== "han" || read.end - read.start !== 2) return false;
  return scoreName(lex, lex.nameWeights, text, { start: read.start, end: read.end, surnameLength: 1 }) < SHORT_NAME_AFTER_TITLE_MIN_SCORE;
}

/**
 * Every title-then-name pair in `text`, with the lists that share the title.
 *
 * @example
 * ```ts
 * extractTitledNames(whoLexicon(resolveDictionaries()), 0, "区领导刘春明、冯利民出席。").map((r) => r.name.name); // => ["刘春明", "冯利民"]
 * ```
 */
export function extractTitledNames(lex: WhoLexicon, source: number, text: string): RoleMatch[] {
  const titles = lex.titles;
  const roles: RoleMatch[] = [];
  let i = 1;
  while (i < text.length) {
    const title = titles.endingAt(text, i);
    let read = title === "" || titleGoesOn(titles, text, i, title) ? null : readNameWith(lex, text, i);
    if (read !== null && isWordAfterTitle(lex, text, read)) read = null;
    if (!read) {
      i++;
      continue;
    }
    const first: NameMatch = { source, start: read.start, end: read.end, name: text.slice(read.start, read.end), rule: "title-name" };
    const chain = toRoles(lex, source, text, first, "title-name", i);
    roles.push(...chain);
    let end = read.end;
    // 区领导刘春明、冯利民、许海玲: the list shares the title; a new title (、副局长李四) starts its own role.
    while (text[end] === "、" && titles.startingAt(text, end + 1) === "") {
      const next = readNameWith(lex, text, end + 1);
      if (!next || next.kind !== read.kind) break;
      const name: NameMatch = { source, start: next.start, end: next.end, name: text.slice(next.start, next.end), rule: "title-list" };
      const nearest = chain[0]!;
      roles.push({ ...nearest, name, rule: lex.collective.has(nearest.title) ? "collective-list" : "title-list" });
      end = next.end;
    }
    i = end;
  }
  return roles;
}

/**
 * Names written before their title (习近平总书记, 三亚市教育局吴萍局长). A name is accepted when it
 * is already known on the page (`known`), when it scores well after a boundary, or when the same
 * name stands before a title more than once on the page, once after punctuation: a repeated
 * "name + title" is evidence even for given names the statistics have not seen.
 */
export function extractNameFirstTitles(lex: WhoLexicon, texts: readonly string[], known: { has(name: string): boolean }): RoleMatch[] {
  type Candidate = { source: number; start: number; end: number; title: string; name: string; strong: boolean; scored: boolean };
  const candidates: Candidate[] = [];
  texts.forEach((text, source) => {
    // 苏丹总统 where the text writes 苏丹人民: a place of this text holds no office by name.
    const places = placesNamed(lex, text);
    for (let i = 2; i < text.length; i++) {
      const title = lex.titles.startingAt(text, i);
      if (title === "") continue;
      // 克林顿总统: a transliterated name before the title.
      const foreign = readForeignNameBefore(lex, text, i);
      // 巴基斯坦总统: a place written in the same characters is listed as no name.
      if (foreign && (lex.notNames.has(text.slice(foreign.start, i)) || places?.has(text.slice(foreign.start, i)))) continue;
      if (foreign) {
        candidates.push({ source, start: foreign.start, end: i, title, name: text.slice(foreign.start, i), strong: hasStrongLeftBoundary(text, foreign.start), scored: hasLeftBoundary(lex, text, foreign.start) });
        continue;
      }
      // 北京师范大学教授: what ends like an organization before the title is its organization.
      if (lex.organizationSuffixes.endingAt(text, i) !== "") continue;
      for (const length of NAME_LENGTHS_BEFORE_TITLE) {
        const start = i - length;
        if (start < 0) continue;
        const candidate = readCandidateAt(lex, text, start, 0);
        if (!candidate || candidate.end !== i || places?.has(text.slice(start, i))) continue;
        const strong = hasStrongLeftBoundary(text, start);
        const scored = hasLeftBoundary(lex, text, start) && nameScore(lex, text, start, i) >= NAME_FIRST_MIN_SCORE && readCandidateAt(lex, text, start) !== null;
        candidates.push({ source, start, end: i, title, name: text.slice(start, i), strong, scored });
        break;
      }
    }
  });
  const count = new Map<string, { n: number; strong: boolean }>();
  for (const c of candidates) {
    const entry = count.get(c.name) ?? { n: 0, strong: false };
    count.set(c.name, { n: entry.n + 1, strong: entry.strong || c.strong });
  }
  return candidates
    .filter((c) => {
      const seen = count.get(c.name)!;
      return known.has(c.name) || c.scored || (seen.n >= 2 && seen.strong);
    })
    .map((c) => {
      const name: NameMatch = { source: c.source, start: c.start, end: c.end, name: c.name, rule: "name-title" };
      return { source: c.source, start: c.end, end: c.end + c.title.length, title: c.title, qualifiers: [], name, organization: null, organizationRef: null, rule: "name-title" };
    });
}
