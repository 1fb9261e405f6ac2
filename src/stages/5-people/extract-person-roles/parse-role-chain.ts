/**
 * The roles written before a name, read right to left from the name: 示范区（高新区）党工委书记、
 * 管委会主任吕沛 gives 管委会主任 and 党工委书记 (示范区（高新区）); 副会长兼秘书长周荫如 gives
 * 秘书长 (qualifier 兼) and 副会长.
 */
import { QUALIFIERS, whoLexicon, type WhoLexicon } from "../../../lexicon/who-lexicon.js";
import { resolveDictionaries } from "../../../lexicon/user-dictionaries.js";
import type { ResolvedDictionaries } from "../../../contracts/lexicon.js";
import { isHanCode } from "../names/han.js";
import { nameScore } from "../names/score-name.js";

/** One role of a chain, in text coordinates. */
export interface ChainRole {
  readonly start: number;
  readonly end: number;
  readonly title: string;
  readonly qualifiers: readonly string[];
  /** The written organization prefix, when it ends like an organization (局, 分行, 大学 …). */
  readonly organization: { readonly start: number; readonly end: number } | null;
  /** The prefix is a reference (该行, 该局): the organization is an earlier one ending in `suffix`. */
  readonly organizationRef: string | null;
}

/** The longest organization prefix reaches back this far. */
const MAX_PREFIX = 24;
/**
 * Characters that never sit inside an organization prefix: all but Han and brackets
 * (`/[^\u3400-\u9fff（）()]/u`), checked on the code since it runs at each character of a prefix.
 */
function isPrefixStopCode(code: number): boolean {
  return !(isHanCode(code) || code === 0xff08 /* （ */ || code === 0xff09 /* ） */ || code === 0x28 || code === 0x29);
}
/** One-character words that end a prefix (与, 和, 在); 作 in 苏家作乡 does not. */
const PREFIX_STOP_CHARS = "与和及同在由对向为是的了将把被让请经据并等跟给从";
/**
 * The organization a prefix refers to (该行 → 行, 本局 → 局), or null: what
 * `/^(?:该|本|此)([\u3400-\u9fff]{1,3})$/u` captures, read on char codes, since on a fresh process
 * the regex's first runs compile it.
 */
export function referenceIn(prefix: string): string | null {
  if (prefix.length < 2 || prefix.length > 4) return null;
  const first = prefix.charCodeAt(0);
  if (first !== 0x8be5 /* 该 */ && first !== 0x672c /* 本 */ && first !== 0x6b64 /* 此 */) return null;
  for (let i = 1; i < prefix.length; i++) if (!isHanCode(prefix.charCodeAt(i))) return null;
  return prefix.slice(1);
}

function qualifierEndingAt(text: string, end: number): string {
  // startsWith clamps a negative position to 0, which would read 常务 at the start forever.
  // An index loop: for…of allocates an iterator result per step when run interpreted (a fresh process's first page).
  for (let i = 0; i < QUALIFIERS.length; i++) {
    const q = QUALIFIERS[i]!;
    if (end - q.length >= 0 && text.startsWith(q, end - q.length)) return q;
  }
  return "";
}

/** Whether the character at `at` is part of a word that names things (长江数据科技, 经济开发区). */
function insideWord(lex: WhoLexicon, text: string, at: number): boolean {
  return lex.innerWords.startingAt(text, at) !== "" || lex.innerWords.endingAt(text, at + 1) !== "" || innerWordAround(lex, text, at);
}

/** A three-character entry (给排水) with the character in its middle. */
function innerWordAround(lex: WhoLexicon, text: string, at: number): boolean {
  return at > 0 && lex.innerWords.words.has(text.slice(at - 1, at + 2));
}

