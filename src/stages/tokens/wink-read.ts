// One wink-nlp reading of a text as the tokens stage uses it: every token's value, tag, lemma and
// spelling, and its character offset (wink keeps each token's preceding whitespace, so the offsets are
// exact). Shared by the tokenizer (tokens.ts) and the re-reading of a sentence in lower case
// (initial-case.ts).
import type winkNLP from 'wink-nlp';

type Wink = ReturnType<typeof winkNLP>;
export type WinkDoc = ReturnType<Wink['readDoc']>;

export interface WinkReading {
  doc: WinkDoc;
  values: string[];
  pos: string[];
  lemmas: string[];
  /** wink's spelling (American: "criticised" → "criticized"), in which its lemmas are written. */
  normals: string[];
  /** Character offset of every token (whitespace tokens too), counted from `base`. */
  starts: number[];
  /** The offset after the last token. */
  end: number;
}

/** Reads `text` with wink; offsets start at `base` (the text's own offset in a longer one). */
export function readWink(nlp: Wink, text: string, base = 0): WinkReading {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  const starts = new Array<number>(values.length);
  let offset = base;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    starts[i] = offset;
    offset += values[i].length;
  }
  return { doc, values, pos, lemmas, normals, starts, end: offset };
}
