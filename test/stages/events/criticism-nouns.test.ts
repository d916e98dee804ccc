// Attitudes and remarks aimed at someone, named by nouns (accuse.yaml: "disdain|contempt|scorn for T",
// "scorn on T", "a swipe|jab|dig at T"): criticism by the possessor or the light verb's subject, never
// of a thing.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const accuse = (text: string) => brief({ text, actors: COUNTRIES, tree: true }).filter((e) => e.startsWith('ACCUSE '));

describe('criticism named by nouns', () => {
  it('codes the light verb subject or the possessor as the critic', () => {
    expect(accuse('Poland poured scorn on Germany.')).toContain('ACCUSE POL>DEU asserted');
    expect(accuse('Poland took a swipe at Germany on Monday.')).toContain('ACCUSE POL>DEU asserted');
    expect(accuse("Despite Poland's open disdain for Germany, the talks went on.")).toContain('ACCUSE POL>DEU asserted');
  });
  it('needs someone as the target', () => {
    expect(accuse('Poland showed disdain for the new rules.')).toEqual([]);
  });
  it('reads a feeling of disapproval voiced about someone as criticism', () => {
    expect(accuse('Poland expressed misgivings about Germany on Monday.')).toContain('ACCUSE POL>DEU asserted');
    expect(accuse('Poland voiced frustration with Germany over the border talks.')).toContain('ACCUSE POL>DEU asserted');
    expect(accuse('Poland expressed bewilderment over Germany.')).toContain('ACCUSE POL>DEU asserted');
  });
  it('codes no feeling about a thing', () => {
    expect(accuse('Poland expressed misgivings about the new rules.')).toEqual([]);
    expect(accuse('Poland voiced frustration with the slow pace of the talks.')).toEqual([]);
  });
});
