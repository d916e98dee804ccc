// Map view (Leaflet + world-atlas TopoJSON, fully offline — no tile server): countries shaded by their
// event totals in labelled bins, circles at event locations (places named in the events' evidence
// sentences) sized by events; a legend for both, country names with codes on hover, an empty state.
import L from 'leaflet';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { api, routeParams, setRouteParams } from '../api.ts';
import { field, formValues, h, input, table } from '../dom.ts';
import { exportButtons } from '../export.ts';
import { legend, legendArea } from '../legend.ts';
import { emptyState } from '../empty.ts';
import { codeName, named } from '../names.ts';

interface CountryTotal { country: string; numeric: string | null; asSource: number; asTarget: number; events: number; goldsteinSum: number }
interface Loc { name: string; country: string; lat: number; lon: number; events: number; mentions: number }

const SHADES = ['#f0f4fa', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

/** Up to five event-count bins with integer bounds, on a log scale from min to max: [[1, 2], [3, 9], …]. */
export function shadeBins(min: number, max: number): [number, number][] {
  const out: [number, number][] = [];
  const lo0 = Math.max(1, min);
  let lo = lo0;
  for (let i = 1; i <= 5 && lo <= max; i++) {
    const hi = i === 5 ? max : Math.max(lo, Math.round(lo0 * (max / lo0) ** (i / 5)));
    out.push([lo, hi]);
    lo = hi + 1;
  }
  return out;
}
const CIRCLE_STROKE = '#7a1f00';
const CIRCLE_FILL = '#e88a2d';

/**
 * Drops Antarctica and makes rings that cross the antimeridian continuous (shifting western longitudes by
 * 360°), so Leaflet does not draw bands across the whole map for Russia or Fiji.
 */
function unwrap(fc: GeoJSON.FeatureCollection): GeoJSON.FeatureCollection {
  const fixRing = (ring: number[][]) => {
    const lons = ring.map((c) => c[0]);
    if (Math.max(...lons) - Math.min(...lons) <= 180) return ring;
    return ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]);
  };
  const features = fc.features.filter((f) => String(f.id) !== '010').map((f) => {
    const g = f.geometry;
    if (g.type === 'Polygon') return { ...f, geometry: { ...g, coordinates: g.coordinates.map(fixRing) } };
    if (g.type === 'MultiPolygon') return { ...f, geometry: { ...g, coordinates: g.coordinates.map((poly) => poly.map(fixRing)) } };
    return f;
  });
  return { ...fc, features };
}

