// Past tenses the tagger reads as adjectives ("Japan branded North Korea an outlaw", "the senator grilled
// the chief executive"), or as nouns where the syntax stage's tagger reads a verb ("police tortured an
// inmate"): an -ed token tagged ADJ (or NOUN, tree VERB) to which the dependency tree attaches both a subject and
// a direct object is a finite verb. When one of its stems is the trigger of a verb pattern it is re-tagged
// VERB with that stem as lemma (copied tokens), so the verb patterns and the chunker's verb groups see it.
// Gerunds the tagger reads as nouns ("retaliated by firing dozens of shells at the north", "Roe branding
// the senator a liar") are verbs the same way: an -ing token tagged NOUN to which the tree attaches a
// direct object after it, with no determiner or possessive before it. So is a relative clause's verb read
// as a noun ("cities that support the rules", "the officer who shot the man"): its relative pronoun is its
// subject in the tree and a direct object follows it. So is a bare form the tagger read as an adjective
// or a noun that the syntax stage reads as the verb of a modal or future auxiliary ("said it would free
// 40 detainees", "would close the border"): a modal's complement is a bare verb.
import type { Token } from '../../doc/types.ts';
import type { Tree } from '../../doc/tree.ts';
import type { Lexicon } from './lexicon.ts';
import type { PatternIndex } from './patterns.ts';

/** "branded" → brand, "praised" → praise, "stopped" → stop, "denied" → deny. */
export function pastStems(word: string): string[] {
  const w = word.toLowerCase();
  if (!w.endsWith('ed')) return [];
  const out = [w.slice(0, -2), w.slice(0, -1)];
  if (/([b-df-hj-np-tv-z])\1ed$/.test(w)) out.push(w.slice(0, -3));
  if (w.endsWith('ied')) out.push(`${w.slice(0, -3)}y`);
  return out;
}

/** "firing" → fire, "branding" → brand, "stopping" → stop. */
export function gerundStems(word: string): string[] {
  const w = word.toLowerCase();
  if (!w.endsWith('ing') || w.length < 6) return [];
  const out = [w.slice(0, -3), `${w.slice(0, -3)}e`];
  if (/([b-df-hj-np-tv-z])\1ing$/.test(w)) out.push(w.slice(0, -4));
  return out;
}

/** The token layer with such past tenses re-tagged (the input array when nothing changes). */
export function retagPastTenses(tokens: Token[], tree: Tree | null, patterns: PatternIndex, lex: Lexicon): Token[] {
  if (!tree) return tokens;
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos === 'ADJ' || t.pos === 'NOUN') {
      const v = bareAfterModal(tokens, tree, lex, patterns, i);
      if (v) {
        (out ??= tokens.slice())[i] = v;
        continue;
      }
    }
    if (t.pos === 'NOUN' && t.text.toLowerCase().endsWith('ing')) {
      const g = gerund(tokens, tree, patterns, i);
      if (g) (out ??= tokens.slice())[i] = g;
      continue;
    }
    if (t.pos === 'NOUN') {
      const v = relativeVerb(tokens, tree, patterns, i);
      if (v) {
        (out ??= tokens.slice())[i] = v;
        continue;
      }
    }
    if (t.pos === 'ADJ') {
      const v = passiveParticiple(tokens, tree, patterns, i);
      if (v) {
        (out ??= tokens.slice())[i] = v;
        continue;
      }
    }
    // (a past tense the tokens stage tagged a noun, "police tortured an inmate", only where the syntax
    // stage's own tagger reads it as a verb)
    if (!(t.pos === 'ADJ' || (t.pos === 'NOUN' && tree.upos[i] === 'VERB')) || !t.text.toLowerCase().endsWith('ed')) continue;
    // The subject before it, the object after it, and no determiner or possessive right before it
    // ("its contested vote" is a modifier however the parser attaches it).
    if (!subjectBefore(tree, i) || !objectAfter(tree, i)) continue;
    if (determined(tokens, i)) continue;
    const v = asVerb(t, pastStems(t.text), patterns);
    if (v) (out ??= tokens.slice())[i] = v;
  }
  return out ?? tokens;
}

/** Whether word i has a subject before it (a function of its own: a closure over the loop's `i` above would
 * give every token of the document a scope object). */
