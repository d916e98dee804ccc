// Quote search: by speaker, text (full-text), date and what dated the quote; results page by cursor with the
// date's precision and basis (explained on hover), the speaker, the cue verb and the outlet the quote appeared
// in, link to the article, export CSV; an empty state says what to change.
import { api, routeParams, setRouteParams } from '../api.ts';
import { field, formValues, h, input, select } from '../dom.ts';
import { download, toCsv } from '../export.ts';
import { emptyState } from '../empty.ts';
import { DATE_BASES, basisLabel, dateLabel } from '../quote-dates.ts';

interface QuoteRow {
  id: string; doc: string; docDate: string; idx: number; start: number; end: number; text: string; kind: string; date?: string;
  precision?: string; dateBasis?: string; speaker: { text: string; actor: string | null } | null; speakerName: string | null; outlet: string | null; cue: string | null;
}

const BASIS_HELP = 'What dated the quote (hover a label for its meaning)';

export async function quotesView(root: HTMLElement): Promise<void> {
  const p = routeParams();
  const form = h('form', { class: 'controls' },
    field('Speaker', input('speaker', p.speaker, 'name or actor id')),
    field('Text', input('text', p.text, 'words or "a phrase"')),
    field('Since', input('since', p.since, '', 'date')),
    field('Until', input('until', p.until, '', 'date')),
    field('Dated by', basisSelect(p.dateBasis ?? '')),
    h('button', { type: 'submit' }, 'Search'),
  );
  const status = h('p', { class: 'status', id: 'quotes-status' });
  const empty = h('div', { id: 'quotes-empty' });
  const tbody = h('tbody');
  const more = h('button', { type: 'button', id: 'quotes-more', hidden: true }, 'More');
  let rows: QuoteRow[] = [];
  let next: string | null = null;
  let query: Record<string, string> = {};
  const csv = h('button', { type: 'button', class: 'export-csv', onclick: () => download('quotes.csv', toCsv(
    ['date', 'speaker', 'speaker_actor', 'kind', 'quote', 'outlet', 'doc', 'start', 'end', 'cue', 'precision', 'date_basis'],
    rows.map((r) => [r.date ?? r.docDate, r.speakerName ?? r.speaker?.text, r.speaker?.actor, r.kind, r.text, r.outlet, r.doc, r.start, r.end, r.cue, r.precision, r.dateBasis]),
  ), 'text/csv') }, 'Export CSV');
  const heads: [string, string, string?][] = [['date', 'nowrap', 'When the statement was made, with the precision of that date'], ['dated by', 'nowrap', BASIS_HELP], ['speaker', ''],
    ['quote', ''], ['cue', 'nowrap'], ['outlet (said in/to)', ''], ['kind', 'nowrap'], ['article', 'nowrap']];
  const tableEl = h('table', { id: 'quotes-table' }, h('thead', {}, h('tr', {}, ...heads.map(([x, c, t]) => h('th', { class: c || undefined, title: t }, x)))), tbody);
  root.append(h('h2', {}, 'Quotes'), form, status, empty, h('div', { class: 'exports' }, csv), tableEl, more);

  function append(items: QuoteRow[]): void {
    for (const r of items) {
      const link = h('a', { href: `#/articles/${encodeURIComponent(r.doc)}/quote/${r.idx}` }, r.doc.slice(0, 8));
      const speaker = r.speakerName ?? r.speaker?.text ?? 'unattributed';
      const who = h('span', { class: r.speaker?.actor ? 'named' : undefined, title: r.speaker?.actor ? `${r.speaker.actor}${r.speaker.text !== speaker ? ` — “${r.speaker.text}” in the text` : ''}` : undefined }, speaker);
      const date = dateLabel(r.date ?? r.docDate, r.precision);
      const basis = basisLabel(r.dateBasis);
      tbody.append(h('tr', {}, h('td', { class: 'nowrap quote-date', title: date.meaning }, date.text),
        h('td', { class: 'nowrap quote-basis' }, h('span', { class: r.dateBasis ? 'named' : undefined, title: basis.meaning, dataset: { basis: r.dateBasis ?? '' } }, basis.label)),
        h('td', {}, who), h('td', { class: 'quote-text' }, r.text),
        h('td', { class: 'nowrap' }, r.cue ?? '—'), h('td', {}, r.outlet ?? '—'), h('td', { class: 'nowrap' }, r.kind), h('td', { class: 'nowrap' }, link)));
    }
  }

  async function load(cursor?: string): Promise<void> {
    if (!cursor) {
      query = formValues(form);
      setRouteParams('quotes', query);
      rows = [];
      tbody.replaceChildren();
    }
    try {
      const page = await api<{ items: QuoteRow[]; next: string | null }>('quotes', { ...query, limit: 50, cursor });
      rows.push(...page.items);
      next = page.next;
      append(page.items);
      status.textContent = `${rows.length} quote${rows.length === 1 ? '' : 's'}${next ? ' (more available)' : ''}`;
      empty.replaceChildren(...(rows.length ? [] : [emptyState('quotes', query)]));
      tableEl.hidden = !rows.length;
      more.hidden = !next;
    } catch (err) {
      status.textContent = `Error: ${(err as Error).message}`;
    }
  }
  more.addEventListener('click', () => void (next && load(next)));
  form.addEventListener('submit', (e) => { e.preventDefault(); void load(); });
  await load();
}

/** The basis filter: any, or one basis by its short label (its meaning on hover). */
function basisSelect(value: string): HTMLSelectElement {
  const s = select('dateBasis', [['', 'any'], ...Object.entries(DATE_BASES).map(([k, v]): [string, string] => [k, v.label])], value);
  s.title = BASIS_HELP;
  for (const o of s.options) if (o.value) o.title = DATE_BASES[o.value].meaning;
  return s;
}
