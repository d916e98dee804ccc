import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../src/doc/types.ts';
import { mentionActor, run } from './helpers.ts';

/** Actor ids of all mentions whose text is `text` (a demonym also names its country). */
const actorsOf = (doc: Doc, text: string) => doc.layers.mentions!.filter((m) => m.text === text).map((m) => m.actor);

// Coordinated nationalities before one sector head share it: each names that body of its own country.
describe('coordinated nationalities before a shared sector head', () => {
  it('reads "the Dutch and Belgian governments" as two governments', () => {
    const doc = run('The Dutch and Belgian governments signed a water treaty on Friday.');
    expect(mentionActor(doc, 'The Dutch')).toMatchObject({ country: 'NLD', sector: 'GOV' });
    expect(mentionActor(doc, 'Belgian governments')).toMatchObject({ country: 'BEL', sector: 'GOV' });
  });

  it('gives each country of a list the head: "Polish, Czech and Slovak troops"', () => {
    const doc = run('Polish, Czech and Slovak troops crossed the river at dawn.');
    expect(actorsOf(doc, 'Polish')).toContain('group:POL:MIL');
    expect(actorsOf(doc, 'Czech')).toContain('group:CZE:MIL');
    expect(mentionActor(doc, 'Slovak troops')).toMatchObject({ country: 'SVK', sector: 'MIL' });
  });

  it('leaves coordinated peoples and a named body alone', () => {
    const doc = run('The Dutch and the Belgians voted, and Dutch and Danish carrier Nordlink Air cut fares.');
    expect(mentionActor(doc, 'The Dutch')).toMatchObject({ id: 'group:NLD:CVL' });
    expect(doc.layers.mentions!.some((m) => m.text === 'Dutch' && m.actor.startsWith('group:'))).toBe(false);
  });
});
