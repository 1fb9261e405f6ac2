/** Vague times (近日, 近期, 近年来, 目前, 此前) and offsets (三年前, 几天前, 近三个月, 三年来). */
import { longestFirst } from "../../../lexicon/dictionaries.js";
import { parseCount } from "./count.js";
import type { FuzzyKey, Offset } from "../types.js";
import { COUNT, COUNT_CHARS, D_CHARS, type Parser, firstChars, secondChars } from "./parser.js";
import { lazyWordPattern, wordAt, type WordList } from "./words.js";
import { DIGIT, HAN_1_9 } from "../char-classes.js";

const WORDS: Readonly<Record<string, FuzzyKey>> = {
  近日: "recent-days", 日前: "recent-days", 近些天: "recent-days", 这几天: "recent-days",
  连日来: "recent-days", 近几天: "recent-days", 近期: "recent-period", 近来: "recent-period", 最近: "recent-period",
  近一段时间: "recent-period", 近年来: "recent-years", 近年以来: "recent-years", 近年: "recent-years", 近些年: "recent-years",
  这几年: "recent-years", 近几年: "recent-years", 近几年来: "recent-years", 这些年: "recent-years",
  目前: "now", 现在: "now", 如今: "now", 眼下: "now", 此刻: "now",
  // Cantonese: 而家, 依家.
  而家: "now", 依家: "now",
  此前: "before", 早前: "before", 稍早: "before", 稍早前: "before", 早先: "before",
};

/** 至今, 迄今: until now; not 截至今年 or 至今天 (至 + another date). */
export const soFarParser: Parser = {
  name: "fuzzy-so-far",
  anchor: { chars: "今", from: 1, to: 1 },
  pattern: /(?<![截])(至今|迄今)(?![年天日晚早晨夜])/y,
  extract() {
    return { fields: { fuzzy: "so-far" } };
  },
};

/** Words that are times only at the head of a clause: 之前，…; 未来可能 … (not 会议之前, 美好未来). */
const CLAUSE_WORDS: Readonly<Record<string, FuzzyKey>> = { 之前: "before", 以前: "before", 未来: "future" };

