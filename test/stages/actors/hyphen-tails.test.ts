// A person is not guessed from the later part of a capitalised hyphen-joined name (name-fragments.ts
// joinHyphenTails): the guess is joined to a person's name ending on the word before the hyphen, takes
// that word in when it is one word, and is dropped when longer or after a single letter or an article.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/doc/doc.ts';
import { Knowledge } from '../../../src/knowledge/knowledge.ts';
import { assemble } from '../../../src/pipeline/pipeline.ts';
import { tokensComponent } from '../../../src/stages/tokens/tokens.ts';
import { joinHyphenTails } from '../../../src/stages/actors/name-fragments.ts';
import type { Cand } from '../../../src/stages/actors/recognize.ts';

const tokensOf = (text: string) => assemble([tokensComponent(new Knowledge())]).run(createDoc({ date: '2026-03-02', text })).layers.tokens!;
const at = (tokens: { text: string }[], w: string, from = 0) => tokens.findIndex((t, i) => t.text === w && i >= from);
const span = (text: string, tokens: { start: number; end: number }[], c: Cand) => text.slice(tokens[c.a].start, tokens[c.b - 1].end);
const guess = (a: number, b: number, confidence = 0.55): Cand => ({ a, b, label: 'PERSON', type: 'unknown', guess: 'PERSON', confidence });
const ARTICLES = new Set(['al', 'el', 'ash']);

describe('a person guessed after an inner hyphen', () => {
  it('joins a person whose name ends on the word before it', () => {
    const text = 'Ines Marrow-Keld spoke first. Later Marrow-Keld said the plan would work.';
    const t = tokensOf(text);
    const k = at(t, 'Marrow', 5);
    const out = joinHyphenTails(t, [guess(k, k + 1, 0.6), guess(k + 2, k + 3)], ARTICLES);
    expect(out.map((c) => span(text, t, c))).toEqual(['Marrow-Keld']);
  });

  it('takes in the word before the hyphen when the guess is one word', () => {
    const text = 'As shown before (Tolland-Varn et al., 2019), the method works.';
    const t = tokensOf(text);
    const k = at(t, 'Varn');
    const out = joinHyphenTails(t, [guess(k, k + 1)], ARTICLES);
    expect(out.map((c) => span(text, t, c))).toEqual(['Tolland-Varn']);
  });

  it('drops a longer guess, and one after a single letter or an article', () => {
    const text = 'The Brexa-Tolland Varn engine failed. They blamed Rock-N-Roll again. Ash-Qadim reported it.';
    const t = tokensOf(text);
    const k = at(t, 'Tolland');
    const r = at(t, 'Roll');
    const q = at(t, 'Qadim');
    expect(joinHyphenTails(t, [guess(k, k + 2), guess(r, r + 1), guess(q, q + 1)], ARTICLES)).toEqual([]);
  });

  it('keeps a name after a lower-case prefix and a whole hyphenated name', () => {
    const text = 'An ex-Tolland official met Ines Marrow-Keld.';
    const t = tokensOf(text);
    const k = at(t, 'Tolland');
    const i = at(t, 'Ines');
    expect(joinHyphenTails(t, [guess(k, k + 1), guess(i, i + 4, 0.6)], ARTICLES)).toHaveLength(2);
  });
});
