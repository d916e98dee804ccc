// wink-nlp's UPOS tags for a sentence given as word forms, as hints for the tagger (stacking: another
// tagger trained on other data, whose guesses the perceptron learns when to trust). The pipeline has
// them already on its tokens (the tokens stage is wink's); for word forms alone (training on UD
// treebanks, `eval --set ud`, `parse --conllu`) wink reads the forms joined by single spaces, and each
// form takes the tag of the wink token that starts where it starts.
import { withWink } from '../tokens/tokens.ts';

export function winkHints(forms: readonly string[]): string[] {
  const { values, spaces, pos } = withWink((nlp) => {
    const its = nlp.its;
    const doc = nlp.readDoc(forms.join(' '));
    return { values: doc.tokens().out(its.value) as string[], spaces: doc.tokens().out(its.precedingSpaces) as string[], pos: doc.tokens().out(its.pos) as string[] };
  });
  const at = new Map<number, string>();
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    if (!at.has(offset)) at.set(offset, pos[i]);
    offset += values[i].length;
  }
  const out = new Array<string>(forms.length);
  offset = 0;
  for (let i = 0; i < forms.length; i++) {
    out[i] = at.get(offset) ?? 'X';
    offset += forms[i].length + 1;
  }
  return out;
}
