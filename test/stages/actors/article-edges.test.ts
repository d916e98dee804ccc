// A capitalised Arabic article glued by a hyphen to a capitalised word ("Al-Qarwani") is a name's particle:
// the tagger's reading of the article alone is no name, and a longer span ending on it runs on over the word.
import { describe, expect, it } from 'vitest';
import type { Token } from '../../../src/doc/types.ts';
import type { Cand } from '../../../src/stages/actors/recognize.ts';
import { articleEdges, mergeTagged } from '../../../src/stages/actors/entity-merge.ts';
import { runParsed } from './syntax-helpers.ts';

// Invented text; words and hyphens are tokens.
function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}']+|\S/gu)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, pos: 'X', lemma: m[0].toLowerCase(), sentence: 0 });
  return out;
}
const ARTICLES = new Set(['al', 'el', 'ash']);

describe('articleEdges', () => {
  it('takes the lone article out of the tagger\'s say and keeps the rules\' whole name', () => {
    const text = 'Al-Qarwani stated that the vote would go ahead';
    const t = tokens(text);
    const spans = articleEdges(t, [{ a: 0, b: 1, type: 'LOC', margin: 40 }], ARTICLES);
    expect(spans[0].margin).toBe(0);
    const cands: Cand[] = [{ a: 0, b: 3, label: 'ORG', type: 'unknown', guess: 'ORG', confidence: 0.4 }];
    const out = mergeTagged(cands, spans, t, text, () => null);
    expect(out.map((c) => `${c.a}-${c.b}`)).toEqual(['0-3']);
  });

  it('runs a longer span on over the hyphen and the word, and leaves other spans alone', () => {
    const t = tokens('Sheikh Omar Al-Barazi met al-Tamimi and Al in Tulsa');
    const [long, lower, alone] = articleEdges(t, [
      { a: 1, b: 3, type: 'PER', margin: 30 },
      { a: 6, b: 7, type: 'PER', margin: 30 },
      { a: 10, b: 11, type: 'PER', margin: 30 },
    ], ARTICLES);
    expect([long.a, long.b, long.margin]).toEqual([1, 5, 30]);
    expect([lower.a, lower.b, lower.margin]).toEqual([6, 7, 30]);
    expect([alone.a, alone.b, alone.margin]).toEqual([10, 11, 30]);
  });
});

describe('Arabic article names in the pipeline', () => {
  it('never reads the article alone as a name, nor merges two family names', () => {
    const doc = runParsed('Al-Qarwani stated that the council would meet. Later Al-Barazi said the council had not met. The paper Al-Wasat agreed.');
    const names = doc.layers.entities!.map((e) => e.text);
    expect(names).not.toContain('Al');
    const ids = doc.layers.entities!.filter((e) => /^Al-/.test(e.text)).map((e) => e.actor);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
