// The plural people-noun of a demonym ("Greek" → "Greeks", "Cypriot" → "Cypriots", "Filipino" →
// "Filipinos"): a demonym takes "-s" unless it is one of the uninflected kinds, which name the
// people only with "the" or through an irregular noun listed as `people:` in
// knowledge/actors/countries.yaml ("Swedish" → Swedes, "Polish" → Poles, "French" → the French).
// Uninflected: endings -ese (Chinese), -ish (Swedish), -ch (French), -ss (Swiss), -x (Manx), -y
// (Malagasy), -ic (Greenlandic), -s, -z (Kyrgyz), -man/-men, -a/-u (Motswana, Ni-Vanuatu: Bantu and
// Pacific forms), abbreviations (US, UK). A wrong regular plural ("Mosothos") is refused by the
// country's `drop` list; one that is already a name ("Philippines") is never added.

const UNINFLECTED = /(ese|ish|ch|sh|ss|s|x|y|z|ic|man|men|a|u)$/i;

/** The regular plural people-noun of a demonym, or null when it has none. */
export function demonymPlural(demonym: string): string | null {
  const d = demonym.trim();
  if (!/[a-z]$/.test(d) || d === d.toUpperCase() || /\./.test(d)) return null;
  if (UNINFLECTED.test(d)) return null;
  return `${d}s`;
}
