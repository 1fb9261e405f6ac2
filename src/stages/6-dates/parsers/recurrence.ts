/**
 * Recurrences (sets): 每天, 每周一, 每个工作日, 每隔3天, 每半年, 每逢. The date words that follow
 * (每周一下午, 每年春节, 每天早上7点) are merged in at step 2 and become parts of the rule.
 */
import type { Recurrence } from "../types.js";
import { COUNT_WORD, parseCount } from "./count.js";
import type { Parser } from "./parser.js";

const WEEKDAY_CODES: Readonly<Record<string, string>> = { 一: "MO", 二: "TU", 三: "WE", 四: "TH", 五: "FR", 六: "SA", 日: "SU", 天: "SU" };
const WORKDAYS = ["MO", "TU", "WE", "TH", "FR"];

/** A unit of a recurrence: the frequency, and how many of it one unit is (季度: 3 months). */
const UNITS: Readonly<Record<string, readonly [Recurrence["freq"], number]>> = {
  年: ["YEARLY", 1], 月: ["MONTHLY", 1], 季度: ["MONTHLY", 3], 季: ["MONTHLY", 3], 周: ["WEEKLY", 1], 星期: ["WEEKLY", 1],
  礼拜: ["WEEKLY", 1], 天: ["DAILY", 1], 日: ["DAILY", 1], 晚: ["DAILY", 1], 夜: ["DAILY", 1], 小时: ["HOURLY", 1],
  钟头: ["HOURLY", 1], 钟: ["HOURLY", 1], 分钟: ["MINUTELY", 1],
  秒: ["SECONDLY", 1], 秒钟: ["SECONDLY", 1],
};

// 1 隔, 2 count, 3 a week unit, 4 the weekday after it, 5 another unit, 6 工作日/周末 words, 7 逢.
const PATTERN = new RegExp(
  `每(隔)?(?:一)?个?(?:(${COUNT_WORD})个?)?` +
    `(?:(周|星期|礼拜)(?:([一二三四五六日天末]|工作日)(?![次回遍趟]))?(?![年岁刊])` +
    `|(年|季度|月|天|日|晚|夜|小时|钟头|钟|分钟|秒钟|秒)` +
    `|(工作日|交易日|周末)|(逢))`,
  "y",
);

/** 每周三, 每天, 每隔3天, 每个工作日, 每逢: a recurrence, with what follows merged into its rule. */
export const setParser: Parser = {
  name: "recurrence",
  anchor: { chars: "每", from: 0, to: 0 },
  pattern: PATTERN,
  extract(m, text) {
    const [, every, countText, weekUnit, after, otherUnit, dayWord, feng] = m;
    const unit = weekUnit ?? otherUnit;
    // 每逢春节, 每逢周五: yearly until a week word follows (merged at step 2 as a weekday).
    if (feng !== undefined) return { fields: { recurrence: { freq: "周星礼".includes(text.charAt(m.index + m[0].length)) ? "WEEKLY" : "YEARLY", interval: 1 } } };
    if (dayWord !== undefined) {
      // 每个工作日 is each weekday; 每个周末 each weekend.
      const weekend = dayWord === "周末";
      return { fields: { recurrence: weekend ? { freq: "WEEKLY", interval: 1, byDay: ["SA", "SU"] } : { freq: "DAILY", interval: 1, byDay: WORKDAYS } } };
    }
    const [freq, per] = UNITS[unit!]!;
    // 钟 alone is an hour only as 个钟 (每个钟): 每钟 is not written.
    if (unit === "钟" && !/个/.test(m[0])) return null;
    let interval = per;
    let f = freq;
    if (countText !== undefined) {
      const count = parseCount(countText);
      if (count === null || count.vague) return null;
      interval = count.value * per;
      // 每半年, 每半个钟头: half a unit in the next smaller one.
      if (!Number.isInteger(interval)) {
        const smaller: Partial<Record<Recurrence["freq"], readonly [Recurrence["freq"], number]>> = {
          YEARLY: ["MONTHLY", 12], MONTHLY: ["DAILY", 30], WEEKLY: ["DAILY", 7], DAILY: ["HOURLY", 24], HOURLY: ["MINUTELY", 60], MINUTELY: ["SECONDLY", 60],
        };
        const next = smaller[freq];
        if (!next || !Number.isInteger(interval * next[1])) return null;
        f = next[0];
        interval = interval * next[1];
      }
    }
    void every;
    const recurrence: Recurrence = { freq: f, interval };
    if (after === "工作日") return { fields: { recurrence: { ...recurrence, byDay: WORKDAYS } } };
    if (after === "末") return { fields: { recurrence: { ...recurrence, byDay: ["SA", "SU"] } } };
    if (after !== undefined) return { fields: { recurrence: { ...recurrence, byDay: [WEEKDAY_CODES[after]!] } } };
    return { fields: { recurrence } };
  },
};
