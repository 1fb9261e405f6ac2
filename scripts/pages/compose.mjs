// Page composition for the generator: corpus articles -> abstract newspaper pages, each article
// a list of blocks with their role (kicker, main, subtitle, subhead, para, box-label, box,
// link-label, link, credit, caption), and the page furniture (header, footer). Deterministic
// for a seed. Where the corpus lacks an element it is SYNTHESISED, and the gold says so by role:
// - kickers and ≤4-character mains: a clause of the article's own body (no punctuation);
// - subheads: a clause of the paragraph they head, sometimes numbered (一、);
// - subtitles with ——: a clause of the body after ——;
// - boxes (核心阅读, 链接, 延伸阅读, 短评, 记者手记): the label from a list, the text from the article
//   (核心阅读) or from another article of the same split;
// - credits, column tags, page headers and footers, web metadata: templates with invented names.
// Everything else is the corpus's own text.

/** mulberry32: a small seeded generator, so a seed gives the same pages on every machine. */
export function rng32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const pick = (rng, xs) => xs[Math.floor(rng() * xs.length)];
const chance = (rng, p) => rng() < p;

// Invented names (surname + one or two given characters): never real bylines.
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = "明华强伟芳娜敏静丽军杰涛超勇艳秀英霞平刚桂兰玉萍红建文辉力斌宇浩凯健俊帆鹏飞鑫磊洋亮林峰晨欣悦佳琳雪婷倩颖洁思雨博远宁海波志宏振东新春晓梅";
export function personName(rng) {
  const g = chance(rng, 0.6) ? pick(rng, GIVEN) + pick(rng, GIVEN) : pick(rng, GIVEN);
  return pick(rng, SURNAMES) + g;
}
const names = (rng, n) => Array.from({ length: n }, () => personName(rng));

const COLUMN_TAGS = ["人民论坛", "经济聚焦", "记者观察", "一线视角", "人民时评", "新论", "和音", "钟声", "今日谈", "评论员观察", "望海楼", "金台随笔"];
const COMMENTARY_KINDS = ["社论", "评论员文章", "本报评论员"];
const BOX_END_LABELS = ["链接", "延伸阅读", "背景链接", "短评", "记者手记"];
const UNIVERSITIES = ["南江大学", "东林师范大学", "西川理工大学", "北岭政法学院", "清源社会科学院"];
// Invented places and offices for a column of officials' statements.
const PLACES = ["清源新区", "东林区", "南江县", "西川市", "北岭镇", "江源新区"];
const OFFICES = ["教育局局长", "住建局局长", "文旅局局长", "发改委主任", "卫健委主任", "交通运输局局长", "商务局局长", "科技局局长", "农业农村局局长"];
const SECTIONS = ["要闻", "国内新闻", "国际", "经济", "评论", "理论", "文化", "社会", "体育", "地方新闻"];
const PHOTO_AGENCIES = ["人民视觉", "新华社发", "视觉中国", "本报资料图片"];
const NUMERALS = "一二三四五六七八九十";
const CIRCLED = "①②③④⑤⑥";

const HAN = /^[\u4e00-\u9fff]+$/;
/** Clauses of a text between punctuation, Han only, within a length range. */
export function clauses(text, min, max) {
  return text
    .split(/[，。；！？：、“”‘’（）《》\s—…]+/)
    .filter((c) => c.length >= min && c.length <= max && HAN.test(c));
}

const OPENER = /^(?:新华社|本报|中新社|人民日报)[^，。；]{0,24}?(?:电|讯)(?:（[^）]{0,30}）)?/;

