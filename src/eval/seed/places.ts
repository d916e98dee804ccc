// Seed gold for the places stage: each gold place must be found (a place whose text matches the gold
// text) with the gold country; a gold note "a point in X within N km of the Y border" is checked
// against the world-atlas country shapes.
import type { Doc, Place } from '../../doc/types.ts';
import type { EvalResult } from '../types.ts';
import type { SeedGold } from './gold.ts';
import { bundledKnowledge } from '../../knowledge/knowledge.ts';
import { gazetteer } from '../../stages/places/gazetteer.ts';
import { atlasOf } from '../../stages/places/analyze.ts';
import { countryOf } from '../../stages/places/relative.ts';
import { distanceToLinesKm, pointInCountry, sharedBorder } from '../../stages/places/geometry.ts';

const squash = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

export function scoreSeedPlaces(doc: Doc, gold: SeedGold): EvalResult {
  const knowledge = bundledKnowledge();
  const gaz = gazetteer(knowledge);
  const places: Place[] = doc.layers.places ?? [];
  const notes: string[] = [];
  let found = 0;
  let borderChecks = 0;
  let borderOk = 0;
  for (const g of gold.places) {
    const want = squash(g.text);
    const hits = places.filter((p) => squash(p.text) === want);
    const right = hits.find((p) => p.country === g.country);
    if (right) found++;
    else notes.push(`missed "${g.text}" (${g.country})${hits.length ? `: got ${hits.map((h) => h.country).join(', ')}` : ''}`);
    const m = /within (\d+) km of the (.+?) border/i.exec(g.note ?? '');
    if (m) {
      borderChecks++;
      const other = countryOf(gaz, m[2]);
      const atlas = atlasOf(knowledge, gaz);
      const p = right;
      if (p && other) {
        const inside = pointInCountry(atlas, g.country, p.lat, p.lon);
        const km = distanceToLinesKm(sharedBorder(atlas, g.country, other), p.lat, p.lon);
        if (inside && km <= Number(m[1])) borderOk++;
        else notes.push(`"${g.text}": point ${p.lat},${p.lon} ${inside ? 'inside' : 'outside'} ${g.country}, ${Math.round(km)} km from the ${other} border`);
      }
    }
  }
  const metrics: Record<string, number> = {
    recall: gold.places.length ? found / gold.places.length : 0,
    found,
    gold: gold.places.length,
    predicted: places.length,
  };
  if (borderChecks) metrics.border_points_ok = borderOk / borderChecks;
  return { set: 'seed', component: 'places', metrics, notes };
}
