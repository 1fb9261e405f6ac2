/**
 * The learned name model: an averaged perceptron that scores a CANDIDATE span (a surname and one or
 * two given characters, 张某某 in 张某某说) by character features: the characters themselves, their
 * surname and given-name shares, and the words on either side (说, 、, 和, a title, a quote).
 * Only spans that start with a surname are scored, so the cost is a few lookups per surname on a
 * page, not a tagger over every character. The weights are data: dictionaries/name-model.txt,
 * trained by scripts/who/train-name-model.mjs, which runs these very functions.
 */
import type { CharStats } from "../../../lexicon/char-stats.js";
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

/** A candidate span `[start, end)` whose first `surnameLength` units are its surname. */
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
  const sl = lex.surnames.lengthAt(text, at);
  if (sl === 0 || at + sl > text.length || !mayStartName(lex, text, at)) return NO_CANDIDATES;
  const out: NameCandidate[] = [];
  for (let given = 1; given <= 2; given++) {
    const g = at + sl + given - 1;
    const code = text.charCodeAt(g);
    if (!isHanCode(code) || lex.chars.given(code) < MIN_GIVEN_SHARE) break;
    out.push({ start: at, end: g + 1, surnameLength: sl });
  }
  return out;
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

const NO_CANDIDATES: NameCandidate[] = [];

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

/** A share as a coarse log bin: 1 → 0, 0.1 → -3, 0.001 → -10. */
function bin(share: number): number {
  return Math.max(-12, Math.floor(Math.log(share) * 1.5));
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
export function visitNameFeatures(lex: NameModelLexicon, text: string, c: NameCandidate, repeats: number, sink: FeatureSink): void {
  const { start, end, surnameLength: sl } = c;
  const chars = lex.chars;
  const n = end - start;
  const size = n * 10 + sl;
  valueFeature(sink, 0x42 /* B */, size);
  // The whole string: words written often enough (南非, 文学) learn that they are no one.
  sink.open(0x57 /* W */), sink.units(text, start, end), sink.close();
  sink.open(0x53 /* S */), sink.units(text, start, start + sl), sink.close();
  let sum = sl === 2 ? Math.log(0.5) : Math.log(chars.surname(text.charCodeAt(start)));
  if (sl === 2) sink.open(0x73 /* s */), sink.unit(0x43 /* C */), sink.close();
  else valueFeature(sink, 0x73 /* s */, bin(chars.surname(text.charCodeAt(start))));
  for (let i = start + sl; i < end; i++) {
    const code = text.charCodeAt(i);
    const given = chars.given(code);
    sum += Math.log(given);
    const first = i === start + sl;
    sink.open(first ? 0x47 /* G */ : 0x48 /* H */), sink.unit(code), sink.close();
    valueFeature(sink, first ? 0x67 /* g */ : 0x68 /* h */, bin(given));
  }
  sink.open(0x6d /* m */), sink.int(bin(Math.exp(sum / n))), sink.unit(BAR), sink.int(size), sink.close();
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
    valueFeature(sink, 0x66 /* f */, bin(chars.follow(next)));
    sink.open(0x78 /* x */), sink.int(bin(chars.given(next))), sink.unit(BAR), sink.int(size), sink.close();
  }
  const prev = text.charCodeAt(start - 1);
  if (isHanCode(prev)) valueFeature(sink, 0x62 /* b */, bin(chars.before(prev)));
  valueFeature(sink, 0x72 /* r */, repeats);
}

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
  for (let i = 0; i < text.length; i++) {
    if (lex.surnames.lengthAt(text, i) === 0) continue;
    const here = nameCandidatesAt(lex, text, i);
    for (let k = 0; k < here.length; k++) candidates.push(here[k]!);
  }
  const counts = new Map<string, number>();
  const keys: string[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const key = text.slice(candidates[k]!.start, candidates[k]!.end);
    keys.push(key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeats = new Int8Array(candidates.length);
  for (let k = 0; k < candidates.length; k++) repeats[k] = Math.min(2, counts.get(keys[k]!)! - 1);
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
