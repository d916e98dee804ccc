// A person the document gives no role is a civilian (private-person.ts).
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';
import { mentionActor } from './helpers.ts';

describe('a person with no role', () => {
  it('is a civilian', () => {
    const doc = runParsed('Police in Halden arrested David Vaskell, 34, on Friday. Vaskell was charged with theft.', '2024-02-01');
    expect(mentionActor(doc, 'David Vaskell')?.sector).toBe('CVL');
  });

  it('keeps no sector when a title, an apposition or a copula names a role no list knows', () => {
    const doc = runParsed('Coach Maria Telk praised the gift. Thomas Ruhl, the chief archivist of the Lenholt Trust, agreed. Anna Brenn is the head of procurement at the port.', '2024-02-01');
    expect(mentionActor(doc, 'Maria Telk')?.kind ?? mentionActor(doc, 'Coach Maria Telk')?.kind).toBe('person');
    expect(mentionActor(doc, 'Anna Brenn')?.kind).toBe('person');
    expect(mentionActor(doc, 'Maria Telk')?.sector ?? null).toBe(null);
    expect(mentionActor(doc, 'Thomas Ruhl')?.sector).not.toBe('CVL');
    expect(mentionActor(doc, 'Anna Brenn')?.sector ?? null).toBe(null);
  });

  it('keeps no sector for a title after other capitalised words ("County Fire Marshal X")', () => {
    const doc = runParsed('Granville County Fire Marshal Doug Lenhart said the blaze was set.', '2024-02-01');
    expect(mentionActor(doc, 'Doug Lenhart')?.sector ?? mentionActor(doc, 'Granville County Fire Marshal Doug Lenhart')?.sector ?? null).not.toBe('CVL');
  });

  it('reads a kinship noun before or beside the name as no role ("flood widow X", "his niece, X")', () => {
    const doc = runParsed('"We are still waiting," said flood widow Marla Debrane. Tomas Kell died in May. His niece, Ines Varga, said the airline lost his bag.', '2024-02-01');
    const widow = mentionActor(doc, 'Marla Debrane') ?? mentionActor(doc, 'widow Marla Debrane');
    expect(widow?.sector).toBe('CVL');
    expect(mentionActor(doc, 'Ines Varga')?.sector).toBe('CVL');
    // a role noun glued before a name still keeps the sector empty
    const aide = runParsed('"We are still waiting," said flood inspector Marla Debrane.', '2024-02-01');
    expect((mentionActor(aide, 'Marla Debrane') ?? mentionActor(aide, 'inspector Marla Debrane'))?.sector ?? null).not.toBe('CVL');
  });
});
