import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../../src/stages/syntax/conllu.ts';
import { parseTokens } from '../../../src/stages/syntax/index.ts';
import { buildLemmaTable, lemmaOf, lemmaTable, relemmatize, type LemmaTable } from '../../../src/stages/tokens/lemmas.ts';
import { tokenize } from '../../../src/stages/tokens/tokens.ts';

const row = (id: number, form: string, lemma: string, upos: string) => [id, form, lemma, upos, '_', '_', 0, 'root', '_', '_'].join('\t');

describe('lemma table', () => {
  it('keeps the most frequent lemma of a form and tag when it is not the form, and the verb lemmas', () => {
    const text = [
      [row(1, 'Rode', 'ride', 'VERB'), row(2, 'kites', 'kite', 'NOUN')].join('\n'),
      [row(1, 'rode', 'ride', 'VERB'), row(2, 'rode', 'rode', 'VERB'), row(3, 'kites', 'kites', 'NOUN')].join('\n'),
      [row(1, 'kites', 'kite', 'NOUN'), row(2, 'paint', 'paint', 'VERB'), row(3, 'fast', 'fast', 'ADJ')].join('\n'),
    ].join('\n\n');
    const t = buildLemmaTable(parseConllu(text));
    expect(t.exceptions).toEqual({ 'kites\tNOUN': 'kite', 'rode\tVERB': 'ride' });
    expect(t.verbs).toEqual(['paint', 'ride', 'rode']);
  });

  it('prefers the table, gives a one-syllable stem that did not double its consonant its silent e, else wink', () => {
    const table: LemmaTable = { exceptions: new Map([['rode\tVERB', 'ride']]), verbs: new Set(['ride', 'glaze', 'wag']) };
    expect(lemmaOf(table, 'rode', 'VERB', 'rode')).toBe('ride');
    expect(lemmaOf(table, 'rode', 'NOUN', 'rode')).toBe('rode');
    // wink strips -ed/-ing down to a word of its lexicon
    expect(lemmaOf(table, 'waged', 'VERB', 'wag')).toBe('wage');
    expect(lemmaOf(table, 'fining', 'VERB', 'fin')).toBe('fine');
    expect(lemmaOf(table, 'wagged', 'VERB', 'wag')).toBe('wag');
    expect(lemmaOf(table, 'fixed', 'VERB', 'fix')).toBe('fix');
    // a verb reading of a form wink left whole: the stem the table knows as a verb
    expect(lemmaOf(table, 'glazed', 'VERB', 'glazed')).toBe('glaze');
    expect(lemmaOf(table, 'glazed', 'ADJ', 'glazed')).toBe('glazed');
    expect(lemmaOf(null, 'waged', 'VERB', 'wag')).toBe('wag');
  });

  it('gives verbs with a silent e their lemma in the pipeline, by the parser\'s tags', () => {
    expect(lemmaTable()).not.toBeNull();
    const { tokens } = tokenize('The dockers staged a strike, the council fined the firm and the two towns waged a feud.');
    relemmatize(tokens, parseTokens(tokens).upos);
    const lemma = (w: string) => tokens.find((t) => t.text === w)!.lemma;
    expect([lemma('staged'), lemma('fined'), lemma('waged')]).toEqual(['stage', 'fine', 'wage']);
    expect(lemma('towns')).toBe('town');
  });

  it('keeps wink\'s spelling, a plural wink read regularly and a capitalised name', () => {
    const { tokens } = tokenize('The mayor criticised the councillors over two bases, and Ms Summers agreed.');
    relemmatize(tokens, parseTokens(tokens).upos);
    const lemma = (w: string) => tokens.find((t) => t.text === w)!.lemma;
    expect([lemma('criticised'), lemma('councillors'), lemma('bases'), lemma('Summers')]).toEqual(['criticize', 'councilor', 'base', 'summers']);
  });

  it('reads the progressive auxiliary "being" as a form of be, the noun as itself', () => {
    const { tokens } = tokenize('The driver was being questioned by the police, who called him a decent human being.');
    relemmatize(tokens, parseTokens(tokens).upos);
    const beings = tokens.filter((t) => t.text === 'being').map((t) => t.lemma);
    expect(beings).toEqual(['be', 'being']);
    expect(lemmaOf(null, 'being', 'AUX', 'being')).toBe('be');
    expect(lemmaOf(null, 'being', 'NOUN', 'be')).toBe('being');
  });
});
