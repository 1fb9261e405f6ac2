// Text renderers with gold by construction: the corpus-built "plain" page (narrow columns, the
// way PDF text comes out) and the "web" article (metadata lines around one article). Each
// returns { text, gold } where gold lists every article with its span, headline parts,
// subheads and blocks (role, text, start, end), and the furniture lines.
import { pick, rng32, personName } from "./compose.mjs";

// Typesetting never starts a line with closing punctuation (禁则): it stays on the line before.
const NO_LINE_START = /[，。、；：！？”’）》」』…—]/;
export function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const ch of text) {
    if (line.length >= width && !NO_LINE_START.test(ch)) {
      lines.push(line);
      line = "";
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

const HEADLINE_ROLES = new Set(["kicker", "main", "subtitle"]);

/** Builds text while remembering where each piece went. */
class Writer {
  text = "";
  put(s) {
    const start = this.text.length;
    this.text += s;
    return { start, end: this.text.length };
  }
}

/** Gold record of an article from its placed blocks. */
export function goldArticle(item, placed, position) {
  const start = Math.min(...placed.map((b) => b.start));
  const end = Math.max(...placed.map((b) => b.end));
  const part = (role) => placed.find((b) => b.role === role) ?? null;
  const main = part("main");
  return {
    id: item.id,
    source: item.source,
    kind: item.kind,
    span: { start, end },
    outer: { start, end },
    headline: main
      ? { kicker: part("kicker")?.text ?? null, main: main.text, subtitle: part("subtitle")?.text ?? null, position }
      : null,
    subheads: placed.filter((b) => b.role === "subhead").map(({ text, start, end }) => ({ text, start, end })),
    blocks: placed,
  };
}

/** The plain kind: body wrapped at a narrow column, headlines on their own lines. */
export function renderPlain(page) {
  const rng = rng32(page.seed);
  // Most pages are narrow columns; some are clean text with a paragraph per line (web, OCR of a
  // wide column), where nothing wraps.
  const width = rng() < 0.25 ? Infinity : 12 + Math.floor(rng() * 13);
  const blankBetween = pick(rng, [0, 0.5, 1, 1]);
  const blankAfterHeadline = pick(rng, [0, 0.3, 0.8]);
  const mode = pick(rng, ["before", "before", "before", "after", "mixed"]);
  const indent = rng() < 0.3 ? "　　" : "";
  const creditInline = rng() * 0.6;
  // pdftotext often leaves a blank line between paragraphs, not only between articles.
  const paragraphGap = rng() < 0.4 ? "\n\n" : "\n";
  const w = new Writer();
  const furniture = [];
  for (const h of page.furniture.header) furniture.push({ role: "header", text: h, ...w.put(`${h}\n`) });
  if (page.furniture.header.length && rng() < 0.6) w.put("\n");
  const articles = [];
  let prevRunOn = false;
  page.items.forEach((item, index) => {
    const after = mode === "after" || (mode === "mixed" && rng() < 0.5);
    const head = item.blocks.filter((b) => HEADLINE_ROLES.has(b.role));
    const rest = item.blocks.filter((b) => !HEADLINE_ROLES.has(b.role));
    const placed = [];
    const putHead = () => {
      for (const b of head) {
        // Long mains wrap over two or three lines in a narrow headline block.
        const lines = b.role === "main" && b.text.length > 12 && rng() < 0.35 ? wrap(b.text, Math.ceil(b.text.length / (b.text.length > 24 ? 3 : 2))) : [b.text];
        const s = w.text.length;
        w.put(lines.join("\n"));
        placed.push({ role: b.role, text: b.text, start: s, end: w.text.length });
        w.put("\n");
      }
    };
    if (!after && head.length) {
      putHead();
      if (rng() < blankAfterHeadline) w.put("\n");
    }
    rest.forEach((b, i) => {
      const inline = b.role === "credit" && i > 0 && rng() < creditInline;
      if (inline && w.text.endsWith("\n")) w.text = w.text.slice(0, -1);
      const isPara = b.role === "para" || b.role === "box" || b.role === "caption";
      const lines = isPara ? wrap((prevRunOn && i === 0 ? "" : indent) + b.text, width) : [b.text];
      const body = lines.join("\n");
      const lead = body.length - body.trimStart().length;
      const s = w.text.length + lead;
      w.put(body);
      placed.push({ role: b.role, text: b.text, start: s, end: w.text.length });
      w.put(i < rest.length - 1 ? paragraphGap : "\n");
    });
    prevRunOn = false;
    if (after && head.length) {
      w.put("\n");
      putHead();
    }
    articles.push(goldArticle(item, placed, after ? "after" : "before"));
    // Run-on: a brief without headline may start on the line where the previous one ended.
    const next = page.items[index + 1];
    if (next && next.kind === "brief" && !next.blocks.some((b) => b.role === "main") && rng() < 0.4) {
      w.text = w.text.slice(0, -1);
      prevRunOn = true;
    } else if (rng() < blankBetween) w.put("\n");
  });
  for (const f of page.furniture.footer) furniture.push({ role: "footer", text: f, ...w.put(`${f}\n`) });
  // An editor's line at the page foot (责任编辑：…) may be read as the last article's credit.
  const last = articles[articles.length - 1];
  if (last && /^(责任编辑|本版责编)/.test(page.furniture.footer[0] ?? "")) last.outer = { start: last.outer.start, end: w.text.length };
  return { text: w.text, gold: { id: page.id, kind: "plain", split: page.split, width, articles, furniture } };
}

const SITES = ["人民网", "新华网", "央视网", "中国新闻网", "光明网", "东方网", "南方网", "大河网"];
const PAPERS = ["人民日报", "光明日报", "经济日报", "南方日报", "新京报", "扬子晚报"];

/** The web kind: one article with metadata lines above and below (来源, 发布时间, 作者, 编辑,
 * 【字号 大 中 小】, 分享到). The article's outer span runs to the end of the text (a trailing
 * 责任编辑 or 分享到 line may belong to it or not); metadata between headline and body is inside. */
export function renderWeb(page) {
  const rng = rng32(page.seed);
  const item = page.items.find((i) => i.kind !== "caption" && i.blocks.some((b) => b.role === "main")) ?? page.items[0];
  const w = new Writer();
  const placed = [];
  const furniture = [];
  const meta = (role, text) => furniture.push({ role, text, ...w.put(text) }) && w.put("\n");
  if (rng() < 0.3) meta("nav", `首页 > ${pick(rng, ["国内", "国际", "财经", "社会"])} > 正文`);
  for (const b of item.blocks.filter((b) => HEADLINE_ROLES.has(b.role))) {
    placed.push({ role: b.role, text: b.text, ...w.put(b.text) });
    w.put("\n");
  }
  const y = 2010 + Math.floor(rng() * 15);
  const mo = 1 + Math.floor(rng() * 12);
  const d = 1 + Math.floor(rng() * 28);
  const hh = String(Math.floor(rng() * 24)).padStart(2, "0");
  const mm = String(Math.floor(rng() * 60)).padStart(2, "0");
  const stamp = rng() < 0.7 ? `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")} ${hh}:${mm}` : `${y}年${mo}月${d}日${hh}:${mm}`;
  const source = rng() < 0.5 ? `${pick(rng, SITES)}-${pick(rng, PAPERS)}` : pick(rng, PAPERS);
  const reporters = Array.from({ length: 1 + Math.floor(rng() * 2) }, () => personName(rng));
  const r = rng();
  if (r < 0.4) meta("meta", `来源：${source}　发布时间：${stamp}`);
  else if (r < 0.7) {
    meta("meta", `${stamp}　来源：${source}`);
  } else {
    meta("meta", `发布时间：${stamp}`);
    meta("meta", `来源：${source}`);
  }
  let creditMeta = null;
  if (rng() < 0.6) {
    const text = `作者：${rng() < 0.5 ? "记者" : ""}${reporters.join(" ")}`;
    creditMeta = { role: "meta-credit", text, ...w.put(text) };
    furniture.push(creditMeta);
    w.put("\n");
  }
  if (rng() < 0.5) meta("meta", "【字号 大 中 小】");
  if (rng() < 0.3) meta("meta", "分享到：");
  if (rng() < 0.6) w.put("\n");
  const indent = rng() < 0.5 ? "　　" : "";
  for (const b of item.blocks.filter((b) => !HEADLINE_ROLES.has(b.role))) {
    const s = w.text.length + (b.role === "para" ? indent.length : 0);
    w.put((b.role === "para" ? indent : "") + b.text);
    placed.push({ role: b.role, text: b.text, start: s, end: w.text.length });
    w.put(rng() < 0.3 ? "\n\n" : "\n");
  }
  const coreEnd = Math.max(...placed.map((b) => b.end));
  if (rng() < 0.6) meta("editor", `${rng() < 0.5 ? "责任编辑" : "编辑"}：${personName(rng)}`);
  if (rng() < 0.5) meta("meta", "分享到：微信 微博 QQ空间");
  const a = goldArticle(item, placed, "before");
  a.outer = { start: a.span.start, end: Math.max(coreEnd, w.text.length) };
  return { text: w.text, gold: { id: page.id, kind: "web", split: page.split, published: stamp, reporters, articles: [a], furniture } };
}
