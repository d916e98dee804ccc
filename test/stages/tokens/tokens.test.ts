import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/stages/tokens/tokens.ts';

describe('tokens stage', () => {
  it('gives exact character offsets, POS and sentences split at paragraphs', () => {
    const text = 'Headline without a stop\n\n“Russia must act,” Ms Kowalska wrote. Mr. Nowak agreed.';
    const { tokens, sentences } = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Headline without a stop',
      '“Russia must act,” Ms Kowalska wrote.',
      'Mr. Nowak agreed.',
    ]);
    const wrote = tokens.find((t) => t.text === 'wrote')!;
    expect(wrote.pos).toBe('VERB');
    expect(wrote.lemma).toBe('write');
    expect(wrote.sentence).toBe(1);
  });

  it('handles empty and whitespace-only text', () => {
    expect(tokenize('')).toEqual({ tokens: [], sentences: [] });
    expect(tokenize('  \n\n ').tokens).toEqual([]);
  });
});