export const clauseFuzzyParser: Parser = {
  name: "fuzzy-clause",
  anchor: { chars: "之以未", from: 0, to: 0 },
  pattern: /(?<=^|[\n，。；：！？,;:!?“”"])(之前|以前|未来)(?![的])/y,
  extract(m) {
    return { fields: { fuzzy: CLAUSE_WORDS[m[1]!]! } };
  },
};

// 日前 not after a number or a word ending in 日 (5日前, 节日前, 生日前).
const FUZZY_WORDS: WordList = {
  words: longestFirst(Object.keys(WORDS)),
  notAfter: `${D_CHARS}〇零一二两三四五六七八九十廿卅节生每今昨明数几多假工周`,
  notBefore: "",
};
const fuzzyPattern = lazyWordPattern(FUZZY_WORDS);

export const fuzzyParser: Parser = {
  name: "fuzzy",
  anchor: { chars: firstChars(Object.keys(WORDS)), from: 0, to: 0, then: { chars: secondChars(Object.keys(WORDS)), from: 1, to: 1 } },
  get pattern() {
    return fuzzyPattern();
  },
  matchAt: (text, start) => wordAt(FUZZY_WORDS, text, start),
  extract(m, text) {
    // 出现在屏幕上, 呈现在世界舞台: the verb 出现 and the preposition 在, not "now".
    if (m[1] === "现在" && charIn(VERBS_IN_XIAN, text, m.index - 1)) return null;
    // 这些年轻人: these young people, not these years.
    if (m[1]!.endsWith("年") && text.charAt(m.index + m[1]!.length) === "轻") return null;
    // 然而家禽, 从而家庭: the conjunction 而 before a word in 家, not Cantonese "now".
    if ((m[1] === "而家" || m[1] === "依家") && (charIn(AFTER_ER, text, m.index - 1) || charIn(JIA_WORDS, text, m.index + 2))) return null;
    return { fields: { fuzzy: WORDS[m[1]!]! } };
  },
};

/** Whether `text` has one of `chars` at `at` (false outside the text: "" is in every string). */
function charIn(chars: string, text: string, at: number): boolean {
  return at >= 0 && at < text.length && chars.includes(text.charAt(at));
}

/** What 而 ends as a conjunction (然而, 从而, 进而, 因而 …), and the second characters of words in 家 (家禽, 家长 …). */
const AFTER_ER = "然从进因继反故既皈";
const JIA_WORDS = "禽长庭具人里属族乡园居用电务门教乐产常私当境畜";

/** The first characters of verbs that end in 现 (出现, 呈现, 体现, 实现 …), when 在 follows them. */
const VERBS_IN_XIAN = "出呈体表实显展发浮再重涌隐闪";

const UNITS: Readonly<Record<string, Offset["unit"]>> = {
  年: "year", 月: "month", 周: "week", 星期: "week", 礼拜: "week", 天: "day", 日: "day",
};

/** A count: 两三 is two or three (not 23), 十几, 几十, 几, 半, 仨; 五八 (a year's digits) is none. */
function amountOf(text: string): { amount: number; vague: boolean } | null {
  const c = parseCount(text);
  return c && { amount: c.value, vague: c.vague };
}

/** 三年前, 46年前, 几天前, 一个月前, 四年后, 26年前的今天: a point N units before or after. */
export const offsetParser: Parser = {
  name: "offset",
  // Anchor: the 前 or 后 that ends the match.
  anchor: { chars: "前后", from: 2, to: 10, starts: COUNT_CHARS, back: `${COUNT_CHARS}多余个年月周星期礼拜天日以之` },
  pattern: new RegExp(
    `(?<![${DIGIT}〇零○一二两三四五六七八九十百第年月])(${COUNT})(多|余)?(个)?(多|半)?(年|月|周|星期|礼拜|天|日)(多|半)?(以前|之前|前|以后|之后|后)(?![年天夜])(的?今[天日])?`,
    "y",
  ),
  extract(m) {
    const count = amountOf(m[1]!);
    if (count === null) return null;
    const unit = UNITS[m[5]!]!;
    // 三月前 is "before March"; a month count needs 个 (三个月前) or 半 (半月前).
    if (unit === "month" && m[3] === undefined && m[1] !== "半") return null;
    if (unit !== "month" && m[3] !== undefined && unit !== "week") return null;
    const direction = /前/.test(m[7]!) ? -1 : 1;
    const half = m[4] === "半" || m[6] === "半";
    const amount = count.amount + (half ? 0.5 : 0);
    // 26年前的今天: the page's own day, N units away.
    return { fields: { offset: { unit, amount, direction, vague: count.vague || m[2] !== undefined || m[4] === "多" || m[6] === "多", mode: "point", sameDay: m[8] !== undefined } } };
  },
};

/**
 * The count of units of {@link sinceOffsetParser} and {@link withinOffsetParser}, whose patterns
 * share their groups: 1 the word before, 2 the count, 3 多/余, 4 个, 5 the unit, 6 半 (or 多), 7 the
 * word after. Null without a word before or after: a bare 三年 is a duration, not a date.
 */
function markedCount(m: RegExpExecArray): { unit: Offset["unit"]; amount: number; vague: boolean } | null {
  if (m[1] === undefined && m[7] === undefined) return null;
  const count = amountOf(m[2]!);
  if (count === null) return null;
  return { unit: UNITS[m[5]!]!, amount: count.amount + (m[6] === "半" ? 0.5 : 0), vague: count.vague || m[3] !== undefined };
}

/** 近三个月, 过去十年, 三年来, 三个多月以来: from N units ago until the page date. */
export const sinceOffsetParser: Parser = {
  name: "offset-until-now",
  // Anchor: the 近 or 过去 before, or the 来 after, that extract requires.
  anchor: { chars: "近过来", from: 0, to: 10, starts: "近过最" + COUNT_CHARS, back: `近过去的最${COUNT_CHARS}多余个年月周星期礼拜天日以` },
  pattern: new RegExp(
    `(近|过去的?|最近)?(?<![${DIGIT}〇零○一二两三四五六七八九十百第年月])(${COUNT})(多|余)?(个)?(?:多|半)?(年|月|周|星期|礼拜|天|日)(多|半)?(来|以来)?`,
    "y",
  ),
  extract(m) {
    const c = markedCount(m);
    if (c === null || (c.unit === "month" && m[4] === undefined && m[1] === undefined)) return null;
    return { fields: { offset: { unit: c.unit, amount: c.amount, direction: -1, vague: c.vague || m[6] === "多", mode: "until-now" } } };
  },
};

/** 五日内, 一年之内, 两个礼拜内, 未来两个月, 今后十年: from the page date for N units. */
export const withinOffsetParser: Parser = {
  name: "offset-within",
  // Anchor: the 未来 or 今后 before, or the 内 after, that extract requires; then: the 来 or 后 of
  // 未来, 今后, or the 内 (今年 alone is no match).
  anchor: { chars: "未今内", from: 0, to: 10, starts: "未今" + COUNT_CHARS, then: { chars: "来后内", from: 1, to: 10 }, back: `未来今后${COUNT_CHARS}多余个年月周星期礼拜天日之以` },
  pattern: new RegExp(
    `(未来|今后)?(?<![${DIGIT}〇零○一二两三四五六七八九十百第年月])(${COUNT})(多|余)?(个)?(?:多|半)?(年|月|周|星期|礼拜|天|日)(半)?(之内|以内|内)?`,
    "y",
  ),
  extract(m) {
    const c = markedCount(m);
    if (c === null || (c.unit === "month" && m[4] === undefined)) return null;
    return { fields: { offset: { unit: c.unit, amount: c.amount, direction: 1, vague: c.vague, mode: "within" } } };
  },
};

/** 上两个月, 前两天, 下三周, 后三个月: the N whole units before or after the current one (N ≥ 2). */
export const blockOffsetParser: Parser = {
  name: "offset-block",
  anchor: { chars: "上前下后", from: 0, to: 0, then: { chars: COUNT_CHARS, from: 1, to: 1 } },
  pattern: new RegExp(
    `(?<![最之以然其此随落向往提空朝])(上|前|下|后)(${COUNT})(个)?(年|月|周|星期|礼拜|天|日)(?![${DIGIT}${HAN_1_9}十]|[内后前来以之])`,
    "y",
  ),
  extract(m) {
    const count = amountOf(m[2]!);
    if (count === null || count.vague || count.amount < 2 || !Number.isInteger(count.amount)) return null;
    const unit = UNITS[m[4]!]!;
    if (unit === "month" && m[3] === undefined && m[1] !== "前" && m[1] !== "上") return null;
    const direction = m[1] === "上" || m[1] === "前" ? -1 : 1;
    return { fields: { offset: { unit, amount: count.amount, direction, vague: false, mode: "block" } } };
  },
};
