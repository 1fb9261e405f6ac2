/**
 * The learned name model: an averaged perceptron that scores a CANDIDATE span (a surname and one or
 * two given characters, 张某某 in 张某某说) by character features: the characters themselves, their
 * surname and given-name shares, and the words on either side (说, 、, 和, a title, a quote).
 * Only spans that start with a surname are scored, so the cost is a few lookups per surname on a
 * page, not a tagger over every character. The weights are data: dictionaries/name-model.txt,
 * trained by scripts/who/train-name-model.mjs, which runs these very functions.
 */
import { shareBin as bin, type CharStats } from "../../../lexicon/char-stats.js";
import { FNV_OFFSET, mix, type NameWeights } from "../../../lexicon/name-weights.js";
import type { SurnameTable } from "../../../lexicon/surname-table.js";
import type { WordSet } from "../../../lexicon/word-set.js";
import { isHanCode } from "./han.js";

/** What the features read: the lexicon parts the model was trained with. */
export interface NameModelLexicon {
  readonly surnames: SurnameTable;
  readonly chars: CharStats;
  readonly endWords: WordSet;
  readonly titles: WordSet;
  readonly honorifics: WordSet;
  readonly organizationSuffixes: WordSet;
}

/**
 * A candidate span `[start, end)` whose first `surnameLength` units are its surname; 0 for a
 * transliterated name (塔拉尔, 约翰·加朗, 泽仁桑珠), which has none.
 */
export interface NameCandidate {
  readonly start: number;
  readonly end: number;
  readonly surnameLength: number;
}

/**
 * The candidates that start at `at`: the surname there and one or two given characters, all Han.
 * A given character that is almost never one (的, 了) ends the candidates: 王的 is no name.
 *
 * @example
 * ```ts
 * nameCandidatesAt(lex, "张晓明说", 0).map((c) => c.end); // => [2, 3]
 * ```
 */
export function nameCandidatesAt(lex: NameModelLexicon, text: string, at: number): NameCandidate[] {
  const out: NameCandidate[] = [];
  pushNameCandidates(lex, text, at, out);
  return out;
}

/** {@link nameCandidatesAt}, pushed to `out`: no array per position of a long page. */
function pushNameCandidates(lex: NameModelLexicon, text: string, at: number, out: NameCandidate[]): void {
  const sl = lex.surnames.lengthAt(text, at);
  if (sl === 0 || at + sl > text.length || !mayStartName(lex, text, at)) return;
  for (let given = 1; given <= 2; given++) {
    const g = at + sl + given - 1;
    const code = text.charCodeAt(g);
    if (!isHanCode(code) || lex.chars.given(code) < MIN_GIVEN_SHARE) break;
    out.push({ start: at, end: g + 1, surnameLength: sl });
  }
}

/**
 * Whether a name may start at `at`: the text starts, a non-Han character or a word that precedes
 * names (据, 和, 说) is before it, or a character that was seen before a name often enough. Most
 * characters are never followed by a name (中国人, 大家庭): no candidate is read there.
 */
function mayStartName(lex: NameModelLexicon, text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1);
  if (!isHanCode(code)) return true;
  if (lex.endWords.endingAt(text, at) !== "") return true;
  return lex.chars.before(code) >= MIN_BEFORE_SHARE;
}

/** Below this share a character is not taken as one that may precede a name. */
export const MIN_BEFORE_SHARE = 0;

/** Below this share a character is not tried as a given-name character (的, 了, 在). */
export const MIN_GIVEN_SHARE = 0.003;

/** Below this share a character is not read as part of a transliterated name (的, 在, 国). */
export const MIN_FOREIGN_SHARE = 0.01;

/** The longest transliterated name tried, in characters (· included): 铁木尔·达瓦买提 is 8. */
const MAX_FOREIGN = 8;

const MIDDLE_DOT = 0xb7; // ·
const BULLET = 0x2022; // •

/** Whether `text[at]` may be part of a transliterated name: a Han character often seen in one. */
function foreignAt(lex: NameModelLexicon, text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return isHanCode(code) && lex.chars.foreign(code) >= MIN_FOREIGN_SHARE;
}

