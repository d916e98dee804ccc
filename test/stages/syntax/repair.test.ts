// The clause-subject repair on hand-written trees: a clause verb's object followed by a subjectless clause
// that opens with an auxiliary becomes that clause's subject; nothing moves when the clause has a
// subject, the verb takes no clauses or no auxiliary follows. The verbs are read off training trees.
import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../../src/stages/syntax/conllu.ts';
import { clauseVerbsOf, headlineVerb, repairClauseSubjects, repairHeadlineSubjects, repairDescriptorSubjects, repairFrontedSubjects, repairNameTails, repairParentheticalSubjects, repairFalsePassives, repairReducedRelatives, repairRelativeSubjects, repairSubordinatorObjects, retagModalComplements, parseTagsOfPossessedParticiples } from '../../../src/stages/syntax/repair.ts';
import { UPOS, UPOS_ID } from '../../../src/stages/syntax/tagger.ts';

/** A sentence as [form, upos, head (1-based, 0 root), deprel] rows; heads returned with n for the root. */
function tree(rows: [string, string, number, string][]) {
  const n = rows.length;
  return {
    forms: rows.map((r) => r[0]),
    upos: rows.map((r) => r[1]),
    heads: Int32Array.from(rows, (r) => (r[2] === 0 ? n : r[2] - 1)),
    deprels: rows.map((r) => r[3]),
  };
}

const VERBS = new Set(['says', 'said']);

describe('repairClauseSubjects', () => {
  it('moves the object into the subjectless clause that opens with an auxiliary', () => {
    // "The mayor says the council and the board should act ."  as a greedy parser reads it
    const t = tree([
      ['The', 'DET', 2, 'det'], ['mayor', 'NOUN', 3, 'nsubj'], ['says', 'VERB', 0, 'root'],
      ['the', 'DET', 5, 'det'], ['council', 'NOUN', 3, 'obj'], ['and', 'CCONJ', 8, 'cc'],
      ['the', 'DET', 8, 'det'], ['board', 'NOUN', 5, 'conj'], ['should', 'AUX', 10, 'aux'],
      ['act', 'VERB', 3, 'advcl'], ['.', 'PUNCT', 3, 'punct'],
    ]);
    expect(repairClauseSubjects(t.forms, t.upos, t.heads, t.deprels, VERBS)).toBe(1);
    expect(t.heads[4]).toBe(9);
    expect(t.deprels[4]).toBe('nsubj');
    expect(t.deprels[9]).toBe('ccomp');
    expect(t.heads[7]).toBe(4); // the conjunct stays with its head
  });

  it('gives a passive clause a passive subject', () => {
    const t = tree([
      ['Police', 'NOUN', 2, 'nsubj'], ['said', 'VERB', 0, 'root'], ['a', 'DET', 4, 'det'],
      ['device', 'NOUN', 2, 'obj'], ['was', 'AUX', 6, 'aux:pass'], ['found', 'VERB', 2, 'parataxis'],
    ]);
    expect(repairClauseSubjects(t.forms, t.upos, t.heads, t.deprels, VERBS)).toBe(1);
    expect([t.heads[3], t.deprels[3], t.deprels[5]]).toEqual([5, 'nsubj:pass', 'ccomp']);
  });

  it('moves a second subject after the verb the same way, but not an inverted subject', () => {
    // "The mayor said Councillor Ada Brennick may have misread the report ."  with the name read as a
    // second subject of "said" (the arc-time labeler's reading of the garden path)
    const t = tree([
      ['The', 'DET', 2, 'det'], ['mayor', 'NOUN', 3, 'nsubj'], ['said', 'VERB', 0, 'root'],
      ['Councillor', 'PROPN', 5, 'nmod:desc'], ['Ada', 'PROPN', 3, 'nsubj'], ['Brennick', 'PROPN', 5, 'flat'],
      ['may', 'AUX', 9, 'aux'], ['have', 'AUX', 9, 'aux'], ['misread', 'VERB', 3, 'ccomp'],
      ['the', 'DET', 11, 'det'], ['report', 'NOUN', 9, 'obj'], ['.', 'PUNCT', 3, 'punct'],
    ]);
    expect(repairClauseSubjects(t.forms, t.upos, t.heads, t.deprels, VERBS)).toBe(1);
    expect([t.heads[4], t.deprels[4], t.deprels[8]]).toEqual([8, 'nsubj', 'ccomp']);
    // '"We will appeal," said the mayor' with a clause after it hung on "said": the subject after the verb is its only one
    const inverted = tree([
      ['We', 'PRON', 3, 'nsubj'], ['will', 'AUX', 3, 'aux'], ['appeal', 'VERB', 5, 'ccomp'], [',', 'PUNCT', 3, 'punct'],
      ['said', 'VERB', 0, 'root'], ['the', 'DET', 7, 'det'], ['mayor', 'NOUN', 5, 'nsubj'],
      ['would', 'AUX', 9, 'aux'], ['comment', 'VERB', 5, 'parataxis'],
    ]);
    expect(repairClauseSubjects(inverted.forms, inverted.upos, inverted.heads, inverted.deprels, VERBS)).toBe(0);
  });

  it('leaves a clause with a subject of its own, another verb and a clause without an auxiliary alone', () => {
    const withSubject = tree([
      ['He', 'PRON', 2, 'nsubj'], ['said', 'VERB', 0, 'root'], ['it', 'PRON', 2, 'obj'],
      ['they', 'PRON', 5, 'nsubj'], ['would', 'AUX', 5, 'aux'], ['go', 'VERB', 2, 'advcl'],
    ]);
    // "would" is not the first word of the clause: no move
    expect(repairClauseSubjects(withSubject.forms, withSubject.upos, withSubject.heads, withSubject.deprels, VERBS)).toBe(0);
    const otherVerb = tree([
      ['They', 'PRON', 2, 'nsubj'], ['painted', 'VERB', 0, 'root'], ['the', 'DET', 4, 'det'],
      ['house', 'NOUN', 2, 'obj'], ['would', 'AUX', 6, 'aux'], ['last', 'VERB', 2, 'advcl'],
    ]);
    expect(repairClauseSubjects(otherVerb.forms, otherVerb.upos, otherVerb.heads, otherVerb.deprels, VERBS)).toBe(0);
    const noAux = tree([
      ['She', 'PRON', 2, 'nsubj'], ['said', 'VERB', 0, 'root'], ['goodbye', 'NOUN', 2, 'obj'],
      ['leaving', 'VERB', 2, 'advcl'],
    ]);
    expect(repairClauseSubjects(noAux.forms, noAux.upos, noAux.heads, noAux.deprels, VERBS)).toBe(0);
    expect(Array.from(noAux.heads)).toEqual([1, 4, 1, 1]);
  });
});

