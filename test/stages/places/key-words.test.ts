// The filter of a name index's key words (src/stages/places/key-words.ts): a word of any key always
// tests present, from strings or from the compiled file's bytes alike; most words of no key test absent.
import { describe, expect, it } from 'vitest';
import { FNV0, fnvStep, KEY_WORD_BITS, WordBits } from '../../../src/stages/places/key-words.ts';
import { bundledKnowledge } from '../../../src/knowledge/knowledge.ts';
import { gazetteer } from '../../../src/stages/places/gazetteer.ts';

const hash = (w: string) => [...w].reduce((h, ch) => fnvStep(h, ch.charCodeAt(0)), FNV0);

describe('places: key-word filter', () => {
  it('keeps every word of the keys it was given, from strings and from bytes alike', () => {
    const keys = ['harbour point', 'lower marsh end', 'quillan', 'saint  vorn '];
    const a = new WordBits(12);
    const b = new WordBits(12);
    const bytes = Buffer.from(keys.join(''), 'utf8');
    let at = 0;
    for (const k of keys) {
      a.addWords(k);
      b.addWordBytes(bytes, at, at + k.length);
      at += k.length;
    }
    for (const w of ['harbour', 'point', 'lower', 'marsh', 'end', 'quillan', 'saint', 'vorn']) {
      expect(a.has(hash(w)), w).toBe(true);
      expect(b.has(hash(w)), w).toBe(true);
    }
    // (an empty word between two spaces is no word)
    expect(a.has(FNV0)).toBe(false);
    // most other words are absent in a filter this empty
    const others = ['harbours', 'marshes', 'quill', 'vornby', 'point end', 'ends', 'lowe', 'sain'];
    expect(others.filter((w) => a.has(hash(w))).length).toBeLessThanOrEqual(1);
  });

  it('holds every word of the gazetteer\'s keys and rules out most invented words', () => {
    const byName = gazetteer(bundledKnowledge()).byName;
    const bits = byName.keyWords!();
    let n = 0;
    for (const k of byName.keys()) {
      if (n++ % 97) continue;
      for (const w of k.split(' ')) if (w) expect(bits.has(hash(w)), k).toBe(true);
    }
    expect(n).toBe(byName.size);
    // words made of letters no place name strings together (2^KEY_WORD_BITS bits, about 5% set)
    const invented = Array.from({ length: 400 }, (_, i) => `zq${i.toString(36)}xv${(i * 7919).toString(36)}`);
    expect(invented.filter((w) => bits.has(hash(w))).length).toBeLessThan(400 * 0.12);
    expect(KEY_WORD_BITS).toBeGreaterThanOrEqual(20);
  });
});
