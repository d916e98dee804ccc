// The store summary as text: documents, actors, quotes and events by type.
import type { Summary } from '../store/store.ts';

export function formatSummary(s: Summary): string {
  const rows: [string, number][] = [
    ['documents', s.documents],
    ['actors', s.actors],
    ['mentions', s.mentions],
    ['places', s.places],
    ['quotes', s.quotes],
    ['events', s.events],
    ...Object.entries(s.eventsByType).map(([t, n]): [string, number] => [`  ${t}`, n]),
    ['events not counted', s.eventsUncounted],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  const nw = Math.max(...rows.map(([, n]) => String(n).length));
  return rows.map(([k, n]) => `${k.padEnd(w)}  ${String(n).padStart(nw)}`).join('\n') + '\n';
}
