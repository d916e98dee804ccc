// Past tenses the tagger reads as adjectives: with a subject and a direct object in the tree they are
// verbs for the patterns ("Poland branded Belarus a rogue regime"); without the tree, or as a plain
// modifier, they stay adjectives.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';
import { gerundStems, pastStems } from '../../../src/stages/events/participle-verbs.ts';

const C = COUNTRIES;

describe('past tenses tagged as adjectives', () => {
  it('gives the stems a pattern trigger may have', () => {
    expect(pastStems('branded')).toContain('brand');
    expect(pastStems('praised')).toContain('praise');
    expect(pastStems('stopped')).toContain('stop');
    expect(pastStems('denied')).toContain('deny');
    expect(pastStems('strong')).toEqual([]);
  });

  it('codes them as verbs when the tree gives them a subject and an object', () => {
    expect(brief({ text: 'Poland branded Belarus a rogue regime.', actors: C, tree: true })).toContain('ACCUSE POL>BLR asserted');
    expect(brief({ text: 'Turkey branded Syria an outlaw state on Tuesday.', actors: C, tree: true })).toContain('ACCUSE TUR>SYR asserted');
  });

  it('reads a past tense the tokens stage tagged a noun as a verb where the syntax tagger does', () => {
    expect(brief({ text: 'Iranian police tortured an inmate.', actors: C, tree: true })).toContain('ASSAULT IRN>null asserted');
  });

  it('reads a passive participle tagged as an adjective as a verb where the tree gives it a passive auxiliary', () => {
    // (the tokens stage tags "apprehended" ADJ after "have been"; the syntax stage reads VERB with aux:pass)
    expect(brief({ text: 'Two smugglers from Belarus have been apprehended by Polish police.', actors: C, tree: true }).some((x) => x.startsWith('COERCE POL>'))).toBe(true);
    // an adjective after a copula has no passive auxiliary: nothing to read
    expect(brief({ text: 'Two smugglers from Belarus were worried about Polish police.', actors: C, tree: true })).toEqual([]);
  });

  it('leaves them alone without the tree and as modifiers', () => {
    expect(brief({ text: 'Poland branded Belarus a rogue regime.', actors: C })).toEqual([]);
    expect(brief({ text: 'The branded goods from Poland reached Belarus.', actors: C, tree: true })).toEqual([]);
  });

  it('reads a gerund tagged as a noun as a verb when the tree gives it an object', () => {
    expect(gerundStems('firing')).toContain('fire');
    expect(gerundStems('branding')).toContain('brand');
    expect(gerundStems('stopping')).toContain('stop');
    expect(gerundStems('king')).toEqual([]);
    expect(brief({ text: 'Both are old rivals of the alliance, with Russia once saying it was no friend and Belarus branding Poland a "puppet".', actors: C, tree: true }).some((x) => x.startsWith('ACCUSE'))).toBe(true);
    expect(brief({ text: 'Belarus criticised the firing of rockets at Poland.', actors: C, tree: true }).some((x) => x.startsWith('ASSAULT'))).toBe(false);
  });

  it('reads the verb of a relative clause tagged as a noun as a verb when the relative pronoun is its subject', () => {
    const C2 = [...C, { id: 'person:tom-reed', country: 'USA', say: ['Tom Reed'] }];
    expect(brief({ text: 'A border guard who shot Tom Reed has been suspended.', actors: C2, tree: true }).some((x) => x.startsWith('ASSAULT'))).toBe(true);
    expect(brief({ text: 'Officials in Germany praised the Polish towns that support Ukraine with shelters.', actors: C, tree: true }).some((x) => x.startsWith('SUPPORT') || x.startsWith('AID'))).toBe(true);
    // the same words with no relative pronoun as subject stay a noun phrase
    expect(brief({ text: 'The officer said that support from Poland reached Ukraine.', actors: C, tree: true }).some((x) => x.startsWith('SUPPORT'))).toBe(false);
  });

  it('reads a bare form after a modal, tagged an adjective by the tokens stage, as the verb', () => {
    // the parse makes the noun after it the head of the clause unless the tag is repaired (syntax/repair.ts)
    const freed = brief({ text: 'Poland said it would free 1,200 Belarusian prisoners.', actors: C, tree: true });
    expect(freed).toContain('RETREAT POL>BLR hypothetical');
    expect(freed).toContain('AGREE POL>BLR asserted');
    // a predicate adjective after the copula stays one
    expect(brief({ text: 'Poland said the Belarusian prisoners would be free soon.', actors: C, tree: true }).some((x) => x.startsWith('YIELD'))).toBe(false);
  });
});
