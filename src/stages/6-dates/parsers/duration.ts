/**
 * Durations: 两年, 6天, 三个多月, 一个半小时, 36天5小时30分, 十年左右. A length, not a date; counts
 * of other things (3年级, 第5天, 12个月份) and years written short (08年, 九八年) are left out.
 */
import { DIGIT, POINT, codesOf } from "../char-classes.js";
import type { Duration, DurationUnit } from "../types.js";
import { COUNT_START, COUNT_WORD, LENGTH_UNIT_CHARS, parseCount } from "./count.js";
import type { Parser } from "./parser.js";
import { readsAsYear } from "./spoken-year.js";

/** Each unit word: its ISO unit, the amount of that unit it is, and whether it needs 个 (个月, 个钟). */
const UNITS: Readonly<Record<string, readonly [DurationUnit, number]>> = {
  年: ["year", 1], 载: ["year", 1], 世纪: ["year", 100],
  季度: ["month", 3], 月: ["month", 1], 周: ["week", 1], 星期: ["week", 1], 礼拜: ["week", 1],
  天: ["day", 1], 日: ["day", 1], 小时: ["hour", 1], 钟头: ["hour", 1], 钟: ["hour", 1],
  分钟: ["minute", 1], 分: ["minute", 1], 刻钟: ["minute", 15], 秒钟: ["second", 1], 秒: ["second", 1],
};
/** Units that a count takes only with 个 (三个月, 两个钟, 五个季度, 半个世纪): 三月 is March. */
const NEEDS_GE = new Set(["月", "季度", "钟", "世纪"]);

const UNIT = "(世纪|季度|星期|礼拜|小时|钟头|分钟|刻钟|秒钟|年|载|月|周|天|日|钟|分|秒)";
/** One part: count, 多/余, 个, 多/半, unit, 多/半. */
const PART = `(${COUNT_WORD})(多|余)?(个)?(多|半)?${UNIT}(多|半)?`;
const PART_GLOBAL = new RegExp(PART, "g");
/** The low end of a range of lengths (3~ of 3~6个月), and the count that opens the high end. */
const RANGE_LOW = new RegExp(`^${COUNT_WORD}[ \\t]?(?:~|～|-|－|–|—{1,2}|到|至)[ \\t]?`);
const PART_COUNT = new RegExp(`^${COUNT_WORD}`);

/** Words after which 近 (历时近两个月) says "almost" a length, not "the last" months. */
const LENGTH_VERBS = "历时|用时|耗时|持续|为期|长达|用了|花了|经过|历经";

/** What no length follows: a digit, a numeral (the 2 of 2021年), 第 (第5天), 每 (a set). */
const NOT_AFTER = "0123456789０１２３４５６７８９.．〇零一二两三四五六七八九十百千万第每";

const PATTERN = new RegExp(
  `(?:(?<=${LENGTH_VERBS})(近|将近|约))?(?<![${DIGIT}][,，])(?<![${DIGIT}${POINT}〇零一二两三四五六七八九十百千万第每])` +
    // Ruled out before any parsing, as they are most of what the anchors bring: years (2021年,
    // 二〇二一年), months (4月, 十二月) and days of the month (7日, 十五日), which partsOf would reject.
    `(?![${DIGIT}]{4}[ \\t]?年|[〇零○一二三四五六七八九]{4}年|[${DIGIT}]{1,2}[ \\t]?[月日号]|[一二三四五六七八九十廿卅]{1,3}[月日号])` +
    // 3~6个月, 30到90日: a range of lengths, its low end a bare count.
    `(?:(${COUNT_WORD})[ \\t]?(?:~|～|-|－|–|—{1,2}|到|至)[ \\t]?)?` +
    `(?:${PART}){1,3}(左右|上下|以上|以下)?` +
    // 3年级, 80年代, 12个月份, 4周年, 一年一度 …: counts of other things.
    `(?![级代龄届份期号次度名岁年])` +
    // 一周三次: a rate (a set), not a length.
    `(?![${DIGIT}一二两三四五六七八九十几]{1,3}[次回趟遍])`,
  "y",
);

/** What may stand between a length's start and its first unit: counts, 多, 个, 半, a range's 到. */
const BEFORE_UNIT = codesOf(`${COUNT_START},.．多余个~～-－–—到至近将约 \t`);
/** What stands between a length's start and its anchor (the last character of its first unit word, 时 of 一个半小时). */
const BACK = `${COUNT_START},.．多余个~～-－–—到至近将约 \t世纪季度星期礼拜小时钟头分刻秒年载月周天日`;
/** The first characters of the unit words. */
const UNIT_START = codesOf("世纪季星礼小钟刻分秒年载月周天日");
/** Farther than a length's first unit can be from its start (将近, 123456.78 —— , 123456.78, 多个多). */
const UNIT_REACH = 30;

/**
 * The pattern's match at `start`, tried only where a unit follows the count: the anchors bring
 * every number before a 年, 月 or 日 of the page (2021年4月7日, 12.5%), and most are rejected here
 * without running the pattern's lookbehinds.
 */
