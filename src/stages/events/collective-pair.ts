// "The two countries signed a pact", "both countries raised their troops' alert level", "the two leaders
// affirmed their support": a definite pair of states or persons (lexicon `pair-state-noun`,
// `pair-person-noun`) stands for the last two distinct actors of that kind the article named before it.
// Each is a party of its own (one record per source, or the two sides of a reciprocal act); the party's
// span stays the pair phrase of the evidence sentence.
import type { Mention } from '../../doc/types.ts';
import { tokenIndexAt } from '../../doc/doc.ts';
import type { Tree } from '../../doc/tree.ts';
import type { Analysis, NP } from './chunks.ts';
import { partyOf, type PartyIndex, type Resolved } from './parties.ts';

/** How many sentences back the pair's members may be named. */
const LOOKBACK = 5;
const DETERMINER = new Set(['det', 'det:predet', 'nummod']);

/** The two parties a collective pair phrase stands for, or null (not such a phrase, or fewer than two
 * distinct actors of its kind named in the sentences before it). */
export function collectivePair(a: Analysis, tree: Tree | null | undefined, idx: PartyIndex, np: NP): Resolved[] | null {
  if (!tree) return null;
  const { tokens } = a;
  const head = tokens[np.head];
  const lemma = head.lemma.toLowerCase();
  const kind = a.lex.has('pair-state-noun', lemma) ? 'country' : a.lex.has('pair-person-noun', lemma) ? 'person' : null;
  // a plural head ("countries", "women"), not coordinated ("both Iran and its neighbours")
  if (!kind || head.text.toLowerCase() === lemma || tree.children(np.head, 'conj').length) return null;
  const dets = tree.children(np.head, DETERMINER).map((k) => tokens[k].text.toLowerCase());
  const pair = dets.includes('both') ? dets.every((d) => d === 'both' || d === 'the') : dets.length === 2 && dets.includes('the') && dets.includes('two');
  if (!pair) return null;
  const start = tokens[np.start].start;
  const first = Math.max(0, head.sentence - LOOKBACK);
  const found: Mention[] = [];
  for (let k = idx.mentions.length - 1; k >= 0 && found.length < 2; k--) {
    const m = idx.mentions[k];
    if (m.end > start) continue;
    // (a mention ends before the pair phrase, so a token holds its start)
    const sentence = a.tokens[tokenIndexAt(a.tokens, m.start)].sentence;
    if (sentence < first) break;
    // a pronoun's own reading is a guess already; the pair takes named actors only
    if (m.via === 'pronoun' || idx.actors.get(m.actor)?.kind !== kind) continue;
    if (!found.some((f) => f.actor === m.actor)) found.push(m);
  }
  if (found.length < 2) return null;
  const end = tokens[np.end - 1].end;
  const text = tokens.slice(np.start, np.end).map((t) => t.text).join(' ');
  return found.reverse().map((m) => {
    const party = Object.assign(partyOf(idx, m), { start, end, text });
    if (lemma === 'government' && !party.sector) party.sector = 'GOV';
    return { party, mention: Object.assign({}, m, { start, end, text, via: 'definite' as const }) };
  });
}
