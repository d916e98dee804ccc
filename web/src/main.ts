// The dashboard entry: hash routing between the six views, the store summary in the header.
import './style.css';
import 'leaflet/dist/leaflet.css';
import { api } from './api.ts';
import { clear, h } from './dom.ts';
import { timelineView } from './views/timeline.ts';
import { dyadView } from './views/dyad.ts';
import { networkView } from './views/network.ts';
import { mapView } from './views/map.ts';
import { articlesView } from './views/article.ts';
import { quotesView } from './views/quotes.ts';
import { parseRoute } from './route.ts';

export type View = (root: HTMLElement, path: string[]) => Promise<(() => void) | void>;

const VIEWS: Record<string, View> = {
  timeline: timelineView, dyad: dyadView, network: networkView, map: mapView, articles: articlesView, quotes: quotesView,
};

let cleanup: (() => void) | void;
let lastRoute = '';

async function route(): Promise<void> {
  const { name, path, key } = parseRoute(location.hash, Object.keys(VIEWS), 'timeline');
  if (key === lastRoute) return; // views rewrite their own query with replaceState, which fires no hashchange
  lastRoute = key;
  for (const a of document.querySelectorAll('#nav a')) a.classList.toggle('active', (a as HTMLElement).dataset.view === name);
  if (cleanup) cleanup();
  const root = document.getElementById('view')!;
  clear(root);
  root.dataset.view = name;
  root.dataset.ready = 'false';
  try {
    cleanup = await VIEWS[name](root, path.slice(1));
  } catch (err) {
    root.append(h('p', { class: 'error' }, `Could not load this view: ${(err as Error).message}`));
  }
  root.dataset.ready = 'true';
}

async function summary(): Promise<void> {
  const s = await api<{ documents: number; events: number; quotes: number; actors: number }>('summary');
  document.getElementById('summary')!.textContent = `${s.documents} documents · ${s.events} events · ${s.quotes} quotes · ${s.actors} actors`;
}

window.addEventListener('hashchange', () => void route());
void summary();
void route();
