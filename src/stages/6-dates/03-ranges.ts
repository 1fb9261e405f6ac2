/**
 * Step 3: ranges (4月7日至9日, 2019年至2021年, 下午3点到5点) and open ranges (今年年初以来,
 * 2021年以来, 4月1日起, 截至9月30日), then atoms that cannot stand alone are dropped.
 */
import { trimSpaces, wordAfterSpaces, wordBeforeSpaces, type ContextWord } from "./context-words.js";
import type { Atom, Expression, Fields } from "./types.js";

/** Between the two ends of a range; 起至 as in 自5月26日起至5月29日止. Spaces around them. */
const CONNECTORS = new Set(["至", "起至", "到", "起到", "~", "～", "-", "－", "—", "——", "–", "ー", "―"]);
/** Before a range or an open range: 从2015年, 自2020年; kept in the expression. */
const FROM_BEFORE = ["从", "自", "由"];
/** After a range: 止, 为止. */
const UNTIL_AFTER: readonly ContextWord[] = [{ word: "为止" }, { word: "止" }];
const SINCE_AFTER: readonly ContextWord[] = [
  ...["以来", "起至今", "至今", "迄今", "以后", "之后", "开始"].map((word) => ({ word })),
  { word: "起", notBefore: "草来床诉义源飞因" },
];
/** The words of SINCE_AFTER that open a range from a date on (起, 以后), not since it. */
const FROM_ON = new Set(["起", "以后", "之后", "开始"]);
/** 2015年和2018年之间: two dates joined by 和, closed by 之间, are a range. */
const BETWEEN_JOINERS = new Set(["和", "与", "及", "至", "到"]);
const BETWEEN_AFTER: readonly ContextWord[] = [{ word: "之间" }, { word: "期间" }];
const UNTIL_BEFORE = ["截至", "截止到", "截止", "截至到"];
/** 年底前, 2025年前, 10月1日以前; not 前往, 前夕, 前来 … where 前 starts another word. */
const BEFORE_AFTER: readonly ContextWord[] = [
  { word: "以前" },
  { word: "之前" },
  { word: "前", notBefore: "往进来去夕线面列身任者期沿台排锋卫途景提方科嫌所后三两十一二四五六七八九几" },
];
/** 左右, 前后: an approximate date. */
const APPROX_AFTER: readonly ContextWord[] = [{ word: "左右" }, { word: "前后" }];
/** 2024年内, 3月份内: within a year or month, the same period; right after it, no spaces. */
const WITHIN_AFTER = ["之内", "以内", "内"];

function isVague(fields: Fields): boolean {
  return fields.fuzzy !== undefined || fields.offset !== undefined || fields.duration !== undefined;
}

/** 3天——8天 (a connector), 3年以上7年以下 or 十五年以上,30年以下 (at least, then at most). */
function isLengthRange(from: Atom, to: Atom, gap: string): boolean {
  if (CONNECTORS.has(gap) && from.fields.duration?.bound === undefined) return true;
  return from.fields.duration?.bound === "min" && to.fields.duration?.bound === "max" && (gap === "" || gap === "," || gap === "，");
}

/** A set's atom as the date it repeats, to test what may end a range from it. */
function withoutRecurrence(atom: Atom): Atom {
  const { recurrence: _set, ...fields } = atom.fields;
  return { ...atom, fields };
}

function canEndRange(from: Atom, to: Atom): boolean {
  // 现在, 目前 (now) may end a range (去年到现在) or start one (从现在到明年底).
  const vague = (f: Fields) => isVague(f) && f.fuzzy !== "now";
  if (vague(from.fields) || vague(to.fields) || from.fields.recurrence || to.fields.recurrence) return false;
  // 2021-09-12-11:23 is not a range from a day to a clock time: a clock end needs a clock start.
  const clockOnly = (f: Fields) => f.hour !== undefined && !f.year && !f.month && !f.day && f.weekday === undefined && !f.dayPart;
  if (clockOnly(to.fields) && from.fields.hour === undefined && !from.fields.dayPart) return false;
  return true;
}

/**
 * The expressions of one text: ranges and open ranges joined, dependent atoms left out.
 *
 * @example
 * ```ts
 * findExpressions(mergeAtoms(scanAtoms("4月7日至9日"), "4月7日至9日"), "4月7日至9日")[0].kind; // => "range"
 * ```
 */
