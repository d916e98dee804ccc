// Near-duplicate behaviour of the store, shared by every backend (called from store.case.ts): wire copies
// are clustered, their repeated events flagged and counted once per cluster, NumMentions/NumSources counted.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc/doc.ts';
import type { Doc, Event, Plover } from '../../src/doc/types.ts';
import type { Store } from '../../src/store/store.ts';
import { UNRELATED, WIRE_COPY, WIRE_ORIGINAL } from '../dedup/wire-texts.ts';

function ev(text: string, trigger: string, type: Plover, cameo: string, src: string, tgt: string): Event {
  const start = text.indexOf(trigger);
  if (start < 0) throw new Error(`"${trigger}" not in text`);
  const sStart = text.lastIndexOf('\n', start) + 1;
  const sEnd = text.indexOf('\n', start);
  return {
    type, cameo, goldstein: 0, quad: 1,
    source: { actor: `country:${src}`, country: src, sector: null },
    target: { actor: `country:${tgt}`, country: tgt, sector: null },
    date: '2021-11-09', precision: 'day', mode: 'asserted',
    trigger: { start, end: start + trigger.length, text: trigger },
    sentence: { start: sStart, end: sEnd < 0 ? text.length : sEnd },
  };
}

function doc(text: string, source: string | undefined, events: [string, Plover, string, string, string][]): Doc {
  const d = createDoc({ date: '2021-11-09', text, ...(source ? { source } : {}) });
  d.layers.events = events.map(([t, type, cameo, s, g]) => ev(text, t, type, cameo, s, g));
  return d;
}

const original = () => doc(WIRE_ORIGINAL, 'Wire One', [['accused', 'ACCUSE', '112', 'POL', 'BLR'], ['pledged', 'AID', '070', 'EUR', 'POL']]);
// the copy repeats the accusation and the pledge, and adds an event the original does not have
const copy = () => doc(WIRE_COPY, 'Harbour Times', [['accused', 'ACCUSE', '112', 'POL', 'BLR'], ['pledged', 'AID', '070', 'EUR', 'POL'], ['send experts', 'CONSULT', '040', 'EUR', 'POL']]);
// an independent story that happens to carry the same event key
const other = () => doc(UNRELATED, undefined, [['signed', 'ACCUSE', '112', 'POL', 'BLR']]);

export function nearDupCases(open: () => Promise<Store>): void {
  async function withStore(fn: (s: Store) => Promise<void>): Promise<void> {
    const store = await open();
    try {
      await fn(store);
    } finally {
      await store.close();
    }
  }

  describe('near-duplicates', () => {
    it('clusters a wire copy with the original and leaves unrelated stories alone', () =>
      withStore(async (s) => {
        await s.saveDocs([original()]);
        await s.saveDocs([copy(), other()]);
        const a = original().id;
        const b = copy().id;
        const c = other().id;
        const info = (await s.nearDuplicates(b))!;
        expect(info).toMatchObject({ cluster: a, duplicateOf: a, members: [a, b] });
        expect(info.similarity).toBeGreaterThanOrEqual(0.6);
        expect(await s.nearDuplicates(a)).toMatchObject({ cluster: a, duplicateOf: null, similarity: null, members: [a, b] });
        expect(await s.nearDuplicates(c)).toMatchObject({ cluster: c, duplicateOf: null, members: [c] });
        expect(await s.nearDuplicates('0000000000000000')).toBeNull();
      }));

    it('counts each event key once per cluster in listings and the summary, with NumMentions and NumSources', () =>
      withStore(async (s) => {
        await s.saveDocs([original(), copy(), other()]);
        const counted = (await s.listEvents()).items;
        expect(counted.map((e) => [e.doc === copy().id ? 'copy' : e.doc === original().id ? 'orig' : 'other', e.trigger.text]).sort()).toEqual([
          ['copy', 'send experts'], ['orig', 'accused'], ['orig', 'pledged'], ['other', 'signed'],
        ]);
        const all = (await s.listEvents({ duplicates: true })).items;
        expect(all).toHaveLength(6);
        expect(all.filter((e) => e.duplicate).map((e) => e.trigger.text).sort()).toEqual(['accused', 'pledged']);
        const accused = counted.find((e) => e.trigger.text === 'accused')!;
        expect(accused).toMatchObject({ numMentions: 3, numSources: 3, duplicate: false });
        expect(counted.find((e) => e.trigger.text === 'pledged')).toMatchObject({ numMentions: 2, numSources: 2 });
        const sum = await s.summary();
        expect(sum.events).toBe(4);
        expect(sum.eventsUncounted).toBe(2);
        expect(sum.eventsByType).toEqual({ ACCUSE: 2, AID: 1, CONSULT: 1 });
      }));

    it('links copies within one batch too, and stores nothing twice on a second save', () =>
      withStore(async (s) => {
        await s.saveDocs([copy(), original()]);
        expect(await s.nearDuplicates(original().id)).toMatchObject({ cluster: copy().id, duplicateOf: copy().id });
        const before = await s.summary();
        expect((await s.saveDocs([original(), copy()])).saved).toEqual([]);
        expect(await s.summary()).toEqual(before);
        expect((await s.listEvents()).items).toHaveLength(3);
      }));

    it('flags the same events whether copies arrive one by one or in one batch', async () => {
      // a second copy of the copy: repeats the original's events and the event only the first copy has
      const copy2 = () => doc(`${WIRE_COPY}\nThe agency updated this report later in the day.`, 'Baltic Ledger', [
        ['accused', 'ACCUSE', '112', 'POL', 'BLR'], ['send experts', 'CONSULT', '040', 'EUR', 'POL'],
      ]);
      const flags = async (batches: Doc[][]) => {
        let out: Record<string, boolean[]> = {};
        await withStore(async (s) => {
          for (const b of batches) await s.saveDocs(b);
          const items = (await s.listEvents({ duplicates: true })).items;
          out = Object.fromEntries([original(), copy(), copy2()].map((d) => [d.id, items.filter((e) => e.doc === d.id).map((e) => e.duplicate)]));
          expect((await s.nearDuplicates(copy2().id))?.cluster).toBe(original().id);
        });
        return out;
      };
      const oneByOne = await flags([[original()], [copy()], [copy2()]]);
      expect(oneByOne[original().id]).toEqual([false, false]);
      expect(oneByOne[copy().id]).toEqual([true, true, false]);
      expect(oneByOne[copy2().id]).toEqual([true, true]);
      expect(await flags([[original(), copy(), copy2()]])).toEqual(oneByOne);
      expect(await flags([[original()], [copy(), copy2()]])).toEqual(oneByOne);
    });

    it('re-links a replaced document', () =>
      withStore(async (s) => {
        await s.saveDocs([original(), copy()]);
        await s.saveDocs([copy()], { replace: true });
        expect(await s.nearDuplicates(copy().id)).toMatchObject({ cluster: original().id, duplicateOf: original().id });
        expect((await s.listEvents({ duplicates: true })).items.filter((e) => e.duplicate)).toHaveLength(2);
      }));
  });
}
