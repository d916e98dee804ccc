// Criticism inside attributed speech (events/criticism.ts), on invented sentences: the speaker ACCUSEs
// whom a criticism word judges (clause subject, possessor), and nothing is coded when the word sits in
// an oblique, under a verb that does not carry it, is negated, judges the speaker's own side or calls a
// claim false.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const C = COUNTRIES;
const accusations = (text: string, content: string, speaker = 'country:POL', kind: 'direct' | 'indirect' = 'indirect') =>
  brief({ text, actors: C, tree: true, quotes: [{ text: content, speaker, kind }] }).filter((b) => b.startsWith('ACCUSE'));

describe('criticism in reported speech', () => {
  it('accuses the subject of a clause the word judges', () => {
    expect(accusations('Poland said Belarus was acting in a reckless way at the border.', 'Belarus was acting in a reckless way at the border')).toEqual([]);
    expect(accusations('Poland said Belarus was reckless and dangerous.', 'Belarus was reckless and dangerous')).toEqual(['ACCUSE POL>BLR asserted']);
    expect(accusations('Poland said Belarus had exaggerated the number of migrants.', 'Belarus had exaggerated the number of migrants')).toEqual(['ACCUSE POL>BLR asserted']);
  });
  it('accuses the possessor of the judged word or of its subject', () => {
    expect(accusations("Poland said Russia's tactics were a provocation.", "Russia's tactics were a provocation")).toEqual(['ACCUSE POL>RUS asserted']);
  });
  it('reads an object as judging its subject only under a carrier verb', () => {
    expect(accusations('Poland said Belarus was spreading lies about the camps.', 'Belarus was spreading lies about the camps')).toEqual(['ACCUSE POL>BLR asserted']);
    expect(accusations('Poland said Germany faced aggression on its eastern flank.', 'Germany faced aggression on its eastern flank')).toEqual([]);
  });
  it('codes nothing for a word in an oblique phrase', () => {
    expect(accusations('Poland said Germany had condemned Belarus for its provocation.', 'Germany had condemned Belarus for its provocation').filter((b) => b === 'ACCUSE POL>DEU asserted')).toEqual([]);
  });
  it('codes nothing against a thing pronoun', () => {
    expect(accusations('Poland rejected the plan of Belarus, calling it dangerous.', 'dangerous')).toEqual([]);
  });
  it('codes nothing when the judgement is negated', () => {
    expect(accusations('Poland said Belarus was not reckless.', 'Belarus was not reckless')).toEqual([]);
    expect(accusations('Poland said Belarus was no more corrupt than its neighbours.', 'Belarus was no more corrupt than its neighbours')).toEqual([]);
  });
  it('accuses each conjunct of a judged subject', () => {
    expect(accusations('Poland said Belarus and Russia were reckless.', 'Belarus and Russia were reckless')).toEqual(['ACCUSE POL>BLR asserted', 'ACCUSE POL>RUS asserted']);
  });
  it('judges the doer of a passive, not its subject', () => {
    expect(accusations('Poland said Germany had been misled by Belarus.', 'Germany had been misled by Belarus')).toEqual(['ACCUSE POL>BLR asserted']);
  });
  it("judges the phrase's possessor where a partial quote opens after it", () => {
    expect(accusations('Germany condemned what Poland called Belarus\'s "reckless, dangerous" moves.', 'reckless, dangerous')).toEqual(['ACCUSE POL>BLR asserted']);
  });
  it('reads a failure as no criticism', () => {
    expect(accusations('Poland said Germany had failed to reach a deal with Belarus.', 'Germany had failed to reach a deal with Belarus')).toEqual([]);
  });
  it('reads unfitness, hatefulness and a fraud as criticism (twenty-seventh session)', () => {
    expect(accusations('Poland said Belarus was plainly unfit to chair the council.', 'Belarus was plainly unfit to chair the council')).toEqual(['ACCUSE POL>BLR asserted']);
    expect(accusations("Poland said Belarus's hateful remarks had hurt the talks.", "Belarus's hateful remarks had hurt the talks")).toEqual(['ACCUSE POL>BLR asserted']);
    expect(accusations('Poland said Belarus was a fraud.', 'Belarus was a fraud')).toEqual(['ACCUSE POL>BLR asserted']);
    expect(accusations('Poland said Belarus was not unfit to chair the council.', 'Belarus was not unfit to chair the council')).toEqual([]);
  });
  it('codes nothing against the speaker itself or for a claim called false', () => {
    expect(accusations('"Poland was careless," the Polish minister said.', 'Poland was careless,', 'country:POL', 'direct')).toEqual([]);
    expect(accusations("Poland said Belarus's claims were false.", "Belarus's claims were false")).toEqual([]);
  });
  it('reads words of disgust and of misdeeds in office as criticism', () => {
    expect(accusations('Poland said Belarus was disgusting.', 'Belarus was disgusting')).toEqual(['ACCUSE POL>BLR asserted']);
    expect(accusations('Poland said Belarus had mishandled the inquiry.', 'Belarus had mishandled the inquiry')).toEqual(['ACCUSE POL>BLR asserted']);
    expect(accusations('Poland said Belarus had not mishandled the inquiry.', 'Belarus had not mishandled the inquiry')).toEqual([]);
  });
});
