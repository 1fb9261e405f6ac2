/**
 * The lexicons in `dictionaries/`, inlined at build time and parsed once, on first use.
 * One file per category; each file's source and licence are in dictionaries/README.md.
 */
// First: the name counts, in ASCII numbers as the fold table is, then the name weights, sit beside
// it at the top of the bundle, where gzip codes them shorter (0.8 KiB less than among the word lists).
import nameCharsRaw from "../../dictionaries/name-chars.txt";
import nameModelRaw from "../../dictionaries/name-model.txt";
import collectiveRolesRaw from "../../dictionaries/collective-roles.txt";
import creditMarkersRaw from "../../dictionaries/credit-markers.txt";
import holidaysRaw from "../../dictionaries/holidays.txt";
import holidayNameWordsRaw from "../../dictionaries/holiday-name-words.txt";
import minorityNamePartsRaw from "../../dictionaries/minority-name-parts.txt";
import honorificsRaw from "../../dictionaries/honorifics.txt";
import nameEndWordsRaw from "../../dictionaries/name-end-words.txt";
import notablePersonsRaw from "../../dictionaries/notable-persons.txt";
import notNamesRaw from "../../dictionaries/not-names.txt";
import occupationTitlesRaw from "../../dictionaries/occupation-titles.txt";
import orgInnerWordsRaw from "../../dictionaries/org-inner-words.txt";
import orgSuffixesRaw from "../../dictionaries/org-suffixes.txt";
import outletSuffixesRaw from "../../dictionaries/outlet-suffixes.txt";
import openerSourcesRaw from "../../dictionaries/opener-sources.txt";
import photoSourcesRaw from "../../dictionaries/photo-sources.txt";
import roleTitlesRaw from "../../dictionaries/role-titles.txt";
import surnamesRaw from "../../dictionaries/surnames.txt";
import timeAttributiveNounsRaw from "../../dictionaries/time-attributive-nouns.txt";
import timeWordsRaw from "../../dictionaries/time-words.txt";
import type { CreditKind } from "../contracts/graph.js";
import type { CreditMarkerPlace } from "../contracts/lexicon.js";
import { lazy, parseList } from "./parse-list.js";

export const surnames = lazy(() => new Set(parseList(surnamesRaw)));
export const roleTitles = lazy(() => parseList(roleTitlesRaw));
/** Words that keep a stop character inside an organization name: 数据, 经济, 和平. */
export const orgInnerWords = lazy(() => parseList(orgInnerWordsRaw));
export const collectiveRoles = lazy(() => parseList(collectiveRolesRaw));
export const openerSources = lazy(() => parseList(openerSourcesRaw));
/** How a photo credit's source bracket ends: 图片 (本报资料图片), 社发 (新华社发), 视觉 (人民视觉). */
export const photoSources = lazy(() => parseList(photoSourcesRaw));

/** The credit markers' lines as fields: marker, kind, places. */
const creditMarkerRows = lazy(() => parseList(creditMarkersRaw).map((line) => line.split("\t") as [string, CreditKind, string]));

/** Credit marker → kind, e.g. 通讯员 → correspondent. */
export const creditMarkers = lazy(() => new Map(creditMarkerRows().map(([marker, kind]) => [marker, kind] as const)));

/** Credit marker → where it stands, e.g. 摄 → after, photo-end (see dictionaries/credit-markers.txt). */
export const creditMarkerPlaces = lazy(
  () => new Map(creditMarkerRows().map(([marker, , places]) => [marker, places.split(",") as CreditMarkerPlace[]] as const)),
);

/** Holiday name → date rule, e.g. 国庆节 → "10-01", 母亲节 → "05:2:7" (see dictionaries/holidays.txt). */
export const holidays = lazy(
  () =>
    new Map(
      parseList(holidaysRaw).map((line) => {
        const [name, rule] = line.split("\t") as [string, string];
        return [name, rule] as const;
      }),
    ),
);

/** Words after a holiday's name that make it part of another name: 春节联欢晚会, 国庆路 (dictionaries/holiday-name-words.txt). */
export const holidayNameWords = lazy(() => parseList(holidayNameWordsRaw));

const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\/]/;
const REGEXP_SPECIALS = /[.*+?^${}()|[\]\\/]/g;

/** Escapes a dictionary entry for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  // Tested first: dictionary entries almost never need escaping, and this runs cold on the first page.
  return REGEXP_SPECIAL.test(text) ? text.replace(REGEXP_SPECIALS, "\\$&") : text;
}

/** Entries longest first (then in code order), as an alternation tries them: 特约记者 before 记者. */
export function longestFirst(entries: Iterable<string>): string[] {
  return [...entries].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** An alternation of entries, longest first, so that 特约记者 wins over 记者. */
export function alternation(entries: Iterable<string>): string {
  return longestFirst(entries).map(escapeRegExp).join("|");
}

/** Occupations written before a name like a title: 导演, 律师, 主教练 … */
export const occupationTitles = lazy(() => parseList(occupationTitlesRaw));
/** National leaders' full names, found wherever written: 习近平, 邓小平 … */
export const notablePersons = lazy(() => parseList(notablePersonsRaw));
/** Parts of Tibetan and Mongolian given names (扎西, 次仁, 其木格): two together are a name. */
export const minorityNameParts = lazy(() => parseList(minorityNamePartsRaw));
/** Forms of address written after a full name: 先生, 女士, 同志 … */
export const honorifics = lazy(() => parseList(honorificsRaw));
/** Words that end a name when they follow it: 出席, 表示, 说 … */
export const nameEndWords = lazy(() => parseList(nameEndWordsRaw));
/** Words that end an organization name: 局, 分行, 大学 … */
export const orgSuffixes = lazy(() => parseList(orgSuffixesRaw));
/** Nouns that a part of the day qualifies rather than dates: 消费 in 夜间消费, 施工 in 白天施工. */
export const timeAttributiveNouns = lazy(() => parseList(timeAttributiveNounsRaw));
/** Time words written between a name and its verb (李明上午出席), read by the name model as 今天. */
export const timeWords = lazy(() => parseList(timeWordsRaw));
/** Words that end a news outlet's name: 日报, 新闻网, 融媒体中心 … */
export const outletSuffixes = lazy(() => parseList(outletSuffixesRaw));
/** Strings that look like a name (a surname and given-name characters) but are words: 文明, 金刚石 … */
export const notNames = lazy(() => new Set(parseList(notNamesRaw)));

/**
 * The name model's character counts (dictionaries/name-chars.txt, generated by
 * scripts/who/build-dictionaries.mjs) as the build inlines them, in a compact form
 * (src/lexicon/name-counts-format.ts), decoded on the who stage's first use; a character's counts
 * become shares the first time it is asked about (src/lexicon/char-stats.ts), since a page asks
 * about a few hundred of its 3,100 characters.
 */
export { nameCharsRaw as nameCharCounts };

/**
 * The name model's weights (dictionaries/name-model.txt, generated by
 * scripts/who/train-name-model.mjs) as the build inlines them, in a compact form
 * (src/lexicon/name-weights-format.ts), read by the who stage on first use.
 */
export { nameModelRaw as nameModelWeights };
