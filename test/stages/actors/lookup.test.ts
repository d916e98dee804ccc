import { describe, expect, it } from 'vitest';
import { actorById, actorForSpan } from '../../../src/stages/actors/lookup.ts';
import { run } from './helpers.ts';
import { runParsed } from './syntax-helpers.ts';

describe('actors stage: lookup helpers', () => {
  it('prefers the longest mention inside a span, else the most overlapping one', () => {
    const text = 'Polish troops guarded the border.';
    const doc = run(text);
    expect(actorForSpan(doc, { start: 0, end: 13 })?.actor.id).toBe('group:POL:MIL');
    expect(actorForSpan(doc, { start: 0, end: 6 })?.actor.id).toBe('country:POL');
    expect(actorForSpan(doc, { start: 0, end: text.length })?.actor.id).toBe('group:POL:MIL');
    expect(actorForSpan(doc, { start: 3, end: 10 })?.actor.id).toBe('group:POL:MIL');
    expect(actorForSpan(doc, { start: 14, end: 21 })).toBeNull();
    expect(actorById(doc, 'country:POL')?.name).toBe('Poland');
    expect(actorById(doc, 'country:XYZ')).toBeNull();
  });

  it('with the tree, takes the mention that holds the phrase\'s head, not a longer one in its apposition', () => {
    const text = 'Rep. Dana Whitfield, the top Democrat on the Senate Energy Committee, called for new sanctions.';
    const doc = runParsed(text, '2016-09-08');
    const span = { start: 0, end: text.indexOf(', called') };
    expect(actorForSpan(doc, span)?.actor.id).toBe('person:dana-whitfield');
  });
});
