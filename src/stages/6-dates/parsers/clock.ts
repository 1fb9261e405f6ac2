/** Parts of the day (上午, 傍晚) and clock times (19时45分, 上午9时30分, 9:30, 三点半). */
import { parseNumber } from "../numerals.js";
import type { DayPartKey } from "../types.js";
import { D, D_CHARS, firstChars, secondChars, type Parser } from "./parser.js";
import { startsWithOneOf } from "../../../text/char-sets.js";
import { lazyWordPattern, wordAt, type WordList } from "./words.js";
import { COLON, DIGIT, HAN_1_9, POINT } from "../char-classes.js";
import { timeAttributiveNouns } from "../../../lexicon/dictionaries.js";
import { parseCount } from "./count.js";

const DAY_PARTS: Readonly<Record<string, DayPartKey>> = {
  凌晨: "dawn", 黎明: "daybreak", 拂晓: "daybreak", 清晨: "early-morning", 早晨: "early-morning", 早上: "early-morning", 早间: "early-morning",
  上午: "morning", 中午: "noon", 正午: "noon", 午间: "noon", 午后: "early-afternoon", 下午: "afternoon", 傍晚: "dusk",
  黄昏: "dusk", 晚上: "evening", 晚间: "evening", 夜晚: "evening", 夜间: "night", 夜里: "night", 深夜: "late-night",
  半夜: "late-night", 午夜: "midnight", 白天: "daytime",
  // Cantonese, as the Hong Kong press writes it (晏晝, 下晝, folded): the afternoon.
  晏昼: "afternoon", 下昼: "afternoon",
};

// (?![好报刊]): 早上好, 晚报 … are not times; nor is a part of day used as an attribute of a noun
// (打造夜间消费集聚区, 白天施工).
const DAY_PART_WORDS: WordList = {
  words: Object.keys(DAY_PARTS),
  notAfter: "",
  notBefore: "好报刊",
  // dictionaries/time-attributive-nouns.txt (夜间消费, 白天施工), read on first use, not at import.
  get notBeforeWords() {
    return timeAttributiveNouns();
  },
};
const dayPartPattern = lazyWordPattern(DAY_PART_WORDS);

export const dayPartParser: Parser = {
  name: "part-of-day",
  anchor: { chars: firstChars(Object.keys(DAY_PARTS)), from: 0, to: 0, then: { chars: secondChars(Object.keys(DAY_PARTS)), from: 1, to: 1 } },
  get pattern() {
    return dayPartPattern();
  },
  matchAt: (text, start) => wordAt(DAY_PART_WORDS, text, start),
  extract(m) {
    return { fields: { dayPart: DAY_PARTS[m[1]!]! } };
  },
};

/** 9月20日晚, 7日早: a one-character part of day right after a day. */
export const shortDayPartParser: Parser = {
  name: "part-of-day-short",
  anchor: { chars: "日号", from: -1, to: -1, starts: "晚早夜" },
  pattern: /(?<=[日号])(晚|早|夜)(?![饭餐会宴报间上里晚])/y,
  extract(m) {
    const key: DayPartKey = m[1] === "晚" ? "evening" : m[1] === "早" ? "early-morning" : "night";
    return { fields: { dayPart: key }, dependent: true };
  },
};

/** am or pm after a clock time (3:05pm, 1点pm, 10 a.m.; not the A of 10:30 A股): its letter is a group. */
const MERIDIEM = `(?:[ \\t]?([aApP])\\.?[mM]\\.?(?![A-Za-z]))?`;

/** The 24-hour clock's hour of `hour` written with am or pm (12am is midnight, 12pm noon). */
function withMeridiem(hour: number, letter: string | undefined): number | null {
  if (letter === undefined) return hour;
  if (hour < 1 || hour > 12) return null;
  const pm = letter === "p" || letter === "P";
  return (hour % 12) + (pm ? 12 : 0);
}

