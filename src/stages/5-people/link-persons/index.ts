/**
 * Turns the matches of the "who" steps into graph nodes: one person per distinct name on the page
 * with every mention, organizations with their aliases, roles and credits, ids in page order.
 */
import { toOriginalSpan } from "../../../text/mapped-text.js";
import type { Credit, Organization, Person, Role, Span } from "../../../contracts/graph.js";
import type { OrganizationMention } from "../organizations/index.js";
import type { WhoResult } from "../../../contracts/stages.js";
import type { CreditMatch, NameMatch, ReferenceMatch, RoleMatch, WhoText } from "../types.js";

export interface LinkInput {
  readonly texts: readonly WhoText[];
  readonly names: readonly NameMatch[];
  readonly roles: readonly RoleMatch[];
  readonly credits: readonly CreditMatch[];
  readonly organizations: readonly OrganizationMention[];
  /** Surname-and-title references (吕书记), each with the name it was resolved to. */
  readonly references?: readonly (ReferenceMatch & { readonly name: string })[];
}

/** The "who" stage's result without its diagnostics, which the caller adds. */
export type Linked = Omit<WhoResult, "diagnostics">;

/** Offsets below this make a span's key one exact number (inputs are at most 64 M characters). */
const KEY_BASE = 2 ** 27;

/** One key per distinct span: a number, cheaper than the "start:end" string it stands for. */
function spanKey(s: Span): number | string {
  return s.end < KEY_BASE ? s.start * KEY_BASE + s.end : `${s.start}:${s.end}`;
}

const byStart = <T extends { span: Span }>(a: T, b: T) => a.span.start - b.span.start || a.span.end - b.span.end;

/**
 * Gives the nodes their ids in order (p1, p2 …). The nodes are this module's own, so they are
 * numbered in place rather than copied: this runs cold, interpreted, on a fresh process's first
 * page, where each object allocated counts.
 */
function numbered<T extends { id: string }>(nodes: T[], prefix: string): T[] {
  for (let i = 0; i < nodes.length; i++) nodes[i]!.id = `${prefix}${i + 1}`;
  return nodes;
}

/** Name → node, without the [key, value] pairs `new Map(nodes.map(…))` allocates. */
function byName<T extends { name: string }>(nodes: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (let i = 0; i < nodes.length; i++) map.set(nodes[i]!.name, nodes[i]!);
  return map;
}

/**
 * Links the matches into nodes. Names are compared as written: 吕沛 in two articles is one person.
 *
 * @example
 * ```ts
 * linkPersons({ texts, names, roles: [], credits: [], organizations: [] }).persons[0].id; // => "p1"
 * ```
 */
