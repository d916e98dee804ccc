// Actor network (sigma + graphology): actors as nodes coloured by kind and sized by their events, events as
// directed edges coloured by PLOVER type and as wide as their count; laid out with a small force-directed
// simulation; a legend for every encoding, labels thinned by sigma's label grid so they do not overlap, and
// the strongest links (actor pairs by events) listed with their types.
import Graph from 'graphology';
import Sigma from 'sigma';
import { api, routeParams, setRouteParams } from '../api.ts';
import { field, formValues, h, input, table } from '../dom.ts';
import { exportButtons } from '../export.ts';
import { KIND_COLORS, KIND_NAMES, QUAD_NAMES, TYPE_QUAD, TYPES_BY_QUAD, kindColor, orderTypes, typeColor } from '../colors.ts';
import { legend, legendArea } from '../legend.ts';
import { emptyState } from '../empty.ts';

interface Net {
  nodes: { id: string; name: string; kind: string | null; country: string | null; events: number }[];
  edges: { source: string; target: string; type: string; count: number; goldsteinSum: number }[];
}

/** Fruchterman–Reingold layout, deterministic (nodes start on a circle). */
function layout(ids: string[], links: [string, string, number][], iterations = 300): Map<string, { x: number; y: number }> {
  const n = ids.length;
  const pos = new Map(ids.map((id, i) => [id, { x: Math.cos((2 * Math.PI * i) / n), y: Math.sin((2 * Math.PI * i) / n) }]));
  const k = Math.sqrt(4 / Math.max(1, n));
  for (let it = 0; it < iterations; it++) {
    const t = 0.1 * (1 - it / iterations);
    const disp = new Map(ids.map((id) => [id, { x: 0, y: 0 }]));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = pos.get(ids[i])!, b = pos.get(ids[j])!;
        const dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(0.01, Math.hypot(dx, dy));
        const f = (k * k) / d;
        const da = disp.get(ids[i])!, db = disp.get(ids[j])!;
        da.x += (dx / d) * f; da.y += (dy / d) * f; db.x -= (dx / d) * f; db.y -= (dy / d) * f;
      }
    }
    for (const [s, tId] of links) {
      if (s === tId) continue;
      const a = pos.get(s)!, b = pos.get(tId)!;
      const dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.max(0.01, Math.hypot(dx, dy));
      const f = (d * d) / k;
      const da = disp.get(s)!, db = disp.get(tId)!;
      da.x -= (dx / d) * f; da.y -= (dy / d) * f; db.x += (dx / d) * f; db.y += (dy / d) * f;
    }
    for (const id of ids) {
      const p = pos.get(id)!, d = disp.get(id)!;
      d.x -= p.x * 0.6; // gravity keeps disconnected pairs from drifting apart (so their own links stay visible)
      d.y -= p.y * 0.6;
      const len = Math.max(0.0001, Math.hypot(d.x, d.y));
      p.x += (d.x / len) * Math.min(len, t);
      p.y += (d.y / len) * Math.min(len, t);
    }
  }
  return pos;
}

