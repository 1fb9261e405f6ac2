/**
 * fast-check arbitraries for the robustness properties: any UTF-16 string, Chinese-heavy text
 * built from the pieces that trigger the extractors, and real pages with random edits.
 */
import fc from "fast-check";

/** Any sequence of UTF-16 code units, lone surrogates included. */
export const anyCodeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
  .map((units) => String.fromCharCode(...units));

/** Any sequence of code points: astral characters (𠀀, emoji) but no lone surrogates. */
export const anyCodePoints = fc.string({ unit: "binary", maxLength: 200 });

const HAN = [..."的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经示范区党工委书记科创局高新技术产业开发"];
const SURNAMES = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋付吕"];
const PUNCTUATION = [..."，。、；：？！“”‘’（）《》【】—…·,.;:?!()\"'-/"];
const LAYOUT = [" ", "  ", "\u3000", "\n", "\n\n", "\r\n", "\t", "\u200b", "\ufeff"];
const DIGITS = [..."0123456789０１２３４５６７８９〇一二三四五六七八九十百千万两"];
/** Words that open, credit, date and name: the extractors' anchors, and their near misses. */
const ANCHORS = [
  "本报讯（记者",
  "本报讯（",
  "本报讯",
  "（记者",
  "记者",
  "通讯员",
  "本报记者",
  "特约记者",
  "摄",
  "摄影报道",
  "文/图",
  "文/",
  "图/",
  "责任编辑：",
  "（完）",
  "新华社北京1月9日电",
  "新华社",
  "电",
  "讯",
  "、",
  "）",
  "（",
  "年",
  "月",
  "日",
  "号",
  "上午",
  "下午",
  "昨天",
  "今天",
  "明年",
  "春节",
  "国庆节",
  "除夕",
  "农历",
  "正月",
  "腊月",
  "闰",
  "初八",
  "廿三",
  "十一月",
  "中秋",
  "清明节",
  "26",
  "零六",
  "1899",
  "2100",
  "2021年4月7日",
  "4月12日",
  "12:30",
  "星期三",
  // The TIMEX3 kinds: durations, sets, clock offsets, ranges, spoken years, addresses.
  "三个多月",
  "2天3小时",
  "每周一下午",
  "每隔3天",
  "半小时后",
  "上两秒",
  "之间",
  "开始",
  "–",
  "零八年",
  "98年",
  "左右",
  "http://a.cn/2021-04-07/",
  "局长",
  "书记",
  "主任",
  "党工委书记",
  "示范区",
  "科创局",
  "有限公司",
  "表示",
  "说",
  "出席",
  "付凯明",
  "宋崇飞",
  "吕沛",
  "欧阳",
  "司马",
  "𠀀",
  "·",
  "约翰·史密斯",
];

/** A plausible person name: a surname and one or two given-name characters. */
const name = fc
  .tuple(fc.constantFrom(...SURNAMES, "欧阳", "司马"), fc.constantFrom(...HAN), fc.option(fc.constantFrom(...HAN), { nil: "" }))
  .map(([surname, a, b]) => surname + a + b);
const layoutOrNothing = fc.constantFrom("", "", " ", "\n", "\u3000");
const title = fc.constantFrom("局长", "党工委书记", "主任", "记者", "总经理", "教授");
const date = fc.constantFrom("4月7日", "2021年4月13日", "昨天上午", "12日下午3时", "去年", "星期三", "两年", "每天早上7点", "3小时前", "2015年和2018年之间", "九八年");

/** Fragments shaped like newspaper text, so that persons, credits, roles and dates are found. */
const structured = fc.oneof(
  fc.tuple(name, layoutOrNothing, date).map(([n, l, d]) => `本报讯（记者${n}${l}）${d}，`),
  fc.tuple(name, name).map(([a, b]) => `本报记者 ${a} 通讯员 ${b}\n`),
  fc.tuple(name, layoutOrNothing).map(([n, l]) => `本报记者 ${n}${l}摄\n`),
  fc.tuple(title, name, date).map(([t, n, d]) => `示范区科创局${t}${n}${d}表示，`),
  fc.array(name, { minLength: 2, maxLength: 6 }).map((names) => `${names.join("、")}等出席会议。`),
  fc.tuple(name, title).map(([n, t]) => `${n}${t}说：“`),
);

const chunk = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HAN) },
  { weight: 2, arbitrary: fc.constantFrom(...SURNAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 3, arbitrary: fc.constantFrom(...LAYOUT) },
  { weight: 2, arbitrary: fc.constantFrom(...DIGITS) },
  { weight: 4, arbitrary: fc.constantFrom(...ANCHORS) },
  { weight: 2, arbitrary: structured },
);

/** Chinese-heavy text: Han characters, punctuation, layout, digits and the extractors' anchor words. */
export const chineseText = fc.array(chunk, { maxLength: 160 }).map((parts) => parts.join(""));

/** One edit to a page, its position given as a fraction of the page's length. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: chineseText }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: anyCodeUnits }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 500 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant("join-lines" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 800 }) }),
  fc.record({ kind: fc.constant("crlf" as const) }),
  fc.record({ kind: fc.constant("fullwidth-spaces" as const) }),
);

export type PageEdit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

/** Applies edits in order; positions may fall inside a surrogate pair, on purpose. */
export function applyEdits(page: string, edits: readonly PageEdit[]): string {
  let text = page;
  for (const e of edits) {
    const at = "at" in e ? Math.floor(e.at * text.length) : 0;
    switch (e.kind) {
      case "insert":
        text = text.slice(0, at) + e.text + text.slice(at);
        break;
      case "delete":
        text = text.slice(0, at) + text.slice(at + e.length);
        break;
      case "duplicate":
        text = text.slice(0, at + e.length) + text.slice(at, at + e.length) + text.slice(at + e.length);
        break;
      case "truncate":
        text = text.slice(0, at);
        break;
      case "join-lines":
        text = text.slice(0, at) + text.slice(at, at + e.length).replace(/\n/gu, "") + text.slice(at + e.length);
        break;
      case "crlf":
        text = text.replace(/\r?\n/gu, "\r\n");
        break;
      case "fullwidth-spaces":
        text = text.replace(/ /gu, "\u3000");
        break;
    }
  }
  return text;
}

/** A page with one to four random edits. */
export function editedPage(page: string): fc.Arbitrary<string> {
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) => applyEdits(page, edits));
}