/** Whether `text[at]` joins the parts of a transliterated name (约翰·加朗): a dot between two of its characters. */
function foreignJoinAt(lex: NameModelLexicon, text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code === MIDDLE_DOT || code === BULLET) && foreignAt(lex, text, at - 1) && foreignAt(lex, text, at + 1);
}

/**
 * The end of the run of transliteration characters (and the dots between them) that starts at
 * `at`, capped a little past the longest name tried; `at` itself when there is none.
 */
function foreignRunEnd(lex: NameModelLexicon, text: string, at: number): number {
  let end = at;
  while (end - at < MAX_FOREIGN + 2 && (foreignAt(lex, text, end) || (end > at && foreignJoinAt(lex, text, end)))) end++;
  return end;
}

/**
 * The transliterated-name candidates of the run of transliteration characters that starts at `at`
 * (塔拉尔将 in 塔拉尔将出任): spans of two to {@link MAX_FOREIGN} characters that start at the
 * run's first or second character, pushed to `out`. The run must start there: a run is read once.
 */
function pushForeignCandidates(lex: NameModelLexicon, text: string, at: number, out: NameCandidate[]): void {
  const end = foreignRunEnd(lex, text, at);
  for (let s = at; s <= at + 1 && s + 2 <= end; s++) {
    for (let e = s + 2; e <= Math.min(end, s + MAX_FOREIGN); e++) {
      if (text.charCodeAt(e - 1) === MIDDLE_DOT || text.charCodeAt(e - 1) === BULLET) continue;
      out.push({ start: s, end: e, surnameLength: 0 });
    }
  }
}

/** The character at `at` as a context unit: itself if Han or punctuation, else its class (^ past either end, 0 digit, a letter, _ space). */
function contextUnit(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (!(code >= 0)) return 0x5e;
  if (isHanCode(code)) return code;
  if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) return 0x30;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xff21 && code <= 0xff5a)) return 0x61;
  if (code <= 0x20 || code === 0x3000 || code === 0xa0) return 0x5f;
  return code;
}


/**
 * Receives the features of a candidate one unit at a time, so that scoring builds no strings: a
 * feature is its template letter, then units and integers, as its key in dictionaries/name-model.txt
 * is written (`R说|31`: R, 说, |, 31).
 */
export interface FeatureSink {
  open(letter: number): void;
  unit(code: number): void;
  units(text: string, start: number, end: number): void;
  /** An integer, written in decimal as String(n) writes it. */
  int(n: number): void;
  close(): void;
}

const BAR = 0x7c; // |

/** A feature of one integer value: its letter and the value (B31, g-4). */
function valueFeature(sink: FeatureSink, letter: number, value: number): void {
  sink.open(letter);
  sink.int(value);
  sink.close();
}

/**
 * Gives `sink` each feature of the candidate (see {@link FeatureSink}). `repeats` is how often the
 * same string is a candidate elsewhere in the text (see {@link allNameCandidates}).
 */
