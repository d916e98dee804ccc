// Acts whose own clause looks factual but a frame makes unreal: a supposition ("Say Y demanded that …";
// unreal-frame.ts), a noun act under a bare verb that shares a threat's "to" ("threats to close the border
// and slap a levy on Y"; match.ts conjunctMode).
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const run = (text: string) => brief({ text, actors: COUNTRIES, tree: true });

describe('a supposition', () => {
  it('makes the supposed clause hypothetical', () => {
    expect(run('Say Iran demanded that Israel free the sailors before the talks.')).toContain('REQUEST IRN>ISR hypothetical');
    expect(run('Suppose Turkey attacked Syria.')).toContain('ASSAULT TUR>SYR hypothetical');
  });
  it('leaves a reported demand and a told attack alone', () => {
    expect(run('Iran demanded that Israel free the sailors before the talks.')).toContain('REQUEST IRN>ISR asserted');
    expect(run('Turkey attacked Syria.')).toContain('ASSAULT TUR>SYR asserted');
  });
});

describe('a noun act under a bare verb coordinated with an infinitive', () => {
  it('is as unreal as the threatened first act', () => {
    const out = run("Officials shrugged off Poland's threats to close the border and slap a tariff on Belarusian imports.");
    expect(out.filter((x) => x.startsWith('SANCTION')).map((x) => x.split(' ')[2])).toEqual(['hypothetical']);
  });
});
