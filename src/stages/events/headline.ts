// Headline verbs the tagger reads as nouns ("Venezuela releases dozens of activists"): a NOUN/PROPN
// token whose lemma triggers a verb pattern, in 3rd-person -s form, right after a subject noun phrase
// (or a base form after a plural subject: "Forces arrest a man") and before a noun phrase, with no verb
// earlier in its sentence, is re-tagged as a verb (copied tokens).
import type { Token } from '../../doc/types.ts';
import type { PatternIndex } from './patterns.ts';

const NP_START = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our']);

function thirdPerson(text: string, lemma: string): boolean {
  const w = text.toLowerCase();
  if (w === lemma) return false;
  return w === `${lemma}s` || w === `${lemma}es` || (lemma.endsWith('y') && w === `${lemma.slice(0, -1)}ies`);
}

/** The token layer with headline verbs re-tagged as VERB (the input array when nothing changes). */
export function retagHeadlineVerbs(tokens: Token[], patterns: PatternIndex): Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN') continue;
    const third = thirdPerson(t.text, t.lemma);
    // "Iraqi forces arrest a suspect": a base form after a plural subject, before a determiner or number.
    const plural = !third && t.text.toLowerCase() === t.lemma && /[^s]s$/i.test(tokens[i - 1].text) && ['DET', 'NUM'].includes(tokens[i + 1].pos);
    if (!third && !plural) continue;
    if (!(patterns.byLemma.get(t.lemma) ?? []).some((p) => p.kind === 'verb')) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev.sentence !== t.sentence || next.sentence !== t.sentence) continue;
    // The subject ends right before: a name or noun, not a determiner ("the releases").
    if (third && prev.pos !== 'PROPN' && !(prev.pos === 'NOUN' && !/s$/i.test(prev.text))) continue;
    if (plural && prev.pos !== 'PROPN' && prev.pos !== 'NOUN') continue;
    if (!(NP_START.has(next.pos) || (next.pos === 'PRON' && POSSESSIVE.has(next.text.toLowerCase())))) continue;
    // No verb earlier in the sentence: the headline's only predicate.
    let verbBefore = false;
    for (let k = i - 1; k >= 0 && tokens[k].sentence === t.sentence; k--) {
      if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') verbBefore = true;
    }
    if (verbBefore) continue;
    out ??= tokens.slice();
    out[i] = Object.assign({}, t, { pos: 'VERB' });
  }
  return out ?? tokens;
}
