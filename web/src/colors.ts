// Colours for PLOVER types (cooperation greens/blues, conflict oranges/reds) and the four quad classes.
export const TYPE_COLORS: Record<string, string> = {
  AGREE: '#2b7bba', CONSULT: '#5fa2dd', SUPPORT: '#88c0e8', CONCEDE: '#1b9e77', COOPERATE: '#33a02c', AID: '#66c2a5',
  RETREAT: '#a6d854', REQUEST: '#8da0cb', ACCUSE: '#fdae61', REJECT: '#f4a582', THREATEN: '#f46d43', PROTEST: '#e7298a',
  SANCTION: '#d6604d', MOBILIZE: '#b2182b', COERCE: '#8c2d04', ASSAULT: '#67001f',
};
export const QUAD_NAMES: Record<string, string> = { '1': 'verbal cooperation', '2': 'material cooperation', '3': 'verbal conflict', '4': 'material conflict' };
export const QUAD_COLORS: Record<string, string> = { '1': '#5fa2dd', '2': '#33a02c', '3': '#f46d43', '4': '#67001f' };
export const typeColor = (t: string) => TYPE_COLORS[t] ?? '#888';
