// Renders a document with its annotations marked inline for a terminal — [Ms Truss]{PER:GBR},
// [Tuesday]{DATE:2021-11-09}, «quote»{Q1 Liz Truss}, [accused]{E1 ACCUSE} — then a legend and the lists
// of events, quotes and messages. ANSI colours are optional; stored text is shown with its control
// characters escaped (escapeControl), so only the renderer's own colour codes reach the terminal.
import type { Actor, Doc, Event, Quote } from '../doc/types.ts';
import { escapeControl } from '../ingest/problem.ts';
import { locatedPlaces } from '../doc/doc.ts';

type Kind = 'entity' | 'mention' | 'timex' | 'place' | 'quote' | 'event';

interface Mark {
  start: number;
  end: number;
  kind: Kind;
  tags: string[];
}

const COLOR: Record<Kind, string> = {
  entity: '\x1b[36m', // cyan
  mention: '\x1b[2;36m', // dim cyan
  timex: '\x1b[32m', // green
  place: '\x1b[34m', // blue
  quote: '\x1b[35m', // magenta
  event: '\x1b[1;31m', // bold red
};
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';

const SHORT_LABEL: Record<string, string> = { PERSON: 'PER', ORG: 'ORG', GPE: 'GPE', LOC: 'LOC', NORP: 'NORP', ROLE: 'ROLE' };

function actorIndex(doc: Doc): Map<string, Actor> {
  return new Map((doc.layers.actors ?? []).map((a) => [a.id, a]));
}

function partyName(p: Event['source'], actors: Map<string, Actor>): string {
  return (p.actor && actors.get(p.actor)?.name) || p.actor || p.text || p.country || '?';
}

function speakerName(q: Quote, actors: Map<string, Actor>): string {
  if (!q.speaker) return '?';
  return (q.speaker.actor && actors.get(q.speaker.actor)?.name) || q.speaker.text;
}

