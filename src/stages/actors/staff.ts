// "the senator's aides", "one of the president's advisers", "his campaign manager": people who serve one
// person (the lexicon's staff-noun class) named through that person as possessor. They are not the person
// (the quotes and events stages would otherwise read the possessor's mention as them); they get a party of
// their own, the group of the person's country and sector on the article's date ("Lee's aides" with Lee a
// sitting senator: the country's legislature). A possessor with no sector (a private person), a former
// post ("his former adviser": no side on the date) or a name set beside the noun ("her campaign manager,
// Ana Lopes": the name says who, read or not) gives none. Runs after coreference, for "his"/"her"/"their".
import { addEntity, addMention, groupActor, personMentionIndex, use, type DocActors } from './resolve.ts';
import { FORMER } from './person-context.ts';
import { singularIn } from './word-class.ts';

export function resolveStaff(st: DocActors): void {
  const tree = st.tree;
  if (!tree) return;
  const t = st.tokens;
  const covered = (k: number) => st.mentions.some((m) => m.start <= t[k].start && m.end >= t[k].end);
  for (let h = 0; h < tree.size; h++) {
    if (tree.upos[h] !== 'NOUN' || !isStaff(st, h) || covered(h)) continue;
    const k = tree.served(h);
    if (k < 0) continue;
    if (formerBefore(tree, t, h)) continue;
    // (a name right after the noun, set off or not, is the staff member's own, whether or not a mention
    // reads it: "his aide Dana Vell")
    const next = t[h + 1]?.text === ',' ? h + 2 : h + 1;
    if (next < t.length && t[next].sentence === t[h].sentence && (personAt(st, next) || tree.upos[next] === 'PROPN')) continue;
    const served = personAt(st, k);
    if (!served?.country || !served.sector || !st.ix.countryName.has(served.country)) continue;
    const id = use(st, groupActor(st, served.country, served.sector));
    addEntity(st, h, h + 1, 'ROLE', id);
    addMention(st, h, h + 1, id, 0.6, 'sector-phrase');
  }
}

/** Whether a dependent before noun h says "former" (its own function, so that the loop over every word
 * above keeps no closure over `h`, which would give each word a scope object). */
function formerBefore(tree: NonNullable<DocActors['tree']>, t: DocActors['tokens'], h: number): boolean {
  return tree.children(h).some((c) => c < h && FORMER.test(t[c].text));
}

/** Whether token h is a staff noun: its lemma, or the word in the singular or plural. */
function isStaff(st: DocActors, h: number): boolean {
  const words = st.ix.lexicon.staffNoun;
  return words.has(st.tokens[h].lemma.toLowerCase()) || singularIn(words, st.tokens[h].text.toLowerCase());
}

/** The person a mention over token k names (a name's or a resolved pronoun's), or null. */
function personAt(st: DocActors, k: number) {
  const i = personMentionIndex(st, k);
  return i < 0 ? null : st.actors.get(st.mentions[i].actor)!;
}
