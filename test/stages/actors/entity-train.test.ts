import { describe, expect, it } from 'vitest';
import { gumExamples, nameAround } from '../../../src/stages/actors/entity-train.ts';
import { parseConllu } from '../../../src/stages/syntax/conllu.ts';
import type { SyntaxModel } from '../../../src/stages/syntax/model.ts';

// A sentence written for the test in GUM's format: entity brackets in MISC.
const CONLLU = [
  '# newdoc id = test_doc',
  '# sent_id = test_doc-1',
  '1\tThe\tthe\tDET\tDT\t_\t5\tdet\t_\tEntity=(1-person-new',
  '2\tformer\tformer\tADJ\tJJ\t_\t5\tamod\t_\t_',
  '3\tdirector\tdirector\tNOUN\tNN\t_\t5\tcompound\t_\t_',
  '4\tIlse\tIlse\tPROPN\tNNP\t_\t5\tflat\t_\t_',
  '5\tMarrow\tMarrow\tPROPN\tNNP\t_\t6\tnsubj\t_\tEntity=1)',
  '6\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_',
  '7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\tEntity=(2-organization-new',
  '8\tUniversity\tUniversity\tPROPN\tNNP\t_\t6\tobj\t_\t_',
  '9\tof\tof\tADP\tIN\t_\t10\tcase\t_\t_',
  '10\tTalvora\tTalvora\tPROPN\tNNP\t_\t8\tnmod\t_\tEntity=(3-place-new)2)|SpaceAfter=No',
  '11\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_',
  '',
].join('\n');

const fakeSyntax = { parse: (forms: string[]) => ({ upos: forms.map(() => 'X'), heads: forms.map(() => -1), deprels: forms.map(() => 'dep') }) } as unknown as SyntaxModel;

describe('entity training data from GUM', () => {
  it('cuts a mention to the capitalised name around its head', () => {
    const forms = ['The', 'former', 'director', 'Ilse', 'Marrow'];
    expect(nameAround(forms, 0, 4, 4)).toEqual([3, 5]);
    expect(nameAround(['the', 'University', 'of', 'Talvora'], 0, 3, 1)).toEqual([1, 4]);
    expect(nameAround(['the', 'city'], 0, 1, 1)).toBeNull();
  });

  it('keeps the outermost named mentions, typed', () => {
    const [ex] = gumExamples(parseConllu(CONLLU), fakeSyntax);
    expect(ex.doc).toBe('test_doc');
    expect(ex.spans).toEqual([{ a: 3, b: 5, type: 'PER' }, { a: 7, b: 10, type: 'ORG' }]);
    expect(ex.sentence.glued[10]).toBe(true);
    expect(ex.sentence.glued[9]).toBe(false);
  });
});
