// An office phrase before a person's name ("Director of Harbour Works Tom Berg", "Velmora Air Chief
// Executive Tom Mannor") is the person's title: the id is built from the name after it, never from the
// office's words; a title word that is a given name stays in the name.
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';
import type { Doc } from '../../../src/doc/types.ts';

const ids = (doc: Doc) => doc.layers.mentions!.map((m) => m.actor);
const actor = (doc: Doc, id: string) => doc.layers.actors!.find((a) => a.id === id);

describe('actors stage: office phrases before a name', () => {
  it('reads "<Title> of <Body> <Name>" as the title and the person', () => {
    const doc = runParsed('The memo went to the minister and Director of Harbour Works Bill Tarrow on Monday. Tarrow did not reply.', '2015-06-01');
    expect(ids(doc)).toContain('person:bill-tarrow');
    expect(ids(doc).some((id) => /director|harbour/.test(id))).toBe(false);
  });

  it('reads "<Title> of the <Body> for <Area> <Name>" the same way', () => {
    const doc = runParsed('He wrote to Deputy Secretary of the Navy for Logistics Marvin Quell about the ships.', '2015-06-01');
    expect(ids(doc)).toContain('person:marvin-quell');
    expect(ids(doc).some((id) => /logistics/.test(id))).toBe(false);
  });

  it('strips "<Org> Chief Executive" from a name the lexicon does not know when the article repeats the family name', () => {
    const doc = runParsed('Velmora Air Chief Executive Dermid Mannor said the jets would arrive in May. Mannor added that fares would fall.', '2015-06-01');
    expect(ids(doc)).toContain('person:dermid-mannor');
    expect(ids(doc).some((id) => /executive/.test(id))).toBe(false);
  });

  it('keeps a title word that is a given name in the name, and takes no body word for a family name', () => {
    const doc = runParsed('Gov. Earl Ray Tomblin visited the plant. Tomblin praised the workers.', '2015-06-01');
    expect(ids(doc)).toContain('person:earl-ray-tomblin');
    const org = runParsed('Chairman of the Senate Foreign Relations Committee Chairman spoke. The Chairman left.', '2015-06-01');
    expect(ids(org).some((id) => id.startsWith('person:relations') || id.startsWith('person:committee'))).toBe(false);
  });

  it('finds the holder after "<Title> of <Body>" when the lexicon knows no given name of theirs', () => {
    const known = runParsed('Minister of Fisheries Ana Lopes said the quota would stay.', '2015-06-01');
    expect(ids(known)).toContain('person:ana-lopes');
    const unknown = runParsed('Minister of Fisheries Orsolya Vantrell said the quota would stay. Commissioner for Shipping Ilvane Dorska agreed.', '2015-06-01');
    expect(ids(unknown)).toContain('person:orsolya-vantrell');
    expect(ids(unknown)).toContain('person:ilvane-dorska');
    expect(ids(unknown).some((id) => /fisheries|shipping/.test(id))).toBe(false);
  });

  it('takes no body word for a name: common words and words the article writes in lower case stay the office\'s', () => {
    const doc = runParsed('The Minister of Regional Economic Development said the plan was sound.', '2015-06-01');
    expect(doc.layers.entities!.some((e) => e.label === 'PERSON')).toBe(false);
    const lower = runParsed('Commissioner for Harbour Tolls Grants spoke about tolls and grants.', '2015-06-01');
    expect(lower.layers.entities!.some((e) => e.label === 'PERSON')).toBe(false);
  });
});
