// Map view (Leaflet + world-atlas TopoJSON, fully offline — no tile server): countries shaded by their
// event totals, circles at event locations (places named in the events' evidence sentences).
import L from 'leaflet';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { api, routeParams, setRouteParams } from '../api.ts';
import { field, formValues, h, input, table } from '../dom.ts';
import { exportButtons } from '../export.ts';

interface CountryTotal { country: string; numeric: string | null; asSource: number; asTarget: number; events: number; goldsteinSum: number }
interface Loc { name: string; country: string; lat: number; lon: number; events: number; mentions: number }

const SHADES = ['#f0f4fa', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

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
  const el = h('div', { id: 'map-canvas' });
  const list = h('div', { id: 'map-table' });
  let totals: CountryTotal[] = [];
  let locs: Loc[] = [];
  root.append(h('h2', {}, 'Map'), form, status,
    exportButtons('map', () => ({
      headers: ['kind', 'name', 'country', 'lat', 'lon', 'events', 'as_source', 'as_target', 'goldstein_sum'],
      rows: [
        ...totals.map((t) => ['country', '', t.country, '', '', t.events, t.asSource, t.asTarget, t.goldsteinSum]),
        ...locs.map((l) => ['location', l.name, l.country, l.lat, l.lon, l.events, '', '', '']),
      ],
    }), () => ({ svg: mapSvg(), ext: 'svg' })),
    el, h('h3', {}, 'Country totals'), list);

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
    countriesLayer.eachLayer((layer) => {
      const f = (layer as L.GeoJSON).feature as GeoJSON.Feature;
      const t = byNumeric.get(String(Number(f.id)));
      const shade = t ? SHADES[Math.min(5, 1 + Math.floor((4.999 * Math.log1p(t.events)) / Math.log1p(max)))] : SHADES[0];
      (layer as L.Path).setStyle({ fillColor: shade });
      const label = `${(f.properties as { name?: string })?.name ?? f.id}${t ? `: ${t.events} events (${t.asSource} as source, ${t.asTarget} as target)` : ''}`;
      (layer as L.Path).unbindTooltip().bindTooltip(label, { sticky: true });
    });
    markers.clearLayers();
    const maxLoc = Math.max(1, ...locs.map((x) => x.events));
    for (const x of locs) {
      L.circleMarker([x.lat, x.lon], { radius: 4 + 10 * Math.sqrt(x.events / maxLoc), color: '#b2182b', weight: 1, fillColor: '#f46d43', fillOpacity: 0.75, className: 'event-location' })
        .bindTooltip(`${x.name} (${x.country}): ${x.events} events`)
        .addTo(markers);
    }
    status.textContent = `${totals.length} countries with events, ${locs.length} event locations`;
    list.replaceChildren(table(['country', 'events', 'as source', 'as target', 'Goldstein sum'], totals.slice(0, 40).map((t) => [t.country, t.events, t.asSource, t.asTarget, t.goldsteinSum])));
  }
  form.addEventListener('submit', (e) => { e.preventDefault(); void load(); });
  await load();
  return () => map.remove();
}
