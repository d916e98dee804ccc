// An act told in a relative clause on a speaker ("X, who asked Y to …, said …") is the speaker's own act,
// asserted by the article, not part of what the speaker said (issue 15, twenty-eighth session).
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const run = (text: string) => brief({ text, actors: COUNTRIES, tree: true });

describe('a relative clause on the speaker', () => {
  it('asserts the act in the clause, which the parser hung on the speech verb', () => {
    expect(run('The Turkish envoy, who asked Russia to keep his name private, said that the convoy was waiting.')).toContain('REQUEST TUR>RUS asserted');
  });
});
