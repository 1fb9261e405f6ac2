/**
 * The compiled lexicons of the "who" stage, built once per dictionary set and fetched once per
 * text: the readers run on every character, and looking the dictionaries up there cost more than
 * the reading.
 */
import { alternation, collectiveRoles, nameEndWords, nameModelWeights, occupationTitles, orgInnerWords } from "./dictionaries.js";
import { compiledPer } from "./compiled.js";
import { markersWhere } from "./credit-places.js";
import { lazy } from "./parse-list.js";
import type { CreditKind } from "../contracts/graph.js";
import type { ResolvedDictionaries } from "../contracts/lexicon.js";
import { charStats, type CharStats } from "./char-stats.js";
import { readNameWeights, type NameWeights } from "./name-weights.js";
import { SurnameTable } from "./surname-table.js";
import { WordSet } from "./word-set.js";

export { WordSet } from "./word-set.js";
export type { CharStats } from "./char-stats.js";
export type { SurnameTable } from "./surname-table.js";

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
  /** Credit markers written after the names (摄, 整理, 报道). */
  readonly trailingMarkers: WordSet;
  /** Trailing markers also written before the names (摄影): 张三摄影, 记者 张三 / 摄影 李四. */
  readonly twoWayMarkers: WordSet;
  /** Credit markers that open a byline inside running text (记者, 通讯员, 实习生). */
  readonly inlineMarkers: readonly string[];
  /** The longest leading marker's length: how far before an inline marker a byline may start (见习记者). */
  readonly leadingMarkerReach: number;
  readonly chars: CharStats;
  /** A unit named before a credit marker: 本报, 新华社, 焦作日报, 县融媒体中心 (see affiliationPattern). */
  readonly affiliation: RegExp;
  /** The last code units of the units affiliation reads: where none stands, it is not run. */
  readonly affiliationLast: ReadonlySet<number>;
  /** The learned name model's weights (dictionaries/name-model.txt). */
  readonly nameWeights: NameWeights;
  /** How the bracket naming a picture's source ends (新华社发, 本报资料图片): dictionaries/photo-sources.txt. */
  readonly photoSources: readonly string[];
}

/** Units named in full before a credit marker (本报记者, 新华社记者): a small closed set. */
const AFFILIATION_NAMES = ["本报", "新华社", "中新社", "人民网"];

/** The unit at the end of a text: a name of AFFILIATION_NAMES, or one to ten Han characters and an outlet suffix. */
function affiliationPattern(outletSuffixes: readonly string[]): RegExp {
  return new RegExp(`(?:${AFFILIATION_NAMES.join("|")}|[\\u4e00-\\u9fff]{1,10}?(?:${alternation(outletSuffixes)}))$`, "u");
}

/** The parts that do not depend on a caller's dictionaries, shared by every set. */
const builtIn = lazy(() => ({
  collective: new Set(collectiveRoles()),
  endWords: new WordSet(nameEndWords()),
  innerWords: new WordSet(orgInnerWords()),
  chars: charStats(),
  nameWeights: readNameWeights(nameModelWeights),
}));

const compileWhoLexicon = compiledPer(
  (d): WhoLexicon => ({
    ...builtIn(),
    surnames: new SurnameTable(d.surnames),
    // concat rather than [...a, ...b, ...c]: past the first, a spread in an array literal is read
    // through the iterator protocol, an iterator result per entry on a fresh process's first page.
    titles: new WordSet(d.roleTitles.concat(occupationTitles(), collectiveRoles())),
    organizationSuffixes: new WordSet(d.organizationSuffixes),
    honorifics: new WordSet(d.honorifics),
    honorificList: d.honorifics,
    photoSources: d.photoSources,
    notNames: d.notNames,
    affiliation: affiliationPattern(d.outletSuffixes),
    affiliationLast: new Set(d.outletSuffixes.map((suffix) => suffix.charCodeAt(suffix.length - 1)).concat(AFFILIATION_NAMES.map((name) => name.charCodeAt(name.length - 1)))),
    creditMarkers: d.creditMarkers,
    // A word written on both sides of the names (摄影) is read as trailing: 张三摄影 ends a credit.
    leadingMarkers: new WordSet(markersWhere(d, (places) => places.includes("before") && !places.includes("after"))),
    trailingMarkers: new WordSet(markersWhere(d, (places) => places.includes("after"))),
    twoWayMarkers: new WordSet(markersWhere(d, (places) => places.includes("before") && places.includes("after"))),
    inlineMarkers: markersWhere(d, (places) => places.includes("inline")),
    leadingMarkerReach: markersWhere(d, (places) => places.includes("before")).reduce((longest, marker) => Math.max(longest, marker.length), 0),
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
