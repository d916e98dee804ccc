// Investment (cooperate.yaml, CAMEO 061) is economic cooperation with someone: the target must name an
// actor or a country, not the thing invested in.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const coop = (text: string) => brief({ text, actors: COUNTRIES }).filter((e) => e.startsWith('COOPERATE '));

describe('investment', () => {
  it('codes investment in a country', () => {
    expect(coop('China invested billions in Kenya last year.')).toContain('COOPERATE CHN>KEN asserted');
  });
  it('codes none for investment in a thing', () => {
    expect(coop('Germany invested heavily in wind farms last year.')).toEqual([]);
    expect(coop('China announced new investments in port projects.')).toEqual([]);
  });
});