/** The annotation marks of a document; marks on the same span are merged. */
export function collectMarks(doc: Doc): Mark[] {
  const actors = actorIndex(doc);
  const L = doc.layers;
  const bySpan = new Map<string, Mark>();
  const add = (start: number, end: number, kind: Kind, tag: string) => {
    if (!(end > start)) return;
    const key = `${start}:${end}:${kind === 'quote' ? 'q' : 's'}`;
    const m = bySpan.get(key);
    if (m) {
      if (!m.tags.includes(tag)) m.tags.push(tag);
      // the strongest kind colours a merged mark
      const rank: Kind[] = ['mention', 'entity', 'place', 'timex', 'event'];
      if (rank.indexOf(kind) > rank.indexOf(m.kind)) m.kind = kind;
    } else bySpan.set(key, { start, end, kind, tags: [tag] });
  };
  for (const e of L.entities ?? []) {
    const country = e.actor ? actors.get(e.actor)?.country : null;
    add(e.start, e.end, 'entity', `${SHORT_LABEL[e.label] ?? e.label}${country ? `:${country}` : ''}`);
  }
  const entitySpans = new Set((L.entities ?? []).map((e) => `${e.start}:${e.end}`));
  for (const m of L.mentions ?? []) {
    if (entitySpans.has(`${m.start}:${m.end}`)) continue;
    add(m.start, m.end, 'mention', `→${actors.get(m.actor)?.name ?? m.actor}`);
  }
  for (const t of L.timexes ?? []) add(t.start, t.end, 'timex', `${t.type}:${t.value}`);
  for (const p of locatedPlaces(L.places)) add(p.start, p.end, 'place', `PLACE:${p.country}`);
  (L.quotes ?? []).forEach((q, i) => add(q.start, q.end, 'quote', `Q${i + 1} ${speakerName(q, actors)}`));
  (L.events ?? []).forEach((e, i) => add(e.trigger.start, e.trigger.end, 'event', `E${i + 1} ${e.type}`));
  return [...bySpan.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The article text with marks inserted; nested marks nest, crossing marks close where they end. */
export function markText(doc: Doc, color: boolean): string {
  const marks = collectMarks(doc);
  const opens = new Map<number, Mark[]>();
  const closes = new Map<number, Mark[]>();
  for (const m of marks) {
    (opens.get(m.start) ?? opens.set(m.start, []).get(m.start)!).push(m);
    (closes.get(m.end) ?? closes.set(m.end, []).get(m.end)!).push(m);
  }
  const stack: Mark[] = [];
  const paint = () => (color ? RESET + (stack.length ? COLOR[stack[stack.length - 1].kind] : '') : '');
  const positions = [...new Set([...opens.keys(), ...closes.keys(), 0, doc.text.length])].sort((a, b) => a - b);
  let out = '';
  let prev = 0;
  for (const pos of positions) {
    out += escapeControl(doc.text.slice(prev, pos), true);
    prev = pos;
    const closing = (closes.get(pos) ?? []).sort((a, b) => stack.lastIndexOf(b) - stack.lastIndexOf(a));
    for (const m of closing) {
      const i = stack.lastIndexOf(m);
      if (i >= 0) stack.splice(i, 1);
      const close = m.kind === 'quote' ? '»' : ']';
      const tags = escapeControl(m.tags.join(' '));
      out += color ? `${COLOR[m.kind]}${close}${DIM}{${tags}}${paint()}` : `${close}{${tags}}`;
    }
    for (const m of opens.get(pos) ?? []) {
      stack.push(m);
      out += color ? `${COLOR[m.kind]}${m.kind === 'quote' ? '«' : '['}` : m.kind === 'quote' ? '«' : '[';
    }
  }
  out += escapeControl(doc.text.slice(prev), true);
  return color ? out + RESET : out;
}

export function renderDoc(doc: Doc, color: boolean): string {
  const actors = actorIndex(doc);
  const c = (kind: Kind, s: string) => (color ? `${COLOR[kind]}${s}${RESET}` : s);
  const bold = (s: string) => (color ? `\x1b[1m${s}${RESET}` : s);
  const lines: string[] = [];
  lines.push(bold(escapeControl(`${doc.meta.title ?? doc.meta.origin ?? 'Document'}`)));
  const meta = [`id ${doc.id}`, `date ${doc.date}`];
  if (doc.meta.source) meta.push(`source ${doc.meta.source}`);
  if (doc.meta.url) meta.push(doc.meta.url);
  if (doc.meta.origin && doc.meta.title) meta.push(`from ${doc.meta.origin}`);
  lines.push(escapeControl(meta.join(' · ')), '');
  lines.push(markText(doc, color).trimEnd(), '');
  lines.push(
    bold('Legend') + `  ${c('entity', '[name]{PER|ORG|GPE|LOC|NORP|ROLE:country}')} entity  ${c('mention', '[she]{→actor}')} mention  ` +
      `${c('timex', '[Tuesday]{DATE:value}')} time  ${c('place', '[town]{PLACE:country}')} place  ` +
      `${c('quote', '«…»{Qn speaker}')} quote  ${c('event', '[verb]{En TYPE}')} event trigger`,
  );
  const events = doc.layers.events ?? [];
  lines.push('', bold(`Events (${events.length})`));
  events.forEach((e, i) => {
    const when = e.date ? `${e.date}${e.precision !== 'day' ? ` (${e.precision})` : ''}` : 'undated';
    const extra = [e.mode !== 'asserted' ? e.mode : '', e.quote !== undefined && e.quote !== null ? `in Q${e.quote + 1}` : '', e.pattern ? `pattern ${e.pattern}` : '']
      .filter(Boolean)
      .join(', ');
    lines.push(
      `  ${c('event', `E${i + 1}`)} ` +
        escapeControl(`${e.type} ${e.cameo}  ${partyName(e.source, actors)} → ${partyName(e.target, actors)}  ${when}  “${e.trigger.text}”${extra ? `  (${extra})` : ''}`),
    );
  });
  const quotes = doc.layers.quotes ?? [];
  lines.push('', bold(`Quotes (${quotes.length})`));
  quotes.forEach((q, i) => {
    const by = [q.cue, q.outlet ? `in ${q.outlet}` : ''].filter(Boolean).join(' ');
    const text = q.text.length > 100 ? `${q.text.slice(0, 99)}…` : q.text;
    lines.push(`  ${c('quote', `Q${i + 1}`)} ` + escapeControl(`${q.kind} ${speakerName(q, actors)}${by ? ` (${by})` : ''}${q.date ? ` ${q.date}` : ''}: “${text.replace(/\s+/g, ' ')}”`));
  });
  if (doc.messages.length) {
    lines.push('', bold(`Messages (${doc.messages.length})`));
    for (const m of doc.messages) lines.push(escapeControl(`  ${m.severity} ${m.source}: ${m.text}`));
  }
  return lines.join('\n') + '\n';
}
