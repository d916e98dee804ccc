// `target: person` (person-target.ts): "receive T" hosts a visit and "provide T" supplies someone only when
// the object's own head names someone, not a thing received, or the thing provided.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief, type ActorSpec } from './helpers.ts';

const PEOPLE: ActorSpec[] = [
  { id: 'person:tomas-nowicki', country: 'POL', sector: 'GOV', kind: 'person', say: ['President Tomas Nowicki', 'Nowicki'] },
  { id: 'person:ilse-brandt', country: 'DEU', sector: 'GOV', kind: 'person', say: ['Chancellor Ilse Brandt', 'Brandt'] },
];
const consult = (text: string) => brief({ text, actors: [...COUNTRIES, ...PEOPLE], tree: true }).filter((e) => e.startsWith('CONSULT'));

describe('receiving people, not things', () => {
  it('codes a visit hosted for a person or a delegation', () => {
    expect(consult('Nowicki received Brandt in Warsaw on Monday.')).toContain('CONSULT POL>DEU asserted');
    expect(consult('Nowicki received a German delegation on Monday.')).toContain('CONSULT POL>DEU asserted');
  });
  it('codes nothing for a thing received from or about someone', () => {
    expect(consult('Nowicki received the endorsement of Brandt on Monday.')).toEqual([]);
    expect(consult('The Polish broadcaster receives some German funding.')).toEqual([]);
  });
  it('reads "provide T" as aid to someone, never to the thing provided', () => {
    const aid = (text: string) => brief({ text, actors: [...COUNTRIES, ...PEOPLE], tree: true }).filter((e) => e.startsWith('AID'));
    expect(aid('Poland provided Ukraine with tanks.')).toContain('AID POL>UKR asserted');
    expect(aid('The Polish ministry provided new safeguards at the border.')).toEqual([]);
  });
});

// `target: agent` on "ignore T" and "oppose T" (reject.yaml): ignoring a person or a party's demands is a
// rejection, ignoring an issue or a fact is none; opposing a party is, opposing a motion on its own is not.
describe('ignoring someone, not a thing', () => {
  const reject = (text: string) => brief({ text, actors: [...COUNTRIES, ...PEOPLE], tree: true }).filter((e) => e.startsWith('REJECT'));
  it('codes a person or a thing standing for its of-phrase', () => {
    expect(reject('Nowicki ignored Brandt on Tuesday.')).toContain('REJECT POL>DEU asserted');
    expect(reject('Nowicki ignored the demands of Brandt on Tuesday.')).toContain('REJECT POL>DEU asserted');
  });
  it('codes nothing for an issue ignored', () => {
    expect(reject('Nowicki has largely ignored the question of pension reform.')).toEqual([]);
  });
  it('reads "oppose T" the same way: a party opposed, not a motion or a doctrine', () => {
    expect(reject('Nowicki opposed Brandt at the summit.')).toContain('REJECT POL>DEU asserted');
    expect(reject('Nowicki opposed the motion at the summit.')).toEqual([]);
  });
});

// `target: agent` on "release T" (retreat.yaml): releasing people or a party's ship is a yield, releasing a
// product or a sum of money is none.
describe('releasing someone, not a product', () => {
  const yieldOf = (text: string) => brief({ text, actors: [...COUNTRIES, ...PEOPLE], tree: true }).filter((e) => e.startsWith('RETREAT') || e.startsWith('CONCEDE'));
  it('codes people released', () => {
    expect(yieldOf('Poland released the German on Friday.')).toContain('RETREAT POL>DEU asserted');
  });
  it('codes nothing for a product released', () => {
    expect(yieldOf('The Polish firm released an application that limits the volume.')).toEqual([]);
  });
});

// `target: person` on "execute T" (assault.yaml): executing people is a killing; executing an agreement, a
// court's sentence or a plan carries something out (the phenomenon in UD English training text: executed
// documents, agreements, surveys, plans; in untuned news: a petition to execute a court's sentence).
describe('executing people, not documents or plans', () => {
  const assault = (text: string) => brief({ text, actors: [...COUNTRIES, ...PEOPLE], tree: true }).filter((e) => e.startsWith('ASSAULT'));
  it('codes the killing of people', () => {
    expect(assault('Polish soldiers executed three German prisoners in 1944.').length).toBeGreaterThan(0);
  });
  it('codes nothing for an agreement, a sentence or a plan carried out', () => {
    expect(assault('Nowicki executed the trade agreement with Brandt on Friday.')).toEqual([]);
    expect(assault('Polish activists asked the ministry to execute the sentence of the German court.')).toEqual([]);
    expect(assault('The Polish army executed its plan on the German border.')).toEqual([]);
  });
});
