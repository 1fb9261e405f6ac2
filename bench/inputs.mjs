// Benchmark and robustness inputs, all generated in code. Real newspaper text is never copied
// into the repository: the multi-page text is built from ../shared (the seed page and two
// corpora, read in place) when it is there, and from the repository's own sample page otherwise.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const shared = resolve(root, "../shared");

const SEED_PAGE = resolve(shared, "seed/000_91a9bd5edd0f3660.txt");
const PEOPLES_DAILY = resolve(shared, "corpora/pku-peoples-daily-1998/199801-01to05.pfr.utf8.txt");
const SOGOU = resolve(shared, "corpora/sogou-news-sample/news_sohusite_xml.smarty.dat");

/** The repository's bundled sample page. */
export function samplePage() {
  return readFileSync(resolve(root, "examples/sample-page.txt"), "utf8");
}

/** Column width, in characters, that the generated pages wrap their paragraphs at. */
const COLUMN = 22;

function wrap(paragraph, width = COLUMN) {
  const lines = [];
  for (let i = 0; i < paragraph.length; i += width) lines.push(paragraph.slice(i, i + width));
  return lines.join("\n");
}

/** People's Daily, January 1998: paragraphs grouped by page and article, tags stripped. */
function peoplesDailyPages() {
  if (!existsSync(PEOPLES_DAILY)) return [];
  const pages = new Map();
  for (const line of readFileSync(PEOPLES_DAILY, "utf8").split("\n")) {
    const m = /^(\d{8}-\d{2})-(\d{3})-\d{3}\/m\s+(.*)$/u.exec(line.trim());
    if (!m) continue;
    const text = m[3].split(/\s+/u).map((token) => token.replace(/\/[A-Za-z]+$/u, "").replace(/^\[/u, "").replace(/\][a-z]*$/u, "")).join("");
    if (!text) continue;
    const articles = pages.get(m[1]) ?? new Map();
    pages.set(m[1], articles);
    const paragraphs = articles.get(m[2]) ?? [];
    articles.set(m[2], paragraphs);
    paragraphs.push(text);
  }
  return [...pages.values()].map((articles) =>
    [...articles.values()]
      // The first paragraph of an article is its headline; the rest wrap in a column.
      .map(([title, ...body]) => [title, "", ...body.map((p) => wrap(p))].join("\n"))
      .join("\n\n"),
  );
}

/** Sohu news, mid-2012: headline and body, the body cut into paragraphs and wrapped. */
function sogouPages() {
  if (!existsSync(SOGOU)) return [];
  const raw = readFileSync(SOGOU, "utf8");
  const articles = [];
  const re = /<contenttitle>([^<]*)<\/contenttitle>\s*<content>([^<]*)<\/content>/gu;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const [, title, content] = m;
    if (!title || !content) continue;
    const paragraphs = content.split(/(?<=。)(?=.{80,})/u).map((p) => wrap(p));
    articles.push([title, "", ...paragraphs].join("\n"));
  }
  const pages = [];
  for (let i = 0; i < articles.length; i += 5) pages.push(articles.slice(i, i + 5).join("\n\n"));
  return pages;
}

let pagesCache;
/** The pages the multi-page text cycles through, and where they came from. */
export function sourcePages() {
  if (!pagesCache) {
    const seed = existsSync(SEED_PAGE) ? [readFileSync(SEED_PAGE, "utf8")] : [];
    const pages = [samplePage(), ...seed, ...peoplesDailyPages(), ...sogouPages()];
    const source =
      pages.length > 1
        ? `sample page + ../shared seed page, People's Daily 1998 and Sogou news (${pages.length} pages, read in place)`
        : "the sample page repeated (../shared is absent)";
    pagesCache = { pages, source };
  }
  return pagesCache;
}

/**
 * A text of many pages, `chars` UTF-16 code units long, pages separated by blank lines: the
 * pages of sourcePages() by default (../shared's when it is there), or the pages given.
 */
export function multiPage(chars, pages = sourcePages().pages) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const page = pages[i % pages.length];
    parts.push(page, "\n\n\n");
    length += page.length + 3;
  }
  return parts.join("").slice(0, chars);
}

/**
 * The bundled sample page repeated to `chars`: the same text with and without ../shared, for
 * tests whose verdict must not depend on what lies beside the clone. Its reporters are credited
 * on every copy, which is what makes per-person summaries grow with the page.
 */
export function repeatedSample(chars) {
  return multiPage(chars, [samplePage()]);
}

const HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞";
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

/** A deterministic pseudo-random sequence (a linear congruential generator). */
function random(seed) {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x >>> 8;
  };
}

/**
 * The pathological inputs of issue 6, each `chars` long: long runs of one thing, no punctuation,
 * huge lines, unclosed brackets.
 */
export const pathological = {
  /** One line of Han characters without any punctuation or line break. */
  "one line, no punctuation": (chars) => {
    const next = random(1);
    let s = "";
    const parts = [];
    for (let i = 0; i < chars; i++) {
      s += HAN[next() % HAN.length];
      if (s.length >= 4096) parts.push(s), (s = "");
    }
    parts.push(s);
    return parts.join("");
  },
  /** 记者记者记者…: 100,000 repetitions at 200 KB. */
  "记者 repeated": (chars) => "记者".repeat(Math.ceil(chars / 2)).slice(0, chars),
  /** 本报讯（本报讯（…: openers whose bracket never closes. */
  "本报讯（ unclosed, repeated": (chars) => "本报讯（".repeat(Math.ceil(chars / 4)).slice(0, chars),
  /** A run of ASCII spaces. */
  "spaces": (chars) => " ".repeat(chars),
  /** Short lines without a Han character: nothing for the labeller's cohesion to read, line after line. */
  "lines without Han text": (chars) => "a1\n".repeat(Math.ceil(chars / 3)).slice(0, chars),
  /** 王明、李华、…: names joined by 、 (10,000 names at 40 KB). */
  "names joined by 、": (chars) => {
    const next = random(2);
    const parts = [];
    let length = 0;
    while (length < chars) {
      const name = SURNAMES[next() % SURNAMES.length] + HAN[next() % HAN.length] + (next() % 2 ? HAN[next() % HAN.length] : "");
      parts.push(name);
      length += name.length + 1;
    }
    return parts.join("、").slice(0, chars);
  },
};

/** The size (in characters) at which issue 6 names each pathological input. */
export const issueSizes = {
  "one line, no punctuation": 1_000_000,
  "记者 repeated": 200_000,
  "本报讯（ unclosed, repeated": 1_000_000,
  "spaces": 1_000_000,
  "lines without Han text": 1_000_000,
  /** Computed on first read: generating 10,000 names is not free. */
  get "names joined by 、"() {
    return namesLength(10_000);
  },
};

function namesLength(count) {
  const text = pathological["names joined by 、"](count * 4);
  const cut = text.split("、").slice(0, count).join("、");
  return cut.length;
}
