/**
 * When: every date and time expression of a page, with its span, resolved against the page date.
 *
 * Steps, in order: 1 scan (every parser, longest match), 2 merge (2021年 + 4月7日 + 上午),
 * 3 ranges and open ranges (4月7日至9日, 今年年初以来), 4 the page date (option or inferred),
 * 5 resolution (past-leaning, chained to the article's last date for 次日, 当天, 9日).
 */
import type { SegmentedPage, WhenResult } from "../../contracts/stages.js";
import { toOriginalSpan, type MappedText } from "../../text/mapped-text.js";
import type { DateMention, Diagnostic } from "../../contracts/graph.js";
import { scanAtoms } from "./01-scan.js";
import { mergeAtoms } from "./02-merge.js";
import { findExpressions } from "./03-ranges.js";
import { inferPageDate, parseReferenceTime, type UnitExpressions } from "./04-page-date.js";
import { lastDayOf, resolveExpression } from "./05-resolve.js";
import { formatDateTime, formatYmd, type Ymd } from "./calendar.js";
import type { Expression } from "./types.js";
import { outsideAddresses } from "./urls.js";
import { checkReferenceDate } from "./reference-date.js";
import { checkOptionKeys } from "../../option-keys.js";

/** Options of {@link extractWhen}. */
export interface ExtractWhenOptions {
  /**
   * The page date, `YYYY-MM-DD`, optionally with its time of day (`2021-04-12T09:30`), which
   * 3小时前 and 半小时后 need; inferred from the page when absent.
   */
  readonly referenceDate?: string;
}
const WHEN_OPTION_KEYS: Readonly<Record<keyof ExtractWhenOptions, true>> = { referenceDate: true };

interface Unit {
  readonly text: MappedText;
  readonly articleId: string | null;
  /** Outside the articles: where a masthead date line is. */
  readonly masthead: boolean;
  /** Headlines do not set the article's last date: 次日 in the body follows the body's dates. */
  readonly chains: boolean;
}

/** A date mention being built: its id is set once all are sorted. */
type Mention = { -readonly [K in keyof DateMention]: DateMention[K] };

/** Every date expression of one text, before resolution. */
export function findDateExpressions(text: string): Expression[] {
  return outsideAddresses(findExpressions(mergeAtoms(scanAtoms(text), text), text), text);
}

/**
 * formatDateTime, remembering what it wrote for one page: a page repeats a few instants (its
 * date, the start of its year …), and one string for each is lighter to keep than thousands.
 */
function rememberingFormat(): (ms: number) => string {
  const written = new Map<number, string>();
  return (ms) => {
    let text = written.get(ms);
    if (text === undefined) {
      text = formatDateTime(ms);
      written.set(ms, text);
    }
    return text;
  };
}

function unitsOf(page: SegmentedPage): Unit[] {
  const units: Unit[] = [];
  const add = (text: MappedText | null, articleId: string | null, masthead: boolean, chains: boolean) => {
    if (text && text.text.length > 0) units.push({ text, articleId, masthead, chains });
  };
  // Index loops, not for…of: interpreted on a fresh process's first page, each iterator step
  // allocates its result.
  for (let i = 0; i < page.unassigned.length; i++) add(page.unassigned[i]!, null, true, false);
  for (let i = 0; i < page.articles.length; i++) {
    const a = page.articles[i]!;
    add(a.headline?.kicker ?? null, a.id, false, false);
    add(a.headline?.main ?? null, a.id, false, false);
    add(a.headline?.subtitle ?? null, a.id, false, false);
    add(a.body, a.id, false, true);
  }
  return units;
}

/**
 * Every date and time expression of a segmented page, resolved against the page date.
 *
 * @example
 * ```ts
 * const page = detectArticles(repairLayout("本报讯 4月7日上午，示范区召开会议。"));
 * const when = extractWhen(page, { referenceDate: "2021-04-13" });
 * when.dates[0].value;     // => "2021-04-07"
 * when.dates[0].partOfDay; // => "morning"
 * ```
 */
