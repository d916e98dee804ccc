// The sector of an organisation the registry does not know and whose name tells none, from the noun an
// apposition describes it with: "Kestrel Partners, a private equity firm" → BUS, "Ligue Ouvrière, the
// main union at the plant" → LAB, "the Hollis Forum, a conservative advocacy group" → NGO, "Saint Anne's,
// a Catholic school" → EDU: the longest sector word ending at the apposition's head noun (knowledge/
// sectors.yaml; not a generic head, "members", nor a crowd's, "residents"). The same from a lower-case
// description written right before the name in one phrase with it: "the animation company Velto" → BUS,
// "Irish national airline Brannock" → BUS and, when the organisation has no country yet, the one country
// a nationality among the description's modifiers names (IRL; none for "British and American airline").
// A kind noun that names no group of people, and so is no sector word ("the secularist magazine Corvo" →
// MED, "the animation studio Velto" → BUS, "the engine maker Brannock" → BUS), gives its sector from the
// lexicon's org-kind-sector class. The noun before the name counts when the tree links the two within two
// steps up from each (the parser's split of "the technology blog Corvo criticized …" into two subjects,
// "at mining company Velto" with the name hung on the verb), across a comma only as two words of one head
// ("a coal company, Velto", the name an oblique of the verb).
// Run before serviceSectors, so people who serve the organisation take its sector too.
import { countryNamed } from './registry.ts';
import type { DocActors } from './resolve.ts';

/** Sectors a description of one organisation can give (not a crowd's: "a group of residents"). */
const BODY_SECTORS = new Set(['GOV', 'LEG', 'MIL', 'COP', 'JUD', 'EDU', 'HLH', 'REL', 'LAB', 'MED', 'BUS', 'NGO', 'REB', 'PTY']);

export function orgAppositions(st: DocActors): void {
  const tree = st.tree;
  if (!tree) return;
  // the sector words ending at noun n, from the start of its phrase on, longest first
  const nounSector = (n: number): string | null => {
    const from = tree.coreRange(n)[0];
    for (let k = from; k <= n; k++) {
      const words = tree.tokens.slice(k, n).map((t) => t.text.toLowerCase());
      const sw = st.ix.sectors.get([...words, tree.lemma(n).toLowerCase()].join(' ')) ?? st.ix.sectors.get([...words, tree.tokens[n].text.toLowerCase()].join(' '));
      if (sw && sw.alone && !sw.inherit && BODY_SECTORS.has(sw.sector)) return sw.sector;
    }
    const kinds = st.ix.lexicon.orgKindSector;
    return kinds.get(tree.lemma(n).toLowerCase()) ?? kinds.get(tree.tokens[n].text.toLowerCase()) ?? null;
  };
  // the one country the nationality adjectives or place names modifying noun n name ("Irish national
  // airline", "U.S. electronics retailer"), or null (none, or two: "British and American airline")
  const modifierCountry = (n: number): string | null => {
    const found = new Set<string>();
    for (const c of tree.children(n)) {
      if (c > n || !['amod', 'compound', 'nmod'].includes(tree.baseRel(c))) continue;
      for (const k of [c, ...tree.children(c, 'conj')]) {
        const country = countryNamed(st.ix, tree.tokens[k].text, (h) => h.via !== 'metonym');
        if (country) found.add(country);
      }
    }
    return found.size === 1 ? [...found][0] : null;
  };
  // token x and its heads up to two steps
  const upTwo = (x: number): number[] => {
    const out = [x];
    for (let k = 0, y = tree.heads[x]; k < 2 && y >= 0; k++, y = tree.heads[y]) out.push(y);
    return out;
  };
  // a lower-case common noun right before the name in its sentence, in one phrase with it (the noun hangs
  // on the name, or the name on the noun: "the mining company Velto", "retailer Harlow Brothers"; or the
  // two within two steps of a common head), or before a comma before it with the name as a second word of
  // the noun's head ("a coal company, Velto")
  const descriptionBefore = (a: number, b: number): number => {
    const comma = a >= 2 && st.tokens[a - 1].text === ',';
    const n = comma ? a - 2 : a - 1;
    if (n < 1 || st.tokens[n].sentence !== st.tokens[a].sentence || tree.upos[n] !== 'NOUN' || !/^\p{Ll}/u.test(st.tokens[n].text)) return -1;
    const h = tree.spanHead(a, b);
    if (h < 0) return -1;
    if (comma) return tree.heads[n] >= 0 && tree.heads[n] === tree.heads[h] ? n : -1;
    const mine = new Set(upTwo(h));
    return (tree.heads[n] >= a && tree.heads[n] < b) || upTwo(n).some((x) => mine.has(x)) ? n : -1;
  };
  for (let m = 0; m < st.mentions.length; m++) {
    const mention = st.mentions[m];
    if (mention.via === 'pronoun') continue;
    const org = st.actors.get(mention.actor);
    if (!org || org.kind !== 'org' || org.sector || st.ix.actors.has(org.id)) continue;
    const { a, b } = st.mentionTokens[m];
    const h = tree.spanHead(a, b);
    if (h < 0) continue;
    const before = descriptionBefore(a, b);
    const described = before >= 0 ? nounSector(before) : null;
    if (described) {
      org.sector = described;
      org.country ??= modifierCountry(before);
      continue;
    }
    // (a common noun after the name: "X, the agency that …"; not a name, "X, Y and Z")
    for (const n of tree.appositions(h)) {
      if (n < b || tree.upos[n] !== 'NOUN') continue;
      const sector = nounSector(n);
      if (sector) {
        org.sector = sector;
        break;
      }
    }
  }
}
