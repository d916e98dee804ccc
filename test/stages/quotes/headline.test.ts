// Attribution in a headline (a short first paragraph), read by word order: "X Says Y", "Y, X Says",
// "X endorses Y".
import { describe, expect, it } from 'vitest';
import { makeDoc, quotesOf } from './helpers.ts';

const indirect = (text: string) => quotesOf(makeDoc(text)).filter((q) => q.kind === 'indirect');

describe('headline attribution', () => {
  it('reads "X Says Y" and "Y, X Says" in a title-cased headline', () => {
    const qs = indirect('Harbour Will Close By Winter, Port Chief Says\n\nThe harbour will close by winter.');
    expect(qs.find((q) => q.text === 'Harbour Will Close By Winter')?.speaker?.text).toBe('Port Chief');
    const rs = indirect('Port Chief Says Harbour Will Close By Winter\n\nThe harbour will close by winter.');
    expect(rs.find((q) => q.text.startsWith('Harbour Will Close'))?.speaker?.text).toBe('Port Chief');
  });

  it('leaves a first paragraph that is not a headline alone', () => {
    const qs = indirect('The harbour will close by winter, port chief says, and ferries will stop running as the ice comes in early this year across the whole bay and the coast beyond it.');
    expect(qs.every((q) => q.speaker?.text !== 'Port Chief')).toBe(true);
  });
});