describe('repairClauseSubjects with a clause that opens with a verb', () => {
  it('moves the object into a finite clause and leaves an object complement (xcomp) or a participle alone', () => {
    const finite = tree([
      ['She', 'PRON', 2, 'nsubj'], ['says', 'VERB', 0, 'root'], ['his', 'PRON', 4, 'nmod:poss'],
      ['record', 'NOUN', 2, 'obj'], ['shows', 'VERB', 2, 'advcl'], ['restraint', 'NOUN', 5, 'obj'],
    ]);
    expect(repairClauseSubjects(finite.forms, finite.upos, finite.heads, finite.deprels, VERBS)).toBe(1);
    expect([finite.heads[3], finite.deprels[3], finite.deprels[4]]).toEqual([4, 'nsubj', 'ccomp']);
    const complement = tree([
      ['He', 'PRON', 2, 'nsubj'], ['said', 'VERB', 0, 'root'], ['goodbye', 'NOUN', 2, 'obj'], ['twice', 'VERB', 2, 'xcomp'],
    ]);
    expect(repairClauseSubjects(complement.forms, complement.upos, complement.heads, complement.deprels, VERBS)).toBe(0);
    const participle = tree([
      ['He', 'PRON', 2, 'nsubj'], ['said', 'VERB', 0, 'root'], ['goodbye', 'NOUN', 2, 'obj'], ['smiling', 'VERB', 2, 'advcl'],
    ]);
    expect(repairClauseSubjects(participle.forms, participle.upos, participle.heads, participle.deprels, VERBS)).toBe(0);
  });
});

describe('clauseVerbsOf', () => {
  it('keeps verb forms that head a complement clause with its own subject at least three times', () => {
    const row = (i: number, form: string, upos: string, head: number, rel: string) => `${i}\t${form}\t_\t${upos}\t_\t_\t${head}\t${rel}\t_\t_`;
    const said = [row(1, 'We', 'PRON', 2, 'nsubj'), row(2, 'said', 'VERB', 0, 'root'), row(3, 'it', 'PRON', 4, 'nsubj'), row(4, 'rained', 'VERB', 2, 'ccomp')].join('\n');
    const wanted = [row(1, 'We', 'PRON', 2, 'nsubj'), row(2, 'wanted', 'VERB', 0, 'root'), row(3, 'rain', 'NOUN', 2, 'obj')].join('\n');
    const sents = parseConllu([said, said, said, wanted, wanted, wanted].join('\n\n') + '\n');
    expect(clauseVerbsOf(sents)).toEqual(['said']);
    expect(clauseVerbsOf(parseConllu([said, said].join('\n\n') + '\n'))).toEqual([]);
    // a verb that as often takes an object and a verb complement ("made them leave") is left out
    const made = [row(1, 'We', 'PRON', 2, 'nsubj'), row(2, 'made', 'VERB', 0, 'root'), row(3, 'it', 'PRON', 4, 'nsubj'), row(4, 'rained', 'VERB', 2, 'ccomp')].join('\n');
    const madeThem = [row(1, 'We', 'PRON', 2, 'nsubj'), row(2, 'made', 'VERB', 0, 'root'), row(3, 'them', 'PRON', 2, 'obj'), row(4, 'leave', 'VERB', 2, 'xcomp')].join('\n');
    expect(clauseVerbsOf(parseConllu([made, made, made, madeThem].join('\n\n') + '\n'))).toEqual([]);
  });
});

describe('repairRelativeSubjects', () => {
  it('makes the verb after a relative clause the root, the noun its subject', () => {
    // "The envoys who met the mayor praised the plan ." with the main verb hung inside the relative clause
    const t = tree([
      ['The', 'DET', 2, 'det'], ['envoys', 'NOUN', 0, 'root'], ['who', 'PRON', 4, 'nsubj'],
      ['met', 'VERB', 2, 'acl:relcl'], ['the', 'DET', 6, 'det'], ['mayor', 'NOUN', 4, 'obj'],
      ['praised', 'VERB', 4, 'advcl'], ['the', 'DET', 9, 'det'], ['plan', 'NOUN', 7, 'obj'], ['.', 'PUNCT', 2, 'punct'],
    ]);
    expect(repairRelativeSubjects(t.forms, t.upos, t.heads, t.deprels)).toBe(1);
    expect(t.heads[6]).toBe(10);
    expect(t.deprels[6]).toBe('root');
    expect([t.heads[1], t.deprels[1]]).toEqual([6, 'nsubj']);
    expect([t.heads[3], t.deprels[3]]).toEqual([1, 'acl:relcl']);
    expect(t.heads[9]).toBe(6); // the final stop follows the root
  });
  it('reads a "whose" clause parsed as the root with two subjects the same way', () => {
    // "The unit whose officers met the mayor arrested two men ."
    const t = tree([
      ['The', 'DET', 2, 'det'], ['unit', 'NOUN', 5, 'nsubj'], ['whose', 'PRON', 4, 'nmod:poss'],
      ['officers', 'NOUN', 5, 'nsubj'], ['met', 'VERB', 0, 'root'], ['the', 'DET', 7, 'det'], ['mayor', 'NOUN', 5, 'obj'],
      ['arrested', 'VERB', 5, 'advcl'], ['two', 'NUM', 10, 'nummod'], ['men', 'NOUN', 8, 'obj'], ['.', 'PUNCT', 5, 'punct'],
    ]);
    expect(repairRelativeSubjects(t.forms, t.upos, t.heads, t.deprels)).toBe(1);
    expect(t.deprels[7]).toBe('root');
    expect([t.heads[1], t.deprels[1]]).toEqual([7, 'nsubj']);
    expect([t.heads[4], t.deprels[4]]).toEqual([1, 'acl:relcl']);
    expect([t.heads[3], t.deprels[3]]).toEqual([4, 'nsubj']);
    expect(t.heads[10]).toBe(7);
  });
  it('leaves a verb with a subject or marker of its own, a conjunct and a participle alone', () => {
    const rows = (form: string, extra: [string, string, number, string][] = []) => tree([
      ['The', 'DET', 2, 'det'], ['envoys', 'NOUN', 0, 'root'], ['who', 'PRON', 4, 'nsubj'],
      ['met', 'VERB', 2, 'acl:relcl'], ['the', 'DET', 6, 'det'], ['mayor', 'NOUN', 4, 'obj'], ...extra,
      [form, 'VERB', 4, extra.length ? 'conj' : 'advcl'], ['.', 'PUNCT', 2, 'punct'],
    ]);
    const conj = rows('praised', [['and', 'CCONJ', 8, 'cc']]);
    expect(repairRelativeSubjects(conj.forms, conj.upos, conj.heads, conj.deprels)).toBe(0);
    const participle = rows('smiling');
    expect(repairRelativeSubjects(participle.forms, participle.upos, participle.heads, participle.deprels)).toBe(0);
    const marked = tree([
      ['The', 'DET', 2, 'det'], ['envoys', 'NOUN', 0, 'root'], ['who', 'PRON', 4, 'nsubj'], ['left', 'VERB', 2, 'acl:relcl'],
      ['after', 'SCONJ', 7, 'mark'], ['talks', 'NOUN', 7, 'nsubj'], ['ended', 'VERB', 4, 'advcl'], ['.', 'PUNCT', 2, 'punct'],
    ]);
    expect(repairRelativeSubjects(marked.forms, marked.upos, marked.heads, marked.deprels)).toBe(0);
  });
});

