/**
 * Tests of a text against a handful of characters, for the one-class regular expressions they
 * replace (/[，。；]/u.test(text)): each such expression was compiled on a page's first use, which
 * cost more, cold, than every later test of the page. The characters must be BMP, not surrogates,
 * so that a code unit is a code point and the answers are the expressions' own.
 */

/** Whether `text` holds any of `chars` (/[chars]/u.test(text)). */
export function includesAnyOf(text: string, chars: string): boolean {
  for (let i = 0; i < chars.length; i++) if (text.includes(chars[i]!)) return true;
  return false;
}

/** Whether `text` starts with one of `chars` (/^[chars]/u.test(text)). */
export function startsWithOneOf(text: string, chars: string): boolean {
  return text.length > 0 && chars.includes(text[0]!);
}

/** Whether `text` ends with one of `chars` (/[chars]$/u.test(text)). */
export function endsWithOneOf(text: string, chars: string): boolean {
  return text.length > 0 && chars.includes(text[text.length - 1]!);
}

/**
 * Whether one code unit is a character that takes no room on the page: the zero-width
 * characters U+200B–U+200D, U+2060, U+FEFF (a BOM), and the control characters that are not
 * whitespace (U+0000–U+0008, U+000E–U+001F, U+007F–U+009F). Controls come from broken PDF
 * extraction and mis-decoded files (林\u0000晓东); as layout they neither split a name nor
 * shift a span, where as text they cut the credit 本报讯（记者林\u0000晓东） in two.
 */
export function isZeroWidthCode(code: number): boolean {
  return (
    code <= 0x08 ||
    (code >= 0x0e && code <= 0x1f) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x200b && code <= 0x200d) ||
    code === 0x2060 ||
    code === 0xfeff
  );
}

/** Whether one code unit is in the regular-expression class \s (WhiteSpace and LineTerminator). */
export function isRegExpSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
