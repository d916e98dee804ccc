// A saint's name that a building is dedicated to ("St. Paul's Hospital", "the church of St. Peter")
// names no town: the building is in the town the article places it in, in every mention of the name.
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../src/doc/types.ts';
import { resolveToponym } from '../../../src/stages/places/index.ts';
import { createDoc } from '../../../src/doc/doc.ts';
import { placesPipeline } from './pipeline.ts';

const pipeline = placesPipeline();
const run = (text: string): Doc => pipeline.run(createDoc({ date: '2022-05-02', text }));
const named = (doc: Doc, text: string) => doc.layers.places!.filter((p) => p.text === text).map((p) => p.name);
const span = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe('places: dedications', () => {
  it('places a hospital named after a saint in the article\'s town, and its later short name too', () => {
    const text = 'Nurses in Vancouver, in Canada, treated six people at St. Paul\'s Hospital overnight. Doctors at St. Paul\'s said all six would recover.';
    expect(named(run(text), 'St. Paul')).toEqual(['Vancouver', 'Vancouver']);
  });

  it('places the saints of "the church of St. X and St. Y" in the town', () => {
    const text = 'Worshippers gathered in Cairo, Egypt, on Sunday at the church of St. Luke and St. Paul.';
    const doc = run(text);
    expect(named(doc, 'St. Luke')).toEqual(['Cairo']);
    expect(named(doc, 'St. Paul')).toEqual(['Cairo']);
  });

  it('resolves a given span opening with the saint to the same town', () => {
    const text = 'Mourners filled Cairo\'s streets in Egypt as a bishop spoke at St. Mark\'s Coptic Cathedral.';
    expect(resolveToponym(run(text), span(text, "St. Mark's Coptic Cathedral"))).toMatchObject({ name: 'Cairo', country: 'EGY' });
  });

  it('leaves a town of a saint\'s name alone when no building follows', () => {
    const text = 'Farmers near Edmonton, in Canada, moved their cattle to St. Paul last week.';
    expect(named(run(text), 'St. Paul')).not.toContain('Edmonton');
  });

  it('keeps a large city that owns a building', () => {
    const text = 'Tourists in Russia queued outside St. Petersburg\'s Hermitage Museum.';
    expect(run(text).layers.places!.find((p) => p.text === 'St. Petersburg')?.country).toBe('RUS');
  });
});