/** Where the organization prefix before `end` starts: back to punctuation, a verb or a preposition. */
function prefixStart(lex: WhoLexicon, text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < MAX_PREFIX) {
    const ch = text[start - 1]!;
    if (isPrefixStopCode(text.charCodeAt(start - 1))) break;
    // 本报讯（记者张三）市长李明, （某某社记者林志明台北27日电）台北市长: a bracket that holds a
    // credit or a dateline closes the opener; only an alias (示范区（高新区）) is part of a name.
    if ((ch === "）" || ch === ")") && !isAliasBracket(lex, text, start - 1)) break;
    // 收听收看中央宣讲团成员, 吕沛与中国农业发展银行…行长: a verb or a preposition ends the prefix.
    const word = lex.endWords.endingAt(text, start);
    const stops = word.length > 1 || (PREFIX_STOP_CHARS.includes(ch) && !insideWord(lex, text, start - 1) && !joinsNameParts(lex, text, start - 1, end));
    if (stops && !(ch === "委" || ch === "会")) break;
    start--;
  }
  // An unbalanced bracket belongs to the text before: …会议（扩大） is not an organization.
  if (text[start] === "）" || text[start] === ")") start++;
  return start;
}

/** A name reading before a conjunction scoring at least this is a person's (李四及…, 张三和…): 食物 scores -8.3, 劳工 -5.4, 李四 -4.5. */
const NAME_BEFORE_CONJUNCTION = -5;

/**
 * Whether the 和 or 及 at `at` joins two parts of one organization name (創新科技及工業局,
 * 人力资源和社会保障局, 国家发展和改革委员会) rather than two people or bodies (李四及市教育局局长,
 * 教育局和卫生局局长): Han text on both sides, the part after it already in the prefix (to
 * `end`), and the part before it neither a body, a title, nor a name.
 */
function joinsNameParts(lex: WhoLexicon, text: string, at: number, end: number): boolean {
  const ch = text[at];
  if ((ch !== "和" && ch !== "及") || end - at < 3 || at < 2) return false;
  if (!isHanCode(text.charCodeAt(at - 1)) || !isHanCode(text.charCodeAt(at - 2))) return false;
  if (lex.organizationSuffixes.endingAt(text, at) !== "" || lex.titles.endingAt(text, at) !== "") return false;
  for (let length = 2; length <= 3 && at - length >= 0; length++) {
    if (!isHanCode(text.charCodeAt(at - length))) break;
    if (nameScore(lex, text, at - length, at) >= NAME_BEFORE_CONJUNCTION) return false;
  }
  return true;
}

/**
 * Offices whose first character names the body they head, written once for both (社会局长 for
 * 社会局局长, 卫福部长, 行政院长, 教育厅长, 财政司长): a closed set of heads of departments.
 * Heads of a jurisdiction (台北市长) and of a school (北京四中校长) are left out.
 */
const SHARED_BODY_TITLES = ["局长", "部长", "院长", "厅长", "处长", "署长", "司长"];

/**
 * 社会局长: the organization is the prefix and the title's first character (社会局), when the
 * prefix does not name a body already (市教育局局长, 研究中心处长) and is no modifier of the
 * office (新任局长, 这位局长).
 */
function sharedBody(lex: WhoLexicon, text: string, start: number, officeStart: number, title: string): { start: number; end: number } | null {
  if (!SHARED_BODY_TITLES.includes(title) || officeStart - start < 2) return null;
  const last = text[officeStart - 1]!;
  if (last === title[0] || last === "任" || last === "位") return null;
  if (lex.organizationSuffixes.endingAt(text, officeStart).length > 1) return null;
  for (let i = start; i < officeStart; i++) if (!isHanCode(text.charCodeAt(i))) return null;
  return { start, end: officeStart + 1 };
}

/**
 * Whether the bracket that closes at `close` holds an alias of the name before it (示范区（高新区）):
 * Han characters only, after Han text, not a credit (（记者张三）) and not a dateline (…27日电）).
 */
