// Headline verbs the tagger reads as nouns ("Venezuela releases dozens of activists"): a NOUN/PROPN
// token whose lemma triggers a verb pattern, in 3rd-person -s form, right after a subject noun phrase
// (or a base form after a plural subject: "Forces arrest a man") and before a noun phrase, with no verb
// earlier in its sentence, is re-tagged as a verb (copied tokens).
import type { Token } from '../../doc/types.ts';
import type { PatternIndex } from './patterns.ts';

const NP_START = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our']);

/** Whether lower-cased `w` is the third person -s form of `lemma` ("releases", "wishes", "tries"), compared without building the forms. */
function thirdPerson(w: string, lemma: string): boolean {
  const n = lemma.length;
  if (w.length === n + 1) return w.endsWith('s') && w.startsWith(lemma);
  if (w.length !== n + 2) return false;
  return (w.endsWith('es') && w.startsWith(lemma)) || (lemma.endsWith('y') && w.endsWith('ies') && w.startsWith(lemma.slice(0, -1)));
}

/** The token layer with headline verbs re-tagged as VERB (the input array when nothing changes). */
export function retagHeadlineVerbs(tokens: Token[], patterns: PatternIndex): Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN') continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev.sentence !== t.sentence || next.sentence !== t.sentence) continue;
    const w = t.text.toLowerCase();
    const third = thirdPerson(w, t.lemma);
    // "Iraqi forces arrest a suspect": a base form after a plural subject, before a determiner or number.
    const plural = !third && w === t.lemma && /[^s]s$/i.test(prev.text) && (next.pos === 'DET' || next.pos === 'NUM');
    if (!third && !plural) continue;
    // The subject ends right before: a name or noun, not a determiner ("the releases").
    if (third && prev.pos !== 'PROPN' && !(prev.pos === 'NOUN' && !/s$/i.test(prev.text))) continue;
    if (plural && prev.pos !== 'PROPN' && prev.pos !== 'NOUN') continue;
    if (!(NP_START.has(next.pos) || (next.pos === 'PRON' && POSSESSIVE.has(next.text.toLowerCase())))) continue;
    // (the pattern index asked last, after the cheap tests of the neighbours)
    if (!(patterns.byLemma.get(t.lemma) ?? []).some((p) => p.kind === 'verb')) continue;
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
