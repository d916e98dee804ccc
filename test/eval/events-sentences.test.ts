// The team-written event sentence set through the full default pipeline: the fixture parses, every PLOVER
// type and phenomenon is covered, and precision and recall reach their goals; plus the record arithmetic.
import { describe, expect, it } from 'vitest';
import { eventRecord, eventSentencesResult, eventSentencesSet, readEventSentences, scoreEventSentences } from '../../src/eval/event-sentences.ts';
import { defaultPipeline } from '../../src/pipeline/default.ts';
import type { Event } from '../../src/doc/types.ts';

const items = readEventSentences();

describe('event sentence fixture', () => {
  it('has at least 150 sentences covering every PLOVER type and the phenomena', () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
    const types = new Set(items.flatMap((s) => s.expect.map((r) => r.split(' ')[0])));
    for (const t of ['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'YIELD', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']) {
      expect(types, t).toContain(t);
    }
    const tags = new Set(items.flatMap((s) => s.tags));
    for (const t of ['passive', 'negation', 'modality', 'reported', 'coordination', 'reciprocal']) expect(tags, t).toContain(t);
    expect(eventSentencesSet.missing({ dataDir: '/nowhere', pipeline: null as never })).toBeNull();
  });

  it('writes records as TYPE SOURCE>TARGET mode with "-" for parties without a code', () => {
    const e = { type: 'RETREAT', mode: 'asserted', source: { actor: null, country: 'IRN', sector: null }, target: { actor: null, country: null, sector: null } } as unknown as Event;
    expect(eventRecord(e)).toBe('YIELD IRN>- asserted');
  });
});

describe('event sentences through the default pipeline', () => {
  const r = eventSentencesResult(scoreEventSentences(items, defaultPipeline()), items.length);
  it('reaches precision and recall of at least 0.85', () => {
    expect(r.metrics.precision, r.notes!.join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(r.metrics.recall, r.notes!.join('\n')).toBeGreaterThanOrEqual(0.85);
  });
});
