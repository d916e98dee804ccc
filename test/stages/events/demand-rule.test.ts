// The built-in demand rule (match.ts demandCandidates): a must/should clause under another party's speech
// verb is a demand on the clause subject — only when that subject is who must act: people or an
// organisation, in an active clause.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, events } from './helpers.ts';

const demands = (text: string) =>
  events({ text, actors: COUNTRIES }).filter((e) => e.pattern === 'rule.demand').map((e) => `${e.source.country}>${e.target.country ?? e.target.text}`);

describe('demand on the clause subject', () => {
  it('codes a demand on a named party', () => {
    expect(demands('Germany said Turkey must release the two reporters.')).toEqual(['DEU>TUR']);
  });
  it('codes none where the subject is only acted on (a passive)', () => {
    expect(demands('Germany said the two reporters should be released at once.')).toEqual([]);
  });
  it('codes none where the subject is a thing', () => {
    expect(demands('Germany said the debate should wait until spring.')).toEqual([]);
  });
});

describe('a demand in the subjunctive ("insist that T VB:base")', () => {
  const insists = (text: string) =>
    events({ text, actors: COUNTRIES, tree: true }).filter((e) => e.type === 'REQUEST').map((e) => `${e.source.country}>${e.target.country}`);
  it('codes a demand on the that-clause subject of a bare base form', () => {
    expect(insists('Poland insisted that Belarus stop sending migrants to the border.')).toEqual(['POL>BLR']);
  });
  it('reads a partial quote that opens at the verb', () => {
    expect(insists('Poland insisted that Belarus "stop sending migrants to the border."')).toEqual(['POL>BLR']);
  });
  it('codes none for a fact insisted on', () => {
    expect(insists('Poland insisted that Belarus stopped sending migrants to the border.')).toEqual([]);
    expect(insists('Poland insisted that Belarus was behind the crisis.')).toEqual([]);
    expect(insists('Poland insisted that Belarus stops its flights.')).toEqual([]);
  });
});

describe('a demand in a direct quote', () => {
  const quoted = (text: string, content: string, speaker = 'country:DEU') =>
    events({ text, actors: COUNTRIES, tree: true, quotes: [{ text: content, speaker, kind: 'direct' }] }).filter((e) => e.pattern === 'rule.demand').map((e) => `${e.source.country}>${e.target.country}`);
  it("codes the speaker's demand on a named subject of the quote's main clause", () => {
    expect(quoted('"Turkey must release the two reporters," Germany said.', 'Turkey must release the two reporters,')).toEqual(['DEU>TUR']);
  });
  it('codes none for a conditional, a past act blamed, a first person or a thing pronoun', () => {
    expect(quoted('"If Turkey must release them, it will," Germany said.', 'If Turkey must release them, it will,')).toEqual([]);
    expect(quoted('"Turkey should have released the two reporters," Germany said.', 'Turkey should have released the two reporters,')).toEqual([]);
    expect(quoted('"We must release the two reporters," Germany said.', 'We must release the two reporters,')).toEqual([]);
    expect(quoted('"It must wear them down," Germany said.', 'It must wear them down,')).toEqual([]);
  });
});
