// Article view: the document list (full-text search) and one article with its entities, dates, places,
// quotes and event triggers highlighted; every event and quote links to its evidence span in the text.
// The text is rendered as text nodes only (never as HTML).
import { api, routeParams, setRouteParams } from '../api.ts';
import { field, formValues, h, input, table } from '../dom.ts';
import { download, toCsv } from '../export.ts';
import { emptyState } from '../empty.ts';
import { QUAD_NAMES, TYPE_QUAD, orderTypes, typeColor } from '../colors.ts';
import { legend, legendArea } from '../legend.ts';
import { codeName } from '../names.ts';

interface Span { start: number; end: number }
interface DocRow { id: string; date: string; title: string | null; source: string | null; events: number; quotes: number }
interface Party { actor: string | null; country: string | null; text?: string }
interface Doc {
  id: string; date: string; text: string; meta: { title?: string; source?: string; url?: string };
  layers: {
    entities?: (Span & { label: string; actor: string | null })[];
    timexes?: (Span & { value: string })[];
    places?: (Span & { name: string; country: string })[];
    quotes?: (Span & { text: string; kind: string; speaker: { text: string; actor: string | null } | null })[];
    events?: (Span | object & { type: string; cameo: string; goldstein: number; source: Party; target: Party; trigger: Span & { text: string }; sentence: Span; mode: string; date: string | null })[];
    actors?: { id: string; name: string }[];
  };
}
type Ev = { type: string; cameo: string; goldstein: number; source: Party; target: Party; trigger: Span & { text: string }; sentence: Span; mode: string; date: string | null };

interface Ann extends Span { cls: string; key?: string; title?: string }