describe('repairDescriptorSubjects', () => {
  it('hangs a bare descriptor read as a second subject on the name after it', () => {
    // "Farm minister Ana Ruiz said it ." with "minister" and "Ruiz" both subjects of "said"
    const t = tree([
      ['Farm', 'NOUN', 2, 'compound'], ['minister', 'NOUN', 5, 'nsubj'], ['Ana', 'PROPN', 5, 'nsubj'],
      ['Ruiz', 'PROPN', 3, 'flat'], ['said', 'VERB', 0, 'root'], ['it', 'PRON', 5, 'obj'], ['.', 'PUNCT', 5, 'punct'],
    ]);
    expect(repairDescriptorSubjects(t.upos, t.heads, t.deprels)).toBe(1);
    expect([t.heads[1], t.deprels[1]]).toEqual([2, 'nmod:desc']);
    expect([t.heads[2], t.deprels[2]]).toEqual([4, 'nsubj']);
    // "Chair and founder Ana Ruiz left ." with the conjoined descriptor before the name
    const c = tree([
      ['Chair', 'NOUN', 5, 'nsubj'], ['and', 'CCONJ', 3, 'cc'], ['founder', 'NOUN', 1, 'conj'],
      ['Ana', 'PROPN', 5, 'nsubj'], ['left', 'VERB', 0, 'root'], ['.', 'PUNCT', 5, 'punct'],
    ]);
    expect(repairDescriptorSubjects(c.upos, c.heads, c.deprels)).toBe(1);
    expect([c.heads[0], c.deprels[0]]).toEqual([3, 'nmod:desc']);
  });
  it('leaves a determined descriptor, a name after a comma and a name in a prepositional phrase', () => {
    // "The chief Ana Ruiz said ." / "These clerks , Ruiz recalled , left ." / "The call with Ana goes ."
    const determined = tree([
      ['The', 'DET', 2, 'det'], ['chief', 'NOUN', 5, 'nsubj'], ['Ana', 'PROPN', 5, 'nsubj'],
      ['Ruiz', 'PROPN', 3, 'flat'], ['said', 'VERB', 0, 'root'], ['.', 'PUNCT', 5, 'punct'],
    ]);
    const comma = tree([
      ['These', 'DET', 2, 'det'], ['clerks', 'NOUN', 5, 'nsubj'], [',', 'PUNCT', 2, 'punct'],
      ['Ruiz', 'PROPN', 5, 'nsubj'], ['recalled', 'VERB', 0, 'root'], [',', 'PUNCT', 5, 'punct'],
    ]);
    const prep = tree([
      ['Call', 'NOUN', 4, 'nsubj'], ['with', 'ADP', 3, 'case'], ['Ana', 'PROPN', 4, 'nsubj'],
      ['goes', 'VERB', 0, 'root'], ['.', 'PUNCT', 4, 'punct'],
    ]);
    for (const t of [determined, comma, prep]) {
      const before = [...t.heads];
      expect(repairDescriptorSubjects(t.upos, t.heads, t.deprels)).toBe(0);
      expect([...t.heads]).toEqual(before);
    }
  });
});

describe('repairFrontedSubjects', () => {
  it('relabels a fronted noun phrase closed by a comma before the subject', () => {
    // "A keen sailor , the judge spends summers afloat ." with "sailor" and "judge" both subjects
    const t = tree([
      ['A', 'DET', 3, 'det'], ['keen', 'ADJ', 3, 'amod'], ['sailor', 'NOUN', 8, 'nsubj'], [',', 'PUNCT', 3, 'punct'],
      ['the', 'DET', 6, 'det'], ['judge', 'NOUN', 8, 'nsubj'], ['often', 'ADV', 8, 'advmod'], ['spends', 'VERB', 0, 'root'],
      ['summers', 'NOUN', 8, 'obj'], ['afloat', 'ADV', 8, 'advmod'], ['.', 'PUNCT', 8, 'punct'],
    ]);
    expect(repairFrontedSubjects(t.forms, t.upos, t.heads, t.deprels, VERBS)).toBe(1);
    expect([t.heads[2], t.deprels[2]]).toEqual([7, 'obl:unmarked']);
    expect(t.deprels[5]).toBe('nsubj');
  });
  it('leaves an apposition closed by a comma, a reporting verb and a phrase that does not open the sentence', () => {
    // "The firm 's chief , Ana Ruiz , left ." — the name is an apposition of the subject
    const appos = tree([
      ['The', 'DET', 2, 'det'], ['firm', 'NOUN', 4, 'nmod:poss'], ["'s", 'PART', 2, 'case'], ['chief', 'NOUN', 9, 'nsubj'],
      [',', 'PUNCT', 4, 'punct'], ['Ana', 'PROPN', 9, 'nsubj'], ['Ruiz', 'PROPN', 6, 'flat'], [',', 'PUNCT', 6, 'punct'],
      ['left', 'VERB', 0, 'root'], ['.', 'PUNCT', 9, 'punct'],
    ]);
    expect(repairFrontedSubjects(appos.forms, appos.upos, appos.heads, appos.deprels, VERBS)).toBe(0);
    // "These clerks , she said later , were paid ." — the farther is the subject of another verb
    const reported = tree([
      ['These', 'DET', 2, 'det'], ['clerks', 'NOUN', 5, 'nsubj'], [',', 'PUNCT', 2, 'punct'], ['she', 'PRON', 5, 'nsubj'],
      ['said', 'VERB', 0, 'root'], ['later', 'ADV', 5, 'advmod'], [',', 'PUNCT', 9, 'punct'], ['were', 'AUX', 9, 'aux'],
      ['paid', 'VERB', 5, 'ccomp'], ['.', 'PUNCT', 5, 'punct'],
    ]);
    expect(repairFrontedSubjects(reported.forms, reported.upos, reported.heads, reported.deprels, VERBS)).toBe(0);
    // "Then a keen sailor , the judge sails ." — the phrase does not open the sentence
    const inner = tree([
      ['Then', 'ADV', 8, 'advmod'], ['a', 'DET', 4, 'det'], ['keen', 'ADJ', 4, 'amod'], ['sailor', 'NOUN', 8, 'nsubj'],
      [',', 'PUNCT', 4, 'punct'], ['the', 'DET', 7, 'det'], ['judge', 'NOUN', 8, 'nsubj'], ['sails', 'VERB', 0, 'root'],
      ['.', 'PUNCT', 8, 'punct'],
    ]);
    expect(repairFrontedSubjects(inner.forms, inner.upos, inner.heads, inner.deprels, VERBS)).toBe(0);
  });
});