/** One corpus article -> blocks, with the phenomena drawn from `style`. */
export function composeArticle(src, rng, style, other) {
  const body = [...src.paragraphs];
  const blocks = [];
  let kind = "news";
  let kicker = null;
  let main = src.main;
  let subtitle = src.extra.length ? src.extra.join("") : null;
  const subtitleRole = [];
  const allText = body.join("");

  // A column of statements (a year's plans, in the words of each office's head): no opener, the
  // speaker's office and name under the text, at times after the column's editor credit.
  const statement = chance(rng, style.statement ?? 0);
  if (statement) {
    kind = "statement";
    body[0] = body[0].replace(OPENER, "");
    if (!body[0]) body.shift();
  }
  // Openerless commentary with a column tag (in the main title or as the kicker).
  if (!statement && chance(rng, style.commentary)) {
    kind = "commentary";
    body[0] = body[0].replace(OPENER, "");
    if (!body[0]) body.shift();
    const tag = pick(rng, COLUMN_TAGS);
    const r = rng();
    if (r < 0.45) main = `${main}（${tag}）`;
    else if (r < 0.7) kicker = tag;
    else if (r < 0.85) main = `${main}（${pick(rng, COMMENTARY_KINDS)}）`;
    else main = `${main}（${tag}·${personName(rng)}）`;
    if (chance(rng, 0.15)) main += pick(rng, [...CIRCLED]);
  }
  if (!kicker && chance(rng, style.kicker)) {
    const cs = clauses(allText, 6, 14);
    if (cs.length) kicker = pick(rng, cs);
  }
  if (!subtitle && chance(rng, style.subtitle)) {
    const cs = clauses(allText, 6, 16);
    if (cs.length) subtitle = `——${pick(rng, cs)}`;
  }
  if (chance(rng, style.shortMain)) {
    const cs = clauses(allText, 3, 4);
    if (cs.length) main = pick(rng, cs);
  }
  if (kicker) blocks.push({ role: "kicker", text: kicker });
  blocks.push({ role: "main", text: main });
  if (subtitle) blocks.push({ role: "subtitle", text: subtitle });
  void subtitleRole;
  // The corpus's own byline (本报记者郭伟成) under the headline: the first line of the text.
  if (src.byline) blocks.push({ role: "byline", text: src.byline });

  // 核心阅读: a label and the article's first sentence, between headline and body.
  if (chance(rng, style.box) && body[0]) {
    const first = body[0].match(/^[^。！？]+[。！？]/)?.[0] ?? body[0];
    blocks.push({ role: "box-label", text: "核心阅读" }, { role: "box", text: first.replace(OPENER, "") || first });
  }
  // Subheads before some paragraphs of a long article.
  const subheadAt = new Set();
  if (body.length >= 4 && chance(rng, style.subheads)) {
    const n = Math.min(3, Math.floor(body.length / 2));
    for (let i = 0; i < n; i++) subheadAt.add(1 + Math.floor(((i + rng()) * (body.length - 1)) / n));
  }
  let numbered = chance(rng, 0.3);
  let k = 0;
  for (let i = 0; i < body.length; i++) {
    if (subheadAt.has(i)) {
      const cs = clauses(body[i], 5, 12);
      if (cs.length) blocks.push({ role: "subhead", text: (numbered ? `${NUMERALS[k++]}、` : "") + pick(rng, cs) });
    }
    blocks.push({ role: "para", text: body[i] });
  }
  // Speeches and documents close with a date line.
  if (kind === "commentary" && chance(rng, 0.2)) blocks.push({ role: "credit", text: `（${1990 + Math.floor(rng() * 30)}年${1 + Math.floor(rng() * 12)}月${1 + Math.floor(rng() * 28)}日）` });
  // A box at the end: 链接 / 延伸阅读 / 短评 / 记者手记, text from another article.
  if (chance(rng, style.box) && other) {
    blocks.push({ role: "box-label", text: pick(rng, BOX_END_LABELS) }, { role: "box", text: other });
  }
  if (statement) {
    if (chance(rng, 0.3)) blocks.push({ role: "credit", text: `（本栏稿件均由本报记者${personName(rng)}整理）` });
    blocks.push({ role: "credit", text: `${pick(rng, PLACES)}${pick(rng, OFFICES)}${chance(rng, 0.3) ? "　" : ""}${personName(rng)}` });
  } else if (chance(rng, style.credit)) {
    // Credits at the end.
    const r = rng();
    let c;
    if (kind === "commentary") c = r < 0.5 ? `（作者为${pick(rng, UNIVERSITIES)}教授）` : `（作者单位：${pick(rng, UNIVERSITIES)}）`;
    else if (r < 0.45) c = `（本报记者${names(rng, 1 + Math.floor(rng() * 3)).join("、")}报道）`;
    else if (r < 0.6) c = "新华社发";
    else if (r < 0.8) c = `${personName(rng)}摄（${pick(rng, PHOTO_AGENCIES)}）`;
    else c = `（记者${personName(rng)}　通讯员${personName(rng)}）`;
    blocks.push({ role: "credit", text: c });
  }
  return { id: src.id, source: src.source, kind, blocks };
}

