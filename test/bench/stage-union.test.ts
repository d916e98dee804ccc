import { describe, expect, it } from 'vitest';
import { unionStages } from '../../bench/stage-union.ts';

describe('unionStages', () => {
  it('keeps identical stage lists as they are', () => {
    expect(unionStages(['tokens', 'syntax', 'events'], ['tokens', 'syntax', 'events'])).toEqual(['tokens', 'syntax', 'events']);
  });
  it('places a stage only the second build has where it runs it', () => {
    expect(unionStages(['tokens', 'quotes', 'events'], ['tokens', 'quotes', 'speech-time', 'events'])).toEqual(['tokens', 'quotes', 'speech-time', 'events']);
  });
  it('places a stage only the first build has where it runs it', () => {
    expect(unionStages(['tokens', 'old', 'events'], ['tokens', 'events'])).toEqual(['tokens', 'old', 'events']);
  });
  it('refuses common stages in different orders', () => {
    expect(() => unionStages(['a', 'b'], ['b', 'a'])).toThrow(/different orders/);
  });
});
