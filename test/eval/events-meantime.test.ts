// MEANTIME participant pairs: parsing on an XML snippet of our own making, and the scorer over the shared
// corpus when present (skips otherwise).
import { describe, expect, it } from 'vitest';
import { parseMeantimeEvents, meantimeEventsSet, scoreMeantimeEvents } from '../../src/eval/meantime-events.ts';
import { sharedDataDir } from '../../src/eval/data-dir.ts';
import type { Pipeline } from '../../src/pipeline/pipeline.ts';

const tok = (id: number, s: number, t: string) => `<token t_id="${id}" sentence="${s}" number="${id}">${t}</token>`;
const XML = `<Document><token t_id="0" sentence="0" number="0">Title</token>${tok(1, 1, 'Dateline')}${[
  'Kenya', 'praised', 'Uganda', '.',
].map((t, i) => tok(i + 2, 2, t)).join('')}
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="2"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="4"/></ENTITY_MENTION>
<EVENT_MENTION m_id="3" pred="praise"><token_anchor t_id="3"/></EVENT_MENTION>
</Markables><Relations>
<HAS_PARTICIPANT r_id="1" sem_role="Arg0"><source m_id="3"/><target m_id="1"/></HAS_PARTICIPANT>
<HAS_PARTICIPANT r_id="2" sem_role="Arg1"><source m_id="3"/><target m_id="2"/></HAS_PARTICIPANT>
</Relations></Document>`;

describe('MEANTIME participant pairs', () => {
  const d = parseMeantimeEvents(XML, 'x.xml');
  it('finds the Arg0/Arg1 entity mentions of an event mention as text spans', () => {
    expect(d.pairs).toHaveLength(1);
    expect(d.text.slice(d.pairs[0].arg0[0].start, d.pairs[0].arg0[0].end)).toBe('Kenya');
    expect(d.text.slice(d.pairs[0].arg1[0].start, d.pairs[0].arg1[0].end)).toBe('Uganda');
  });

  it('counts strict and unordered pair recall', () => {
    const k = d.text.indexOf('Kenya');
    const u = d.text.indexOf('Uganda');
    const fake = (swap: boolean): Pipeline => ({
      components: [],
      run(doc) {
        const a = { actor: null, country: null, sector: null, start: k, end: k + 5 };
        const b = { actor: null, country: null, sector: null, start: u, end: u + 6 };
        doc.layers.events = [{ type: 'SUPPORT', source: swap ? b : a, target: swap ? a : b } as never];
        return doc;
      },
    });
    expect(scoreMeantimeEvents([d], fake(false)).metrics).toMatchObject({ strictR: 1, unorderedR: 1, pairs: 1 });
    expect(scoreMeantimeEvents([d], fake(true)).metrics).toMatchObject({ strictR: 0, unorderedR: 1 });
  });
});

describe.skipIf(!sharedDataDir())("MEANTIME events corpus (skipped when ../shared/eval is absent)", () => {
  it('finds the corpus and gold pairs', () => {
    expect(meantimeEventsSet.missing({ dataDir: sharedDataDir()!, pipeline: null as never })).toBeNull();
  });
});
