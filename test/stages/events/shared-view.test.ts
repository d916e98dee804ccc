// Agreeing with a view is no deal (agree.yaml): "agree with T on|to" codes AGREE, a bare "agree with T"
// (sharing someone's opinion) codes nothing, nor its negation a refusal.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const coded = (text: string) => brief({ text, actors: COUNTRIES, tree: true }).filter((e) => /^(AGREE|REJECT)/.test(e));

describe('agreeing with a view', () => {
  it('codes a deal struck with a party', () => {
    expect(coded('Poland agreed with Ukraine on a new border crossing.')).toEqual(['AGREE POL>UKR asserted']);
  });
  it('codes nothing for a shared or a refused opinion', () => {
    expect(coded('Poland largely agreed with Ukraine.')).toEqual([]);
    expect(coded('Poland does not agree with Ukraine.')).toEqual([]);
  });
});