export async function mapView(root: HTMLElement): Promise<() => void> {
  const p = routeParams();
  const form = h('form', { class: 'controls' },
    field('Actor', input('actor', p.actor, 'id or name')),
    field('Type', input('type', p.type, 'PLOVER type')),
    field('Dyad', input('dyad', p.dyad, 'e.g. BLR-POL')),
    field('Since', input('since', p.since, '', 'date')),
    field('Until', input('until', p.until, '', 'date')),
    h('button', { type: 'submit' }, 'Show'),
  );
  const status = h('p', { class: 'status', id: 'map-status' });
  const empty = h('div', { id: 'map-empty' });
  const legendEl = h('div', { id: 'map-legend' });
  const el = h('div', { id: 'map-canvas' });
  const list = h('div', { id: 'map-table' });
  let totals: CountryTotal[] = [];
  let locs: Loc[] = [];
  root.append(h('h2', {}, 'Map'), form, status, empty,
    exportButtons('map', () => ({
      headers: ['kind', 'name', 'country', 'lat', 'lon', 'events', 'as_source', 'as_target', 'goldstein_sum'],
      rows: [
        ...totals.map((t) => ['country', '', t.country, '', '', t.events, t.asSource, t.asTarget, t.goldsteinSum]),
        ...locs.map((l) => ['location', l.name, l.country, l.lat, l.lon, l.events, '', '', '']),
      ],
    }), () => ({ svg: mapSvg(), ext: 'svg' })),
    legendEl, el, h('h3', {}, 'Country totals'), list);

  const map = L.map(el, { renderer: L.svg({ padding: 0 }), attributionControl: false, worldCopyJump: false, minZoom: 1, maxZoom: 8 }).setView([30, 10], 2);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const geo = unwrap(feature(world as any, (world as any).objects.countries) as unknown as GeoJSON.FeatureCollection);
  const countriesLayer = L.geoJSON(geo, { style: () => ({ color: '#7a8699', weight: 0.6, fillColor: SHADES[0], fillOpacity: 1 }) }).addTo(map);
  const markers = L.layerGroup().addTo(map);

  function mapSvg(): string {
    const svg = el.querySelector('.leaflet-overlay-pane svg');
    if (!svg) return '<svg xmlns="http://www.w3.org/2000/svg"/>';
    const copy = svg.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    copy.removeAttribute('style');
    return new XMLSerializer().serializeToString(copy);
  }

  async function load(): Promise<void> {
    const q = formValues(form);
    setRouteParams('map', q);
    const [c, l] = await Promise.all([api<{ items: CountryTotal[] }>('aggregates/countries', q), api<{ items: Loc[] }>('aggregates/locations', q)]);
    totals = c.items;
    locs = l.items;
    const byNumeric = new Map(totals.filter((t) => t.numeric).map((t) => [String(Number(t.numeric)), t]));
    const max = Math.max(1, ...totals.map((t) => t.events));
    const bins = shadeBins(Math.min(...totals.map((t) => t.events)), max);
    const shadeOf = (n: number) => SHADES[1 + Math.max(0, bins.findIndex(([lo, hi]) => n >= lo && n <= hi))];
    countriesLayer.eachLayer((layer) => {
      const f = (layer as L.GeoJSON).feature as GeoJSON.Feature;
      const t = byNumeric.get(String(Number(f.id)));
      (layer as L.Path).setStyle({ fillColor: t ? shadeOf(t.events) : SHADES[0] });
      const label = `${t ? codeName(t.country) : (f.properties as { name?: string })?.name ?? f.id}${t ? ` (${t.country}): ${t.events} events (${t.asSource} as source, ${t.asTarget} as target)` : ': no events'}`;
      (layer as L.Path).unbindTooltip().bindTooltip(label, { sticky: true });
    });
    markers.clearLayers();
    const maxLoc = Math.max(1, ...locs.map((x) => x.events));
    const radius = (n: number) => 4 + 10 * Math.sqrt(n / maxLoc);
    for (const x of locs) {
      L.circleMarker([x.lat, x.lon], { radius: radius(x.events), color: CIRCLE_STROKE, weight: 1, fillColor: CIRCLE_FILL, fillOpacity: 0.75, className: 'event-location' })
        .bindTooltip(`${x.name} (${codeName(x.country)}, ${x.country}): ${x.events} events`)
        .addTo(markers);
    }
    const mapped = totals.filter((t) => t.numeric).length;
    status.textContent = `${totals.length} countries with events, ${locs.length} event locations${mapped < totals.length ? ` (${totals.length - mapped} organisation${totals.length - mapped === 1 ? '' : 's'} or code${totals.length - mapped === 1 ? '' : 's'} without a shape: in the table only)` : ''}`;
    empty.replaceChildren();
    if (!totals.length && !locs.length) empty.append(emptyState('events', q));
    const minLoc = Math.min(...locs.map((x) => x.events));
    const sizes = [...new Set([minLoc, Math.round(Math.sqrt(minLoc * maxLoc)), maxLoc].filter((n) => n >= 1))].sort((a, b) => a - b);
    legendEl.replaceChildren(legendArea(
      legend('Country fill: events involving the country (source or target)', [{
        items: [{ label: 'none', color: SHADES[0] }, ...bins.map(([lo, hi], i) => ({ label: lo === hi ? `${lo}` : `${lo}–${hi}`, color: SHADES[i + 1] }))],
      }], 'map-legend-fill'),
      legend('Circle: place named in an event\'s evidence sentence, larger = more events', [{
        items: locs.length ? sizes.map((n) => ({ label: `${n} event${n === 1 ? '' : 's'}`, color: CIRCLE_FILL, shape: 'circle' as const, size: Math.round(2 * radius(n)) })) : [{ label: 'no located events', color: '#ffffff', shape: 'circle' as const, size: 10 }],
      }], 'map-legend-circle'),
    ));
    list.replaceChildren(totals.length
      ? table(['country', 'events', 'as source', 'as target', 'Goldstein sum'], totals.slice(0, 40).map((t) => [named(t.country), t.events, t.asSource, t.asTarget, t.goldsteinSum]))
      : h('p', { class: 'muted' }, 'No country totals for these filters.'));
  }
  form.addEventListener('submit', (e) => { e.preventDefault(); void load(); });
  await load();
  return () => map.remove();
}
