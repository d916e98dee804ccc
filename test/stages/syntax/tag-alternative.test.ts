// The tagger's runner-up tag, which a parser trained with `--tag-alternatives` reads (tagger.ts).
import { describe, expect, it } from 'vitest';
import { UPOS, UPOS_ID, tagAlternative } from '../../../src/stages/syntax/tagger.ts';

const id = (t: string) => UPOS_ID.get(t)!;
function scores(of: Record<string, number>): Float32Array {
  const s = new Float32Array(UPOS.length);
  for (const [t, v] of Object.entries(of)) s[id(t)] = v;
  return s;
}

describe('tagAlternative', () => {
  it('names the runner-up when it came within a tenth of the score range', () => {
    expect(tagAlternative(scores({ NOUN: 10, VERB: 9.5, ADJ: -10 }), id('NOUN'))).toBe(id('VERB') + 1);
  });
  it('marks a runner-up in the wider band apart', () => {
    expect(tagAlternative(scores({ NOUN: 10, VERB: 6, ADJ: -10 }), id('NOUN'))).toBe(id('VERB') + 1 + UPOS.length);
  });
  it('gives 0 when the best tag leads clearly', () => {
    expect(tagAlternative(scores({ NOUN: 10, VERB: -5, ADJ: -10 }), id('NOUN'))).toBe(0);
  });
  it('reads only the tags scored, and 0 when one was', () => {
    const s = scores({ NOUN: 10, VERB: 9.9, ADJ: 9, DET: -10 });
    expect(tagAlternative(s, id('NOUN'), Int32Array.of(id('NOUN'), id('ADJ'), id('DET')))).toBe(id('ADJ') + 1);
    expect(tagAlternative(s, id('NOUN'), Int32Array.of(id('NOUN')))).toBe(0);
  });
  it('is the same whatever the scale of the weights', () => {
    const s = scores({ NOUN: 10, VERB: 8, ADJ: -10 });
    const scaled = s.map((v) => v * 37);
    expect(tagAlternative(scaled, id('NOUN'))).toBe(tagAlternative(s, id('NOUN')));
  });
});
