// Reflexives and demonym adjectives (docs/entities.md, thirty-second session, helper coref, issue 15): an
// argument reflexive is its clause's (controlled) subject's, or no actor's when that subject is a noun
// naming none; a country named only by an adjective or a compound modifier ("an Italian court") is no
// antecedent of a later "it" or "its"; a possessive prefers the subject of its own clause.
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';

const actorAt = (doc: ReturnType<typeof runParsed>, text: string, nth = 0) => doc.layers.mentions!.filter((m) => m.text === text)[nth]?.actor;

describe('actors stage: reflexives and demonym modifiers', () => {
  it('binds a reflexive object to its own clause subject, not to the speaker before it', () => {
    const doc = runParsed('Paul Verbeek told reporters that Hans Molenaar "walked into a police station in Utrecht and turned himself in".');
    expect(actorAt(doc, 'himself')).toBe(actorAt(doc, 'Hans Molenaar'));
  });

  it('binds a reflexive to the object that controls its infinitive', () => {
    const doc = runParsed('Campaign manager Paul Verbeek told a radio show on Monday that the campaign expects Hans Molenaar to involve himself in the debate.');
    expect(actorAt(doc, 'himself')).toBe(actorAt(doc, 'Hans Molenaar'));
  });

  it('gives a reflexive no actor when its subject is a noun that names none', () => {
    const doc = runParsed('The Health Ministry of Norway published a report on Monday. Nurses in 2019 were overworking themselves at twice the rate of doctors.');
    expect(actorAt(doc, 'themselves')).toBeUndefined();
  });

  it('takes no demonym adjective as the antecedent of "it"', () => {
    const doc = runParsed('The Brazilian singer Ana Lopes said the tour will go on. "We struggled with it for a long time," she said.');
    expect(actorAt(doc, 'Brazilian')).toBe('country:BRA');
    expect(actorAt(doc, 'it')).toBeUndefined();
  });

  it('prefers the subject of its own clause for a possessive', () => {
    const doc = runParsed('Governor Ben Sorel said on Monday that he backs the plan, and he thanked the crowd. The crowd cheered loudly until Senator Tomas Hald reached the last lines of his speech.');
    expect(actorAt(doc, 'his')).toBe('person:tomas-hald');
    const forced = runParsed('The Velmora Commission has forced Orvik Group to lower its prices for phones in Lyon.');
    expect(actorAt(forced, 'its')).toBe('org:orvik-group');
  });
});
