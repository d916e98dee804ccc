// The word-class look-ups of the actors lexicon shared by the actors and quotes stages' rules.
import { describe, expect, it } from 'vitest';
import { orgOrPlaceWord, personNouns, singularIn } from '../../../src/stages/actors/word-class.ts';
import { actorIndex } from '../../../src/stages/actors/registry.ts';
import { bundledKnowledge } from '../../../src/knowledge/knowledge.ts';

describe('noun classes of the actors lexicon', () => {
  it('finds a word in its class as written or in the singular', () => {
    const staff = new Set(['aide', 'adviser']);
    expect(singularIn(staff, 'aide')).toBe(true);
    expect(singularIn(staff, 'aides')).toBe(true);
    expect(singularIn(staff, 'advisers')).toBe(true);
    expect(singularIn(staff, 'aid')).toBe(false);
    expect(singularIn({ has: (w) => w === 'doctor' }, 'doctors')).toBe(true);
  });

  it('reads person, role and staff nouns as one class', () => {
    const lex = actorIndex(bundledKnowledge()).lexicon;
    const people = personNouns(lex);
    const staff = [...lex.staffNoun][0];
    const role = [...lex.roleNoun][0];
    expect(staff && people.has(staff)).toBe(true);
    expect(role && people.has(role)).toBe(true);
    expect(people.has('spokesman')).toBe(true);
    expect(people.has('harbour')).toBe(false);
  });

  it('reads an organisation\'s or place\'s word in any case', () => {
    const lex = actorIndex(bundledKnowledge()).lexicon;
    const org = [...lex.orgWord][0];
    const place = [...lex.locWord][0];
    expect(orgOrPlaceWord(lex, org)).toBe(true);
    expect(orgOrPlaceWord(lex, org.toUpperCase())).toBe(true);
    expect(orgOrPlaceWord(lex, place[0].toUpperCase() + place.slice(1))).toBe(true);
    expect(orgOrPlaceWord(lex, 'Quannit')).toBe(false);
  });
});