function subjectBefore(tree: Tree, i: number): boolean {
  return tree.children(i).some((c) => c < i && tree.rel(c) === 'nsubj');
}

/**
 * A passive participle the tokens stage read as an adjective ("a suspect has been apprehended", "he is being
 * audited"), re-tagged VERB, or null: an -ed form the syntax stage tags VERB and gives a passive auxiliary
 * (`aux:pass`), one of whose stems verb patterns have. An adjective after a copula ("she was concerned")
 * has no passive auxiliary in the tree.
 */
function passiveParticiple(tokens: Token[], tree: Tree, patterns: PatternIndex, i: number): Token | null {
  const t = tokens[i];
  if (tree.upos[i] !== 'VERB' || !t.text.toLowerCase().endsWith('ed')) return null;
  if (!tree.children(i).some((c) => c < i && tree.rel(c) === 'aux:pass')) return null;
  return asVerb(t, pastStems(t.text), patterns);
}

/** Gerund i re-tagged VERB, or null: a direct object after it, no determiner or possessive before it. */
function gerund(tokens: Token[], tree: Tree, patterns: PatternIndex, i: number): Token | null {
  const t = tokens[i];
  if (!objectAfter(tree, i)) return null;
  if (determined(tokens, i) || (i > 0 && tokens[i - 1].sentence === t.sentence && tokens[i - 1].text === "'s")) return null;
  return asVerb(t, gerundStems(t.text), patterns);
}

/**
 * The verb of a relative clause the tagger read as a noun ("the cities that support the rules", "the officer
 * who shot the man", "militias that attack its villages"), re-tagged VERB, or null: right after a relative
 * pronoun the tree makes its subject, with a direct object after it, and a stem (its lemma, or its form
 * less a third-person -s) that verb patterns have.
 */
function relativeVerb(tokens: Token[], tree: Tree, patterns: PatternIndex, i: number): Token | null {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== t.sentence || !RELATIVE_PRONOUN.has(prev.text.toLowerCase())) return null;
  if (tree.head(i - 1) !== i || tree.baseRel(i - 1) !== 'nsubj') return null;
  if (!objectAfter(tree, i)) return null;
  const w = t.text.toLowerCase();
  return asVerb(t, [t.lemma, w, w.replace(/ies$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, '')], patterns);
}

/**
 * A bare form the tokens stage read as an adjective or noun and the syntax stage as the verb of a modal
 * or future auxiliary ("will not free", "would also close": the tree hangs the modal on it as `aux`; see
 * retagModalComplements in syntax/repair.ts), re-tagged VERB with its own form as lemma, or null: the
 * form must be a verb pattern's lemma.
 */
function bareAfterModal(tokens: Token[], tree: Tree, lex: Lexicon, patterns: PatternIndex, i: number): Token | null {
  if (tree.upos[i] !== 'VERB') return null;
  const modal = (k: number) => tree.rel(k) === 'aux' && [tokens[k].text.toLowerCase(), tokens[k].lemma].some((w) => lex.has('modal', w) || lex.has('future', w));
  if (!tree.children(i).some((k) => k < i && modal(k))) return null;
  return asVerb(tokens[i], [tokens[i].text.toLowerCase()], patterns);
}

/** Token i governs a direct object after itself in the tree. */
function objectAfter(tree: Tree, i: number): boolean {
  return tree.children(i).some((c) => c > i && tree.rel(c) === 'obj');
}

/** The token re-tagged VERB with the first of `stems` that verb patterns have as its lemma, or null. */
function asVerb(t: Token, stems: readonly string[], patterns: PatternIndex): Token | null {
  const stem = stems.find((s) => (patterns.byLemma.get(s) ?? []).some((p) => p.kind === 'verb'));
  return stem ? Object.assign({}, t, { pos: 'VERB', lemma: stem }) : null;
}

const RELATIVE_PRONOUN = new Set(['that', 'which', 'who']);

/** Whether a determiner or a possessive pronoun of its sentence stands right before token i ("its contested vote"). */
function determined(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !!prev && prev.sentence === tokens[i].sentence && (prev.pos === 'DET' || /^(his|her|its|their|our|my|your)$/i.test(prev.text));
}