describe('repairParentheticalSubjects', () => {
  it('gives the subject split off by "he said" to the verb after the parenthetical', () => {
    // "All of it , he said , would help ." with the parenthetical hung on "help" and both subjects on "said"
    const t = tree([
      ['All', 'DET', 6, 'nsubj'], ['of', 'ADP', 3, 'case'], ['it', 'PRON', 1, 'nmod'], [',', 'PUNCT', 1, 'punct'],
      ['he', 'PRON', 6, 'nsubj'], ['said', 'VERB', 9, 'parataxis'], [',', 'PUNCT', 6, 'punct'], ['would', 'AUX', 9, 'aux'],
      ['help', 'VERB', 0, 'root'], ['.', 'PUNCT', 9, 'punct'],
    ]);
    expect(repairParentheticalSubjects(t.forms, t.upos, t.heads, t.deprels, VERBS)).toBe(1);
    expect([t.heads[0], t.deprels[0]]).toEqual([8, 'nsubj']);
    expect(t.deprels[5]).toBe('parataxis');
  });
  it('lifts the clause hung under the speech verb into its place', () => {
    // "These staff , she said , were paid ." with "were paid" the complement of "said"
    const t = tree([
      ['These', 'DET', 2, 'det'], ['staff', 'NOUN', 5, 'nsubj'], [',', 'PUNCT', 2, 'punct'], ['she', 'PRON', 5, 'nsubj'],
      ['said', 'VERB', 0, 'root'], [',', 'PUNCT', 5, 'punct'], ['were', 'AUX', 8, 'aux:pass'], ['paid', 'VERB', 5, 'ccomp'],
      ['.', 'PUNCT', 5, 'punct'],
    ]);
    expect(repairParentheticalSubjects(t.forms, t.upos, t.heads, t.deprels, VERBS)).toBe(1);
    expect([t.heads[7], t.deprels[7]]).toEqual([9, 'root']);
    expect([t.heads[4], t.deprels[4]]).toEqual([7, 'parataxis']);
    expect([t.heads[1], t.deprels[1]]).toEqual([7, 'nsubj:pass']);
    expect(t.heads[8]).toBe(7);
  });
  it('leaves a verb that is no clause verb and a clause with a subject of its own', () => {
    // "These staff , she hoped , were paid ." — "hoped" is not among the clause verbs given
    const t = tree([
      ['These', 'DET', 2, 'det'], ['staff', 'NOUN', 5, 'nsubj'], [',', 'PUNCT', 2, 'punct'], ['she', 'PRON', 5, 'nsubj'],
      ['hoped', 'VERB', 0, 'root'], [',', 'PUNCT', 5, 'punct'], ['were', 'AUX', 8, 'aux:pass'], ['paid', 'VERB', 5, 'ccomp'],
      ['.', 'PUNCT', 5, 'punct'],
    ]);
    expect(repairParentheticalSubjects(t.forms, t.upos, t.heads, t.deprels, VERBS)).toBe(0);
    // "These staff , she said , they paid ." — the clause has its own subject
    const own = tree([
      ['These', 'DET', 2, 'det'], ['staff', 'NOUN', 5, 'nsubj'], [',', 'PUNCT', 2, 'punct'], ['she', 'PRON', 5, 'nsubj'],
      ['said', 'VERB', 0, 'root'], [',', 'PUNCT', 5, 'punct'], ['they', 'PRON', 8, 'nsubj'], ['paid', 'VERB', 5, 'ccomp'],
      ['.', 'PUNCT', 5, 'punct'],
    ]);
    expect(repairParentheticalSubjects(own.forms, own.upos, own.heads, own.deprels, VERBS)).toBe(0);
  });
});

describe('repairNameTails', () => {
  /** Rows as [form, upos, head (0-based, -1 root), deprel]. */
  const sentence = (rows: [string, string, number, string][]) => ({ upos: rows.map((r) => r[1]), heads: rows.map((r) => r[2]), deprels: rows.map((r) => r[3]) });

  it('makes a second syllable read as a subject of its own a word of the name', () => {
    // "Tsang Wing - kei met Ho ." with "kei" a second subject of "met" and "Wing" its compound
    const t = sentence([
      ['Tsang', 'PROPN', 4, 'nsubj'], ['Wing', 'PROPN', 3, 'compound'], ['-', 'PUNCT', 1, 'punct'], ['kei', 'NOUN', 4, 'nsubj'],
      ['met', 'VERB', -1, 'root'], ['Ho', 'PROPN', 4, 'obj'], ['.', 'PUNCT', 4, 'punct'],
    ]);
    expect(repairNameTails(t.upos, t.heads, t.deprels, [3])).toBe(1);
    expect(t.heads).toEqual([4, 0, 3, 0, -1, 4, 4]);
    expect(t.deprels.slice(0, 4)).toEqual(['nsubj', 'flat', 'punct', 'flat']);
    expect(t.upos[3]).toBe('PROPN');
  });

  it('gives the family name the attachment of the part that carried the name', () => {
    // "Mo and Wong Pik - wan spoke": "wan" the conjunct, "Wong" its compound, "and" under "wan"
    const t = sentence([
      ['Mo', 'PROPN', 6, 'nsubj'], ['and', 'CCONJ', 5, 'cc'], ['Wong', 'PROPN', 5, 'compound'], ['Pik', 'PROPN', 2, 'flat'],
      ['-', 'PUNCT', 5, 'punct'], ['wan', 'PROPN', 0, 'conj'], ['spoke', 'VERB', -1, 'root'],
    ]);
    expect(repairNameTails(t.upos, t.heads, t.deprels, [5])).toBe(1);
    expect(t.heads).toEqual([6, 2, 0, 2, 5, 2, -1]);
    expect(t.deprels.slice(1, 6)).toEqual(['cc', 'conj', 'flat', 'punct', 'flat']);
  });

  it('makes the family name the root of a name the parser rooted on its last syllable', () => {
    const t = sentence([['Ban', 'PROPN', 3, 'compound'], ['Ki', 'PROPN', 3, 'compound'], ['-', 'PUNCT', 3, 'punct'], ['moon', 'NOUN', -1, 'root']]);
    expect(repairNameTails(t.upos, t.heads, t.deprels, [3])).toBe(1);
    expect(t.heads).toEqual([-1, 0, 3, 0]);
    expect(t.deprels[0]).toBe('root');
  });

  it('leaves a name whose parts all hang under its family name', () => {
    const t = sentence([['Ho', 'PROPN', 4, 'nsubj'], ['Man', 'PROPN', 0, 'flat'], ['-', 'PUNCT', 3, 'punct'], ['tat', 'PROPN', 1, 'flat'], ['left', 'VERB', -1, 'root']]);
    expect(repairNameTails(t.upos, t.heads, t.deprels, [3])).toBe(0);
    expect(t.heads).toEqual([4, 0, 3, 1, -1]);
  });
});

