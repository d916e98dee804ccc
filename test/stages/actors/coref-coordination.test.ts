// "They"/"their" after a coordination of actors (docs/entities.md, twenty-eighth session, helper andthey): an
// event party holds one actor, so the pronoun stands for the country and sector every conjunct shares (their
// group actor), or for no actor; never for one of the conjuncts nor for another actor named nearby.
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';

const actorAt = (doc: ReturnType<typeof runParsed>, text: string, nth = 0) => doc.layers.mentions!.filter((m) => m.text === text)[nth]?.actor;

describe('actors stage: "they" after a coordination of actors', () => {
  it('gives no actor to "they" after two leaders of different countries', () => {
    const doc = runParsed('Emmanuel Macron and Olaf Scholz told Veltrix Industries on Monday that they would cut energy prices.');
    expect(actorAt(doc, 'they')).toBeUndefined();
  });

  it('gives the shared country and sector to "they" after two members of one government', () => {
    const doc = runParsed('Emmanuel Macron and Gabriel Attal visited a farm near Lyon on Monday. They promised new help for farmers.');
    expect(actorAt(doc, 'They')).toBe('group:FRA:GOV');
  });

  it('gives no actor to "they" after two named bodies, not the nearer one', () => {
    const doc = runParsed('Both the Orvik School District and the Orvik Police Department said that race played no part in how they handled the case.');
    expect(actorAt(doc, 'they')).toBeUndefined();
  });

  it('keeps the nearer single antecedent ("Republicans and Democrats … Republicans … they")', () => {
    const doc = runParsed('A group of Republicans and Democrats met on Tuesday. Republicans had called the meeting because they felt ignored.');
    expect(actorAt(doc, 'they')).toBe(actorAt(doc, 'Republicans', 1));
    expect(actorAt(doc, 'they')).toBeDefined();
  });
});
