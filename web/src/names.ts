// Names for the codes the API returns (ISO 3166 alpha-3 countries and a few organisation codes), shown with
// the code on hover, so an analyst reads "Belarus" rather than BLR and can still see what was stored.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import { h } from './dom.ts';

countries.registerLocale(en);

const OTHER: Record<string, string> = {
  EU: 'European Union', NATO: 'NATO', UN: 'United Nations', ASEAN: 'ASEAN', ECOWAS: 'ECOWAS', AU: 'African Union',
  ICRC: 'Red Cross (ICRC)', OSCE: 'OSCE', IMF: 'IMF', WHO: 'WHO', XKX: 'Kosovo', UNK: 'unknown',
  // shorter everyday names than the ISO ones
  USA: 'United States', RUS: 'Russia', CHN: 'China', PSE: 'Palestine', KOR: 'South Korea', PRK: 'North Korea', IRN: 'Iran', SYR: 'Syria',
  TWN: 'Taiwan', VNM: 'Vietnam', BOL: 'Bolivia', TZA: 'Tanzania', COD: 'DR Congo', MDA: 'Moldova', LAO: 'Laos',
};

/** The English name of a country or organisation code, or the code itself when unknown. */
export function codeName(code: string | null | undefined): string {
  if (!code) return '—';
  return OTHER[code] ?? countries.getName(code, 'en', { select: 'official' }) ?? code;
}

/** An element showing the name, with the code in its tooltip. */
export function named(code: string | null | undefined, name = codeName(code)): HTMLElement {
  return h('span', { class: 'named', title: code ?? '', dataset: { code: code ?? '' } }, name);
}

/** "Belarus – Poland" for "BLR-POL". */
export function dyadName(pair: string | [string, string]): string {
  const [a, b] = typeof pair === 'string' ? pair.split('-') : pair;
  return `${codeName(a)} – ${codeName(b)}`;
}