function lengthAt(text: string, start: number): RegExpExecArray | null {
  const stop = Math.min(text.length, start + UNIT_REACH);
  let at = start;
  while (at < stop && BEFORE_UNIT.has(text.charCodeAt(at))) at++;
  if (at === start || at >= text.length || !UNIT_START.has(text.charCodeAt(at))) return null;
  if (datePart(text.slice(start, at), text.charCodeAt(at))) return null;
  PATTERN.lastIndex = start;
  return PATTERN.exec(text);
}

const YEAR_CODE = "年".charCodeAt(0);
const DAY_OR_MONTH = codesOf("月日号");
const YEAR_DIGITS = new RegExp(`^(?:[${DIGIT}]{4}|[〇零○一二三四五六七八九]{4})[ \t]?$`);
const DAY_DIGITS = new RegExp(`^(?:[${DIGIT}]{1,2}[ \t]?|[一二三四五六七八九十廿卅]{1,3})$`);

/** 2021年, 4月, 七日: what the pattern's lookahead rules out, told before running it. */
function datePart(before: string, unit: number): boolean {
  if (unit === YEAR_CODE) return YEAR_DIGITS.test(before);
  return DAY_OR_MONTH.has(unit) && DAY_DIGITS.test(before);
}

/**
 * The parts of a matched duration, or null when one of them is no length (三月, 2015年, 3日).
 */
function partsOf(match: string, text: string, start: number): { parts: Duration["parts"]; fuzzy: boolean } | null {
  const parts: { unit: DurationUnit; amount: number }[] = [];
  let fuzzy = false;
  let first = true;
  for (const m of match.matchAll(PART_GLOBAL)) {
    const [whole, countText, more1, ge, more2, unitWord, more3] = m;
    const count = parseCount(countText!);
    if (count === null) return null;
    // 百年, 千年, 万年 are idioms; 一分, 三秒 alone are not lengths in running text (一分钱, 得3分).
    if (/^[百千万]/.test(countText!)) return null;
    if (NEEDS_GE.has(unitWord!) && ge === undefined && more2 !== "半" && countText !== "半") return null;
    if (unitWord === "分" && first) return null;
    // 四周 is "all around"; 3日 and 三日 are days of the month: a day count needs a number no day has.
    if (unitWord === "周" && countText === "四" && ge === undefined) return null;
    if (unitWord === "日" && ge === undefined && !/^[两俩几数半]$/.test(countText!) && !(count.value > 31)) return null;
    // 2015年, 二〇一五年, 08年, 九八年: years, not lengths.
    if (unitWord === "年" && ge === undefined && more1 === undefined && (readsAsYear(countText!, text, start + m.index, start + m.index + whole.length) || /^[0-9０-９]{4}$/.test(countText!) || /^[〇零○一二三四五六七八九]{3,4}$/.test(countText!))) return null;
    const [unit, per] = UNITS[unitWord!]!;
    const half = more2 === "半" || more3 === "半";
    parts.push({ unit, amount: count.value * per + (half ? per / 2 : 0) });
    if (count.vague || more1 !== undefined || more2 === "多" || more3 === "多") fuzzy = true;
    first = false;
  }
  return parts.length === 0 ? null : { parts, fuzzy };
}

/** 两年, 6天, 三个多月, 一个半小时, 2天3小时, 十年左右, (历时)近两个月. */
export const durationParser: Parser = {
  name: "duration",
  // notAfter: the lookbehind before the count (a match that starts with 近 follows 历时 …), so that
  // the 0, 2 and 1 of 2021年 are not tried as starts.
  anchor: { chars: LENGTH_UNIT_CHARS, from: 1, to: 24, starts: `${COUNT_START}近将约`, notAfter: NOT_AFTER, back: BACK },
  pattern: PATTERN,
  matchAt: lengthAt,
  extract(m, text) {
    const approx = m[1];
    const low = m[2];
    let body = approx === undefined ? m[0] : m[0].slice(approx.length);
    let offset = m.index + (approx?.length ?? 0);
    if (low !== undefined) {
      // The parts are the high end; the low end is the same unit, written as a bare count.
      const cut = RANGE_LOW.exec(body)!;
      body = body.slice(cut[0].length);
      offset += cut[0].length;
    }
    const trailing = /(左右|上下|以上|以下)$/.exec(body);
    const parsed = partsOf(trailing ? body.slice(0, -trailing[0].length) : body, text, offset);
    if (parsed === null) return null;
    const lowCount = low === undefined ? null : parseCount(low);
    if (low !== undefined && (lowCount === null || parsed.parts.length !== 1)) return null;
    // 3~6个月: the shorter length, fuzzy (the text gives no one length), in the high end's unit.
    let parts = parsed.parts;
    if (lowCount !== null) {
      const high = parseCount(PART_COUNT.exec(body)![0]);
      if (high === null) return null;
      parts = [{ unit: parts[0]!.unit, amount: (lowCount.value * parts[0]!.amount) / high.value }];
    }
    const bound = low !== undefined ? "between" : trailing?.[0] === "以上" ? "min" : trailing?.[0] === "以下" ? "max" : undefined;
    const duration: Duration = { parts, fuzzy: parsed.fuzzy || approx !== undefined || trailing !== null || low !== undefined, ...(bound ? { bound } : {}) };
    return { fields: { duration } };
  },
};
