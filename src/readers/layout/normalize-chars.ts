import { RADICAL_PAIRS } from "./radicals.generated.js";

/** Radical → unified ideograph, from the generated Unicode table. */
function radicalTable(): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  const chars = [...RADICAL_PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i]!, chars[i + 1]!);
  return table;
}

const RADICALS = radicalTable();

/**
 * Radicals whose Unicode equivalent is the traditional form, while a simplified-Chinese font
 * draws (and a PDF made with it means) the simplified one: Noto CJK SC gives 户 the glyph of ⼾.
 */
const SIMPLIFIED_RADICALS: ReadonlyMap<string, string> = new Map([
  ["\u2F3E", "户"],
  ["\u2FAD", "青"],
  ["\u2FC8", "黄"],
]);

/**
 * Punctuation a CJK font's ToUnicode map gives as a look-alike: Noto CJK's dash of ——
 * (U+2014) as the horizontal bar ― (U+2015), its full-width slash ／ as the division slash ∕.
 * The text's readers (a subtitle's ——, 图／X) know the usual forms.
 */
const PUNCTUATION: ReadonlyMap<string, string> = new Map([
  ["\u2015", "\u2014"],
  ["\u2215", "\uFF0F"],
]);

/** Common characters written only in simplified or only in traditional Chinese. */
const SIMPLIFIED_ONLY = new Set("们这个会国为说时来对发经过还进与关问业们长么见");
const TRADITIONAL_ONLY = new Set("們這個會國為說時來對發經過還進與關問業長麼見");

/**
 * Whether a page is in simplified Chinese, by counting common characters that exist only in one
 * of the two scripts (ties, a page without them: simplified).
 *
 * @example
 * ```ts
 * isSimplified("这个会议"); // => true
 * isSimplified("這個會議"); // => false
 * ```
 */
export function isSimplified(text: string): boolean {
  let balance = 0;
  for (const char of text) {
    if (SIMPLIFIED_ONLY.has(char)) balance++;
    else if (TRADITIONAL_ONLY.has(char)) balance--;
  }
  return balance >= 0;
}

/**
 * The character a reader should see for one code point a PDF's ToUnicode map gave: the unified
 * ideograph for a CJK radical, in its simplified form on a simplified page (PDFs printed from Noto CJK map 文 to ⽂ U+2F42 and 食 to ⻝ U+2EDD,
 * which look the same and break every dictionary look-up), the usual form of a look-alike dash
 * or slash; anything else unchanged.
 *
 * @example
 * ```ts
 * normalizeChar("⽂"); // => "文"
 * normalizeChar("文"); // => "文"
 * normalizeChar("⼾"); // => "户"
 * normalizeChar("⼾", false); // => "戶"
 * normalizeChar("―"); // => "—"
 * ```
 */
export function normalizeChar(char: string, simplified = true): string {
  return (simplified ? SIMPLIFIED_RADICALS.get(char) : undefined) ?? RADICALS.get(char) ?? PUNCTUATION.get(char) ?? char;
}
