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

describe('control characters from stored data', () => {
  // a window-title OSC, a colour, a C1 CSI, a bell, a carriage return and a bidi override
  const HOSTILE = 'Good\u001b]0;owned\u0007 news\u001b[31m red\u009b2J\r over\u202eevil';
  const rawControl = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  /** Escape sequences the renderer itself writes: SGR colours only. */
  const withoutOwnColours = (s: string) => s.replace(/\x1b\[[\d;]*m/g, '');

  it('are escaped in every table cell', () => {
    const out = renderTable([{ t: HOSTILE, n: 1 }], [{ header: 'title', get: (r) => r.t }, { header: 'n', get: (r) => r.n, right: true }], { color: true });
    expect(withoutOwnColours(out)).not.toMatch(rawControl);
    expect(out).toContain('Good\\u001b]0;owned\\u0007 news\\u001b[31m red\\u009b2J over\\u202eevil');
  });

  it('are escaped in show: title, text (lines kept), marks, events, quotes and messages', () => {
    const doc = bareDoc();
    doc.meta.title = HOSTILE;
    doc.meta.source = 'wire\u001b[2J';
    doc.text = `${HOSTILE}\nsecond line`;
    doc.layers.quotes = [{ start: 0, end: 4, text: 'Good\u001b[5m', kind: 'direct', speaker: { text: 'spy\u0007', actor: null }, cue: 'said', outlet: null }];
    doc.messages = [{ severity: 'warning', source: 'input', text: 'odd\u001b[8mhidden' }];
    for (const color of [false, true]) {
      const out = renderDoc(doc, color);
      expect(withoutOwnColours(out)).not.toMatch(rawControl);
      expect(out).toContain('second line'); // the text's line feed is kept
      expect(out).toContain('\\u001b]0;owned\\u0007');
      expect(out).toContain('odd\\u001b[8mhidden');
      expect(out).toContain('spy\\u0007');
    }
  });
});