export function linkPersons(input: LinkInput): Linked {
  const { texts } = input;
  const span = (source: number, start: number, end: number): Span => toOriginalSpan(texts[source]!.body, start, end);
  const articleOf = (source: number) => texts[source]!.articleId;

  // Persons: every distinct name, ordered by its first mention on the page; mentions deduplicated by span.
  // Index loops, concat and forEach rather than for…of, spreads and destructuring, which allocate
  // iterator results when run interpreted, as on a fresh process's first page.
  const mentions = new Map<string, Map<number | string, { span: Span; articleId: string | null }>>();
  const allNames = input.names.concat(
    input.roles.map((r) => r.name),
    input.credits.map((c) => c.name),
  );
  for (let i = 0; i < allNames.length; i++) {
    const n = allNames[i]!;
    const s = span(n.source, n.start, n.end);
    const list = mentions.get(n.name) ?? new Map();
    list.set(spanKey(s), { span: s, articleId: articleOf(n.source) });
    mentions.set(n.name, list);
  }
  const unsortedPersons: Person[] = [];
  mentions.forEach((list, name) => {
    unsortedPersons.push({ id: "", name, mentions: list.size > 1 ? [...list.values()].sort(byStart) : [...list.values()] });
  });
  const persons = numbered(
    unsortedPersons.sort((a, b) => a.mentions[0]!.span.start - b.mentions[0]!.span.start),
    "p",
  );
  const personNamed = byName(persons);
  const references = input.references ?? [];
  for (let i = 0; i < references.length; i++) {
    const r = references[i]!;
    const person = personNamed.get(r.name);
    if (!person) continue;
    const s = span(r.source, r.start, r.end);
    (person.references ??= []).push({ text: texts[r.source]!.body.text.slice(r.start, r.end), span: s, articleId: articleOf(r.source) });
  }

  // Organizations: one per full name, with the abbreviations written on the page.
  const orgMentions = new Map<string, { aliases: Set<string>; list: Map<number | string, { span: Span; articleId: string | null }> }>();
  for (let i = 0; i < input.organizations.length; i++) {
    const m = input.organizations[i]!;
    const entry = orgMentions.get(m.name) ?? { aliases: new Set<string>(), list: new Map() };
    if (m.alias !== null) entry.aliases.add(m.alias);
    const s = span(m.source, m.start, m.end);
    entry.list.set(spanKey(s), { span: s, articleId: articleOf(m.source) });
    orgMentions.set(m.name, entry);
  }
  const unsortedOrganizations: Organization[] = [];
  orgMentions.forEach((e, name) => {
    unsortedOrganizations.push({ id: "", name, aliases: [...e.aliases], mentions: [...e.list.values()].sort(byStart) });
  });
  const organizations = numbered(
    unsortedOrganizations.sort((a, b) => a.mentions[0]!.span.start - b.mentions[0]!.span.start),
    "o",
  );
  const orgNamed = byName(organizations);
  const orgId = (name: string): string | undefined => orgNamed.get(name)?.id;

  const resolveOrganization = (r: RoleMatch): string | null => {
    const text = texts[r.source]!.body.text;
    if (r.organization) return orgId(text.slice(r.organization.start, r.organization.end)) ?? null;
    if (!r.organizationRef) return null;
    // 该行副行长张燕: the nearest organization before, in the same text, whose name ends in 行.
    const { suffix, at } = r.organizationRef;
    let best: OrganizationMention | null = null;
    for (let i = 0; i < input.organizations.length; i++) {
      const m = input.organizations[i]!;
      if (m.source !== r.source || m.end > at || !(m.alias ?? m.name).endsWith(suffix)) continue;
      if (!best || m.end > best.end) best = m;
    }
    return best ? (orgId(best.name) ?? null) : null;
  };

  const roleKey = new Set<string>();
  const written: Role[] = [];
  for (let i = 0; i < input.roles.length; i++) {
    const r = input.roles[i]!;
    const s = span(r.source, r.start, r.end);
    const id = personNamed.get(r.name.name)!.id;
    // One role of a person and office per place: 区领导克林顿区领导 read again from the same title
    // is no second mention of 区领导 there.
    const key = `${s.start}:${id}:${r.title}`;
    if (roleKey.has(key)) continue;
    roleKey.add(key);
    const text = texts[r.source]!.body.text.slice(r.start, r.end);
    const articleId = articleOf(r.source);
    written.push({
      id: "",
      personId: id,
      title: r.title,
      organizationId: resolveOrganization(r),
      text,
      span: s,
      mentions: [{ text, span: s, articleId }],
      articleId,
      qualifiers: [...r.qualifiers],
      rule: r.rule,
    });
  }
  const roles = mergeRoleMentions(written.sort(byStart));
  const credits: Credit[] = [];
  for (let i = 0; i < input.credits.length; i++) {
    const c = input.credits[i]!;
    const articleId = articleOf(c.creditedSource ?? c.source);
    if (articleId === null) continue;
    credits.push({
      id: "",
      personId: personNamed.get(c.name.name)!.id,
      articleId,
      kind: c.kind,
      span: span(c.source, c.start, c.end),
      marker: c.marker,
      affiliation: c.affiliation,
      scope: c.scope,
      rule: c.rule,
    });
  }
  const articleOrder = new Map<string | null, number>();
  // An article's first text decides its place (its headline texts come last).
  for (let i = 0; i < texts.length; i++) if (!articleOrder.has(texts[i]!.articleId)) articleOrder.set(texts[i]!.articleId, i);
  credits.sort((a, b) => byStart(a, b) || articleOrder.get(a.articleId)! - articleOrder.get(b.articleId)!);

  return {
    persons,
    organizations,
    roles: numbered(roles, "r"),
    credits: numbered(credits, "c"),
  };
}

/**
 * One role per person, office and organization in an article, with a mention for each place it
 * is written (习近平总书记 … 总书记习近平 … 习近平总书记: one role, three mentions). A mention
 * written without its organization (市长李明 after 清河市市长李明) is one of the role that has one,
 * when the person holds that office at one organization only in the article; the role's text,
 * span and rule stay those of its first mention. `roles` are in text order, and stay so.
 */
function mergeRoleMentions(roles: readonly Role[]): Role[] {
  const merged: Role[] = [];
  // Person, office (title and qualifiers) and article → the roles kept so far, one per organization.
  const offices = new Map<string, Role[]>();
  for (let i = 0; i < roles.length; i++) {
    const r = roles[i]!;
    const key = `${r.articleId}\u0000${r.personId}\u0000${r.title}\u0000${r.qualifiers.join("\u0000")}`;
    const held = offices.get(key);
    if (held === undefined) {
      offices.set(key, [r]);
      merged.push(r);
      continue;
    }
    const same =
      held.find((h) => h.organizationId === r.organizationId) ??
      (r.organizationId === null ? (held.length === 1 ? held[0] : undefined) : held.find((h) => h.organizationId === null));
    if (same === undefined) {
      held.push(r);
      merged.push(r);
      continue;
    }
    // 市长李明 … 清河市市长李明: the role learns its organization from a later mention.
    if (same.organizationId === null) same.organizationId = r.organizationId;
    same.mentions.push(r.mentions[0]!);
  }
  return merged;
}
