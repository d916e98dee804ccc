// A disapproval received (issue 15, thirty-seventh session): under a receive verb ("faced", "drew",
// "received") a criticism noun whose template names its target with "of T" is told with the critic after
// "from" and the one criticised as the verb's subject. Only ACCUSE nouns: a demand or offer accepted
// "from" its author stays the acceptance alone.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const code = (text: string) => brief({ text, actors: COUNTRIES, tree: true });
const ofType = (type: string, text: string) => code(text).filter((e) => e.startsWith(`${type} `));

describe('criticism received from a critic', () => {
  it('codes the critic after "from" as the source and the subject as the target', () => {
    for (const text of [
      'Kenya faced sharp criticism from Uganda over the border closure.',
      'Kenya drew criticism from Uganda after the vote.',
      'Kenya has received a condemnation from Uganda.',
      'Kenya drew a denunciation from Uganda.',
    ]) {
      expect(ofType('ACCUSE', text), text).toContain('ACCUSE UGA>KEN asserted');
    }
  });
  it('still reads the criticism of a named party as before', () => {
    expect(ofType('ACCUSE', 'Uganda voiced criticism of Kenya.')).toContain('ACCUSE UGA>KEN asserted');
  });
  it('codes nothing when no critic is named', () => {
    expect(ofType('ACCUSE', 'Kenya faced sharp criticism over the border closure.')).toEqual([]);
  });
  it('does not read a demand accepted from its author as a second event', () => {
    expect(ofType('REQUEST', 'Kenya accepted demands from Uganda.')).toEqual([]);
  });
});
