// Argument structure read from the tree for two generic shapes (issue 15): reciprocal predicates with
// coordinated subjects ("X and Y agreed to reopen the border" is an agreement between X and Y, not with
// the border) and converse verbs ("X received aid from Y": the giver is the source).
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const code = (text: string) => brief({ text, actors: COUNTRIES, tree: true });
const ofType = (type: string, text: string) => code(text).filter((e) => e.startsWith(`${type} `));

describe('reciprocal predicates with coordinated subjects', () => {
  it('pairs the subjects of "agreed to VB <thing>" both ways', () => {
    for (const text of [
      'Kenya and Uganda agreed to lower tariffs on maize.',
      'Kenya and Uganda agreed to hold a joint census next year.',
      'Kenya and Uganda have agreed to expand trade in tea.',
      'Kenya and Uganda agreed to cooperate on policing.',
    ]) {
      const out = ofType('AGREE', text);
      expect(out, text).toContain('AGREE KEN>UGA asserted');
      expect(out, text).toContain('AGREE UGA>KEN asserted');
      expect(out.filter((e) => e.includes('>null')), text).toEqual([]);
    }
  });
  it('keeps a named party of the act agreed on as the target', () => {
    const out = ofType('AGREE', 'Britain and France agreed to send tents to Ukraine.');
    expect(out).toContain('AGREE GBR>UKR asserted');
    expect(out).toContain('AGREE FRA>UKR asserted');
  });
  it('leaves one subject agreeing to act on a thing as it was', () => {
    expect(ofType('AGREE', 'Kenya agreed to lower tariffs on maize.').filter((e) => e.startsWith('AGREE KEN>UGA'))).toEqual([]);
  });
  it('pairs coordinated subjects who negotiated', () => {
    for (const text of ['Russia and Ukraine negotiated a prisoner exchange.', 'Russia and Ukraine negotiated for three days in Istanbul.']) {
      const out = ofType('CONSULT', text);
      expect(out, text).toContain('CONSULT RUS>UKR asserted');
      expect(out, text).toContain('CONSULT UKR>RUS asserted');
    }
  });
  it('does not read a thing one party negotiated as someone negotiated with', () => {
    expect(ofType('CONSULT', 'Poland negotiated the purchase of new trains.')).toEqual([]);
    expect(ofType('CONSULT', 'Poland negotiated with Germany for hours.')).toContain('CONSULT POL>DEU asserted');
  });
  it('still reads the reciprocal shapes read before', () => {
    expect(ofType('CONSULT', 'Poland and Germany met in Berlin on Monday.')).toEqual(expect.arrayContaining(['CONSULT POL>DEU asserted', 'CONSULT DEU>POL asserted']));
    expect(ofType('CONSULT', 'Talks between Poland and Germany resumed.')).toEqual(expect.arrayContaining(['CONSULT POL>DEU asserted', 'CONSULT DEU>POL asserted']));
    expect(code('Poland and Germany signed a transit accord.')).toEqual(expect.arrayContaining(['SUPPORT POL>DEU asserted', 'SUPPORT DEU>POL asserted']));
    expect(code('Poland signed a transit accord with Germany.')).toContain('SUPPORT POL>DEU asserted');
  });
});

describe('converse verbs: the giver is the source', () => {
  it('reads aid, arms, loans and funding received from a giver', () => {
    expect(ofType('AID', 'Kenya received food aid from China.')).toEqual(['AID CHN>KEN asserted']);
    expect(ofType('AID', 'Ukraine has received humanitarian assistance from Poland.')).toEqual(['AID POL>UKR asserted']);
    expect(ofType('AID', 'Ukraine got weapons from Britain.')).toEqual(['AID GBR>UKR asserted']);
    expect(ofType('AID', 'Belarus received a loan from Russia.')).toEqual(['AID RUS>BLR asserted']);
    expect(ofType('AID', 'Uganda receives funding from the United States.')).toEqual(['AID USA>UGA asserted']);
  });
  it('still reads aid given to a recipient and backing won', () => {
    expect(ofType('AID', 'China sent aid to Kenya.')).toContain('AID CHN>KEN asserted');
    expect(ofType('AID', 'China announced new aid for Kenya.')).toContain('AID CHN>KEN asserted');
    expect(ofType('SUPPORT', 'Poland got financial backing from Germany.')).toEqual(['SUPPORT DEU>POL asserted']);
  });
});
