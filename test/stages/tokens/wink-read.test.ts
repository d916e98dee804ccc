import { describe, expect, it } from 'vitest';
import { withWink } from '../../../src/stages/tokens/tokens.ts';
import { readWink } from '../../../src/stages/tokens/wink-read.ts';

describe('one wink reading', () => {
  it('gives every token its offset from the base, spaces included', () => {
    const text = 'The  council met\n\nin Lyon.';
    const r = withWink((nlp) => readWink(nlp, text, 100));
    r.values.forEach((v, i) => {
      if (r.pos[i] !== 'SPACE') expect(text.slice(r.starts[i] - 100, r.starts[i] - 100 + v.length)).toBe(v);
    });
    expect(r.end - 100).toBe(text.length);
    expect(r.values.length).toBe(r.lemmas.length);
    expect(r.normals.length).toBe(r.pos.length);
  });
});
