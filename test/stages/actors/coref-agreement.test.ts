// Agreement and the pronoun's clause for "it"/"its"/"they"/"their" (docs/entities.md, twenty-eighth
// session, helper coref): a subject that cannot be the pronoun's antecedent (a person for "it", a noun of
// the other number) is passed over for the one before it; a "their" whose clause's subject is a plural
// noun naming no actor, and a "they" after such a subject, get no actor.
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';

const actorAt = (doc: ReturnType<typeof runParsed>, text: string, nth = 0) => doc.layers.mentions!.filter((m) => m.text === text)[nth]?.actor;

describe('actors stage: pronoun agreement and the pronoun\'s clause', () => {
  it('passes over a subject of the other number for "it" and takes the thing before it', () => {
    const inner = runParsed('Veltrix Industries said on Monday that although its new plan is meant to make sure that the richest farmers pay more than they do now, it leaves many loopholes.');
    expect(actorAt(inner, 'its')).toBe('org:veltrix-industries');
    expect(actorAt(inner, 'it')).toBeUndefined();
    const next = runParsed('Veltrix Industries met farmers in Lyon. Although the plan is meant to make sure that the richest farmers pay more than they do now, it leaves many loopholes.');
    expect(actorAt(next, 'it')).toBeUndefined();
  });

  it('gives no actor to "their" whose clause\'s subject is a plural noun naming no actor', () => {
    const doc = runParsed('Orvik Group released an update for its phones. The update is available for people who want an easy option to set their own volume limit.');
    expect(actorAt(doc, 'its')).toBe('org:orvik-group');
    expect(actorAt(doc, 'their')).toBeUndefined();
  });

  it('reads "people" as plural: a "they" after it in its clause gets no actor', () => {
    const doc = runParsed('Orvik Group said its phones work in Lyon. People are worried about what they regard as lost control.');
    expect(actorAt(doc, 'they')).toBeUndefined();
  });

  it('keeps "They" after a quantity of a named group ("Hundreds of protesters")', () => {
    const doc = runParsed('Hundreds of Chadian protesters gathered outside the ministry on Sunday. They demanded that the minister resign.');
    expect(actorAt(doc, 'They')).toBeDefined();
  });
});
