import { describe, expect, it } from 'vitest';
import { frameName, stageShares, type CpuProfile } from '../../bench/profile-shares.ts';

const frame = (id: number, functionName: string, children: number[] = [], url = 'file:///x/dist/stages/a.js', lineNumber = 0) => ({ id, callFrame: { functionName, url, lineNumber }, children });

// root → pass → STAGE_actors → tag → score
//                            → resolve → tag (recursion through another function)
//             → STAGE_tokens → read
//      → (garbage collector)
const profile: CpuProfile = {
  nodes: [
    frame(1, '(root)', [2, 9]),
    frame(2, 'pass', [3, 7]),
    frame(3, 'STAGE_actors', [4, 6]),
    frame(4, 'tag', [5, 10], 'file:///x/dist/stages/actors/tagger.js', 9),
    frame(5, 'score', [], 'file:///x/dist/stages/syntax/frozen.js', 19),
    frame(6, 'resolve', [11], 'file:///x/dist/stages/actors/resolve.js', 4),
    frame(7, 'STAGE_tokens', [8]),
    frame(8, 'read', [], 'file:///x/node_modules/wink-nlp/src/wink.js', 2),
    frame(9, '(garbage collector)', [], ''),
    frame(10, 'tag', [], 'file:///x/dist/stages/actors/tagger.js', 9),
    frame(11, 'tag', [], 'file:///x/dist/stages/actors/tagger.js', 9),
  ],
  samples: [5, 5, 5, 4, 6, 8, 8, 9, 10, 11],
};

describe('stageShares', () => {
  const r = stageShares(profile, 'actors');
  it('charges each sample to the stage on its stack, or to its own function outside every stage', () => {
    expect(r.total).toBe(10);
    expect(r.stages.map((s) => [s.name, s.samples])).toEqual([['actors', 7], ['tokens', 2], ['(garbage collector)', 1]]);
    expect(r.stages[0].share).toBeCloseTo(0.7);
  });
  it('counts a function\'s own samples as shares of the stage', () => {
    expect(r.self.map((s) => [s.name, s.samples])).toEqual([
      ['score stages/syntax/frozen.js:20', 3],
      ['tag stages/actors/tagger.js:10', 3],
      ['resolve stages/actors/resolve.js:5', 1],
    ]);
    expect(r.self[0].share).toBeCloseTo(3 / 7);
  });
  it('counts a recursive function once per sample in its inclusive samples, and not the wrappers above the stage', () => {
    const incl = Object.fromEntries(r.inclusive.map((s) => [s.name, s.samples]));
    expect(incl['tag stages/actors/tagger.js:10']).toBe(6);
    expect(incl['resolve stages/actors/resolve.js:5']).toBe(2);
    expect(incl['score stages/syntax/frozen.js:20']).toBe(3);
    expect(Object.keys(incl).some((k) => k.startsWith('pass') || k.startsWith('STAGE_'))).toBe(false);
  });
  it('reads another stage when asked, and keeps only the top functions', () => {
    const t = stageShares(profile, 'tokens', 1);
    expect(t.self).toEqual([{ name: 'read wink-nlp/src/wink.js:3', samples: 2, share: 1 }]);
    expect(stageShares(profile, 'actors', 1).self).toHaveLength(1);
  });
});

describe('frameName', () => {
  it('names an anonymous function and cuts the path to the build folder', () => {
    expect(frameName(frame(1, '', [], 'file:///a/b/dist/doc/tree.js', 40))).toBe('(anonymous) doc/tree.js:41');
  });
});

describe('profileArgs', () => {
  it('reads the options and one build folder', async () => {
    const { profileArgs } = await import('../../bench/stage-profile.ts');
    const o = profileArgs(['--passes', '3', '--stage', 'tokens', '--top', '5', 'dist']);
    expect([o.passes, o.stage, o.top, o.out]).toEqual([3, 'tokens', 5, null]);
    expect(o.dist.endsWith('/dist')).toBe(true);
    expect(() => profileArgs([])).toThrow(/build folder/);
    expect(() => profileArgs(['a', 'b'])).toThrow(/one compiled build folder/);
    expect(() => profileArgs(['--passes', '0', 'dist'])).toThrow(/positive/);
    expect(() => profileArgs(['--fast', 'dist'])).toThrow(/unknown option --fast/);
  });
});