export function visitNameFeatures(lex: NameModelLexicon, text: string, c: NameCandidate, repeats: number, out: FeatureSink): void {
  const { start, end, surnameLength: sl } = c;
  // A transliterated name's features are its own (every key marked ~): its contexts and counts
  // weigh differently from a Chinese name's, and learning them apart keeps the Chinese weights as they were.
  const sink = sl === 0 ? FOREIGN_KEYS.over(out) : out;
  const chars = lex.chars;
  const n = end - start;
  const size = n * 10 + sl;
  valueFeature(sink, 0x42 /* B */, size);
  // The whole string: words written often enough (南非, 文学) learn that they are no one.
  sink.open(0x57 /* W */), sink.units(text, start, end), sink.close();
  if (sl === 0) visitForeignFeatures(lex, text, start, end, sink);
  else {
    sink.open(0x53 /* S */), sink.units(text, start, start + sl), sink.close();
    // Logarithms and bins of the shares as CharStats keeps them (the same numbers, worked out once a character).
    let sum = sl === 2 ? Math.log(0.5) : chars.surnameLog(text.charCodeAt(start));
    if (sl === 2) sink.open(0x73 /* s */), sink.unit(0x43 /* C */), sink.close();
    else valueFeature(sink, 0x73 /* s */, chars.surnameBin(text.charCodeAt(start)));
    for (let i = start + sl; i < end; i++) {
      const code = text.charCodeAt(i);
      sum += chars.givenLog(code);
      const first = i === start + sl;
      sink.open(first ? 0x47 /* G */ : 0x48 /* H */), sink.unit(code), sink.close();
      valueFeature(sink, first ? 0x67 /* g */ : 0x68 /* h */, chars.givenBin(code));
    }
    sink.open(0x6d /* m */), sink.int(bin(Math.exp(sum / n))), sink.unit(BAR), sink.int(size), sink.close();
    visitGivenPairFeatures(chars, text, start, sl, end, size, sink);
  }
  const left = contextUnit(text, start - 1);
  const right = contextUnit(text, end);
  sink.open(0x4c /* L */), sink.unit(left), sink.close();
  sink.open(0x4d /* M */), sink.unit(contextUnit(text, start - 2)), sink.unit(left), sink.close();
  sink.open(0x52 /* R */), sink.unit(right), sink.unit(BAR), sink.int(size), sink.close();
  sink.open(0x51 /* Q */), sink.unit(right), sink.unit(contextUnit(text, end + 1)), sink.close();
  sink.open(0x43 /* C */), sink.unit(left), sink.unit(BAR), sink.unit(right), sink.close();
  sink.open(0x65 /* e */), sink.int(lex.endWords.startingAt(text, end).length), sink.unit(BAR), sink.int(size), sink.close();
  if (lex.titles.startingAt(text, end) !== "") sink.open(0x74 /* t */), sink.close();
  if (lex.titles.endingAt(text, start) !== "") sink.open(0x54 /* T */), sink.close();
  if (lex.honorifics.startingAt(text, end) !== "") sink.open(0x6f /* o */), sink.close();
  // 吕沛强调: the last character starts a word that follows names; 师范大学: it ends an organization.
  // 张三说: it is a word after a name by itself.
  const inner = lex.endWords.startingAt(text, end - 1).length;
  if (n - sl > 1 && inner > 0) valueFeature(sink, 0x77 /* w */, Math.min(inner, 2));
  const suffix = lex.organizationSuffixes.endingAt(text, end);
  if (suffix !== "") valueFeature(sink, 0x75 /* u */, Math.min(suffix.length, 2));
  const next = text.charCodeAt(end);
  if (isHanCode(next)) {
    valueFeature(sink, 0x66 /* f */, chars.followBin(next));
    sink.open(0x78 /* x */), sink.int(chars.givenBin(next)), sink.unit(BAR), sink.int(size), sink.close();
  }
  const prev = text.charCodeAt(start - 1);
  if (isHanCode(prev)) valueFeature(sink, 0x62 /* b */, chars.beforeBin(prev));
  valueFeature(sink, 0x72 /* r */, repeats);
}

/** How often a character was seen at all, as a coarse bin: 0, 1–2, 3–9, 10–99, 100 or more. */
function seenBin(total: number): number {
  return total === 0 ? 0 : total < 3 ? 1 : total < 10 ? 2 : total < 100 ? 3 : 4;
}

/**
 * Features that join two of a Chinese candidate's counts: the surname's and the first given
 * character's shares, the two given characters' shares (both common in names, or one rare), and
 * how often the given characters were seen at all, which says how far their shares can be trusted
 * (a share counted on two sightings is a guess).
 */
