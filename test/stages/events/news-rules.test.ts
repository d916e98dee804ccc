// Rules of issue 15's fourth round, on invented sentences: the thing fired is no target, "spend" is aid
// only "on" someone, an act the clause says was avoided alleges nothing, "what X called Y" names rather
// than phones, and "asked that X <verb>" is a request to X.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const C = COUNTRIES;

describe('argument classes of everyday verbs', () => {
  it('codes no attack on the weapon that was fired', () => {
    expect(brief({ text: 'Iran fired two rockets into the sea on Monday.', actors: C, tree: true })).toEqual([]);
    expect(brief({ text: 'Syrian troops fired on Turkish soldiers near the border.', actors: C, tree: true })).toContain('ASSAULT SYR>TUR asserted');
  });
  it('codes no fight against a thing', () => {
    expect(brief({ text: 'Poland worked with Germany to fight the fires.', actors: C, tree: true }).filter((b) => b.startsWith('ASSAULT'))).toEqual([]);
  });
  it('reads "removed" as coercion only when people are removed', () => {
    expect(brief({ text: 'Turkish police removed two Polish reporters from the venue.', actors: C, tree: true })).toContain('COERCE TUR>POL asserted');
    expect(brief({ text: 'Germany pressed Russia to remove its troops.', actors: C, tree: true }).filter((b) => b.startsWith('COERCE'))).toEqual([]);
    expect(brief({ text: 'Turkey removed the debris from the road to Syria.', actors: C, tree: true }).filter((b) => b.startsWith('COERCE'))).toEqual([]);
  });
  it('lets the object choose the sense: a promised veto is a threat', () => {
    expect(brief({ text: 'France promised a veto and made the case to Germany on Monday.', actors: C, tree: true }).filter((b) => b.startsWith('AGREE'))).toEqual([]);
  });
  it('codes no aid for a letter sent', () => {
    expect(brief({ text: 'Poland sent a letter to Germany urging talks.', actors: C, tree: true }).filter((b) => b.startsWith('AID'))).toEqual([]);
    expect(brief({ text: 'Poland sent tents and blankets to Ukraine.', actors: C, tree: true })).toContain('AID POL>UKR asserted');
  });
  it('reads "spent years working for X" as no aid', () => {
    expect(brief({ text: 'The envoy spent years working for Britain in Moscow.', actors: C, tree: true }).filter((b) => b.startsWith('AID'))).toEqual([]);
    expect(brief({ text: 'Germany spent two billion euros on Ukraine last year.', actors: C, tree: true })).toContain('AID DEU>UKR asserted');
  });
});

describe('mode and reading of the clause', () => {
  it('negates an act under "avoid"', () => {
    const b = brief({ text: '"The agency slowed down to avoid meddling in the vote of Poland," she said.', actors: C, tree: true, quotes: [{ text: 'The agency slowed down to avoid meddling in the vote of Poland', speaker: 'country:GBR' }] });
    expect(b.filter((x) => x.endsWith('asserted') || x.endsWith('reported'))).toEqual([]);
  });
  it('reads "what X called Y" as naming, not as a phone call', () => {
    expect(brief({ text: 'Ministers rejected what Turkey called Syria\'s "reckless" moves.', actors: C, tree: true }).filter((b) => b.startsWith('CONSULT'))).toEqual([]);
    expect(brief({ text: 'Turkey called Syria on Monday.', actors: C, tree: true })).toContain('CONSULT TUR>SYR asserted');
  });
  it('codes the threat of any act under "threatened to"', () => {
    const b = brief({ text: 'Turkey has threatened to pull out of the border deal with Syria.', actors: C, tree: true });
    expect(b).toContain('THREATEN TUR>SYR asserted');
  });
  it('codes a vowed hostile act as a threat and a vowed cooperative act as an intent', () => {
    const hostile = brief({ text: 'Poland pledged to impose new sanctions on Belarus.', actors: C, tree: true });
    expect(hostile).toContain('THREATEN POL>BLR asserted');
    expect(hostile.filter((b) => b.startsWith('SANCTION') && b.endsWith('asserted'))).toEqual([]);
    const kind = brief({ text: 'Poland vowed to send aid to Ukraine.', actors: C, tree: true });
    expect(kind).toContain('AGREE POL>UKR asserted');
    expect(kind.filter((b) => b.startsWith('THREATEN'))).toEqual([]);
  });
  it('codes no threat for a vowed act that harms no one', () => {
    const plain = (text: string) => brief({ text, actors: C, tree: true }).filter((b) => b.startsWith('THREATEN'));
    expect(plain('Poland vowed to hire Ukrainian teachers.')).toEqual([]);
    expect(plain('Poland vowed to open a new embassy in Ukraine.')).toEqual([]);
    expect(brief({ text: 'Poland vowed to visit Ukraine.', actors: C, tree: true })).toEqual(['CONSULT POL>UKR future', 'AGREE POL>UKR asserted']);
    expect(plain('Poland vowed to punish Belarus for the border incident.')).toEqual(['THREATEN POL>BLR asserted']);
  });
  it('codes a noun event under a receive verb with its possessor as the doer', () => {
    const b = brief({ text: 'The EU condemned Russia\'s attack on Ukraine.', actors: C, tree: true });
    expect(b).toContain('ACCUSE EU>RUS asserted');
    expect(b).toContain('ASSAULT RUS>UKR asserted');
    expect(brief({ text: 'Iran faces sanctions from the EU.', actors: C, tree: true })).toContain('SANCTION EU>IRN asserted');
  });
  it('reads "asked that X <verb>" as a request to X', () => {
    expect(brief({ text: 'France asked that Iran release the two sailors at once.', actors: C, tree: true })).toContain('REQUEST FRA>IRN asserted');
  });
});