/** Splits the text at every annotation boundary; each piece is a <span> with the classes of all annotations covering it. */
function renderText(text: string, anns: Ann[]): { el: HTMLElement; pieces: Map<string, HTMLElement[]> } {
  const cuts = new Set<number>([0, text.length]);
  for (const a of anns) if (a.start >= 0 && a.end <= text.length && a.start < a.end) { cuts.add(a.start); cuts.add(a.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const el = h('div', { class: 'article-text', id: 'article-text' });
  const pieces = new Map<string, HTMLElement[]>();
  for (let i = 0; i < points.length - 1; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const active = anns.filter((a) => a.start <= s && a.end >= e);
    const chunk = text.slice(s, e);
    if (!active.length) { el.append(document.createTextNode(chunk)); continue; }
    const span = h('span', { class: [...new Set(active.map((a) => a.cls))].join(' '), title: active.map((a) => a.title).filter(Boolean).join(' | ') || undefined }, chunk);
    span.dataset.start = String(s);
    span.dataset.end = String(e);
    for (const a of active) if (a.key) { const list = pieces.get(a.key) ?? []; list.push(span); pieces.set(a.key, list); }
    el.append(span);
  }
  return { el, pieces };
}

export async function articlesView(root: HTMLElement, path: string[]): Promise<void> {
  if (path[0]) return articleView(root, path[0], path[1], path[2]);
  const p = routeParams();
  const form = h('form', { class: 'controls' },
    field('Search text', input('text', p.text, 'words or "a phrase"')),
    field('Actor', input('actor', p.actor, 'id or name')),
    field('Since', input('since', p.since, '', 'date')),
    field('Until', input('until', p.until, '', 'date')),
    h('button', { type: 'submit' }, 'Search'),
  );
  const status = h('p', { class: 'status', id: 'articles-status' });
  const out = h('div', { id: 'articles-list' });
  root.append(h('h2', {}, 'Articles'), form, status, out);
  async function load(): Promise<void> {
    const q = formValues(form);
    setRouteParams('articles', q);
    const page = await api<{ items: DocRow[]; next: string | null }>('docs', { ...q, limit: 200 });
    status.textContent = `${page.items.length}${page.next ? '+' : ''} article${page.items.length === 1 ? '' : 's'}`;
    if (!page.items.length) { out.replaceChildren(emptyState('articles', q)); return; }
    out.replaceChildren(table(['date', 'title', 'source', 'events', 'quotes'], page.items.map((d) => [
      h('span', { class: 'nowrap' }, d.date), h('a', { href: `#/articles/${encodeURIComponent(d.id)}`, class: 'doc-link', title: d.id }, d.title ?? d.id), d.source ?? '', d.events, d.quotes,
    ])));
  }
  form.addEventListener('submit', (e) => { e.preventDefault(); void load(); });
  await load();
}

async function articleView(root: HTMLElement, id: string, focusKind?: string, focusIdx?: string): Promise<void> {
  const doc = await api<Doc>(`docs/${encodeURIComponent(id)}`);
  const L = doc.layers;
  const names = new Map((L.actors ?? []).map((a) => [a.id, a.name]));
  const events = (L.events ?? []) as Ev[];
  const anns: Ann[] = [
    ...(L.entities ?? []).map((e) => ({ start: e.start, end: e.end, cls: 'hl-entity', title: `${e.label}${e.actor ? ` → ${names.get(e.actor) ?? e.actor}` : ''}` })),
    ...(L.timexes ?? []).map((t) => ({ start: t.start, end: t.end, cls: 'hl-timex', title: `date ${t.value}` })),
    ...(L.places ?? []).map((p) => ({ start: p.start, end: p.end, cls: 'hl-place', title: `place ${p.name} (${p.country})` })),
    ...(L.quotes ?? []).map((q, i) => ({ start: q.start, end: q.end, cls: 'hl-quote', key: `quote-${i}`, title: `${q.kind} quote${q.speaker ? ` by ${q.speaker.text}` : ''}` })),
    ...events.map((e, i) => ({ start: e.trigger.start, end: e.trigger.end, cls: 'hl-trigger', key: `event-${i}`, title: `${e.type} (${e.cameo})` })),
  ];
  const { el, pieces } = renderText(doc.text, anns);
  const focus = (key: string) => {
    for (const x of el.querySelectorAll('.hl-focus')) x.classList.remove('hl-focus');
    const list = pieces.get(key) ?? [];
    for (const x of list) x.classList.add('hl-focus');
    list[0]?.scrollIntoView({ block: 'center' });
    el.dataset.focus = key;
  };
  // a name wherever there is one: the article's actor, else the country's name for a country actor or code (the ids on hover)
  const party = (p: Party) => (p.actor ? names.get(p.actor) ?? (/^country:[A-Z]{3}$/.test(p.actor) ? codeName(p.actor.slice(8)) : p.actor) : p.country ? codeName(p.country) : p.text ?? '?');
  const partyId = (p: Party) => p.actor ?? p.country ?? '?';
  // one short line per event: type, who → whom, the trigger; offsets, CAMEO code and mode on hover
  const evList = h('ol', { id: 'article-events' }, ...events.map((e, i) => {
    const b = h('button', { type: 'button', class: 'evidence', dataset: { key: `event-${i}` }, onclick: () => focus(`event-${i}`), title: `${e.type} (CAMEO ${e.cameo}), Goldstein ${e.goldstein}` }, `${e.type}`);
    b.style.borderLeft = `.6em solid ${typeColor(e.type)}`;
    b.style.paddingLeft = '.3em';
    return h('li', { title: `${partyId(e.source)} → ${partyId(e.target)} · characters ${e.trigger.start}–${e.trigger.end} · ${e.mode}${e.date ? ` · dated ${e.date}` : ''}` },
      b, ` ${party(e.source)} → ${party(e.target)}: “${e.trigger.text}”`, e.mode !== 'asserted' ? h('span', { class: 'muted' }, ` (${e.mode})`) : null);
  }));
  const quotes = L.quotes ?? [];
  const qList = h('ol', { id: 'article-quotes' }, ...quotes.map((q, i) => h('li', { title: `characters ${q.start}–${q.end} · ${q.kind} quote` },
    h('button', { type: 'button', class: 'evidence', dataset: { key: `quote-${i}` }, onclick: () => focus(`quote-${i}`) }, q.speaker?.text ?? 'unattributed'),
    `: ${q.text.length > 120 ? `${q.text.slice(0, 117)}…` : q.text}`)));
  const csv = h('button', { type: 'button', class: 'export-csv', onclick: () => download(`${doc.id}-events.csv`, toCsv(
    ['type', 'cameo', 'goldstein', 'source', 'target', 'trigger', 'trigger_start', 'trigger_end', 'mode', 'date'],
    events.map((e) => [e.type, e.cameo, e.goldstein, party(e.source), party(e.target), e.trigger.text, e.trigger.start, e.trigger.end, e.mode, e.date]),
  ), 'text/csv') }, 'Export events CSV');
  root.append(
    h('p', {}, h('a', { href: '#/articles' }, '← all articles')),
    h('h2', { id: 'article-title' }, doc.meta.title ?? doc.id),
    h('p', { class: 'muted' }, `${doc.date}${doc.meta.source ? ` · ${doc.meta.source}` : ''} · ${doc.id}`),
    articleLegend(events.map((e) => e.type)),
    h('div', { class: 'article' }, el, h('div', { class: 'article-side' }, h('h3', {}, `Events (${events.length})`), csv, events.length ? evList : h('p', { class: 'muted', id: 'article-no-events' }, 'No events coded in this article.'), h('h3', {}, `Quotes (${quotes.length})`), quotes.length ? qList : h('p', { class: 'muted' }, 'No quotes found in this article.'))),
  );
  if (focusKind && focusIdx !== undefined) focus(`${focusKind}-${focusIdx}`);
}

/** The article's legends: the highlight of each layer in the text, and the colour of each event type in the list. */
function articleLegend(types: string[]): HTMLElement {
  const marks = h('div', { class: 'legend', id: 'article-legend-marks' },
    h('span', { class: 'legend-title' }, 'Marks in the text'),
    h('span', { class: 'legend-group' }, ...([['hl-entity', 'entity (name, role)'], ['hl-timex', 'date or time'], ['hl-place', 'place'], ['hl-quote', 'quote'], ['hl-trigger', 'event trigger'], ['hl-focus', 'selected evidence']] as const)
      .map(([cls, label]) => h('span', { class: 'legend-item' }, h('span', { class: `legend-label ${cls}` }, label)))));
  const present = orderTypes(new Set(types));
  const byQuad = new Map<string, string[]>();
  for (const t of present) byQuad.set(TYPE_QUAD[t] ?? 'other', [...(byQuad.get(TYPE_QUAD[t] ?? 'other') ?? []), t]);
  const typeLegend = present.length
    ? legend('Event list colour: PLOVER type', [...byQuad].map(([q, ts]) => ({ name: QUAD_NAMES[q] ?? q, items: ts.map((t) => ({ label: t, color: typeColor(t) })) })), 'article-legend-types')
    : null;
  return legendArea(marks, ...(typeLegend ? [typeLegend] : []));
}