describe('retagModalComplements', () => {
  const run = (words: string) => {
    const pairs = words.split(' ').map((w) => w.split('/'));
    const tags = Uint8Array.from(pairs.map(([, t]) => UPOS_ID.get(t)!));
    const n = retagModalComplements(pairs.map(([f]) => f), tags);
    return { n, tags: [...tags].map((t) => UPOS[t]).join(' ') };
  };

  it('reads an adjective or noun after a modal with a subject before it as the bare verb', () => {
    expect(run('the/DET council/NOUN said/VERB it/PRON would/AUX free/ADJ 40/NUM detainees/NOUN')).toEqual({ n: 1, tags: 'DET NOUN VERB PRON AUX VERB NUM NOUN' });
    expect(run('a/DET plan/NOUN that/PRON will/AUX not/PART harm/NOUN farmers/NOUN')).toEqual({ n: 1, tags: 'DET NOUN PRON AUX PART VERB NOUN' });
    expect(run('prices/NOUN could/AUX soon/ADV double/ADJ ./PUNCT')).toEqual({ n: 1, tags: 'NOUN AUX ADV VERB PUNCT' });
  });

  it('leaves an adverb-like word before a verb, an inverted question and a name alone', () => {
    expect(run('it/PRON would/AUX likely/ADJ be/AUX late/ADJ')).toEqual({ n: 0, tags: 'PRON AUX ADJ AUX ADJ' });
    expect(run('but/CCONJ will/AUX reform/NOUN help/NOUN ?/PUNCT')).toEqual({ n: 0, tags: 'CCONJ AUX NOUN NOUN PUNCT' });
    expect(run('she/PRON will/AUX Paris/PROPN')).toEqual({ n: 0, tags: 'PRON AUX PROPN' });
    expect(run('the/DET will/NOUN of/ADP voters/NOUN')).toEqual({ n: 0, tags: 'DET NOUN ADP NOUN' });
  });
});

describe('parseTagsOfPossessedParticiples', () => {
  const run = (words: string) => {
    const pairs = words.split(' ').map((w) => w.split('/'));
    const tags = Uint8Array.from(pairs.map(([, t]) => UPOS_ID.get(t)!));
    const out = parseTagsOfPossessedParticiples(pairs.map(([f]) => f), tags);
    return { same: out === tags, parsed: [...out].map((t) => UPOS[t]).join(' '), kept: [...tags].map((t) => UPOS[t]).join(' ') };
  };

  it('has the parser read a participle between a possessive and a noun as a modifier, the tags unchanged', () => {
    const r = run('the/DET party/NOUN defended/VERB its/PRON revised/VERB budget/NOUN ./PUNCT');
    expect(r.parsed).toBe('DET NOUN VERB PRON ADJ NOUN PUNCT');
    expect(r.kept).toBe('DET NOUN VERB PRON VERB NOUN PUNCT');
    expect(run('over/ADP their/PRON stolen/VERB Dutch/ADJ paintings/NOUN').parsed).toBe('ADP PRON ADJ ADJ NOUN');
  });

  it('leaves "her", a clitic "s", a verb before a non-noun and other words alone', () => {
    expect(run('they/PRON saw/VERB her/PRON injured/VERB brother/NOUN').same).toBe(true);
    expect(run('he/PRON \'s/AUX given/VERB money/NOUN').same).toBe(true);
    expect(run('its/PRON owners/NOUN sold/VERB it/PRON').same).toBe(true);
    expect(run('his/PRON retired/VERB ./PUNCT').same).toBe(true);
  });
});

