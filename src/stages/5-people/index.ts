/**
 * Who: credits, persons, organizations and person–role pairs of a segmented page. The steps run in
 * this order because each one's names vouch for the next: credits and titles first (the surest
 * evidence), then names written before a title, then the model's own names, then every later
 * mention of a name already found (吕沛强调), and last the links into graph nodes.
 */
import { notablePersons } from "../../lexicon/dictionaries.js";
import { resolveDictionaries } from "../../lexicon/user-dictionaries.js";
import { whoLexicon } from "../../lexicon/who-lexicon.js";
import { STAGE_OPTION_KEYS, type StageOptions } from "../../contracts/options.js";
import { checkOptionKeys } from "../../option-keys.js";
import type { SegmentedPage, WhoResult } from "../../contracts/stages.js";
import { extractCredits } from "../4-credits/index.js";
import { extractNameFirstTitles, extractTitledNames } from "./extract-person-roles/index.js";
import { findBracketNames, findFreeNames, findHonorificNames, findKnownNames, findReferences } from "./find-names/index.js";
import { doctrineSpans } from "./find-names/doctrines.js";
import { findMinorityNames } from "./find-names/minority.js";
import { linkPersons } from "./link-persons/index.js";
import { organizationFinder, type OrganizationMention } from "./organizations/index.js";
import type { CreditMatch, NameMatch, RoleMatch, WhoText } from "./types.js";
import { isRegExpSpace } from "../../text/char-sets.js";
import { lazy } from "../../lexicon/parse-list.js";

export { readNameAt } from "./names/read-name.js";

/** Options of {@link extractWho}. */
export interface ExtractWhoOptions extends StageOptions {
  /** Accept names in running text that only the statistical model vouches for (张三说). Default true. */
  readonly modelNames?: boolean;
}
const WHO_OPTION_KEYS: Readonly<Record<keyof ExtractWhoOptions, true>> = { ...STAGE_OPTION_KEYS, modelNames: true };

type Range = { readonly start: number; readonly end: number };

/** The last line of `text`, trimmed: where a column piece is signed. */
function lastLine(text: string): Range {
  let end = text.length;
  while (end > 0 && isRegExpSpace(text.charCodeAt(end - 1))) end--;
  const start = text.lastIndexOf("\n", end - 1) + 1;
  return { start, end };
}

/** The roles of each text, in page order: looking them up by filtering the page's roles cost texts × roles. */
function rolesBySource(roles: readonly RoleMatch[], texts: number): RoleMatch[][] {
  const bySource: RoleMatch[][] = Array.from({ length: texts }, () => []);
  for (const r of roles) bySource[r.source]!.push(r);
  return bySource;
}

/** 示范区科创局局长刘静 as the last line of a column piece (`roles`: the text's roles): its author, who holds that role. */
function signatureCredits(source: number, text: string, roles: readonly RoleMatch[]): CreditMatch[] {
  const line = lastLine(text);
  if (line.end - line.start > 40) return [];
  const signed = roles.filter((r) => r.name.end === line.end && r.rule === "title-name");
  if (!signed.length || Math.min(...signed.map((r) => r.start)) !== line.start) return [];
  const name = signed[0]!.name;
  return [{ source, start: line.start, end: line.end, name: { ...name, rule: "signature" }, kind: "author", marker: "", affiliation: null, scope: "article", rule: "signature" }];
}

/**
 * Credits, persons, organizations and roles of a segmented page, with ids in page order.
 *
 * @example
 * ```ts
 * const page = detectArticles(repairLayout("本报讯（记者林晓东）区领导马文博出席。"));
 * const who = extractWho(page);
 * who.credits[0].kind; // => "reporter"
 * who.roles[0].title;  // => "区领导"
 * // With a caller's dictionaries, as extract takes them:
 * extractWho(page, { dictionaries: { roleTitles: ["网格长"] } }).credits.length; // => 1
 * ```
 */
