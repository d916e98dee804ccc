// Decades and centuries are written in years, counted or not: "a decade" P10Y as TE3 writes it,
// "decades-long" PXY as MEANTIME does, so a bare "decades" or "centuries" is PXY too. Own sentences.
import { describe, expect, it } from 'vitest';
import { timexes } from './helpers.ts';

const D = '2015-06-02';
const pairs = (text: string) => timexes(D, text).map((t) => [t.text, t.type, t.value]);

describe('decades and centuries in years', () => {
  it.each([
    ['The quarry has been idle for decades.', 'decades', 'DURATION', 'PXY'],
    ['The abbey stood empty for centuries.', 'centuries', 'DURATION', 'PXY'],
    ['The canal was dug over a decade.', 'a decade', 'DURATION', 'P10Y'],
    ['The bridge lasted two centuries.', 'two centuries', 'DURATION', 'P200Y'],
    ['A decades-long feud over the river ended.', 'decades-long', 'DURATION', 'PXY'],
  ])('%s', (text, phrase, type, value) => {
    expect(pairs(text)).toEqual([[phrase, type, value]]);
  });
});