describe('repairReducedRelatives', () => {
  it('makes the finite verb after a participle and its by-agent the root, the participle the noun\'s acl', () => {
    // "The wife of a farmer injured by the storm wrote to the council ." with "injured" read as the root
    const t = tree([
      ['The', 'DET', 2, 'det'], ['wife', 'NOUN', 6, 'nsubj'], ['of', 'ADP', 5, 'case'], ['a', 'DET', 5, 'det'],
      ['farmer', 'NOUN', 2, 'nmod'], ['injured', 'VERB', 0, 'root'], ['by', 'ADP', 9, 'case'], ['the', 'DET', 9, 'det'],
      ['storm', 'NOUN', 6, 'obl:agent'], ['wrote', 'VERB', 6, 'xcomp'], ['to', 'ADP', 13, 'case'], ['the', 'DET', 13, 'det'],
      ['council', 'NOUN', 10, 'obl'], ['.', 'PUNCT', 6, 'punct'],
    ]);
    expect(repairReducedRelatives(t.forms, t.upos, t.heads, t.deprels)).toBe(1);
    expect([t.heads[9], t.deprels[9]]).toEqual([14, 'root']);
    expect([t.heads[1], t.deprels[1]]).toEqual([9, 'nsubj']);
    expect([t.heads[5], t.deprels[5]]).toEqual([4, 'acl']); // on the noun right before it
    expect(t.heads[13]).toBe(9);
  });
  it('hangs a participle set off by commas on the subject, and keeps the subject passive after "is"', () => {
    // "The alliance , backed by the north , is blamed for the raid ."
    const t = tree([
      ['The', 'DET', 2, 'det'], ['alliance', 'NOUN', 4, 'nsubj'], [',', 'PUNCT', 4, 'punct'], ['backed', 'VERB', 0, 'root'],
      ['by', 'ADP', 7, 'case'], ['the', 'DET', 7, 'det'], ['north', 'NOUN', 4, 'obl:agent'], [',', 'PUNCT', 10, 'punct'],
      ['is', 'AUX', 10, 'aux:pass'], ['blamed', 'VERB', 4, 'conj'], ['for', 'ADP', 13, 'case'], ['the', 'DET', 13, 'det'],
      ['raid', 'NOUN', 10, 'obl'], ['.', 'PUNCT', 4, 'punct'],
    ]);
    expect(repairReducedRelatives(t.forms, t.upos, t.heads, t.deprels)).toBe(1);
    expect([t.heads[9], t.deprels[9]]).toEqual([14, 'root']);
    expect([t.heads[1], t.deprels[1]]).toEqual([9, 'nsubj:pass']);
    expect([t.heads[3], t.deprels[3]]).toEqual([1, 'acl']);
  });
  it('leaves a participle with its own auxiliary, and a verb after it with a conjunction', () => {
    // "The fence was damaged by the storm and repaired ." / "Crops planted by hand and sold ."
    const aux = tree([
      ['The', 'DET', 2, 'det'], ['fence', 'NOUN', 4, 'nsubj:pass'], ['was', 'AUX', 4, 'aux:pass'], ['damaged', 'VERB', 0, 'root'],
      ['by', 'ADP', 7, 'case'], ['the', 'DET', 7, 'det'], ['storm', 'NOUN', 4, 'obl:agent'], ['and', 'CCONJ', 9, 'cc'],
      ['repaired', 'VERB', 4, 'conj'], ['.', 'PUNCT', 4, 'punct'],
    ]);
    expect(repairReducedRelatives(aux.forms, aux.upos, aux.heads, aux.deprels)).toBe(0);
    const cc = tree([
      ['Crops', 'NOUN', 2, 'nsubj'], ['planted', 'VERB', 0, 'root'], ['by', 'ADP', 4, 'case'], ['hand', 'NOUN', 2, 'obl:agent'],
      ['and', 'CCONJ', 6, 'cc'], ['sold', 'VERB', 2, 'conj'], ['.', 'PUNCT', 2, 'punct'],
    ]);
    expect(repairReducedRelatives(cc.forms, cc.upos, cc.heads, cc.deprels)).toBe(0);
  });
  it('makes the finite verb after a present participle and its object the root (no by-agent needed)', () => {
    // "The league fighting the rebels declared a truce ." with "fighting" read as the root
    const t = tree([
      ['The', 'DET', 2, 'det'], ['league', 'NOUN', 3, 'nsubj'], ['fighting', 'VERB', 0, 'root'], ['the', 'DET', 5, 'det'],
      ['rebels', 'NOUN', 3, 'obj'], ['declared', 'VERB', 3, 'xcomp'], ['a', 'DET', 8, 'det'], ['truce', 'NOUN', 6, 'obj'],
      ['.', 'PUNCT', 3, 'punct'],
    ]);
    expect(repairReducedRelatives(t.forms, t.upos, t.heads, t.deprels)).toBe(1);
    expect([t.heads[5], t.deprels[5]]).toEqual([9, 'root']);
    expect([t.heads[1], t.deprels[1]]).toEqual([5, 'nsubj']);
    expect([t.heads[2], t.deprels[2]]).toEqual([1, 'acl']);
    expect(t.heads[4]).toBe(2); // the participle keeps its object
    expect(t.heads[8]).toBe(5);
  });
  it('leaves a present participle that does not follow its subject, and one with no finite verb after it', () => {
    // "Rebels in the hills yesterday fighting the army declared …" is not touched (an adverb between);
    // "Police hunting the gunman ." (a headline) has no main verb
    const gap = tree([
      ['Rebels', 'NOUN', 3, 'nsubj'], ['yesterday', 'NOUN', 3, 'obl:tmod'], ['fighting', 'VERB', 0, 'root'], ['the', 'DET', 5, 'det'],
      ['army', 'NOUN', 3, 'obj'], ['declared', 'VERB', 3, 'xcomp'], ['.', 'PUNCT', 3, 'punct'],
    ]);
    expect(repairReducedRelatives(gap.forms, gap.upos, gap.heads, gap.deprels)).toBe(0);
    const head = tree([
      ['Police', 'NOUN', 2, 'nsubj'], ['hunting', 'VERB', 0, 'root'], ['the', 'DET', 4, 'det'], ['gunman', 'NOUN', 2, 'obj'],
      ['.', 'PUNCT', 2, 'punct'],
    ]);
    expect(repairReducedRelatives(head.forms, head.upos, head.heads, head.deprels)).toBe(0);
    // '" Officials reporting , \' leave now .' with the opening quote hung on "leave": a quote mark between
    // the participle and the verb (a quoted imperative), no main verb
    const quoted = tree([
      ['"', 'PUNCT', 6, 'punct'], ['Officials', 'NOUN', 3, 'nsubj'], ['reporting', 'VERB', 0, 'root'], [',', 'PUNCT', 6, 'punct'],
      ["'", 'PUNCT', 6, 'punct'], ['leave', 'VERB', 3, 'parataxis'], ['now', 'ADV', 6, 'advmod'], ['.', 'PUNCT', 3, 'punct'],
    ]);
    expect(repairReducedRelatives(quoted.forms, quoted.upos, quoted.heads, quoted.deprels)).toBe(0);
  });
});

