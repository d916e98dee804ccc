// A person actor carries the gender the actors stage read for it (registry, honorific, given name), so
// later stages (the quotes stage's pronoun chain) read one answer instead of asking the knowledge again.
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';

const actorNamed = (doc: ReturnType<typeof runParsed>, name: string) => (doc.layers.actors ?? []).find((a) => a.name === name);

describe('the gender of a person actor', () => {
  it('comes from the given name or an honorific, and is absent when nothing tells it', () => {
    const doc = runParsed('Mary Olsen, a farmer from Voss, met the mayor. Mrs. Kalbraith Tunde spoke later. Tamsk Qorin listened.', '2019-05-02');
    expect(actorNamed(doc, 'Mary Olsen')?.gender).toBe('f');
    expect((doc.layers.actors ?? []).find((a) => a.name.includes('Tunde'))?.gender).toBe('f');
    const nobody = (doc.layers.actors ?? []).find((a) => a.name.includes('Qorin'));
    if (nobody) expect(nobody.gender).toBeUndefined();
  });

  it('is never set on an organisation or a country', () => {
    const doc = runParsed('Mary Olsen asked Norway and the Red Cross for help.', '2019-05-02');
    for (const a of doc.layers.actors ?? []) if (a.kind !== 'person') expect(a.gender).toBeUndefined();
  });
});
