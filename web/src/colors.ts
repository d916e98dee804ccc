// Colours for the 16 PLOVER types, grouped by quad class so the class reads at a glance: cooperation on the
// blue side (verbal light, material dark), conflict on the warm side (verbal light yellows/oranges, material
// dark reds/browns). Chosen by search so that under normal vision and simulated protanopia, deuteranopia
// and tritanopia every two types differ by ΔE ≥ 20 and types of different quad classes by ΔE ≥ 26
// (checked in test/web/colors.test.ts). Node kinds of the actor network have their own small set.

export const QUAD_NAMES: Record<string, string> = { '1': 'verbal cooperation', '2': 'material cooperation', '3': 'verbal conflict', '4': 'material conflict' };

/** PLOVER types by the quad class of their CAMEO root in knowledge/cameo.yaml (REQUEST is also used for quad-3 demands). */
export const TYPES_BY_QUAD: Record<string, string[]> = {
  '1': ['REQUEST', 'CONSULT', 'AGREE', 'SUPPORT'],
  '2': ['COOPERATE', 'AID', 'CONCEDE', 'RETREAT'],
  '3': ['ACCUSE', 'REJECT', 'THREATEN'],
  '4': ['PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'],
};

export const TYPE_COLORS: Record<string, string> = {
  REQUEST: '#00d5ff', CONSULT: '#b4e1e7', AGREE: '#729ffe', SUPPORT: '#939fba',
  COOPERATE: '#0e58b6', AID: '#432079', CONCEDE: '#223659', RETREAT: '#6e5994',
  ACCUSE: '#f3e8ae', REJECT: '#eec471', THREATEN: '#e88a2d',
  PROTEST: '#ad7949', SANCTION: '#904700', MOBILIZE: '#b13450', COERCE: '#710400', ASSAULT: '#581321',
};

export const QUAD_COLORS: Record<string, string> = { '1': '#729ffe', '2': '#0e58b6', '3': '#e88a2d', '4': '#710400' };

export const TYPE_QUAD: Record<string, string> = Object.fromEntries(Object.entries(TYPES_BY_QUAD).flatMap(([q, ts]) => ts.map((t) => [t, q])));

export const typeColor = (t: string) => TYPE_COLORS[t] ?? '#888888';

/** Types in legend order: by quad class, then as listed. */
export function orderTypes(types: Iterable<string>): string[] {
  const rank = new Map(Object.values(TYPES_BY_QUAD).flat().map((t, i) => [t, i]));
  return [...new Set(types)].sort((a, b) => (rank.get(a) ?? 99) - (rank.get(b) ?? 99) || (a < b ? -1 : 1));
}

/** Actor kinds in the network (Okabe–Ito colours, apart from the type colours' blue/orange families). */
export const KIND_COLORS: Record<string, string> = { country: '#1d2330', person: '#cc79a7', igo: '#009e73', org: '#7f7f7f', group: '#b8860b' };
export const KIND_NAMES: Record<string, string> = { country: 'country', person: 'person', igo: 'international organisation', org: 'organisation', group: 'armed or civic group' };
export const kindColor = (k: string | null) => KIND_COLORS[k ?? ''] ?? '#bbbbbb';
