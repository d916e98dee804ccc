// Letter-case tests the stages make for every token: the character codes of ASCII text (most words)
// are read directly and only other text goes through the Unicode regular expression, with the same
// answers as the expressions named in each comment.

const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
const isDigitAscii = (c: number): boolean => c >= 48 && c <= 57;

/** Whether `s` opens with an upper-case letter (/^\p{Lu}/u). */
export function opensUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? isUpperAscii(c) : /^\p{Lu}/u.test(s);
}

/** Whether `s` opens with a lower-case letter (/^\p{Ll}/u). */
export function opensLower(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : /^\p{Ll}/u.test(s);
}

/** Whether `s` opens with an upper-case letter or a digit (/^[\p{Lu}\d]/u). */
export function opensUpperOrDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? isUpperAscii(c) || isDigitAscii(c) : /^[\p{Lu}\d]/u.test(s);
}

const unicodeShape = (s: string): string => (/^\p{Lu}+$/u.test(s) ? (s.length > 1 ? 'AA' : 'A') : /^\p{Lu}/u.test(s) ? 'Aa' : /^\p{Ll}/u.test(s) ? 'a' : /^\d/.test(s) ? '0' : 'p');

/** The short shape of a word: AA (capitals only), A (one capital), Aa (opens with a capital), a (with a
 * lower-case letter), 0 (with a digit), p (anything else). */
export function shortShape(s: string): string {
  const c = s.charCodeAt(0);
  if (!(c < 128)) return unicodeShape(s);
  if (c >= 97 && c <= 122) return 'a';
  if (isDigitAscii(c)) return '0';
  if (!isUpperAscii(c)) return 'p';
  for (let k = 1; k < s.length; k++) {
    const d = s.charCodeAt(k);
    if (d >= 128) return unicodeShape(s);
    if (!isUpperAscii(d)) return 'Aa';
  }
  return s.length > 1 ? 'AA' : 'A';
}
