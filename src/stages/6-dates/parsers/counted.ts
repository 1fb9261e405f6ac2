/**
 * Offsets in clock units from the reference instant: 3小时前, 10分钟之前, 半小时后, 一个半小时后,
 * 上两小时, 下三分钟, 最近10分钟, 未来七十二小时内. They need the reference's time of day
 * (`referenceDate: "2021-04-12T09:30"`); without it they are found and left unresolved.
 */
import { DIGIT, POINT } from "../char-classes.js";
import type { Offset } from "../types.js";
import { COUNT_WORD, LENGTH_START, parseCount } from "./count.js";
import type { Parser } from "./parser.js";

const UNITS: Readonly<Record<string, readonly [Offset["unit"], number]>> = {
  小时: ["hour", 1], 钟头: ["hour", 1], 钟: ["hour", 1],
  分钟: ["minute", 1], 刻钟: ["minute", 15], 秒钟: ["second", 1], 秒: ["second", 1],
};

// 1 the word before, 2 count, 3 个, 4 半, 5 unit, 6 半, 7 the word after.
const PATTERN = new RegExp(
  `(上|前|下|后|最近|近|过去的?|未来|今后|再过)?(?<![${DIGIT}${POINT}〇零一二两三四五六七八九十百千万第每几])` +
    `(${COUNT_WORD})(个)?(半)?(小时|钟头|刻钟|分钟|秒钟|秒|钟)(半)?` +
    `(以前|之前|前|以后|之后|过后|后|之内|以内|内)?`,
  "y",
);

/** A character of every clock unit (小时, 钟头, 刻钟, 分钟, 秒). */
const CLOCK_UNIT_CHARS = "时钟分秒";

/** Whether the word before makes a block (上两小时), a window until now (最近10分钟) or ahead (未来72小时). */
function modeOf(before: string | undefined, after: string | undefined): Pick<Offset, "direction" | "mode"> | null {
  const within = after !== undefined && /内$/.test(after);
  if (before === undefined) {
    if (after === undefined) return null;
    if (within) return { direction: 1, mode: "within" };
    return { direction: /前/.test(after) ? -1 : 1, mode: "point" };
  }
  if (/^(上|前|下|后)$/.test(before)) {
    if (after !== undefined && !within) return null;
    return { direction: before === "上" || before === "前" ? -1 : 1, mode: "block" };
  }
  if (/^(最近|近|过去)/.test(before)) return after === undefined ? { direction: -1, mode: "until-now" } : null;
  if (/^(再过)$/.test(before)) return { direction: 1, mode: within ? "within" : "point" };
  return { direction: 1, mode: "within" };
}

/** 3小时前, 半小时后, 上两秒, 最近10分钟, 未来72小时内: offsets from the reference instant. */
export const clockOffsetParser: Parser = {
  name: "offset-clock",
  // Its own anchor, the clock units only: with 年, 月 and 日 it tried the starts before every date.
  // As far as 15 in: 过去的 (3), a count of six digits and two decimals (9), 个半小 or 个半刻 (3).
  anchor: { chars: CLOCK_UNIT_CHARS, from: 1, to: 15, starts: LENGTH_START, back: `${LENGTH_START},.．的来去个半小时钟头刻分秒` },
  pattern: PATTERN,
  extract(m) {
    const [, before, countText, ge, half1, unitWord, half2, after] = m;
    if (unitWord === "钟" && ge === undefined) return null;
    const mode = modeOf(before, after);
    if (mode === null) return null;
    const count = parseCount(countText!);
    if (count === null) return null;
    const [unit, per] = UNITS[unitWord!]!;
    const amount = count.value * per + (half1 !== undefined || half2 !== undefined ? per / 2 : 0);
    // 半小时, 一个半小时: express halves in minutes, so that the offset stays whole.
    const whole = unit === "hour" && !Number.isInteger(amount) ? { unit: "minute" as const, amount: amount * 60 } : { unit, amount };
    if (mode.mode === "block" && (count.vague || !Number.isInteger(whole.amount))) return null;
    return { fields: { offset: { ...whole, ...mode, vague: count.vague } } };
  },
};
