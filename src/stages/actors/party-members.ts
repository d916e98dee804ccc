// Party members named by the legislature they sit in: "Republicans in Congress", "Democrats on the House
// Financial Services Committee", "Democrats or Republicans in Congress". A party's plural ("Republicans",
// read as the party's alias) with an in/on/of phrase naming a body of the legislature (an actor of sector
// LEG: Congress, a Senate, a legislature's committee) is the party's legislators, not the party as a
// party: the events-news guideline gives a member of Congress LEG. The mention then names the group of
// the body's (else the party's) country and LEG. A singular or the party's own name ("the Republican
// Party in Congress") stays the party; so does a body that is no legislature ("Democrats in Ohio", "members
// of the Democratic National Committee"). Runs after coreference and the staff rule.
import { groupActor, use, type DocActors } from './resolve.ts';

const MEMBER_CASES = new Set(['in', 'on', 'of']);

export function resolvePartyMembers(st: DocActors): void {
  const tree = st.tree;
  if (!tree) return;
  for (let m = 0; m < st.mentions.length; m++) {
    const mention = st.mentions[m];
    if (mention.via === 'pronoun') continue;
    const party = st.actors.get(mention.actor);
    if (!party || party.kind !== 'org' || party.sector !== 'PTY') continue;
    const { a, b } = st.mentionTokens[m];
    // (one plural word: the party's members, not its name)
    if (b - a !== 1 || tree.upos[a] !== 'PROPN' && tree.upos[a] !== 'NOUN' || !/\p{Ll}s$/u.test(st.tokens[a].text)) continue;
    const body = legislatureOf(st, a);
    if (!body) continue;
    const country = body.country ?? party.country;
    if (!country || !st.ix.countryName.has(country)) continue;
    mention.actor = use(st, groupActor(st, country, 'LEG'));
    for (const e of st.entities) if (e.start === mention.start && e.end === mention.end && e.actor === party.id) e.actor = mention.actor;
  }
}

/** The legislature body an in/on/of phrase after noun h or after a later conjunct of it names ("Democrats
 * or Republicans in Congress": the phrase follows the last conjunct and is shared): a phrase the tree hangs
 * on the noun, or one that starts right after it and that the parser hung higher up (on the verb, "working
 * with Republicans in Congress"; on a word before it in a misparse) — the attachment a parser most often
 * gets wrong, and a legislature right after a party's plural names where its members sit. */
function legislatureOf(st: DocActors, h: number) {
  const tree = st.tree!;
  const member = (c: number) => (tree.baseRel(c) === 'nmod' || tree.baseRel(c) === 'obl') && MEMBER_CASES.has(tree.caseOf(c));
  for (const n of tree.conjuncts(h).filter((c) => c >= h)) {
    const phrases = tree.children(n).filter((c) => c > n && member(c));
    for (let k = n + 1; k < tree.size && tree.tokens[k].sentence === tree.tokens[n].sentence; k++) {
      if (member(k) && tree.phraseRange(k)[0] === n + 1 && !phrases.includes(k)) phrases.push(k);
    }
    for (const c of phrases) {
      const [lo, hi] = tree.phraseRange(c);
      for (let k = 0; k < st.mentions.length; k++) {
        const r = st.mentionTokens[k];
        if (r.a < lo || r.a > hi || c < r.a || c >= r.b || st.mentions[k].via === 'pronoun') continue;
        const body = st.actors.get(st.mentions[k].actor);
        if (body?.sector === 'LEG' && body.kind !== 'person') return body;
      }
    }
  }
  return null;
}
