// Table, CSV and inline-annotation rendering, without spawning the CLI.
import { describe, expect, it } from 'vitest';
import { csvLine, renderTable, writeRows } from '../../src/cli/output.ts';
import { markText, renderDoc } from '../../src/cli/annotate.ts';
import { formatSummary } from '../../src/cli/summary.ts';
import { borderDoc, bareDoc } from '../store/sample-docs.ts';
import { parseCsv } from './run-cli.ts';

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180) and round-trips', () => {
    const values = ['plain', 'a, b', 'say "no"', 'two\nlines', null, 3.5, ''];
    const line = csvLine(values);
    expect(line).toBe('plain,"a, b","say ""no""","two\nlines",,3.5,\r\n');
    expect(parseCsv(line)).toEqual([['plain', 'a, b', 'say "no"', 'two\nlines', '', '3.5', '']]);
  });
});

describe('tables', () => {
  it('aligns columns, right-aligns numbers and cuts long cells', () => {
    const rows = [{ a: 'x', n: 5, t: 'short' }, { a: 'longer', n: 123, t: 'a very long text\nwith a line break that goes on' }];
    const out = renderTable(rows, [
      { header: 'a', get: (r) => r.a },
      { header: 'n', get: (r) => r.n, right: true },
      { header: 'text', get: (r) => r.t, max: 20 },
    ]);
    expect(out).toBe('a         n  text\nx         5  short\nlonger  123  a very long text wi…\n');
  });

  it('streams JSON Lines and CSV, and counts rows', async () => {
    async function* gen() {
      yield { a: 1 };
      yield { a: 2 };
    }
    let s = '';
    expect(await writeRows(gen(), 'json', [], [{ header: 'a', get: (r) => r.a }], (x) => (s += x))).toBe(2);
    expect(s).toBe('{"a":1}\n{"a":2}\n');
    s = '';
    await writeRows(gen(), 'csv', [], [{ header: 'a', get: (r) => r.a }], (x) => (s += x));
    expect(s).toBe('a\r\n1\r\n2\r\n');
  });
});

describe('inline annotations', () => {
  it('marks nested spans, merges marks on one span and keeps every character of the text', () => {
    const doc = borderDoc();
    const plain = markText(doc, false);
    expect(plain).toContain('«This is a [hybrid attack]{E2 ACCUSE} on the whole [European Union]{→European Union},»{Q1 Liz Truss}');
    expect(plain.replace(/«|»\{[^}]*\}|\[|\]\{[^}]*\}/g, '')).toBe(doc.text);
    doc.layers.places!.push({ start: 0, end: 6, text: 'Poland', name: 'Poland', country: 'POL', lat: 52, lon: 19 });
    expect(markText(doc, false).startsWith('[Poland]{GPE:POL PLACE:POL}')).toBe(true);
  });

  it('colours marks only when asked and renders documents without layers', () => {
    expect(markText(borderDoc(), true)).toMatch(/\x1b\[36m\[Poland/);
    const out = renderDoc(bareDoc(), false);
    expect(out).toContain('Ministers from Lithuania and Latvia met in Riga');
    expect(out).toContain('Events (0)');
  });

  it('survives crossing spans', () => {
    const doc = bareDoc();
    doc.layers.timexes = [{ start: 0, end: 14, text: doc.text.slice(0, 14), type: 'DATE', value: 'X', precision: 'unknown' }];
    doc.layers.places = [{ start: 10, end: 24, text: doc.text.slice(10, 24), name: 'Y', country: 'LTU', lat: 0, lon: 0 }];
    const out = markText(doc, false);
    expect(out.replace(/«|»\{[^}]*\}|\[|\]\{[^}]*\}/g, '')).toBe(doc.text);
  });
});

describe('summary', () => {
  it('lists counts with counted events by type indented, then the events not counted', () => {
    expect(
      formatSummary({ documents: 3, actors: 4, mentions: 6, places: 1, quotes: 2, events: 3, eventsUncounted: 1, eventsByType: { ACCUSE: 2, AID: 1 } }),
    ).toBe(
      'documents           3\nactors              4\nmentions            6\nplaces              1\nquotes              2\nevents              3\n' +
        '  ACCUSE            2\n  AID               1\nevents not counted  1\n',
    );
  });
});
