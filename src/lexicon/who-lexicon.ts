/**
 * The compiled lexicons of the "who" stage, built once per dictionary set and fetched once per
 * text: the readers run on every character, and looking the dictionaries up there cost more than
 * the reading.
 */
import { collectiveRoles, honorifics, nameEndWords, occupationTitles, orgInnerWords } from "./dictionaries.js";
import { compiledPer } from "./compiled.js";
import { lazy } from "./parse-list.js";
import type { CreditKind } from "../contracts/graph.js";
import type { ResolvedDictionaries } from "../contracts/lexicon.js";
import { charStats, type CharStats } from "./char-stats.js";
import { SurnameTable } from "./surname-table.js";
import { WordSet } from "./word-set.js";

export { WordSet } from "./word-set.js";
export type { CharStats } from "./char-stats.js";
export type { SurnameTable } from "./surname-table.js";

/** Markers written after the names: 宋崇飞 摄, 郭树勋整理, 张三摄影报道. */
export const TRAILING_MARKERS: ReadonlyMap<string, CreditKind> = new Map<string, CreditKind>([
  ["摄影报道", "photographer"],
  ["摄影", "photographer"],
  ["摄", "photographer"],
  ["整理", "compiler"],
  ["报道", "reporter"],
  ["供稿", "author"],
  ["撰稿", "author"],
  ["采写", "reporter"],
  ["编写", "compiler"],
]);

export interface WhoLexicon {
  readonly surnames: SurnameTable;
  /** Offices and occupations written with a name (局长, 导演), and collective roles (区领导). */
  readonly titles: WordSet;
  readonly collective: ReadonlySet<string>;
  /** Words that end a name when they follow it: 出席, 表示, 说 … */
  readonly endWords: WordSet;
  /** Forms of address after a full name: 先生, 女士, 同志 …, as a set and as a list. */
  readonly honorifics: WordSet;
  readonly honorificList: readonly string[];
  /** Words that keep a stop character inside an organization name (数据, 经济, 和平). */
  readonly innerWords: WordSet;
  readonly organizationSuffixes: WordSet;
  readonly notNames: ReadonlySet<string>;
  readonly creditMarkers: ReadonlyMap<string, CreditKind>;
  /** Credit markers written before the names (记者, 通讯员, 文/图). */
  readonly leadingMarkers: WordSet;
  readonly trailingMarkers: WordSet;
  readonly chars: CharStats;
}

/** The parts that do not depend on a caller's dictionaries, shared by every set. */
const builtIn = lazy(() => ({
  collective: new Set(collectiveRoles()),
  endWords: new WordSet(nameEndWords()),
  honorifics: new WordSet(honorifics()),
  honorificList: honorifics(),
  innerWords: new WordSet(orgInnerWords()),
  trailingMarkers: new WordSet([...TRAILING_MARKERS.keys()]),
  chars: charStats(),
}));

const compileWhoLexicon = compiledPer(
  (d): WhoLexicon => ({
    ...builtIn(),
    surnames: new SurnameTable(d.surnames),
    // concat rather than [...a, ...b, ...c]: past the first, a spread in an array literal is read
    // through the iterator protocol, an iterator result per entry on a fresh process's first page.
    titles: new WordSet(d.roleTitles.concat(occupationTitles(), collectiveRoles())),
    organizationSuffixes: new WordSet(d.organizationSuffixes),
    notNames: d.notNames,
    creditMarkers: d.creditMarkers,
    leadingMarkers: new WordSet([...d.creditMarkers.keys()].filter((m) => !TRAILING_MARKERS.has(m))),
  }),
);

/**
 * The who stage's lexicon of a dictionary set, compiled once per set.
 *
 * @example
 * ```ts
 * whoLexicon(resolveDictionaries({ roleTitles: ["网格长"] })).titles.startingAt("网格长李明", 0); // => "网格长"
 * ```
 */
export function whoLexicon(dictionaries: ResolvedDictionaries): WhoLexicon {
  return compileWhoLexicon(dictionaries);
}

/**
 * Qualifiers written before a title (副行长, 常务副市长, 代理市长); 原 and 前 may also precede the
 * organization (原战略研究所所长). A small closed set, kept beside its reader.
 */
export const QUALIFIERS = ["常务", "执行", "名誉", "代理", "副", "代", "原", "前", "兼"] as const;
