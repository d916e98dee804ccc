// A small CoNLL-U sentence written by the team (a multiword token, comments), for the CoNLL-U reader,
// writer and the parse command's --conllu mode.
export const SAMPLE_CONLLU_LINES = [
  '# sent_id = t1',
  "# text = Envoys won't meet.",
  '1\tEnvoys\tenvoy\tNOUN\tNNS\tNumber=Plur\t4\tnsubj\t4:nsubj\t_',
  "2-3\twon't\t_\t_\t_\t_\t_\t_\t_\t_",
  '2\two\twill\tAUX\tMD\tVerbForm=Fin\t4\taux\t4:aux\t_',
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_",
  '4\tmeet\tmeet\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_',
];

/** One CoNLL-U token line: the form lower-cased as lemma, no XPOS or features, `misc` in column 10. */
export const conlluRow = (id: string, form: string, upos: string, head: number, rel: string, misc = '_') =>
  [id, form, form.toLowerCase(), upos, '_', '_', String(head), rel, '_', misc].join('\t');
