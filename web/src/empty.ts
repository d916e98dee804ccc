// Empty states: when a filter leaves nothing to show, say so and say what to change, instead of a blank chart.
import { h } from './dom.ts';

const HINTS: Record<string, string> = {
  since: 'move Since earlier', until: 'move Until later', actor: 'clear or shorten Actor (part of a name works)',
  country: 'clear Country', dyad: 'clear Dyad or pick a pair from its list', type: 'clear Type', text: 'use fewer or other words',
  speaker: 'clear or shorten Speaker', doc: 'clear the document filter', dateBasis: 'set Dated by to any',
};

/** "No events match …": the active filters and, for each, what to change; with no filters, how to get data. */
export function emptyState(what: string, q: Record<string, string>, extra?: string): HTMLElement {
  const active = Object.keys(HINTS).filter((k) => q[k]);
  const tips = active.map((k) => `${HINTS[k]} (now ${q[k]})`);
  return h('div', { class: 'empty-state', role: 'status' },
    h('strong', {}, `No ${what} match these filters.`),
    active.length
      ? h('span', {}, ` Try to ${tips.join('; ')}.`)
      : h('span', {}, ' The store has none yet: add articles with `eventline ingest <files> --db <store>`.'),
    extra ? h('span', {}, ` ${extra}`) : null);
}
