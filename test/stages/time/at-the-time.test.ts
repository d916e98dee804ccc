// "at the time" refers back to the narrative's time (PAST_REF) when it ends its clause or conjunct; with
// a complement ("at the time of the vote", "at the time he left") it names another time and is no timex.
// Own sentences.
import { describe, expect, it } from 'vitest';
import { timexes } from './helpers.ts';

const D = '2022-02-08';
const pairs = (text: string) => timexes(D, text).map((t) => [t.text, t.type, t.value]);

describe('at the time', () => {
  it.each([
    ['The mayor was on holiday at the time.', 'at the time'],
    ['At the time, the port handled little traffic.', 'At the time'],
    ['Her deputy at the time, a lawyer, resigned.', 'at the time'],
    ['Few voters knew of the loan at the time; it surfaced later.', 'at the time'],
    ['The plant employed 300 people at the time and ran two shifts.', 'at the time'],
  ])('%s', (text, phrase) => {
    expect(pairs(text)).toEqual([[phrase, 'DATE', 'PAST_REF']]);
  });

  it('is no timex with a complement', () => {
    expect(pairs('He was abroad at the time of the vote.')).toEqual([]);
    expect(pairs('At the time he resigned, the party was divided.')).toEqual([]);
    expect(pairs('Reporters noted at the time that the deal was unusual.')).toEqual([]);
  });
});