export function extractWho(page: SegmentedPage, options: ExtractWhoOptions = {}): WhoResult {
  checkOptionKeys("extractWho()", options, WHO_OPTION_KEYS);
  // Checked and merged once per dictionaries object; every step below is given the compiled lexicon.
  const dictionaries = resolveDictionaries(options.dictionaries);
  const lex = whoLexicon(dictionaries);
  // concat rather than two spreads: past the first, a spread in an array literal iterates, an
  // iterator result per element when run interpreted, as on a fresh process's first page.
  const texts: WhoText[] = page.articles
    .map((a): WhoText => ({ articleId: a.id, columnId: a.columnId, kind: a.kind, body: a.body }))
    .concat(page.unassigned.map((body): WhoText => ({ articleId: null, columnId: null, kind: null, body })));
  const credits: CreditMatch[] = [];
  const roles: RoleMatch[] = [];
  const names: NameMatch[] = [];
  // What each text already has, kept as matches are added: looking it up per text by filtering
  // the page's lists cost articles × entities on long multi-page inputs.
  // Headlines come after the texts, read only at the end (see below).
  const headlines = headlineTexts(page);
  // 邓小平理论, 毛泽东思想: a doctrine's name, taken before any finder reads the leader's name in it.
  const leaders = notableSet();
  const takenBy: Range[][] = texts.concat(headlines).map((t) => doctrineSpans(t.body.text, leaders));
  const taken = (source: number): Range[] => [...takenBy[source]!];
  // What each text has so far, not copied: for the finders, which copy (to sort) what they read
  // and return before anything is added.
  const takenNow = (source: number): readonly Range[] => takenBy[source]!;
  const addCredits = (found: readonly CreditMatch[]) => {
    for (const c of found) (credits.push(c), takenBy[c.source]!.push(c.name));
  };
  const addRoles = (found: readonly RoleMatch[]) => {
    for (const r of found) (roles.push(r), takenBy[r.source]!.push(r.name, r));
  };
  const addNames = (found: readonly NameMatch[]) => {
    for (const n of found) (names.push(n), takenBy[n.source]!.push(n));
  };
  // 扎西次仁: two parts of a Tibetan or Mongolian given name. Read first: a title before one
  // (副主席格桑平措) reads a surname and at most two more characters, and takes the whole instead.
  const minority = texts.map((t, source) => findMinorityNames(source, t.body.text, []));
  texts.forEach((t, source) => {
    addCredits(extractCredits(lex, source, t.body.text));
    addRoles(extractTitledNames(lex, source, t.body.text).map((r) => withMinorityName(r, minority[source]!)));
  });
  // A caller's persons (options.dictionaries.persons), wherever they are written and before any
  // name read by the model. Indexed once per dictionaries object (personSet) and kept out of
  // `known`, a new set each page: there a gazetteer of 50,000 names cost 1.6 ms a page.
  const userPersons = dictionaries.persons;
  const listed = userPersons.length > 0 ? personSet(userPersons) : null;
  if (listed !== null) texts.forEach((t, source) => addNames(findKnownNames(source, t.body.text, listed, takenNow(source), "dictionary")));
  const titledRoles = rolesBySource(roles, texts.length);
  texts.forEach((t, source) => {
    if (t.articleId !== null) addCredits(signatureCredits(source, t.body.text, titledRoles[source]!));
  });
  // National leaders (dictionaries/notable-persons.txt) are known on every page: found wherever
  // written by the re-mention pass below, and with the office written after them (习近平总书记).
  const known = new Set<string>([...credits.map((c) => c.name.name), ...roles.map((r) => r.name.name), ...notablePersons()]);
  // The Tibetan and Mongolian names no title took, known from here on as any name found is.
  texts.forEach((_, source) => {
    const isTaken = (n: NameMatch) => takenNow(source).some((t) => t.start < n.end && n.start < t.end);
    const free = minority[source]!.filter((n) => !isTaken(n));
    addNames(free);
    for (const n of minority[source]!) known.add(n.name);
  });
  const blocked = texts.map((_, source) => taken(source));
  // 习近平总书记: a listed name before a title holds that office; the span it already has is no conflict.
  const knownOrListed = { has: (name: string) => known.has(name) || (listed !== null && listed.has(name)) };
  for (const r of extractNameFirstTitles(lex, texts.map((t) => t.body.text), knownOrListed)) {
    if (blocked[r.source]!.some((b) => b.start < r.name.end && r.name.start < b.end && (b.start !== r.name.start || b.end !== r.name.end))) continue;
    addRoles([r]);
    known.add(r.name.name);
  }
  texts.forEach((t, source) => {
    const addressed = findHonorificNames(lex, source, t.body.text, takenNow(source));
    addNames(addressed);
    for (const n of addressed) known.add(n.name);
  });
  if (options.modelNames !== false) {
    // （林志明何秀英） closing a brief: read before the model, which sees one name at a time.
    texts.forEach((t, source) => {
      const bracketed = findBracketNames(lex, source, t.body.text, takenNow(source));
      addNames(bracketed);
      for (const n of bracketed) known.add(n.name);
    });
    texts.forEach((t, source) => {
      const free = findFreeNames(lex, source, t.body.text, takenNow(source), known);
      addNames(free);
      for (const n of free) known.add(n.name);
    });
  }
  texts.forEach((t, source) => addNames(findKnownNames(source, t.body.text, known, takenNow(source))));

  // 吕书记: a surname with a title refers to the one person of the text with that surname,
  // preferring one who holds that title.
  const rolesOf = rolesBySource(roles, texts.length);
  const references = texts.flatMap((t, source) => {
    const found = findReferences(lex, source, t.body.text, takenNow(source));
    if (found.length === 0) return [];
    const here = [...new Set(takenNow(source).filter((n): n is NameMatch => "name" in n && typeof n.name === "string").map((n) => n.name))];
    const held = rolesOf[source]!;
    return found.flatMap((ref) => {
      const same = here.filter((n) => n.startsWith(ref.surname) && n.length > ref.surname.length);
      const holding = same.filter((n) => held.some((r) => r.name.name === n && r.title.endsWith(ref.title)));
      const pick = holding.length === 1 ? holding : same;
      return pick.length === 1 ? [{ ...ref, name: pick[0]! }] : [];
    });
  });

  // A column-wide credit (本栏稿件均由…整理) is repeated on every piece of its column.
  const columnCredits: CreditMatch[] = [];
  for (const c of credits) {
    if (c.scope !== "column") continue;
    const columnId = texts[c.source]!.columnId;
    texts.forEach((t, source) => {
      if (source !== c.source && columnId !== null && t.columnId === columnId) columnCredits.push({ ...c, creditedSource: source });
    });
  }

  const organizations: OrganizationMention[] = [];
  const fullNames = new Set<string>();
  for (const r of roles) {
    if (!r.organization) continue;
    const name = texts[r.source]!.body.text.slice(r.organization.start, r.organization.end);
    fullNames.add(name);
    organizations.push({ source: r.source, start: r.organization.start, end: r.organization.end, name, alias: null });
  }
  // A caller's organizations (extract(text, { dictionaries: { organizations } })) are found wherever written.
  for (const name of dictionaries.organizations) fullNames.add(name);
  const findOrganizations = organizationFinder(fullNames);
  texts.forEach((t, source) => organizations.push(...findOrganizations(source, t.body.text)));

  // Headlines (韩东升调研安全生产工作): the persons and organizations their article names are
  // mentioned there too. Only names found elsewhere on the page: a headline is too terse for the
  // model to read new ones from.
  const allTexts = texts.concat(headlines);
  for (let source = texts.length; source < allTexts.length; source++) {
    const text = allTexts[source]!.body.text;
    if (listed !== null) addNames(findKnownNames(source, text, listed, [], "dictionary"));
    addNames(findKnownNames(source, text, known, takenNow(source)));
    organizations.push(...findOrganizations(source, text));
  }

  const linked = linkPersons({ texts: allTexts, names, roles, credits: [...credits, ...columnCredits], organizations, references });
  return { ...linked, diagnostics: [] };
}