describe('headlineVerb', () => {
  const tags = (...t: string[]) => Uint8Array.from(t, (x) => UPOS_ID.get(x)!);
  const verbs = new Set(['plan', 'launch', 'call', 'result', 'watch']);
  it('finds the -s verb after a headline\'s opening noun run', () => {
    expect(headlineVerb(['Union', 'plans', 'strike', 'at', 'port'], tags('NOUN', 'NOUN', 'NOUN', 'ADP', 'NOUN'), verbs)).toBe(1);
    expect(headlineVerb(['Port', 'union', 'launches', 'appeal'], tags('PROPN', 'NOUN', 'NOUN', 'NOUN'), verbs)).toBe(2);
    expect(headlineVerb(['Mayor', 'Ruiz', 'watches'], tags('PROPN', 'PROPN', 'NOUN'), verbs)).toBe(2);
  });
  it('leaves running text, lists and a plural that ends a noun phrase', () => {
    expect(headlineVerb(['Union', 'plans', 'strike', 'went', 'ahead', '.'], tags('NOUN', 'NOUN', 'NOUN', 'VERB', 'ADV', 'PUNCT'), verbs)).toBe(-1);
    expect(headlineVerb(['Phone', 'calls', ',', 'letters', 'and', 'visits'], tags('NOUN', 'NOUN', 'PUNCT', 'NOUN', 'CCONJ', 'NOUN'), verbs)).toBe(-1);
    expect(headlineVerb(['Local', 'election', 'results'], tags('ADJ', 'NOUN', 'NOUN'), verbs)).toBe(-1);
    expect(headlineVerb(['The', 'plans', 'for', 'the', 'port'], tags('DET', 'NOUN', 'ADP', 'DET', 'NOUN'), verbs)).toBe(-1);
    expect(headlineVerb(['Union', 'leaders', 'plans'], tags('NOUN', 'NOUN', 'NOUN'), verbs)).toBe(-1);
  });
  it('reads a sentence with a closing stop as a headline only when it has no verb', () => {
    expect(headlineVerb(['Port', 'union', 'plans', 'strike', '.'], tags('PROPN', 'NOUN', 'NOUN', 'NOUN', 'PUNCT'), verbs)).toBe(2);
    expect(headlineVerb(['Port', 'union', 'plans', 'went', 'ahead', '.'], tags('PROPN', 'NOUN', 'NOUN', 'VERB', 'ADV', 'PUNCT'), verbs)).toBe(-1);
  });
  it('finds a bare verb after a subject joined by "and", unless an -s verb or nothing follows it', () => {
    const v = new Set([...verbs, 'sign', 'supply', 'fall']);
    expect(headlineVerb(['Smith', 'and', 'Jones', 'unit', 'sign', 'pact'], tags('PROPN', 'CCONJ', 'PROPN', 'NOUN', 'NOUN', 'NOUN'), v)).toBe(4);
    expect(headlineVerb(['Oil', 'and', 'gas', 'supply', 'falls'], tags('NOUN', 'CCONJ', 'NOUN', 'NOUN', 'NOUN'), v)).toBe(-1);
    expect(headlineVerb(['Oil', 'and', 'gas', 'supply'], tags('NOUN', 'CCONJ', 'NOUN', 'NOUN'), v)).toBe(-1);
    expect(headlineVerb(['Smith', 'unit', 'sign', 'pact'], tags('PROPN', 'NOUN', 'NOUN', 'NOUN'), v)).toBe(-1);
  });
});

describe('repairHeadlineSubjects', () => {
  const verbs = new Set(['reveal', 'compete', 'open']);
  it('makes a bare verb hung on a headline\'s plural noun root the root, the noun its subject', () => {
    const t = tree([
      ['Leaked', 'ADJ', 2, 'amod'], ['memos', 'NOUN', 0, 'root'], ['reveal', 'VERB', 2, 'acl'], ['budget', 'NOUN', 5, 'compound'],
      ['talks', 'NOUN', 3, 'obj'], [';', 'PUNCT', 2, 'punct'],
    ]);
    expect(repairHeadlineSubjects(t.forms, t.upos, t.heads, t.deprels, verbs)).toBe(1);
    expect(Array.from(t.heads)).toEqual([1, 2, 6, 4, 2, 2]);
    expect(t.deprels).toEqual(['amod', 'nsubj', 'root', 'compound', 'obj', 'punct']);
  });
  it('leaves running text, participles and a noun phrase that opens with a preposition', () => {
    const stop = tree([['Farmers', 'NOUN', 0, 'root'], ['compete', 'VERB', 1, 'acl'], ['hard', 'ADV', 2, 'advmod'], ['.', 'PUNCT', 1, 'punct']]);
    expect(repairHeadlineSubjects(stop.forms, stop.upos, stop.heads, stop.deprels, verbs)).toBe(0);
    const part = tree([['Farmers', 'NOUN', 0, 'root'], ['revealed', 'VERB', 1, 'acl'], ['today', 'NOUN', 2, 'obl:tmod']]);
    expect(repairHeadlineSubjects(part.forms, part.upos, part.heads, part.deprels, verbs)).toBe(0);
    const prep = tree([['For', 'ADP', 2, 'case'], ['farmers', 'NOUN', 0, 'root'], ['open', 'VERB', 2, 'acl'], ['land', 'NOUN', 3, 'obj']]);
    expect(repairHeadlineSubjects(prep.forms, prep.upos, prep.heads, prep.deprels, verbs)).toBe(0);
  });
});

describe('repairFalsePassives', () => {
  /** The relations after the repair, and the number of words relabelled. */
  const repaired = (rows: [string, string, number, string][]) => {
    const t = tree(rows);
    const fixed = repairFalsePassives(t.forms, t.upos, t.heads, t.deprels);
    return { fixed, deprels: t.deprels };
  };

  it('reads a progressive labelled as a passive as active: the auxiliary and the subject', () => {
    // "The council is extending the curfew ."
    const r = repaired([
      ['The', 'DET', 2, 'det'], ['council', 'NOUN', 4, 'nsubj:pass'], ['is', 'AUX', 4, 'aux:pass'],
      ['extending', 'VERB', 0, 'root'], ['the', 'DET', 6, 'det'], ['curfew', 'NOUN', 4, 'obj'], ['.', 'PUNCT', 4, 'punct'],
    ]);
    expect(r.fixed).toBe(2);
    expect(r.deprels.slice(1, 3)).toEqual(['nsubj', 'aux']);
  });

  it('gives a perfect verb, or a present verb with an object, a plain subject', () => {
    // "The mayor has taken leave ."
    const r = repaired([
      ['The', 'DET', 2, 'det'], ['mayor', 'NOUN', 4, 'nsubj:pass'], ['has', 'AUX', 4, 'aux'],
      ['taken', 'VERB', 0, 'root'], ['leave', 'NOUN', 4, 'obj'], ['.', 'PUNCT', 4, 'punct'],
    ]);
    expect(r.fixed).toBe(1);
    expect(r.deprels[1]).toBe('nsubj');
    // "The firm owns two hotels ."
    const u = repaired([
      ['The', 'DET', 2, 'det'], ['firm', 'NOUN', 3, 'nsubj:pass'], ['owns', 'VERB', 0, 'root'],
      ['two', 'NUM', 5, 'nummod'], ['hotels', 'NOUN', 3, 'obj'], ['.', 'PUNCT', 3, 'punct'],
    ]);
    expect(u.deprels[1]).toBe('nsubj');
  });

  it('leaves real passives alone: with "being", with a perfect, and in a headline', () => {
    // "The curfew is being extended ."
    const a = repaired([
      ['The', 'DET', 2, 'det'], ['curfew', 'NOUN', 5, 'nsubj:pass'], ['is', 'AUX', 5, 'aux'],
      ['being', 'AUX', 5, 'aux:pass'], ['extended', 'VERB', 0, 'root'], ['.', 'PUNCT', 5, 'punct'],
    ]);
    // "The mayor has been replaced ."
    const b = repaired([
      ['The', 'DET', 2, 'det'], ['mayor', 'NOUN', 5, 'nsubj:pass'], ['has', 'AUX', 5, 'aux'],
      ['been', 'AUX', 5, 'aux:pass'], ['replaced', 'VERB', 0, 'root'], ['.', 'PUNCT', 5, 'punct'],
    ]);
    // "Twelve miners rescued from flooded pit"
    const c = repaired([['Twelve', 'NUM', 2, 'nummod'], ['miners', 'NOUN', 3, 'nsubj:pass'], ['rescued', 'VERB', 0, 'root'], ['from', 'ADP', 6, 'case'], ['flooded', 'ADJ', 6, 'amod'], ['pit', 'NOUN', 3, 'obl']]);
    for (const r of [a, b, c]) {
      expect(r.fixed).toBe(0);
      expect(r.deprels[1]).toBe('nsubj:pass');
    }
    expect(a.deprels[3]).toBe('aux:pass');
  });
});