function isAliasBracket(lex: WhoLexicon, text: string, close: number): boolean {
  const open = Math.max(text.lastIndexOf("（", close), text.lastIndexOf("(", close));
  if (open <= 0 || close - open < 2 || close - open > 12 || !isHanCode(text.charCodeAt(open - 1))) return false;
  for (let i = open + 1; i < close; i++) if (!isHanCode(text.charCodeAt(i))) return false;
  // 本报讯（, …电（: the bracket of an opener.
  const before = text[open - 1];
  if (before === "讯" || before === "电") return false;
  return lex.leadingMarkers.startingAt(text, open + 1) === "" && text[close - 1] !== "电";
}

/** Splits a prefix into its organization and the 原/前 qualifiers written inside it. */
function readPrefix(lex: WhoLexicon, text: string, start: number, end: number): Pick<ChainRole, "organization" | "organizationRef"> & { qualifiers: string[] } {
  const qualifiers: string[] = [];
  let s = start;
  // 原局长: the 原 before the office is read by the chain already; only one written before an organization is read here.
  if (s < end && (text[s] === "原" || text[s] === "前")) {
    qualifiers.push(text[s]!);
    s++;
  }
  const prefix = text.slice(s, end);
  const reference = referenceIn(prefix);
  if (reference !== null) return { organization: null, organizationRef: reference, qualifiers };
  // 国防大学原战略研究所: 原 after an organization qualifies the role and is no part of the
  // organization, which is the unit the title heads, written after it (战略研究所); the role's text
  // keeps the whole.
  for (let i = s + 1; i < end - 1; i++) {
    if ((text[i] === "原" || text[i] === "前") && lex.organizationSuffixes.endingAt(text, i) !== "") {
      qualifiers.push(text[i]!);
      s = i + 1;
      break;
    }
  }
  // 示范区（高新区）: the name before a bracketed alias decides.
  let named = end;
  if (text[end - 1] === "）" || text[end - 1] === ")") {
    const open = Math.max(text.lastIndexOf("（", end), text.lastIndexOf("(", end));
    if (open > s) named = open;
  }
  if (named - s < 2 || lex.organizationSuffixes.endingAt(text, named) === "") return { organization: null, organizationRef: null, qualifiers };
  return { organization: { start: s, end }, organizationRef: null, qualifiers };
}

/**
 * The chain of roles that ends at `end` (where a name starts), nearest first; empty if no title ends there.
 * The titles are those of `dictionaries` (the built-in ones when not given).
 *
 * @example
 * ```ts
 * parseRoleChain("示范区科创局局长刘静", 8); // => [{ title: "局长", organization: { start: 0, end: 6 }, … }]
 * ```
 */
export function parseRoleChain(text: string, end: number, dictionaries: ResolvedDictionaries = resolveDictionaries()): ChainRole[] {
  return parseRoleChainWith(whoLexicon(dictionaries), text, end);
}

/** {@link parseRoleChain} with the lexicon compiled by the caller. */
export function parseRoleChainWith(lex: WhoLexicon, text: string, end: number): ChainRole[] {
  const titles = lex.titles;
  const roles: ChainRole[] = [];
  let at = end;
  for (let guard = 0; guard < 8; guard++) {
    const title = titles.endingAt(text, at);
    if (title === "") break;
    // The office with the qualifiers that change it (副行长, 常务副市长); 兼, 原 and 前 stay outside.
    let officeStart = at - title.length;
    const qualifiers: string[] = [];
    for (let q = qualifierEndingAt(text, officeStart); q !== "" && q !== "兼" && q !== "原" && q !== "前"; q = qualifierEndingAt(text, officeStart)) {
      qualifiers.unshift(q);
      officeStart -= q.length;
    }
    const office = text.slice(officeStart, at);
    // 副会长兼秘书长周荫如: 兼 joins the office to the role before it.
    if (text[officeStart - 1] === "兼" && titles.endingAt(text, officeStart - 1) !== "") {
      roles.push({ start: officeStart - 1, end: at, title: office, qualifiers: ["兼", ...qualifiers], organization: null, organizationRef: null });
      at = officeStart - 1;
      continue;
    }
    let writtenStart = officeStart;
    // 前总统, 原局长: written right before the office.
    if (text[writtenStart - 1] === "原" || text[writtenStart - 1] === "前") {
      qualifiers.unshift(text[writtenStart - 1]!);
      writtenStart--;
    }
    const start = prefixStart(lex, text, writtenStart);
    const prefix = readPrefix(lex, text, start, writtenStart);
    const shared = writtenStart === officeStart && prefix.organizationRef === null ? sharedBody(lex, text, prefix.organization?.start ?? start + prefix.qualifiers.length, officeStart, office) : null;
    roles.push({
      start,
      end: at,
      title: office,
      qualifiers: [...prefix.qualifiers, ...qualifiers],
      organization: shared ?? prefix.organization,
      organizationRef: prefix.organizationRef,
    });
    // 党工委书记、管委会主任韩东升: a title before 、 continues the chain.
    if (start > 1 && text[start - 1] === "、" && titles.endingAt(text, start - 1) !== "") {
      at = start - 1;
      continue;
    }
    break;
  }
  return inheritOrganizations(lex, text, roles);
}

