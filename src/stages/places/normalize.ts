// Place-name normalisation shared by the gazetteer and the recogniser: one key per spelling variant
// (case, diacritics, dots, hyphens, "St."/"Saint"), so a lookup is a single Map hit.

const FOLD: Record<string, string> = {
  ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ß: 'ss', đ: 'd', Đ: 'd',
  ı: 'i', ħ: 'h', þ: 'th', ð: 'd',
};
const EXPAND: Record<string, string> = { st: 'saint', ste: 'sainte', ft: 'fort', mt: 'mount' };
const SIMPLE = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const MAYBE_EXPAND = /(?:^|\s)(?:st|ste|ft|mt|the) /;

/** The lookup key of a place name: "St. Petersburg" → "saint petersburg", "U.S." → "us", "Kuźnica" → "kuznica". */
export function normName(s: string): string {
  let t: string;
  if (SIMPLE.test(s)) t = s.toLowerCase();
  else {
    t = s.normalize('NFD').replace(/\p{M}/gu, '');
    t = t.replace(/[łŁøØæÆœŒßđĐıħþð]/g, (c) => FOLD[c] ?? c);
    t = t.toLowerCase().replace(/\./g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  }
  if (!MAYBE_EXPAND.test(t)) return t;
  const parts = t.split(' ');
  for (let i = 0; i < parts.length - 1; i++) {
    const e = EXPAND[parts[i]];
    if (e) parts[i] = e;
  }
  if (parts[0] === 'the' && parts.length > 1) parts.shift();
  return parts.join(' ');
}
