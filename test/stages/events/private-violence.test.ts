// Crime between private persons is no event data (private-violence.ts): an attack, a threat or coercion
// done by a civilian, a criminal or a person only the text names, against a private party, codes nothing;
// police, a registry person (whatever role it has on the date) and a person named with a title of office
// keep their records.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief, type ActorSpec } from './helpers.ts';

const PEOPLE: ActorSpec[] = [
  { id: 'person:karl-brenner', country: null, kind: 'person', say: ['Karl Brenner', 'Brenner'] },
  { id: 'person:ida-holm', country: null, kind: 'person', say: ['Ida Holm', 'Holm'] },
  { id: 'person:vera-lind', country: 'SWE', kind: 'person', roles: [], say: ['Vera Lind'] },
  { id: 'person:nils-ek', country: null, kind: 'person', say: ['Officer Nils Ek'] },
  { id: 'group:SWE:CRM', country: 'SWE', sector: 'CRM', kind: 'group', say: ['the burglar'] },
  { id: 'group:SWE:CVL', country: 'SWE', sector: 'CVL', kind: 'group', say: ['the shopkeeper'] },
  { id: 'group:SWE:COP', country: 'SWE', sector: 'COP', kind: 'group', say: ['the police'] },
];
const force = (text: string) =>
  brief({ text, actors: [...COUNTRIES, ...PEOPLE], tree: true }).filter((e) => /^(ASSAULT|THREATEN|COERCE)/.test(e));

describe('crime between private persons is no event', () => {
  it('codes no attack or threat between private persons', () => {
    expect(force('On Monday the burglar attacked the shopkeeper with a knife.')).toEqual([]);
    expect(force('Karl Brenner attacked Ida Holm outside the bar.')).toEqual([]);
    expect(force('Karl Brenner threatened to kill Ida Holm.')).toEqual([]);
  });
  it('keeps police, a registry person and a titled person', () => {
    expect(force('On Monday the burglar attacked the police with a knife.')).toEqual(['ASSAULT SWE>SWE asserted']);
    expect(force('Vera Lind attacked Ida Holm outside the bar.')).toEqual(['ASSAULT SWE>null asserted']);
    expect(force('Officer Nils Ek attacked Karl Brenner outside the bar.')).toEqual(['ASSAULT null>null asserted']);
  });
});