export function findExpressions(atoms: readonly Atom[], text: string): Expression[] {
  const out: Expression[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const from = atoms[i]!;
    const to = atoms[i + 1];
    const before = text.slice(Math.max(0, from.start - 6), from.start);
    const fromPrefix = wordBeforeSpaces(before, FROM_BEFORE);
    const start = fromPrefix !== null ? from.start - fromPrefix : from.start;
    // The words between this atom and the next, when they are few enough to join them (no
    // connector or joiner is longer): a long gap is neither sliced nor hashed.
    const gap = to && to.start - from.end <= 12 ? trimSpaces(text.slice(from.end, to.start)) : null;
    // 3天——8天, 3年以上7年以下: two lengths, one range of them (the shorter is its duration).
    if (to && gap !== null && from.fields.duration && to.fields.duration && isLengthRange(from, to, gap)) {
      out.push({ start, end: to.end, rule: `range(${from.rule},${to.rule})`, kind: "range", from, to });
      i++;
      continue;
    }
    const between = to && gap !== null && !from.dependent && BETWEEN_JOINERS.has(gap) ? wordAfterSpaces(text.slice(to.end, to.end + 4), BETWEEN_AFTER) : null;
    if (to && between && canEndRange(from, to)) {
      out.push({ start, end: to.end + between.length, rule: `between(${from.rule},${to.rule})`, kind: "range", from, to });
      i++;
      continue;
    }
    if (to && gap !== null && (!from.dependent || from.rangeOnly) && CONNECTORS.has(gap) && canEndRange(from, to)) {
      const tail = wordAfterSpaces(text.slice(to.end, to.end + 4), UNTIL_AFTER);
      out.push({ start, end: to.end + (tail ? tail.length : 0), rule: `range(${from.rule},${to.rule})`, kind: "range", from, to });
      i++;
      continue;
    }
    if (from.dependent || from.rangeOnly) continue;
    if (from.fields.recurrence) {
      // 每周六上午9点到11点, 每年9月到11月: the range is the time of each occurrence, one set.
      const joined = to && gap !== null && !to.fields.recurrence && CONNECTORS.has(gap) && canEndRange(withoutRecurrence(from), to);
      out.push({ start: from.start, end: joined ? to.end : from.end, rule: from.rule, kind: "point", from, to: null });
      if (joined) i++;
      continue;
    }
    const after = text.slice(from.end, from.end + 6);
    const since = isVague(from.fields) ? null : wordAfterSpaces(after, SINCE_AFTER);
    if (since) {
      const open = FROM_ON.has(since.word) ? "from-on" : "since";
      out.push({ start, end: from.end + since.length, rule: `${open}(${from.rule})`, kind: "open-range", from, to: null, open });
      continue;
    }
    const untilPrefix = isVague(from.fields) ? null : wordBeforeSpaces(before, UNTIL_BEFORE);
    if (untilPrefix !== null) {
      out.push({ start: from.start - untilPrefix, end: from.end, rule: `until(${from.rule})`, kind: "open-range", from, to: null, open: "until" });
      continue;
    }
    const within = (from.fields.year || from.fields.month) && !from.fields.day && from.fields.hour === undefined ? WITHIN_AFTER.find((word) => after.startsWith(word)) ?? null : null;
    if (within !== null) {
      out.push({ start: from.start, end: from.end + within.length, rule: `within(${from.rule})`, kind: "point", from, to: null });
      continue;
    }
    const approx = wordAfterSpaces(after, APPROX_AFTER);
    if (approx) {
      out.push({ start: from.start, end: from.end + approx.length, rule: `approx(${from.rule})`, kind: "point", from, to: null, approx: true });
      continue;
    }
    const beforeWord = isVague(from.fields) ? null : wordAfterSpaces(after, BEFORE_AFTER);
    if (beforeWord) {
      out.push({ start: from.start, end: from.end + beforeWord.length, rule: `before(${from.rule})`, kind: "open-range", from, to: null, open: "before" });
      continue;
    }
    out.push({ start: from.start, end: from.end, rule: from.rule, kind: "point", from, to: null });
  }
  return withoutSwallowed(out);
}

/**
 * The expressions left once those inside an earlier one are dropped: 3月1日至今 reads 至今 as the
 * end of its open range, and the atom 至今 is not a second date.
 */
function withoutSwallowed(expressions: Expression[]): Expression[] {
  let reached = 0;
  return expressions.filter((e) => e.start >= reached && ((reached = e.end), true));
}
