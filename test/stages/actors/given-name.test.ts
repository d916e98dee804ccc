// A given name alone is the person the article names in full with it (resolve.ts DocSurnames.byGiven).
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';
import { mentionActor } from './helpers.ts';

describe('a given name alone', () => {
  it('is the one person named in full with it', () => {
    const doc = runParsed('Marla Debrane won the seat on Tuesday. Supporters said Marla had earned it.', '2024-02-01');
    expect(mentionActor(doc, 'Marla', 40)?.id).toBe('person:marla-debrane');
  });

  it('stays apart when two people share the given name', () => {
    const doc = runParsed('Tomas Kell met Tomas Ruhl in Halden. Later Tomas said the talks went well.', '2024-02-01');
    const lone = mentionActor(doc, 'Tomas', 40);
    expect(lone?.id).not.toBe('person:tomas-kell');
    expect(lone?.id).not.toBe('person:tomas-ruhl');
  });

  it('is no person whose full name is a body or a place ("Virginia Democrats", "Charlotte-Mecklenburg")', () => {
    const doc = runParsed('Virginia Democrats met in Richmond. The Charlotte-Mecklenburg police chief spoke. Voters in Virginia and Charlotte waited.', '2024-02-01');
    expect(mentionActor(doc, 'Virginia', 60)?.id ?? null).not.toBe('person:virginia-democrats');
    expect(mentionActor(doc, 'Charlotte', 60)?.id ?? null).not.toBe('person:charlotte-mecklenburg');
  });

  it('keeps a private person a civilian where words around the given name look like a title', () => {
    const doc = runParsed('Ines Varga, 22, won a place on the course. As an intern Ines will attend meetings and phone clients.', '2024-02-01');
    expect(mentionActor(doc, 'Ines Varga')?.sector).toBe('CVL');
  });
});
