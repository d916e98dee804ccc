// Actor network (sigma + graphology): actors as nodes sized by their events, events as directed edges
// coloured by PLOVER type and sized by count; laid out with a small force-directed simulation.
import Graph from 'graphology';
import Sigma from 'sigma';
import { api, routeParams, setRouteParams } from '../api.ts';
import { field, formValues, h, input, table } from '../dom.ts';
import { exportButtons } from '../export.ts';
import { TYPE_COLORS, typeColor } from '../colors.ts';

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
  const canvas = h('div', { id: 'network-canvas' });
  const legend = h('div', { class: 'legend' }, ...Object.entries(TYPE_COLORS).map(([t, c]) => {
    const sw = h('i');
    sw.style.background = c;
    return h('span', {}, sw, t);
  }));
  const edgeTable = h('div', { id: 'network-edges' });
  let net: Net = { nodes: [], edges: [] };
  let graph = new Graph({ multi: true, type: 'directed' });
  let renderer: Sigma | null = null;
  root.append(h('h2', {}, 'Actor network'), form, status,
    exportButtons('network', () => ({
      headers: ['source', 'source_name', 'target', 'target_name', 'type', 'count', 'goldstein_sum'],
      rows: net.edges.map((e) => [e.source, name(e.source), e.target, name(e.target), e.type, e.count, e.goldsteinSum]),
    }), () => ({ svg: toSvg(), ext: 'svg' })),
    legend, canvas, h('h3', {}, 'Strongest links'), edgeTable);
  const names = new Map<string, string>();
  const name = (id: string) => names.get(id) ?? id;

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
    graph = new Graph({ multi: true, type: 'directed' });
    const maxEvents = Math.max(1, ...net.nodes.map((n) => n.events));
    const maxCount = Math.max(1, ...net.edges.map((e) => e.count));
    const pos = layout(net.nodes.map((n) => n.id), net.edges.map((e) => [e.source, e.target, e.count]));
    // positions spread over ~±100 units and sizes in the same units (sigma's default itemSizesReference is "positions")
    const xs = [...pos.values()].map((q) => q.x), ys = [...pos.values()].map((q) => q.y);
    const span = Math.max(1e-6, Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    for (const n of net.nodes) {
      graph.addNode(n.id, { label: n.name, x: (200 * pos.get(n.id)!.x) / span, y: (200 * pos.get(n.id)!.y) / span, size: 1.5 + 4 * Math.sqrt(n.events / maxEvents), color: n.kind === 'person' ? '#7b5ea7' : '#1d2330' });
    }
    for (const e of net.edges) {
      graph.addEdge(e.source, e.target, { type: 'arrow', color: typeColor(e.type), size: 0.4 + 1.6 * (e.count / maxCount), label: `${e.type} ×${e.count}`, plover: e.type, count: e.count });
    }
    status.textContent = `${net.nodes.length} actors, ${net.edges.length} links, ${net.edges.reduce((a, e) => a + e.count, 0)} events`;
    renderer?.kill();
    renderer = null;
    try {
      renderer = new Sigma(graph, canvas, {
        renderEdgeLabels: false, defaultEdgeType: 'arrow', labelRenderedSizeThreshold: 0,
      });
      canvas.dataset.rendered = 'true';
    } catch (err) {
      canvas.dataset.rendered = 'false';
      canvas.textContent = `The network drawing needs WebGL (${(err as Error).message}); the links are listed below and exportable.`;
    }
    edgeTable.replaceChildren(table(['source', 'type', 'target', 'events', 'Goldstein sum'],
      net.edges.slice(0, 50).map((e) => [name(e.source), e.type, name(e.target), e.count, e.goldsteinSum])));
  }
  form.addEventListener('submit', (e) => { e.preventDefault(); void load(); });
  await load();
  return () => renderer?.kill();
}
