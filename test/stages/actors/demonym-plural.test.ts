import { describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR } from '../../../src/knowledge/knowledge.ts';
import { demonymPlural } from '../../../src/stages/actors/demonym-plural.ts';
import { loadActorIndex } from '../../../src/stages/actors/registry.ts';
import { mentionActor, run } from './helpers.ts';

describe('demonymPlural', () => {
  it('adds -s to a regular demonym and refuses the uninflected kinds', () => {
    expect(demonymPlural('Greek')).toBe('Greeks');
    expect(demonymPlural('Cypriot')).toBe('Cypriots');
    expect(demonymPlural('Filipino')).toBe('Filipinos');
    expect(demonymPlural('New Zealander')).toBe('New Zealanders');
    for (const d of ['Chinese', 'Swedish', 'French', 'Swiss', 'Manx', 'Malagasy', 'Kyrgyz', 'Turkmen', 'Motswana', 'US', 'U.S.']) {
      expect(demonymPlural(d)).toBeNull();
    }
  });
});

describe('plural people-nouns in the registry', () => {
  const ix = loadActorIndex([BUNDLED_KNOWLEDGE_DIR]);
  it('makes derived and irregular plurals the country civilians, and never shadows a country name', () => {
    for (const [word, actor] of [
      ['greeks', 'group:GRC:CVL'], ['cypriots', 'group:CYP:CVL'], ['slovaks', 'group:SVK:CVL'], ['filipinos', 'group:PHL:CVL'],
      ['swedes', 'group:SWE:CVL'], ['poles', 'group:POL:CVL'], ['scots', 'group:GBR:CVL'], ['thais', 'group:THA:CVL'], ['basotho', 'group:LSO:CVL'],
    ]) expect(ix.names.get(word)?.map((h) => h.actor)).toContain(actor);
    expect(ix.names.get('philippines')?.map((h) => h.actor)).not.toContain('group:PHL:CVL');
    expect(ix.names.get('mosothos')).toBeUndefined();
  });

  it('resolves "Greeks" in a sentence to Greece\'s civilians, not a person', () => {
    const doc = run('Many Greeks voted against the new budget on Sunday, and Cypriots joined the protest.');
    expect(mentionActor(doc, 'Greeks')?.id).toBe('group:GRC:CVL');
    expect(mentionActor(doc, 'Cypriots')?.id).toBe('group:CYP:CVL');
  });
});