function visitGivenPairFeatures(chars: CharStats, text: string, start: number, sl: number, end: number, size: number, sink: FeatureSink): void {
  const first = text.charCodeAt(start + sl);
  const g = chars.givenBin(first);
  const s = sl === 2 ? 1 : chars.surnameBin(text.charCodeAt(start));
  let seen = seenBin(chars.total(first));
  if (end - start - sl === 2) {
    const second = text.charCodeAt(end - 1);
    seen = Math.min(seen, seenBin(chars.total(second)));
    sink.open(0x6a /* j */), sink.int(g), sink.unit(BAR), sink.int(chars.givenBin(second)), sink.close();
  } else sink.open(0x69 /* i */), sink.int(s), sink.unit(BAR), sink.int(g), sink.close();
  sink.open(0x6e /* n */), sink.int(seen), sink.unit(BAR), sink.int(size), sink.close();
}

/**
 * The features of a transliterated-name candidate's own characters: its first and last, how
 * foreign they read (mean and least foreign share, how many are more often foreign than Chinese
 * name characters), a joining dot, and whether the run of such characters goes on past either
 * end (斯卡拉 in 代表斯卡拉表示 does not; 巴基斯 in 巴基斯坦 does).
 */
function visitForeignFeatures(lex: NameModelLexicon, text: string, start: number, end: number, sink: FeatureSink): void {
  const chars = lex.chars;
  let sum = 0;
  let least = 1;
  let strong = 0;
  let han = 0;
  let dot = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isHanCode(code)) {
      dot = 1;
      continue;
    }
    const foreign = chars.foreign(code);
    han++;
    sum += Math.log(foreign);
    least = Math.min(least, foreign);
    if (foreign > chars.given(code) + chars.surname(code)) strong++;
  }
  const span = Math.min(han, 5);
  sink.open(0x46 /* F */), sink.unit(text.charCodeAt(start)), sink.close();
  sink.open(0x4b /* K */), sink.unit(text.charCodeAt(end - 1)), sink.close();
  sink.open(0x79 /* y */), sink.int(bin(Math.exp(sum / han))), sink.unit(BAR), sink.int(span), sink.close();
  valueFeature(sink, 0x7a /* z */, bin(least));
  sink.open(0x6b /* k */), sink.int(han - strong), sink.unit(BAR), sink.int(span), sink.close();
  valueFeature(sink, 0x64 /* d */, dot);
  valueFeature(sink, 0x76 /* v */, (foreignAt(lex, text, start - 1) ? 1 : 0) + (foreignAt(lex, text, end) ? 2 : 0));
}

/** Passes features on with their key marked `~` after the template letter: the transliterated-name features. */
class MarkedSink implements FeatureSink {
  private out: FeatureSink = this;
  over(out: FeatureSink): FeatureSink {
    this.out = out;
    return this;
  }
  open(letter: number): void {
    this.out.open(letter);
    this.out.unit(0x7e);
  }
  unit(code: number): void {
    this.out.unit(code);
  }
  units(text: string, start: number, end: number): void {
    this.out.units(text, start, end);
  }
  int(n: number): void {
    this.out.int(n);
  }
  close(): void {
    this.out.close();
  }
}

/** One marking sink, reused: features are visited one candidate at a time and never re-entered. */
const FOREIGN_KEYS = new MarkedSink();

/** Sums the weights of the features it receives, hashing each as {@link featureHash} hashes its key. */
export class ScoreSink implements FeatureSink {
  score = 0;
  private hash = FNV_OFFSET;
  constructor(private readonly weights: NameWeights) {}
  open(letter: number): void {
    this.hash = mix(FNV_OFFSET, letter);
  }
  unit(code: number): void {
    this.hash = mix(this.hash, code);
  }
  units(text: string, start: number, end: number): void {
    let hash = this.hash;
    for (let i = start; i < end; i++) hash = mix(hash, text.charCodeAt(i));
    this.hash = hash;
  }
  int(n: number): void {
    let hash = this.hash;
    if (n < 0) (hash = mix(hash, 0x2d)), (n = -n);
    // Bins, sizes and counts are one or two digits: written without the division loop.
    if (n < 10 && n === (n | 0)) {
      this.hash = mix(hash, 0x30 + n);
      return;
    }
    if (n < 100 && n === (n | 0)) {
      const tens = (n / 10) | 0;
      this.hash = mix(mix(hash, 0x30 + tens), 0x30 + n - tens * 10);
      return;
    }
    let d = 1;
    while (d * 10 <= n) d *= 10;
    for (; d >= 1; d /= 10) hash = mix(hash, 0x30 + (Math.floor(n / d) % 10));
    this.hash = hash;
  }
  close(): void {
    this.score += this.weights.get(this.hash) ?? 0;
  }
}

