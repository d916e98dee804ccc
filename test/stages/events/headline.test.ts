// retagHeadlineVerbs: a noun-tagged third person -s form (or a base form after a plural subject) between a
// subject and a noun phrase, with no verb before it in its sentence, becomes a VERB when its lemma opens a verb
// pattern; the forms are compared without being built (-s, -es, -ies).
import { describe, expect, it } from 'vitest';
import { retagHeadlineVerbs } from '../../../src/stages/events/headline.ts';
import type { PatternIndex } from '../../../src/stages/events/patterns.ts';
import type { Token } from '../../../src/doc/types.ts';

const verbs = (...lemmas: string[]) => ({ byLemma: new Map(lemmas.map((l) => [l, [{ kind: 'verb' }]])) }) as unknown as PatternIndex;

/** Tokens of one sentence from [text, pos, lemma] triples, offsets one apart. */
function sentence(...words: [string, string, string][]): Token[] {
  let at = 0;
  return words.map(([text, pos, lemma]) => {
    const t = { start: at, end: at + text.length, text, pos, lemma, sentence: 0 };
    at += text.length + 1;
    return t;
  });
}

const posAt = (tokens: Token[]) => tokens.map((t) => t.pos).join(' ');

describe('retagHeadlineVerbs', () => {
  it('retags -s, -es and -ies forms of a verb lemma after a name and before a noun phrase', () => {
    for (const [form, lemma] of [['frees', 'free'], ['bans', 'ban'], ['fixes', 'fix'], ['tries', 'try']]) {
      const t = sentence(['Ruritania', 'PROPN', 'ruritania'], [form, 'NOUN', lemma], ['the', 'DET', 'the'], ['envoy', 'NOUN', 'envoy']);
      expect(posAt(retagHeadlineVerbs(t, verbs(lemma))), form).toBe('PROPN VERB DET NOUN');
    }
  });

  it('leaves a form that is no -s form of its lemma, a lemma with no verb pattern, and a sentence with a verb before', () => {
    const odd = sentence(['Ruritania', 'PROPN', 'ruritania'], ['frees', 'NOUN', 'freeze'], ['the', 'DET', 'the'], ['envoy', 'NOUN', 'envoy']);
    expect(posAt(retagHeadlineVerbs(odd, verbs('freeze')))).toBe('PROPN NOUN DET NOUN');
    const none = sentence(['Ruritania', 'PROPN', 'ruritania'], ['frees', 'NOUN', 'free'], ['the', 'DET', 'the'], ['envoy', 'NOUN', 'envoy']);
    expect(retagHeadlineVerbs(none, verbs('ban'))).toBe(none);
    const verbBefore = sentence(['Officials', 'NOUN', 'official'], ['say', 'VERB', 'say'], ['Ruritania', 'PROPN', 'ruritania'], ['frees', 'NOUN', 'free'], ['the', 'DET', 'the'], ['envoy', 'NOUN', 'envoy']);
    expect(retagHeadlineVerbs(verbBefore, verbs('free'))).toBe(verbBefore);
  });

  it('retags a base form after a plural subject before a determiner or number', () => {
    const t = sentence(['Rebels', 'NOUN', 'rebel'], ['free', 'NOUN', 'free'], ['two', 'NUM', 'two'], ['hostages', 'NOUN', 'hostage']);
    expect(posAt(retagHeadlineVerbs(t, verbs('free')))).toBe('NOUN VERB NUM NOUN');
  });
});