/** A photo caption: one sentence and its photographer, no headline. */
export function composeCaption(src, rng) {
  const s = (src.paragraphs.join("").match(/[^。！？]{12,60}[。！？]/g) ?? [])[0];
  if (!s) return null;
  const credit = chance(rng, 0.5) ? `新华社记者${personName(rng)}摄` : `${personName(rng)}摄（${pick(rng, PHOTO_AGENCIES)}）`;
  return { id: `${src.id}-caption`, source: src.source, kind: "caption", blocks: [{ role: "caption", text: `${s}　${credit}` }] };
}

/** A brief: the first paragraph only, with a short headline or none. */
export function composeBrief(src, rng, withHeadline) {
  const p = src.paragraphs[0];
  const blocks = [];
  // A brief without a headline opens with its source (本报讯, 新华社北京1月2日电): one without
  // either is a paragraph to any reader, and no page prints it so.
  if (withHeadline || !OPENER.test(p)) blocks.push({ role: "main", text: src.main.length <= 16 ? src.main : pick(rng, clauses(p, 6, 12).concat([src.main])) });
  blocks.push({ role: "para", text: p });
  return { id: `${src.id}-brief`, source: src.source, kind: "brief", blocks };
}

/** Draws a page style: proportions of each phenomenon vary from page to page. */
export function drawStyle(rng) {
  const r = (lo, hi) => lo + rng() * (hi - lo);
  return {
    commentary: r(0, 0.35),
    kicker: r(0, 0.5),
    subtitle: r(0, 0.35),
    shortMain: r(0, 0.12),
    box: r(0, 0.2),
    subheads: r(0, 0.6),
    credit: r(0.1, 0.6),
    captions: Math.floor(r(0, 2.5)),
    briefs: chance(rng, 0.3) ? 2 + Math.floor(rng() * 4) : 0,
    briefHeadlines: chance(rng, 0.6),
    // Drawn last, so that the draws above stay as they were.
    statement: chance(rng, 0.15) ? r(0.4, 1) : 0,
  };
}

export function pageFurniture(rng, date) {
  const header = [];
  const footer = [];
  const n = 1 + Math.floor(rng() * 16);
  const section = pick(rng, SECTIONS);
  const r = rng();
  if (r < 0.4) header.push(`${date}　星期${pick(rng, [..."一二三四五六日"])}　第${n}版　${section}`);
  else if (r < 0.7) header.push(`${section}`, `第${n}版`);
  else if (r < 0.85) header.push(`${String(n).padStart(2, "0")}　${section}`, date);
  if (chance(rng, 0.7)) {
    const s = rng();
    if (s < 0.4) footer.push(`责任编辑：${personName(rng)}`);
    else if (s < 0.7) footer.push(`本版责编：${personName(rng)}　${personName(rng)}　版式设计：${personName(rng)}`);
    else footer.push(`责任编辑：${personName(rng)}　邮箱：news${n}@example.cn`);
  }
  return { header, footer };
}

/** Pages of one split: 4–9 articles each, plus briefs and captions as the style draws. */
export function composePages(sources, { seed, split, count, label }) {
  const rng = rng32(seed);
  const pool = sources.filter((a) => a.split === split);
  if (!pool.length) return [];
  const pages = [];
  let cursor = Math.floor(rng() * pool.length);
  const next = () => pool[cursor++ % pool.length];
  for (let p = 0; p < count; p++) {
    const style = drawStyle(rng);
    const items = [];
    const n = 3 + Math.floor(rng() * 6);
    for (let i = 0; i < n; i++) {
      const other = pick(rng, pool).paragraphs[0]?.slice(0, 160);
      items.push(composeArticle(next(), rng, style, other));
    }
    for (let i = 0; i < style.briefs; i++) items.splice(Math.floor(rng() * (items.length + 1)), 0, composeBrief(next(), rng, style.briefHeadlines));
    for (let i = 0; i < style.captions; i++) {
      const c = composeCaption(next(), rng);
      if (c) items.splice(Math.floor(rng() * (items.length + 1)), 0, c);
    }
    const date = `1998年1月${1 + Math.floor(rng() * 28)}日`;
    pages.push({ id: `${label}-${split}-${String(p).padStart(3, "0")}`, split, style, items, furniture: pageFurniture(rng, date), seed: Math.floor(rng() * 2 ** 31) });
  }
  return pages;
}
