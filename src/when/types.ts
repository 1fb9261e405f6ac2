/**
 * What the parsers find before resolution: expressions as fields written in the text, relative
 * fields still relative. Positions are indices into one MappedText's `text`.
 */

/** A field as written: an absolute number, or an offset from an anchor date. */
export type Ref =
  | { readonly kind: "abs"; readonly value: number }
  | {
      readonly kind: "rel";
      readonly offset: number;
      /** page: 今年, 昨天 …; previous: 当日, 次日, 同年 … (the last date of the same article). */
      readonly anchor: "page" | "previous";
    };

/** Parts of a year: 年初, 上半年, 一季度, 春季 … */
export type YearPart =
  | "start" | "mid" | "end" | "h1" | "h2" | "q1" | "q2" | "q3" | "q4" | "first-2q" | "first-3q"
  | "spring" | "summer" | "autumn" | "winter";

/** Parts of a month: 上旬, 月底 … */
export type MonthPart = "early" | "middle" | "late" | "start" | "end";

/** Parts of a day as written; each maps to hours and a schema partOfDay. */
export type DayPartKey =
  | "dawn" | "early-morning" | "morning" | "noon" | "early-afternoon" | "afternoon" | "dusk" | "evening" | "night"
  | "late-night" | "midnight" | "daytime";

/** Vague times: 近日, 近期, 近年来, 目前, 此前 … */
export type FuzzyKey = "recent-days" | "recent-period" | "recent-years" | "now" | "before";

/** N units before or after an anchor: 三年前, 几天前, 四年后; 近三个月 / 三年来 as spans up to the page date. */
export interface Offset {
  readonly unit: "year" | "month" | "week" | "day";
  readonly amount: number;
  readonly direction: -1 | 1;
  /** 几天前, 三年多前: the amount is approximate. */
  readonly vague: boolean;
  /** 近三个月, 三年来: from then until the page date. */
  readonly untilNow: boolean;
}

/** A holiday: a fixed month-day, or the nth weekday of a month (母亲节: 2nd Sunday of May). */
export type Holiday =
  | { readonly kind: "fixed"; readonly month: number; readonly day: number }
  | { readonly kind: "nth-weekday"; readonly month: number; readonly nth: number; readonly weekday: number };

export interface Fields {
  readonly year?: Ref;
  readonly yearPart?: YearPart;
  readonly month?: Ref;
  readonly monthPart?: MonthPart;
  readonly day?: Ref;
  /** Week offset from the anchor's week: 上周 -1, 本周 0. */
  readonly week?: Ref;
  /** ISO weekday 1 (Monday) … 7 (Sunday); 周末 is weekday 6 with `weekend`. */
  readonly weekday?: number;
  readonly weekend?: boolean;
  readonly holiday?: Holiday;
  readonly dayPart?: DayPartKey;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  readonly fuzzy?: FuzzyKey;
  readonly offset?: Offset;
  /** 1980年代, 上世纪80年代: the first year of the decade. */
  readonly decade?: number;
  /** 十八世纪: the first year of the century. */
  readonly century?: number;
  /** 每周三, 每天上午: a recurrence, not a date; it swallows what follows and is dropped. */
  readonly recurrence?: true;
}

/** A match of one parser, or several adjacent ones merged (4月7日 + 上午). */
export interface Atom {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly fields: Fields;
  /**
   * An atom that is only a date next to another one (初, 底, a bare 号 day, 晚): dropped unless it
   * merged with a neighbour.
   */
  readonly dependent?: boolean;
}

/** A found expression: a point, or two points joined as a range, or an open range. */
export interface Expression {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly kind: "point" | "range" | "open-range";
  readonly from: Atom | null;
  readonly to: Atom | null;
  /** For open ranges: since (以来, 起, 至今) or until (截至, 以前). */
  readonly open?: "since" | "until-now" | "from-on" | "until" | "before";
}