/**
 * 党工委书记、管委会主任: a role written without an organization shares the one written before it in
 * the chain, unless the two cannot be the same body: in 县委副书记、县长 the 县长 heads the county's
 * government, not its party committee.
 */
function inheritOrganizations(lex: WhoLexicon, text: string, roles: readonly ChainRole[]): ChainRole[] {
  const out = [...roles];
  for (let i = out.length - 2; i >= 0; i--) {
    const role = out[i]!;
    const farther = out[i + 1]!;
    if (role.organization !== null || role.organizationRef !== null) continue;
    if (farther.organization === null && farther.organizationRef === null) continue;
    const inherited = farther.organization !== null ? text.slice(farther.organization.start, farther.organization.end) : farther.organizationRef!;
    if (headsGovernment(role.title) && isCommittee(inherited)) continue;
    // 新区党工委副书记、管委会主任: the 管委会 is its own body, under the 新区, not the 党工委.
    if (namesOwnBody(lex, role.title) && !namesOwnBody(lex, farther.title) && farther.organization !== null) {
      const parent = parentOrganization(lex, text, farther.organization);
      if (parent !== null) out[i] = { ...role, organization: parent, organizationRef: null };
      continue;
    }
    out[i] = { ...role, organization: farther.organization, organizationRef: farther.organizationRef };
  }
  return out;
}

/** Whether the title names the body it heads (管委会主任, 党工委书记): a body name ends inside it. */
function namesOwnBody(lex: WhoLexicon, title: string): boolean {
  for (let k = 2; k < title.length; k++) if (lex.organizationSuffixes.endingAt(title, k).length > 1) return true;
  return false;
}

/** 新区党工委 → 新区: the organization without the body it ends with, when what is left ends like one. */
function parentOrganization(lex: WhoLexicon, text: string, org: { readonly start: number; readonly end: number }): { start: number; end: number } | null {
  const body = lex.organizationSuffixes.endingAt(text, org.end);
  const end = org.end - body.length;
  if (body.length < 2 || end - org.start < 2 || lex.organizationSuffixes.endingAt(text, end) === "") return null;
  return { start: org.start, end };
}

/** The head of a government by its level (县长, 副市长, 常务副区长, 乡长): an office named after its jurisdiction. */
function headsGovernment(title: string): boolean {
  return title.length >= 2 && title.endsWith("长") && JURISDICTIONS.includes(title[title.length - 2]!);
}

/** The levels of government whose head is their level + 长: 省长, 市长, 县长, 区长, 州长, 旗长, 盟长, 乡长, 镇长. */
const JURISDICTIONS = "省市县区州旗盟乡镇";

/** A committee or a party group (县委, 镇党委, 市发改委, 党组): a body no government head belongs to. */
function isCommittee(organization: string): boolean {
  return organization.endsWith("委") || organization.endsWith("党组");
}
