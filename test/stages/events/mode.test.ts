// A clause opened by "if", "unless" or "whether" is not asserted (mode.ts `conditional`), also where a
// possessive splits its subject phrase and word order misses the subordinator; and a speaker who does
// not say whether a party broke the law accuses no one.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.ts';

const ACTORS = [
  { id: 'person:anna-berg', country: 'NOR', sector: 'JUD', kind: 'person' as const, say: ['Anna Berg'] },
  { id: 'person:peter-olsen', country: 'NOR', sector: 'GOV', kind: 'person' as const, say: ['Peter Olsen'] },
];
const accusations = (text: string, content: string) =>
  brief({ text, actors: ACTORS, tree: true, quotes: [{ text: content, speaker: 'person:anna-berg', kind: 'indirect' }] }).filter((r) => r.startsWith('ACCUSE'));

describe('a clause opened by a condition word', () => {
  it('is no accusation by the speaker who asks or does not say whether it happened', () => {
    const text = "Prosecutor Anna Berg is not saying if Peter Olsen's charity violated any laws.";
    expect(accusations(text, "Peter Olsen's charity violated any laws")).toEqual(['ACCUSE NOR>NOR hypothetical']);
  });
  it('leaves the speaker\'s claim that the party broke the law an accusation', () => {
    const text = "Prosecutor Anna Berg said Peter Olsen's charity violated the law.";
    expect(accusations(text, "Peter Olsen's charity violated the law")).toEqual(['ACCUSE NOR>NOR reported']);
  });
});