/** The pair's types, most frequent first, the first four named: "ACCUSE ×3, THREATEN, … (+5 more types)". */
function typesCell(types: Map<string, number>): string {
  const order = orderTypes(types.keys());
  const sorted = [...order].sort((a, b) => types.get(b)! - types.get(a)! || order.indexOf(a) - order.indexOf(b));
  const shown = sorted.slice(0, 4).map((t) => `${t}${types.get(t)! > 1 ? ` ×${types.get(t)}` : ''}`).join(', ');
  return sorted.length > 4 ? `${shown} (+${sorted.length - 4} more types)` : shown;
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export async function networkView(root: HTMLElement): Promise<() => void> {
  const p = routeParams();
  const form = h('form', { class: 'controls' },
    field('Actor', input('actor', p.actor, 'id or name')),
    field('Country', input('country', p.country, 'e.g. POL')),
    field('Type', input('type', p.type, 'PLOVER type')),
    field('Since', input('since', p.since, '', 'date')),
    field('Until', input('until', p.until, '', 'date')),
    field('Max edges', input('limit', p.limit ?? '200', '', 'number')),
    h('button', { type: 'submit' }, 'Show'),
  );
  const status = h('p', { class: 'status', id: 'network-status' });
  const empty = h('div', { id: 'network-empty' });
  const canvas = h('div', { id: 'network-canvas' });
  const legendEl = h('div', { id: 'network-legend' });
  const edgeTable = h('div', { id: 'network-edges' });
  const linksNote = h('p', { class: 'muted', id: 'network-links-note' });
  let net: Net = { nodes: [], edges: [] };
  let graph = new Graph({ multi: true, type: 'directed' });
  let renderer: Sigma | null = null;
  const body = h('div', { id: 'network-body' },
    exportButtons('network', () => ({
      headers: ['source', 'source_name', 'target', 'target_name', 'type', 'count', 'goldstein_sum'],
      rows: net.edges.map((e) => [e.source, name(e.source), e.target, name(e.target), e.type, e.count, e.goldsteinSum]),
    }), () => ({ svg: toSvg(), ext: 'svg' })),
    legendEl, canvas, h('h3', {}, 'Strongest links'), linksNote, edgeTable);
  root.append(h('h2', {}, 'Actor network'), form, status, empty, body);
  const names = new Map<string, string>();
  const name = (id: string) => names.get(id) ?? id;
  /** The actor's name with its id (and country) on hover. */
  const actorCell = (id: string) => {
    const n = net.nodes.find((x) => x.id === id);
    return h('span', { class: 'named', title: `${id}${n?.country ? ` (${n.country})` : ''}` }, name(id));
  };

  function toSvg(): string {
    const W = 1000, H = 700, pad = 40;
    const xs = graph.mapNodes((_, a) => a.x as number), ys = graph.mapNodes((_, a) => a.y as number);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const sx = (x: number) => pad + ((x - minX) / (maxX - minX || 1)) * (W - 2 * pad);
    const sy = (y: number) => H - pad - ((y - minY) / (maxY - minY || 1)) * (H - 2 * pad);
    const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="100%" height="100%" fill="#fff"/>`,
      '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0L10,5L0,10z" fill="#666"/></marker></defs>'];
    graph.forEachEdge((_, a, s, t) => {
      const A = graph.getNodeAttributes(s), B = graph.getNodeAttributes(t);
      parts.push(`<line x1="${sx(A.x)}" y1="${sy(A.y)}" x2="${sx(B.x)}" y2="${sy(B.y)}" stroke="${a.color}" stroke-width="${1.5 * a.size}" stroke-opacity="0.7" marker-end="url(#arrow)"/>`);
    });
    graph.forEachNode((_, a) => {
      parts.push(`<circle cx="${sx(a.x)}" cy="${sy(a.y)}" r="${2 * a.size + 1}" fill="${a.color}"/><text x="${sx(a.x) + 2 * a.size + 3}" y="${sy(a.y) + 4}" font-size="12" font-family="sans-serif">${escapeXml(a.label)}</text>`);
    });
    parts.push('</svg>');
    return parts.join('');
  }

  async function load(): Promise<void> {
    const q = formValues(form);
    setRouteParams('network', q);
    net = await api<Net>('aggregates/network', q);
    names.clear();
    for (const n of net.nodes) names.set(n.id, n.name);
    empty.replaceChildren();
    renderer?.kill();
    renderer = null;
    if (!net.edges.length) {
      status.textContent = '0 actors, 0 links';
      body.hidden = true;
      empty.append(emptyState('events between two known actors', q, 'The network needs events whose source and target are both resolved actors.'));
      return;
    }
    body.hidden = false;
    graph = new Graph({ multi: true, type: 'directed' });
    const maxEvents = Math.max(1, ...net.nodes.map((n) => n.events));
    const maxCount = Math.max(1, ...net.edges.map((e) => e.count));
    const nodeSize = (events: number) => 1.5 + 4 * Math.sqrt(events / maxEvents);
    const edgeSize = (count: number) => 0.4 + 1.6 * (count / maxCount);
    const pos = layout(net.nodes.map((n) => n.id), net.edges.map((e) => [e.source, e.target, e.count]));
    // positions spread over ~±100 units and sizes in the same units (sigma's default itemSizesReference is "positions")
    const xs = [...pos.values()].map((q) => q.x), ys = [...pos.values()].map((q) => q.y);
    const span = Math.max(1e-6, Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    for (const n of net.nodes) {
      graph.addNode(n.id, { label: n.name, x: (200 * pos.get(n.id)!.x) / span, y: (200 * pos.get(n.id)!.y) / span, size: nodeSize(n.events), color: kindColor(n.kind) });
    }
    for (const e of net.edges) {
      graph.addEdge(e.source, e.target, { type: 'arrow', color: typeColor(e.type), size: edgeSize(e.count), label: `${e.type} ×${e.count}`, plover: e.type, count: e.count });
    }
    status.textContent = `${net.nodes.length} actors, ${net.edges.length} links, ${net.edges.reduce((a, e) => a + e.count, 0)} events`;

    // legends: node colour (kinds present), node size (events), edge colour (types present, by quad class), edge width (events)
    const kinds = [...new Set(net.nodes.map((n) => n.kind ?? 'unknown'))].sort((a, b) => Object.keys(KIND_COLORS).indexOf(a) - Object.keys(KIND_COLORS).indexOf(b));
    const types = orderTypes(net.edges.map((e) => e.type));
    // reference sizes from the data shown: smallest, geometric middle, largest
    const minEvents = Math.min(...net.nodes.map((n) => n.events));
    const minCount = Math.min(...net.edges.map((e) => e.count));
    const sizes = [...new Set([minEvents, Math.round(Math.sqrt(minEvents * maxEvents)), maxEvents])].sort((a, b) => a - b);
    const widths = [...new Set([minCount, maxCount])];
    legendEl.replaceChildren(legendArea(
      legend('Node colour: actor kind', [{ items: kinds.map((k) => ({ label: KIND_NAMES[k] ?? k, color: kindColor(k) })) }], 'network-legend-kind'),
      legend('Node size: events of the actor (in the links shown)', [{ items: sizes.map((n) => ({ label: String(n), color: '#7f7f7f', shape: 'circle' as const, size: Math.round(4 * nodeSize(n)) })) }], 'network-legend-size'),
      legend('Edge colour: PLOVER type', Object.keys(TYPES_BY_QUAD).map((qc) => ({ name: QUAD_NAMES[qc], items: types.filter((t) => TYPE_QUAD[t] === qc).map((t) => ({ label: t, color: typeColor(t), shape: 'line' as const })) }))
        .concat([{ name: 'other', items: types.filter((t) => !TYPE_QUAD[t]).map((t) => ({ label: t, color: typeColor(t), shape: 'line' as const })) }]), 'network-legend-type'),
      legend('Edge width: events', [{ items: widths.map((n) => ({ label: `${n} event${n === 1 ? '' : 's'}`, color: '#7f7f7f', shape: 'line' as const })) }], 'network-legend-width'),
    ));
    for (const [i, el] of [...legendEl.querySelectorAll('#network-legend-width .mark')].entries()) (el as HTMLElement).style.borderTopWidth = `${Math.max(1, Math.round(2 * edgeSize(widths[i])))}px`;

    try {
      // sigma 4 reads settings under `settings` (top-level ones were ignored before): its label grid shows at
      // most labelDensity labels per cell of labelGridCellSize px, biggest nodes first, so labels do not overlap
      renderer = new Sigma(graph, canvas, {
        settings: { renderEdgeLabels: false, labelDensity: 0.35, labelGridCellSize: 180, labelRenderedSizeThreshold: 0 },
      });
      canvas.dataset.rendered = 'true';
    } catch (err) {
      canvas.dataset.rendered = 'false';
      canvas.textContent = `The network drawing needs WebGL (${(err as Error).message}); the links are listed below and exportable.`;
    }

    // strongest links: actor pairs (either direction kept apart) by events, then by |Goldstein|
    const pairs = new Map<string, { source: string; target: string; count: number; goldstein: number; types: Map<string, number> }>();
    for (const e of net.edges) {
      const k = `${e.source}\u0000${e.target}`;
      const cur = pairs.get(k) ?? { source: e.source, target: e.target, count: 0, goldstein: 0, types: new Map() };
      cur.count += e.count;
      cur.goldstein += e.goldsteinSum;
      cur.types.set(e.type, (cur.types.get(e.type) ?? 0) + e.count);
      pairs.set(k, cur);
    }
    const ranked = [...pairs.values()].sort((a, b) => b.count - a.count || Math.abs(b.goldstein) - Math.abs(a.goldstein) || (name(a.source) < name(b.source) ? -1 : 1));
    const single = ranked.every((r) => r.count === 1);
    linksNote.textContent = single
      ? `Every link rests on a single event: too little data to call any link strong (${ranked.length} links, ordered by Goldstein weight).`
      : `Actor pairs by events (source → target), then by the weight of their Goldstein sum; the 50 strongest of ${ranked.length}.`;
    edgeTable.replaceChildren(table(['source', 'target', 'events', 'types', 'Goldstein sum'],
      ranked.slice(0, 50).map((r) => [actorCell(r.source), actorCell(r.target), r.count,
        typesCell(r.types), Math.round(r.goldstein * 10) / 10])));
  }
  form.addEventListener('submit', (e) => { e.preventDefault(); void load(); });
  await load();
  return () => renderer?.kill();
}