export function extractWhen(page: SegmentedPage, options: ExtractWhenOptions = {}): WhenResult {
  checkOptionKeys("extractWhen()", options, WHEN_OPTION_KEYS);
  checkReferenceDate(options.referenceDate);
  const units = unitsOf(page);
  // Inferring the page date reads every unit's expressions first; with the date given, each unit's
  // are found as it is resolved, and are garbage while still young.
  const expressions = options.referenceDate === undefined ? units.map((u) => findDateExpressions(u.text.text)) : null;
  const pageDate = inferPageDate(
    expressions ? units.map((u, i): UnitExpressions => ({ masthead: u.masthead, expressions: expressions[i]! })) : [],
    options.referenceDate,
  );
  const diagnostics: Diagnostic[] = [];
  if (pageDate.source === "inferred") {
    diagnostics.push({
      code: "page-date-inferred",
      severity: "info",
      message: `page date ${pageDate.date ? formatYmd(pageDate.date) : pageDate.year} inferred from ${pageDate.how}`,
      span: null,
    });
  }
  const found: Mention[] = [];
  const format = rememberingFormat();
  const time = options.referenceDate === undefined ? null : parseReferenceTime(options.referenceDate);
  let unresolved = 0;
  // Anchors point to mentions whose ids are given once all are sorted.
  const anchors = new Map<Mention, Mention>();
  units.forEach((unit, u) => {
    let previous: Ymd | null = null;
    /** The mention that set `previous`, and the last one with an interval: what an anaphor reads. */
    let previousMention: Mention | null = null;
    let lastPeriod: { start: number; end: number } | null = null;
    let lastPeriodMention: Mention | null = null;
    const unitExpressions = expressions?.[u] ?? findDateExpressions(unit.text.text);
    for (let i = 0; i < unitExpressions.length; i++) {
      const e = unitExpressions[i]!;
      const r = resolveExpression(e, { page: pageDate.date, pageYear: pageDate.year, previous, lastPeriod, time });
      if (r.start === null && r.end === null) unresolved++;
      const mention: Mention = {
        id: "",
        text: unit.text.text.slice(e.start, e.end),
        span: toOriginalSpan(unit.text, e.start, e.end),
        kind: r.kind,
        type: r.type,
        value: r.value,
        start: r.start === null ? null : format(r.start),
        end: r.end === null ? null : format(r.end),
        granularity: r.granularity,
        partOfDay: r.partOfDay,
        fuzzy: r.fuzzy,
        written: r.written,
        inferred: r.inferred,
        duration: r.duration,
        recurrence: r.recurrence,
        anchor: null,
        articleId: unit.articleId,
        rule: e.rule,
      };
      if (r.anaphoric) {
        const antecedent = e.from?.fields.yearPart === "same" ? lastPeriodMention : previousMention;
        if (antecedent) anchors.set(mention, antecedent);
      }
      if (unit.chains) {
        const last = lastDayOf(e, r);
        if (last) {
          previous = last;
          previousMention = mention;
        }
        if (r.start !== null && r.end !== null && r.type !== "duration" && r.type !== "set" && !r.fuzzy) {
          lastPeriod = { start: r.start, end: r.end };
          lastPeriodMention = mention;
        }
      }
      found.push(mention);
    }
  });
  if (unresolved > 0 && pageDate.date === null) {
    diagnostics.push({
      code: "dates-unresolved",
      severity: "warning",
      message: `${unresolved} date expression(s) need the page date, which is not on the page; pass referenceDate`,
      span: null,
    });
  }
  found.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  found.forEach((d, i) => (d.id = `d${i + 1}`));
  anchors.forEach((antecedent, d) => (d.anchor = antecedent.id));
  return {
    dates: found,
    referenceDate: pageDate.date ? formatYmd(pageDate.date) : pageDate.year !== null ? String(pageDate.year).padStart(4, "0") : null,
    referenceDateSource: pageDate.date || pageDate.year !== null ? pageDate.source : null,
    diagnostics,
  };
}