/** The role with the Tibetan or Mongolian name its name starts (副主席格桑平 → 格桑平措), or the role as read. */
function withMinorityName(role: RoleMatch, minority: readonly NameMatch[]): RoleMatch {
  const name = minority.find((n) => n.start === role.name.start && n.end > role.name.end);
  return name ? { ...role, name: { ...role.name, end: name.end, name: name.name } } : role;
}

/** The national leaders of dictionaries/notable-persons.txt as a set, made once. */
const notableSet = lazy((): ReadonlySet<string> => new Set(notablePersons()));

const personSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** A caller's persons as a set, made once per dictionaries object: its name index is cached on it. */
function personSet(persons: readonly string[]): ReadonlySet<string> {
  let set = personSets.get(persons);
  if (set === undefined) personSets.set(persons, (set = new Set(persons)));
  return set;
}

/** Each article's kicker, main title and subtitle, as texts of that article. */
function headlineTexts(page: SegmentedPage): WhoText[] {
  const out: WhoText[] = [];
  for (const a of page.articles) {
    const h = a.headline;
    if (h === null) continue;
    const parts = [h.kicker, h.main, h.subtitle];
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k];
      if (part) out.push({ articleId: a.id, columnId: a.columnId, kind: a.kind, body: part });
    }
  }
  return out;
}
