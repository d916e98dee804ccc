// "the years ahead", "for decades to come": TIDES keeps a postmodifier inside the expression, so the
// extent runs to "ahead" / "to come" (recognize.ts STRETCH_AHEAD). The team's sentences.
import { describe, expect, it } from 'vitest';
import { timexes } from './helpers.ts';

const D = '2024-03-12';
const found = (text: string) => timexes(D, text).map((t) => [t.text, t.type, t.value]);

describe('a stretch with "ahead" or "to come" after it', () => {
  it('takes "ahead" into the extent of an unspecified stretch', () => {
    expect(found('The harbour board expects rough weather in the weeks ahead.')).toEqual([['the weeks ahead', 'DURATION', 'PXW']]);
    expect(found('The months ahead will test the new ferry crews.')).toEqual([['The months ahead', 'DURATION', 'PXM']]);
  });

  it('takes "to come" into the extent, with or without "the"', () => {
    expect(found('The orchard should bear fruit in the years to come, the grower said.')).toEqual([['the years to come', 'DURATION', 'PXY']]);
    expect(found('The new dam will water the valley for decades to come.')).toEqual([['decades to come', 'DURATION', 'PXDE']]);
    expect(found('Villagers will talk about the flood for many years to come.')).toEqual([['many years to come', 'DURATION', 'PXY']]);
  });

  it('leaves "ahead of" and an infinitive "to come …" outside', () => {
    expect(found('The weeks ahead of the regatta were busy.')).toEqual([['The weeks', 'DURATION', 'PXW']]);
    expect(found('It took the mill many years to come to terms with the loss.')).toEqual([['many years', 'DURATION', 'PXY']]);
    expect(found('The bridge will take two years to come into use.')).toEqual([['two years', 'DURATION', 'P2Y']]);
  });
});