describe('repairSubordinatorObjects', () => {
  it('gives the clause after "days after" its subject and a mark', () => {
    // "The protest came days after Russia had expelled two envoys ."  as the parser reads it
    const t = tree([
      ['The', 'DET', 2, 'det'], ['protest', 'NOUN', 3, 'nsubj'], ['came', 'VERB', 0, 'root'], ['days', 'NOUN', 3, 'obj'],
      ['after', 'ADP', 6, 'case'], ['Russia', 'PROPN', 4, 'nmod'], ['had', 'AUX', 8, 'aux'], ['expelled', 'VERB', 3, 'advcl'],
      ['two', 'NUM', 10, 'nummod'], ['envoys', 'NOUN', 8, 'obj'], ['.', 'PUNCT', 3, 'punct'],
    ]);
    expect(repairSubordinatorObjects(t.forms, t.upos, t.heads, t.deprels)).toBe(1);
    expect([t.heads[5], t.deprels[5], t.heads[4], t.deprels[4], t.heads[7], t.deprels[7]]).toEqual([7, 'nsubj', 7, 'mark', 2, 'advcl']);
  });

  it('hangs a clause read as a conjunct or a complement on the predicate the phrase was under', () => {
    // "The talks began a week before France recalled its envoy ."
    const t = tree([
      ['The', 'DET', 2, 'det'], ['talks', 'NOUN', 3, 'nsubj'], ['began', 'VERB', 0, 'root'], ['a', 'DET', 5, 'det'],
      ['week', 'NOUN', 3, 'obj'], ['before', 'ADP', 7, 'case'], ['France', 'PROPN', 3, 'obl'], ['recalled', 'VERB', 3, 'conj'],
      ['its', 'PRON', 10, 'nmod:poss'], ['envoy', 'NOUN', 8, 'obj'], ['.', 'PUNCT', 3, 'punct'],
    ]);
    expect(repairSubordinatorObjects(t.forms, t.upos, t.heads, t.deprels)).toBe(1);
    expect([t.heads[6], t.deprels[6], t.heads[7], t.deprels[7]]).toEqual([7, 'nsubj', 2, 'advcl']);
    // "Guards led him away before police could reach him , an aide said ." with "reach" on "said"
    const u = tree([
      ['Guards', 'NOUN', 2, 'nsubj'], ['led', 'VERB', 13, 'ccomp'], ['him', 'PRON', 2, 'obj'], ['away', 'ADV', 2, 'advmod'],
      ['before', 'ADP', 6, 'case'], ['police', 'NOUN', 2, 'obl'], ['could', 'AUX', 8, 'aux'], ['reach', 'VERB', 13, 'ccomp'],
      ['him', 'PRON', 8, 'obj'], [',', 'PUNCT', 13, 'punct'], ['an', 'DET', 12, 'det'], ['aide', 'NOUN', 13, 'nsubj'],
      ['said', 'VERB', 0, 'root'], ['.', 'PUNCT', 13, 'punct'],
    ]);
    expect(repairSubordinatorObjects(u.forms, u.upos, u.heads, u.deprels)).toBe(1);
    expect([u.heads[5], u.deprels[5], u.heads[7], u.deprels[7]]).toEqual([7, 'nsubj', 1, 'advcl']);
  });

  it('leaves a preposition before an infinitive, a number, a comma or a verb with its own subject', () => {
    const none = (rows: [string, string, number, string][]) => {
      const t = tree(rows);
      return repairSubordinatorObjects(t.forms, t.upos, t.heads, t.deprels);
    };
    // "He was called before a panel to explain it ."
    expect(none([
      ['He', 'PRON', 3, 'nsubj:pass'], ['was', 'AUX', 3, 'aux:pass'], ['called', 'VERB', 0, 'root'], ['before', 'ADP', 6, 'case'],
      ['a', 'DET', 6, 'det'], ['panel', 'NOUN', 3, 'obl'], ['to', 'PART', 8, 'mark'], ['explain', 'VERB', 3, 'advcl'],
      ['it', 'PRON', 8, 'obj'], ['.', 'PUNCT', 3, 'punct'],
    ])).toBe(0);
    // "The town grew , and after 1850 became a port ."
    expect(none([
      ['The', 'DET', 2, 'det'], ['town', 'NOUN', 3, 'nsubj'], ['grew', 'VERB', 0, 'root'], [',', 'PUNCT', 8, 'punct'],
      ['and', 'CCONJ', 8, 'cc'], ['after', 'ADP', 7, 'case'], ['1850', 'NUM', 8, 'obl'], ['became', 'VERB', 3, 'conj'],
      ['a', 'DET', 10, 'det'], ['port', 'NOUN', 8, 'xcomp'], ['.', 'PUNCT', 3, 'punct'],
    ])).toBe(0);
    // "She sailed on and after weeks reached land ." (a coordinated predicate shares the subject)
    expect(none([
      ['She', 'PRON', 2, 'nsubj'], ['sailed', 'VERB', 0, 'root'], ['on', 'ADV', 2, 'advmod'], ['and', 'CCONJ', 7, 'cc'],
      ['after', 'ADP', 6, 'case'], ['weeks', 'NOUN', 7, 'obl'], ['reached', 'VERB', 2, 'conj'],
      ['land', 'NOUN', 7, 'obj'], ['.', 'PUNCT', 2, 'punct'],
    ])).toBe(0);
    // "After the vote , two aides left ."
    expect(none([
      ['After', 'ADP', 3, 'case'], ['the', 'DET', 3, 'det'], ['vote', 'NOUN', 7, 'obl'], [',', 'PUNCT', 7, 'punct'],
      ['two', 'NUM', 6, 'nummod'], ['aides', 'NOUN', 7, 'nsubj'], ['left', 'VERB', 0, 'root'], ['.', 'PUNCT', 7, 'punct'],
    ])).toBe(0);
  });
});
