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

/** The six short shapes, in the order of shortShapeIndex. */
export const SHORT_SHAPES = ['AA', 'A', 'Aa', 'a', '0', 'p'] as const;
const AA = 0, A = 1, Aa = 2, a = 3, DIGIT = 4, P = 5;

const unicodeShape = (s: string): number => (/^\p{Lu}+$/u.test(s) ? (s.length > 1 ? AA : A) : /^\p{Lu}/u.test(s) ? Aa : /^\p{Ll}/u.test(s) ? a : /^\d/.test(s) ? DIGIT : P);

/** The index in SHORT_SHAPES of the short shape of a word (shortShape without building the string). */
export function shortShapeIndex(s: string): number {
  const c = s.charCodeAt(0);
  if (!(c < 128)) return unicodeShape(s);
  if (c >= 97 && c <= 122) return a;
  if (isDigitAscii(c)) return DIGIT;
  if (!isUpperAscii(c)) return P;
  for (let k = 1; k < s.length; k++) {
    const d = s.charCodeAt(k);
    if (d >= 128) return unicodeShape(s);
    if (!isUpperAscii(d)) return Aa;
  }
  return s.length > 1 ? AA : A;
}

/** The short shape of a word: AA (capitals only), A (one capital), Aa (opens with a capital), a (with a
 * lower-case letter), 0 (with a digit), p (anything else). */
export function shortShape(s: string): string {
  return SHORT_SHAPES[shortShapeIndex(s)];
}
