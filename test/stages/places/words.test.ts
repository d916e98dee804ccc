// The places stage's word scanner gives the same words as the expression it replaced.
import { describe, expect, it } from 'vitest';
import { words } from '../../../src/stages/places/recognize.ts';

const REFERENCE = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+/gu;
const reference = (text: string) =>
  [...text.matchAll(REFERENCE)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], cap: /^\p{Lu}/u.test(m[0]) }));

describe('words', () => {
  it('matches the regular expression on hand-made text', () => {
    const texts = [
      'The U.S. and the U.K.-based team met in São Paulo on 3 May.',
      'a.b c.d.e. X.Y x. Él dijo: «Ça va», Zürich 2024—Łódź, naïve café',
      'Ελλάδα και Κύπρος: ΑΘΗΝΑ. Москва́ 12km İstanbul ǅemal',
      'emoji 😀 then 𝐀𝐁 (mathematical letters) and a lone \ud800 surrogate, e.\u0301g. A.',
      '', '...', 'U.S', 'A.B.', '१२३ ٣٤ नमस्ते',
    ];
    for (const t of texts) expect(words(t)).toEqual(reference(t));
  });

  it('matches it on random strings of letters, marks, digits and stops', () => {
    const alphabet = ['a', 'Z', '.', ' ', '-', '1', 'é', 'É', '\u0301', 'ß', '😀', '𝐀', '٣', "'", 'İ'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let k = 0; k < 2000; k++) {
      let t = '';
      for (let n = next() % 20; n > 0; n--) t += alphabet[next() % alphabet.length];
      expect(words(t)).toEqual(reference(t));
    }
  });
});
