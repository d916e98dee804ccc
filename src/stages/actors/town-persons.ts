// A one-word name read as a person (by the entity tagger, or as a registry person's family name) that
// the text follows with ", <region or country>" is a town: "Jane Doe, 59, of Ashton, Md.", "all of
// Hugo, Oklahoma", a dateline "AUSTIN, Texas —". No person's name of one word stands before its state
// that way; "Lopes, Brazil's foreign minister" (the region a possessor) and a word of a person's name
// the document writes in full stay persons.
import type { Token } from '../../doc/types.ts';
import type { Cand } from './recognize.ts';

/** Whether a region or country of the gazetteer opens right after character `end` (", Md.", ", Texas"),
 * and where its words end. */
export type ContainerAt = (end: number) => number | null;

const POSSESSIVE = /^\s*['’]s\b/;

export function townsBeforeContainer(text: string, tokens: Token[], cands: Cand[], containerAt: ContainerAt): Cand[] {
  // the words of persons' names the document writes in full ("According to Conrad, South Africa …"
  // after "Conrad Rijn")
  const parts = new Set<string>();
  for (const c of cands) {
    if (c.label !== 'PERSON' || c.b - (c.nameA ?? c.a) < 2) continue;
    for (let k = c.nameA ?? c.a; k < c.b; k++) parts.add(tokens[k].text.toLowerCase());
  }
  return cands.map((c) => {
    if (c.label !== 'PERSON' || c.b - c.a !== 1 || c.titles || (c.nameA !== undefined && c.nameA !== c.a)) return c;
    const byRegistry = c.type === 'registry' && !!c.hits?.length && c.hits.every((h) => h.via === 'surname');
    if (!(c.type === 'unknown' && !c.alias && !c.parent) && !byRegistry) return c;
    const w = tokens[c.a];
    if (parts.has(w.text.toLowerCase())) return c;
    const end = containerAt(w.end);
    if (end === null || POSSESSIVE.test(text.slice(end, end + 4))) return c;
    return { a: c.a, b: c.b, label: 'GPE', type: 'unknown', guess: 'GPE', confidence: 0.7 };
  });
}