/** Collects the features it receives as strings: the keys the trainer writes. */
export class KeySink implements FeatureSink {
  readonly keys: string[] = [];
  private key = "";
  open(letter: number): void {
    this.key = String.fromCharCode(letter);
  }
  unit(code: number): void {
    this.key += String.fromCharCode(code);
  }
  units(text: string, start: number, end: number): void {
    this.key += text.slice(start, end);
  }
  int(n: number): void {
    this.key += String(n);
  }
  close(): void {
    this.keys.push(this.key);
  }
}

/**
 * Every candidate of `text` with how often its string is a candidate elsewhere in `text` (capped
 * at 2): a name is often written again, a chance reading seldom is. Counted over the candidates,
 * which all start with a surname, rather than by searching the text for each: that was quadratic
 * in a long text.
 */
export function allNameCandidates(lex: NameModelLexicon, text: string): { readonly candidates: NameCandidate[]; readonly repeats: Int8Array } {
  const candidates: NameCandidate[] = [];
  // Whether the unit before i reads as foreign, carried from the step before: asked once a unit.
  let foreignBefore = foreignAt(lex, text, -1);
  for (let i = 0; i < text.length; i++) {
    const foreign = foreignAt(lex, text, i);
    if (foreign && !foreignBefore && !foreignJoinAt(lex, text, i - 1)) pushForeignCandidates(lex, text, i, candidates);
    foreignBefore = foreign;
    pushNameCandidates(lex, text, i, candidates);
  }
  // Counted by a hash of each string and its length rather than by the string: no slice per
  // candidate. Two strings that share both would share a count; it only sets the capped feature r.
  // The counts sit in an open-addressing table of typed arrays: a Map keyed by hash × 16 + length
  // (past 2^31, so a boxed number a key) was the largest part of this function.
  let bits = 4;
  while (1 << bits < candidates.length * 2) bits++;
  const slots = 1 << bits;
  const mask = slots - 1;
  const hashes = new Int32Array(slots);
  // The length + 1 a slot's key has, 0 while the slot is free.
  const lengths = new Uint8Array(slots);
  const counts = new Int32Array(slots);
  const slotOf = new Int32Array(candidates.length);
  for (let k = 0; k < candidates.length; k++) {
    const { start, end } = candidates[k]!;
    let hash = FNV_OFFSET;
    for (let i = start; i < end; i++) hash = mix(hash, text.charCodeAt(i));
    const h = hash | 0;
    const length = end - start + 1;
    let at = Math.imul(h, 0x9e3779b1) >>> (32 - bits);
    while (lengths[at] !== 0 && (hashes[at] !== h || lengths[at] !== length)) at = (at + 1) & mask;
    hashes[at] = h;
    lengths[at] = length;
    counts[at]!++;
    slotOf[k] = at;
  }
  const repeats = new Int8Array(candidates.length);
  for (let k = 0; k < candidates.length; k++) repeats[k] = Math.min(2, counts[slotOf[k]!]! - 1);
  return { candidates, repeats };
}

/**
 * The model's score of a candidate: above 0, a name.
 *
 * @example
 * ```ts
 * scoreName(lex, weights, "据王晓明介绍", { start: 1, end: 4, surnameLength: 1 }, 0) > 0; // => true
 * ```
 */
export function scoreName(lex: NameModelLexicon, weights: NameWeights, text: string, c: NameCandidate, repeats = 0, sink = new ScoreSink(weights)): number {
  sink.score = 0;
  visitNameFeatures(lex, text, c, repeats, sink);
  return sink.score;
}
