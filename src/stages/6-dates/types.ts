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
  | "start" | "mid" | "end" | "h1" | "h2" | "first-2q" | "first-3q"
  | "spring" | "summer" | "autumn" | "winter" | "same" | "summer-break" | "winter-break";

/** Parts of a month: 上旬, 月底 … */
export type MonthPart = "early" | "middle" | "late" | "start" | "end";

/** Parts of a day as written; each maps to hours and a schema partOfDay. */
export type DayPartKey =
  | "dawn" | "daybreak" | "early-morning" | "morning" | "noon" | "early-afternoon" | "afternoon" | "dusk" | "evening" | "night"
  | "late-night" | "midnight" | "daytime";

/** Vague times: 近日, 近期, 近年来, 目前, 此前 … */
export type FuzzyKey = "recent-days" | "recent-period" | "recent-years" | "now" | "before" | "future" | "so-far";

/**
 * N units from the page date. point: 三年前, 几天前, 四年后; until-now: 近三个月, 三年来 (from then
 * until the page date); within: 五日内, 未来两个月 (from the page date on); block: 上两个月, 下三天
 * (the N whole units before or after the current one).
 */
export interface Offset {
  /** hour, minute, second: 3小时前, 上两分钟; resolved only against a reference with a time of day. */
  readonly unit: "year" | "month" | "week" | "day" | "hour" | "minute" | "second";
  readonly amount: number;
  readonly direction: -1 | 1;
  /** 几天前, 三年多前: the amount is approximate. */
  readonly vague: boolean;
  readonly mode: "point" | "until-now" | "within" | "block";
  /** 26年前的今天: the page's own day, N units away (a point at day grain). */
  readonly sameDay?: boolean;
}

/**
 * A holiday: a fixed month-day, the nth weekday of a month (母亲节: 2nd Sunday of May), a day of
 * the lunar calendar (中秋节: 8th month, 15th day; 除夕: the last day of the 12th), a whole lunar
 * month (腊月), or a solar term (清明, 冬至). A holiday's year is the Gregorian one it falls in (2021年除夕: 11 February
 * 2021); a lunar date written out (`written`: 去年十一月廿九) and a lunar month count in lunar years.
 */
export type Holiday =
  | { readonly kind: "fixed"; readonly month: number; readonly day: number }
  | { readonly kind: "nth-weekday"; readonly month: number; readonly nth: number; readonly weekday: number }
  | { readonly kind: "lunar"; readonly month: number; readonly day: number | "last"; readonly leap?: boolean; readonly written?: boolean }
  | { readonly kind: "lunar-month"; readonly month: number; readonly leap?: boolean }
  /** A solar term (节气), by its index from 小寒 (0) to 冬至 (23); 清明 is 6. */
  | { readonly kind: "solar-term"; readonly index: number }
  /** A feast counted from Easter Sunday (耶稣受难日: −2), Western or Orthodox; `days` long (大斋期: 46). */
  | { readonly kind: "easter"; readonly offset: number; readonly days: number; readonly orthodox: boolean }
  /**
   * A Jewish festival on a day of the Hebrew calendar (months from Nisan, 1, to Adar, 12), `days`
   * long, given from its eve, since the Hebrew day begins at sunset (逾越节 2018: 30 March, the
   * evening of the first seder, to 7 April); `nights`: the eve and `days` − 1 evenings after it
   * (光明节's eight nights of candles). `shift`: put off from a Saturday (圣殿被毁日), or Israel's
   * moves of 5 Iyar (以色列独立日).
   */
  | { readonly kind: "hebrew"; readonly month: number; readonly day: number; readonly days: number; readonly nights: boolean; readonly shift: "sabbath" | "independence" | null }
  /** A Muslim festival on a day of the arithmetical Islamic calendar, `days` long (0: its month, 斋月). */
  | { readonly kind: "islamic"; readonly month: number; readonly day: number; readonly days: number };

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
  /** 九十年代末期, 世纪初: the start, middle or end of a decade or century. */
  readonly eraEdge?: "start" | "mid" | "end";
  /** 3月第三周, 今年第37个星期: the nth week counted from the first Monday of the month or year. */
  readonly weekNumber?: number;
  /** 一季度 (abs 1) or 上季度 (rel -1). */
  readonly quarter?: Ref;
  /** 一季度末, 四季度初: the first or last month of the quarter. */
  readonly edge?: "start" | "end";
  /** 今年前五个月: the first N months of the year; negative, the last (2021年后三个月: −3). */
  readonly firstMonths?: number;
  /** 这个月前两天, 上月最后五天: the first or last N days of the month. */
  readonly dayRun?: { readonly edge: "start" | "end"; readonly count: number };
  /** 2023年第十天, 3月第3天: the nth day of the year or month. */
  readonly nthDay?: number;
  /** 十月第一个星期一: the nth `weekday` of the month. */
  readonly nth?: number;
  /** 每周三, 每天上午: a recurrence; it takes in the date words that follow it. */
  readonly recurrence?: Recurrence;
  /** 两年, 三个多月, 36天5小时30分: a length, not a date. */
  readonly duration?: Duration;
}

/** The frequency of a set: 每周 → WEEKLY, 每隔3天 → DAILY with interval 3, 每个工作日 → DAILY on MO–FR. */
export interface Recurrence {
  readonly freq: "YEARLY" | "MONTHLY" | "WEEKLY" | "DAILY" | "HOURLY" | "MINUTELY" | "SECONDLY";
  readonly interval: number;
  /** iCalendar weekdays (MO … SU) the set is limited to: 工作日, 周末. */
  readonly byDay?: readonly string[];
}

/** The units of a duration, as ISO 8601 writes them (Y M W D, then T H M S). */
export type DurationUnit = "year" | "month" | "week" | "day" | "hour" | "minute" | "second";

/** A length: its parts, largest first (2天3小时 → day 2, hour 3); fuzzy for 多, 余, 左右, 近. */
export interface Duration {
  readonly parts: readonly { readonly unit: DurationUnit; readonly amount: number }[];
  readonly fuzzy: boolean;
  /** 三十年以上: at least; 六个月以下: at most; 3~6个月: between (the parts are the shorter). */
  readonly bound?: "min" | "max" | "between";
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
  /** 1 in 1-9月, 12 in 12-19日: a number that is a date only as the start of a range. */
  readonly rangeOnly?: boolean;
}

/** A found expression: a point, or two points joined as a range, or an open range. */
export interface Expression {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly kind: "point" | "range" | "open-range";
  readonly from: Atom | null;
  readonly to: Atom | null;
  /** For open ranges: since (以来, 至今), from-on (起, 以后), until (截至), before (以前, 前). */
  readonly open?: "since" | "from-on" | "until" | "before";
  /** 左右, 前后: an approximate date. */
  readonly approx?: boolean;
}
