// A title whose possessor or of-phrase names a body other than a state ("Lorvatech's vice president",
// "the vice president of the company") is that body's officer, never the registry's holder of the
// state's office of that name; the person it stands beside takes it.
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';
import type { Doc } from '../../../src/doc/types.ts';

const actorsOf = (doc: Doc) => doc.layers.mentions!.map((m) => m.actor);
const roleOf = (doc: Doc, text: string) => doc.layers.entities!.find((e) => e.label === 'ROLE' && e.text === text);

describe('actors stage: titles in a body that is no state', () => {
  it('reads a title under an organisation possessor as no office holder', () => {
    const doc = runParsed('The carmaker Lorvatech Motors lost the case. Lorvatech Motors\' vice president said the firm would appeal.', '2015-06-01');
    expect(actorsOf(doc)).not.toContain('person:joe-biden');
    expect(roleOf(doc, 'vice president')?.actor ?? null).toBeNull();
  });

  it('reads a title under a common noun of a body as no office holder', () => {
    for (const text of ['The vice president of the company met investors on Monday.', 'The club\'s president sacked the coach on Monday.', 'The university\'s vice president met students on Monday.']) {
      const doc = runParsed(text, '2015-06-01');
      expect(actorsOf(doc), text).not.toContain('person:joe-biden');
      expect(actorsOf(doc), text).not.toContain('person:barack-obama');
    }
  });

  it('gives such a title to the person it stands beside, past the article and the possessor', () => {
    const doc = runParsed('Ana Lopes, the university\'s senior vice president, said the talks had failed.', '2015-06-01');
    expect(roleOf(doc, 'senior vice president')?.actor).toBe('person:ana-lopes');
  });

  it('reads a body\'s name with a possessive inside it after "of"', () => {
    const doc = runParsed('Tom Berg, who serves as vice-president of the Lorvian Traders\' Association and a resident.', '2015-06-01');
    expect(actorsOf(doc)).not.toContain('person:joe-biden');
  });

  it('reads a title after a body\'s name as no office holder, but keeps a party\'s own title', () => {
    const doc = runParsed('The carmaker Lorvatech Motors lost the case. The Lorvatech Motors vice president said the firm would appeal.', '2015-06-01');
    expect(actorsOf(doc)).not.toContain('person:joe-biden');
    expect(runParsed('Donald Trump campaigned in Ohio. The Republican Party presidential nominee said he would win.', '2016-09-22').layers.mentions!.find((m) => m.text === 'presidential nominee')?.actor).toBe('person:donald-trump');
  });

  it('gives a title in apposition to the person named before it, whatever its of-phrase', () => {
    const doc = runParsed('Ana Lopes, president of Velmora Brands, says sales are down.', '2016-06-01');
    expect(roleOf(doc, 'president')?.actor).toBe('person:ana-lopes');
    expect(actorsOf(doc)).not.toContain('person:barack-obama');
    // (a title that opens a clause after a comma is no apposition)
    const clause = runParsed('Unlike Ana Lopes, the president has no plan.', '2016-06-01');
    expect(roleOf(clause, 'the president')?.actor ?? null).not.toBe('person:ana-lopes');
  });

  it('keeps the office holder for a bare title and a country possessor', () => {
    expect(actorsOf(runParsed('The vice president met investors on Monday.', '2015-06-01'))).toContain('person:joe-biden');
    expect(actorsOf(runParsed('Russia\'s president met investors on Monday.', '2015-06-01'))).toContain('person:vladimir-putin');
  });
});

describe('actors stage: a one-word organisation name said again', () => {
  it('is that organisation again where the tagger left it, so "it" can go back to it', () => {
    const doc = runParsed('The militant group Velmar claimed the attack. The government refused to negotiate with Velmar. Velmar was founded in 1960. It killed hundreds of people.', '2016-12-17');
    expect(doc.layers.mentions!.filter((m) => m.text === 'Velmar').map((m) => m.actor)).toEqual(['org:velmar', 'org:velmar', 'org:velmar']);
    expect(doc.layers.entities!.filter((e) => e.text === 'Velmar').map((e) => e.label)).toEqual(['ORG', 'ORG', 'ORG']);
  });

  it('leaves a name that opens a model\'s name alone', () => {
    const doc = runParsed('The aircraft maker Velmar lost the order. The airline bought the Velmar V300 last year.', '2016-12-17');
    expect(doc.layers.mentions!.filter((m) => m.text === 'Velmar').length).toBe(1);
  });
});
