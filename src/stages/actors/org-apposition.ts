// The sector of an organisation the registry does not know and whose name tells none, from the noun an
// apposition describes it with: "Kestrel Partners, a private equity firm" → BUS, "Ligue Ouvrière, the
// main union at the plant" → LAB, "the Hollis Forum, a conservative advocacy group" → NGO, "Saint Anne's,
// a Catholic school" → EDU: the longest sector word ending at the apposition's head noun (knowledge/
// sectors.yaml; not a generic head, "members", nor a crowd's, "residents"). Run before serviceSectors,
// so people who serve the organisation take its sector too.
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
    return null;
  };
  for (let m = 0; m < st.mentions.length; m++) {
    const mention = st.mentions[m];
    if (mention.via === 'pronoun') continue;
    const org = st.actors.get(mention.actor);
    if (!org || org.kind !== 'org' || org.sector || st.ix.actors.has(org.id)) continue;
    const { a, b } = st.mentionTokens[m];
    const h = tree.spanHead(a, b);
    if (h < 0) continue;
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
