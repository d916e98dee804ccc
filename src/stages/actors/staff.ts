// "the senator's aides", "one of the president's advisers", "his campaign manager": people who serve one
// person (the lexicon's staff-noun class) named through that person as possessor. They are not the person
// (the quotes and events stages would otherwise read the possessor's mention as them); they get a party of
// their own, the group of the person's country and sector on the article's date ("Lee's aides" with Lee a
// sitting senator: the country's legislature). A possessor with no sector (a private person), a former
// post ("his former adviser": no side on the date) or a name set beside the noun ("her campaign manager,
// Ana Lopes": the name says who, read or not) gives none. Runs after coreference, for "his"/"her"/"their".
// The named staff member in such a phrase ("his senior adviser, Ana Lopes", "Ana Lopes, the mayor's chief
// of staff", "Ana Lopes, an adviser to the Lopes campaign") acts in the principal's role too, as a title
// glued before a name says in person-cues.ts ("Clinton spokesman X"): a person the registry does not know
// and no rule gave a sector takes the principal's sector and, if it has none, country (staffMembers).
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
    const next = nameSlotAfter(t, h);
    if (next < t.length && t[next].sentence === t[h].sentence && (personAt(st, next) || tree.upos[next] === 'PROPN')) continue;
    const served = personAt(st, k);
    if (!served?.country || !served.sector || !st.ix.countryName.has(served.country)) continue;
    const id = use(st, groupActor(st, served.country, served.sector));
    addEntity(st, h, h + 1, 'ROLE', id);
    addMention(st, h, h + 1, id, 0.6, 'sector-phrase');
  }
  staffMembers(st);
}

/**
 * The persons named beside a staff noun whose principal the noun names (its possessor or its "to"/"for"
 * phrase, a person's "campaign" standing for the person): the name right after the staff phrase, set off
 * or not ("his senior climate adviser, Ana Lopes"), or the name the phrase stands in apposition to ("Ana
 * Lopes, the senator's chief of staff"). Each takes the principal's sector (and country where it has
 * none); not a registry person, one with a sector already, nor a former post's holder.
 */
function staffMembers(st: DocActors): void {
  const tree = st.tree;
  if (!tree) return;
  const t = st.tokens;
  for (let h = 0; h < tree.size; h++) {
    if (tree.upos[h] !== 'NOUN') continue;
    const last = staffPhraseEnd(st, h);
    if (last < 0 || formerBefore(tree, t, h)) continue;
    const principal = principalOf(st, tree.served(h));
    if (!principal?.sector) continue;
    const next = nameSlotAfter(t, last);
    const members = [next < t.length && t[next].sentence === t[h].sentence ? personAt(st, next) : null, ...tree.appositionHeads(h).map((k) => personAt(st, k))];
    for (const m of members) {
      if (!m || m.kind !== 'person' || m.id === principal.id || m.sector || st.ix.actors.has(m.id)) continue;
      m.sector = principal.sector;
      m.country ??= principal.country ?? null;
    }
  }
}

/** The last token of a staff phrase headed by token h: h for a staff noun ("adviser"), the phrase's last
 * word for one of several words the class lists ("chief of staff", h the "chief"); -1 for none. */
function staffPhraseEnd(st: DocActors, h: number): number {
  if (isStaff(st, h)) return h;
  for (const words of phrasesOf(st.ix.lexicon.staffNoun)) {
    if (h + words.length > st.tokens.length) continue;
    if (words.every((x, i) => st.tokens[h + i].text.toLowerCase() === x)) return h + words.length - 1;
  }
  return -1;
}

/** Where a name set beside a phrase ending at token `last` starts: right after it, or after a comma ("his aide, Dana Vell"). */
function nameSlotAfter(t: DocActors['tokens'], last: number): number {
  return t[last + 1]?.text === ',' ? last + 2 : last + 1;
}

/** The staff class's entries of several words, split once per loaded lexicon ("chief of staff" → its words). */
const phrases = new WeakMap<ReadonlySet<string>, string[][]>();
function phrasesOf(words: ReadonlySet<string>): string[][] {
  let out = phrases.get(words);
  if (!out) phrases.set(words, (out = [...words].filter((w) => w.includes(' ')).map((w) => w.split(' '))));
  return out;
}

/** The person token k names as one served: the person there, or the person whose campaign k is ("the
 * Lopes campaign", "Lopes's campaign"), or null. */
function principalOf(st: DocActors, k: number) {
  if (k < 0) return null;
  const own = personAt(st, k);
  if (own) return own;
  const tree = st.tree!;
  if (st.tokens[k].lemma.toLowerCase() !== 'campaign') return null;
  for (const c of tree.children(k)) {
    const rel = tree.rel(c);
    if (c > k || !(rel === 'nmod' || rel === 'nmod:poss' || tree.baseRel(c) === 'compound')) continue;
    const p = personAt(st, c);
    if (p) return p;
  }
  return null;
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
