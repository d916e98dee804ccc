// The syntax stage: tags and parses every sentence of the tokens layer with the trained model
// (models/syntax-en.bin) and fills Doc.layers.syntax, aligned with the tokens.
import type { Doc, SyntaxLayer, Token } from '../../doc/types.ts';
import type { ComponentFactory } from '../../pipeline/component.ts';
import { bundledModel, type SyntaxModel } from './model.ts';
import type { Lexical } from './lexical.ts';
import { relemmatize } from '../tokens/lemmas.ts';
import { modelForms, type Syllables } from '../actors/romanised.ts';
import { repairNameTails } from './repair.ts';
import { actorIndex } from '../actors/registry.ts';
import { bundledKnowledge } from '../../knowledge/knowledge.ts';

/** The bundled knowledge's syllable classes (for callers that pass no knowledge). */
function bundledSyllables(): Syllables {
  return actorIndex(bundledKnowledge()).lexicon;
}

/**
 * The per-token lexical values (word, affix and shape hashes) of each sentence the syntax stage parsed,
 * by the index of the sentence's first token, kept beside the layer (not in it: the layer is output)
 * for the entity tagger, which reads the same values of the same words.
 */
const lexicals = new WeakMap<SyntaxLayer, Map<number, Lexical>>();

/** The lexical values of the sentence starting at token `start`, when the syntax stage parsed it. */
export function sentenceLexical(layer: SyntaxLayer | undefined, start: number): Lexical | undefined {
  return layer ? lexicals.get(layer)?.get(start) : undefined;
}

/**
 * Parses the tokens sentence by sentence (tokens carry their sentence index, in order). The model reads
 * a hyphenated given name's lower-case second syllable capitalised (`modelForms`, with the lexicon's
 * syllables; null reads the texts as written), and such a syllable hung outside its name is moved into
 * it (`repairNameTails`).
 */
export function parseTokens(tokens: Token[], model: SyntaxModel = bundledModel(), syllables: Syllables | null = bundledSyllables()): SyntaxLayer {
  const n = tokens.length;
  const layer: SyntaxLayer = { upos: new Array(n), heads: new Array(n), deprels: new Array(n) };
  const kept = new Map<number, Lexical>();
  lexicals.set(layer, kept);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && tokens[j].sentence === tokens[i].sentence) j++;
    const forms = modelForms(tokens, i, j, syllables);
    // wink's tags are on the tokens already, for a model whose taggers read them
    const start = i;
    const p = model.parse(forms, model.hints ? tokens.slice(i, j).map((t) => t.pos) : undefined, undefined, (lx) => kept.set(start, lx));
    const tails: number[] = [];
    for (let k = 0; k < j - i; k++) if (forms[k] !== tokens[i + k].text) tails.push(k);
    if (tails.length) repairNameTails(p.upos, p.heads, p.deprels, tails);
    for (let k = 0; k < j - i; k++) {
      layer.upos[i + k] = p.upos[k];
      layer.heads[i + k] = p.heads[k] < 0 ? -1 : i + p.heads[k];
      layer.deprels[i + k] = p.deprels[k];
    }
    i = j;
  }
  return layer;
}

export const syntaxComponent: ComponentFactory = (knowledge) => {
  const model = bundledModel();
  const syllables = actorIndex(knowledge ?? bundledKnowledge()).lexicon;
  return {
    name: 'syntax',
    requires: ['tokens', 'sentences'],
    assigns: ['syntax'],
    process(doc: Doc) {
      doc.layers.syntax = parseTokens(doc.layers.tokens ?? [], model, syllables);
      // lemmas follow the parser's tags (a verb reading gets a verb lemma)
      relemmatize(doc.layers.tokens ?? [], doc.layers.syntax.upos);
    },
  };
};