/** Arabic hours may follow a Han character (礼拜五16时), Han hours may follow a digit; neither its own kind. */
const HOUR = `((?<![${DIGIT}${POINT}])${D}{1,2}|(?<![〇零○一二两三四五六七八九十])[〇零一二两三四五六七八九十]{1,3})`;
const MINUTE = `(${D}{1,2}|[〇零${HAN_1_9}十]{1,3})`;
/** What a bare hour (三点, 10点) may be followed by: 三点要求, 一点都 are not times. */
const BARE_FOLLOWER = /^(?:$|[的前后左右许钟整到至起开过~～\-—－，。、；;,.！？!?\s)）”"])/;
/** What before a clock time makes it one: 下午三点, 早上7点, 7日19时, 3点至5点. */
const CONTEXT_BEFORE = /(?:[午晚早晨间里日号天夜凌至到~～\-—－]|早上|晚上|晏昼|下昼)$/;

/** The Cantonese parts of the day, after which 三點一 is 3:05. */
const CANTONESE_BEFORE = /(?:晏昼|下昼|朝早|夜晚)[ \t]?$/;

export const hanClockParser: Parser = {
  name: "clock",
  anchor: { chars: "点时", from: 1, to: 4, starts: D_CHARS + "〇零一二两三四五六七八九十" },
  pattern: new RegExp(
    `(?<![第几每])${HOUR}[ \\t]?([点时])` +
      `(?:[ \\t]?(半|[一三13１３]刻|整|正|[搭踏](?:十一|十|[一二三四五六七八九]|1[01]|[1-9])|(?:十一|十|[一二三四五六七八九])个字)|[ \\t]?${MINUTE}[ \\t]?(分(?!之)钟?)?(?:[ \\t]?(${D}{1,2}|[〇零${HAN_1_9}十]{1,3})[ \\t]?秒)?)?` +
      `(多)?(钟)?(?:许|左右)?${MERIDIEM}`,
    "y",
  ),
  extract(m, text) {
    // 七八点, 十一二点: one hour or the next, read as the first (the text gives no one hour).
    const pair = parseCount(m[1]!)?.vague;
    const written = pair ? parseCount(m[1]!)!.value : parseNumber(m[1]!);
    if (written === null || written > 24) return null;
    const hour = withMeridiem(written, m[9]);
    if (hour === null) return null;
    let minute: number | undefined;
    const word = m[3];
    if (word === "半") minute = 30;
    else if (word !== undefined && /刻$/.test(word)) minute = /[3３三]/.test(word) ? 45 : 15;
    // Cantonese counts the minute hand's numerals, five minutes each: 三點搭三, 三點一個字.
    else if (word !== undefined && /^[搭踏]/.test(word)) minute = 5 * (parseNumber(word.slice(1)) ?? 0);
    else if (word !== undefined && /字$/.test(word)) minute = 5 * (parseNumber(word.slice(0, -2)) ?? 0);
    else if (m[4] !== undefined) {
      // 二十七点三, 零点五, 24点5度 are decimals: a minute needs 分 or two characters; after a
      // Cantonese part of the day, 晏晝三點一 is 3:05 (the numeral the minute hand points at).
      const single = m[5] === undefined && [...m[4]].length < 2;
      if (single && CANTONESE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) minute = 5 * (parseNumber(m[4]) ?? 0);
      else if (single) return null;
      else minute = parseNumber(m[4]) ?? undefined;
      if (minute === undefined || minute > 59) return null;
    }
    const second = m[6] === undefined ? undefined : parseNumber(m[6]);
    if (second === null || (second ?? 0) > 59) return null;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 1);
    if (/^[度%％倍个万亿元米]/.test(after)) return null;
    const contextual = CONTEXT_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index));
    const han = !startsWithOneOf(m[1]!, D_CHARS);
    const bare = minute === undefined && m[8] === undefined && word === undefined && m[9] === undefined;
    // 下降了七八点: a pair of hours is a time only after a day or part of day, or with 钟.
    if (pair && !contextual && m[8] === undefined) return null;
    if (!contextual && bare) {
      // 一时, 三时 read as "for a moment" without a date or part of day before them, and 一点 as
      // "a little" (舒适一点。): one o'clock needs a part of day or 钟 (凌晨一点, 一点钟).
      if (han && (m[2] === "时" || m[1] === "一")) return null;
      if (!BARE_FOLLOWER.test(text.slice(end, end + 1))) return null;
    }
    return {
      fields: {
        hour,
        ...(minute === undefined ? {} : { minute }),
        ...(second === undefined ? {} : { second }),
      },
    };
  },
};

/** 以16:15胜出: a score, not a time. */
const SCORE_AFTER = /^(?:胜|负|战胜|击败|落败|获胜|的比分|比分)/;

export const colonClockParser: Parser = {
  name: "clock-colon",
  anchor: { chars: ":：", from: 1, to: 2, starts: D_CHARS },
  pattern: new RegExp(`(?<![${DIGIT}${COLON}${POINT}以])(${D}{1,2})[${COLON}](${D}{2})(?:[${COLON}](${D}{2}))?(?![${DIGIT}${COLON}])(时)?${MERIDIEM}`, "y"),
  extract(m, text) {
    if (SCORE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
    const hour = withMeridiem(parseNumber(m[1]!)!, m[5]);
    const minute = parseNumber(m[2]!)!;
    const second = m[3] === undefined ? undefined : parseNumber(m[3])!;
    if (hour === null || hour > 24 || minute > 59 || (second ?? 0) > 59) return null;
    return { fields: { hour, minute, ...(second === undefined ? {} : { second }) } };
  },
};
