// The tree queries stages rely on, over hand-written trees of the team's own sentences.
import { describe, expect, it, vi } from 'vitest';
import { Tree } from '../../src/doc/tree.ts';
import { docWithTree, at, word } from '../helpers/tree.ts';

const passive = docWithTree([
  ['The', 'DET', 2, 'det'], ['convoy', 'NOUN', 4, 'nsubj:pass'], ['was', 'AUX', 4, 'aux:pass'], ['attacked', 'VERB', 0, 'root'],
  ['by', 'ADP', 6, 'case'], ['rebels', 'NOUN', 4, 'obl:agent'], ['near', 'ADP', 9, 'case'], ['the', 'DET', 9, 'det'],
  ['border', 'NOUN', 4, 'obl'], ['.', 'PUNCT', 4, 'punct'],
]);
const control = docWithTree([
  ['Germany', 'PROPN', 2, 'nsubj'], ['called', 'VERB', 0, 'root'], ['on', 'ADP', 4, 'case'], ['Russia', 'PROPN', 2, 'obl'],
  ['to', 'PART', 6, 'mark'], ['withdraw', 'VERB', 2, 'xcomp'], ['its', 'PRON', 8, 'nmod:poss'], ['troops', 'NOUN', 6, 'obj'], ['.', 'PUNCT', 2, 'punct'],
]);
const objectControl = docWithTree([
  ['Ministers', 'NOUN', 2, 'nsubj'], ['urged', 'VERB', 0, 'root'], ['Iran', 'PROPN', 2, 'obj'], ['to', 'PART', 5, 'mark'],
  ['resume', 'VERB', 2, 'xcomp'], ['talks', 'NOUN', 5, 'obj'], ['.', 'PUNCT', 2, 'punct'],
]);
const coordination = docWithTree([
  ['Chile', 'PROPN', 4, 'nsubj'], ['and', 'CCONJ', 3, 'cc'], ['Peru', 'PROPN', 1, 'conj'], ['vetoed', 'VERB', 0, 'root'],
  ['and', 'CCONJ', 6, 'cc'], ['condemned', 'VERB', 4, 'conj'], ['the', 'DET', 8, 'det'], ['motion', 'NOUN', 4, 'obj'], ['.', 'PUNCT', 4, 'punct'],
]);
const relative = docWithTree([
  ['The', 'DET', 2, 'det'], ['man', 'NOUN', 8, 'nsubj:pass'], ['who', 'PRON', 4, 'nsubj'], ['attacked', 'VERB', 2, 'acl:relcl'],
  ['the', 'DET', 6, 'det'], ['embassy', 'NOUN', 4, 'obj'], ['was', 'AUX', 8, 'aux:pass'], ['arrested', 'VERB', 0, 'root'], ['.', 'PUNCT', 8, 'punct'],
]);
const appos = docWithTree([
  ['Ana', 'PROPN', 6, 'nsubj'], [',', 'PUNCT', 4, 'punct'], ['the', 'DET', 4, 'det'], ['envoy', 'NOUN', 1, 'appos'], [',', 'PUNCT', 4, 'punct'],
  ['left', 'VERB', 0, 'root'], ['.', 'PUNCT', 6, 'punct'],
]);

const rootSource = docWithTree([
  ['According', 'VERB', 3, 'case'], ['to', 'ADP', 1, 'fixed'], ['officials', 'NOUN', 0, 'root'], [',', 'PUNCT', 6, 'punct'],
  ['talks', 'NOUN', 6, 'nsubj'], ['failed', 'VERB', 3, 'parataxis'], ['.', 'PUNCT', 3, 'punct'],
]);

const compound = docWithTree([
  ['Poland', 'PROPN', 2, 'nsubj'], ['sent', 'VERB', 0, 'root'], ['an', 'DET', 5, 'det'], ['aid', 'NOUN', 5, 'compound'],
  ['package', 'NOUN', 2, 'obj'], ['.', 'PUNCT', 2, 'punct'],
]);

describe('Tree', () => {
  it('finds the holder of a noun: its possessor, its by-phrase, or the subject of the active clause taking it', () => {
    // "Poland made the decision to act." / "Poland's decision surprised Iran." / "The decision was made."
    const made = docWithTree([
      ['Poland', 'PROPN', 2, 'nsubj'], ['made', 'VERB', 0, 'root'], ['the', 'DET', 4, 'det'], ['decision', 'NOUN', 2, 'obj'],
      ['to', 'PART', 6, 'mark'], ['act', 'VERB', 4, 'acl'], ['.', 'PUNCT', 2, 'punct'],
    ]);
    expect(word(made, Tree.of(made)!.holder(at(made, 'decision')))).toBe('Poland');
    const owned = docWithTree([
      ['Poland', 'PROPN', 3, 'nmod:poss'], ["'s", 'PART', 1, 'case'], ['decision', 'NOUN', 4, 'nsubj'], ['surprised', 'VERB', 0, 'root'],
      ['Iran', 'PROPN', 4, 'obj'], ['.', 'PUNCT', 4, 'punct'],
    ]);
    expect(word(owned, Tree.of(owned)!.holder(at(owned, 'decision')))).toBe('Poland');
    const unmade = docWithTree([
      ['The', 'DET', 2, 'det'], ['decision', 'NOUN', 4, 'nsubj:pass'], ['was', 'AUX', 4, 'aux:pass'], ['made', 'VERB', 0, 'root'], ['.', 'PUNCT', 4, 'punct'],
    ]);
    expect(Tree.of(unmade)!.holder(at(unmade, 'decision'))).toBe(-1);
  });

  it('reads a compound modifier as the phrase of the noun it modifies', () => {
    const t = Tree.of(compound)!;
    expect(word(compound, t.compoundHead(3))).toBe('package');
    expect(word(compound, t.compoundHead(4))).toBe('package');
    expect(t.compoundHead(0)).toBe(0);
  });
  it('tells a copular predicate from a verb and from a noun that is no predicate', () => {
    const copular = docWithTree([
      ['Kyiv', 'PROPN', 3, 'nsubj'], ['is', 'AUX', 3, 'cop'], ['firm', 'ADJ', 0, 'root'], ['.', 'PUNCT', 3, 'punct'],
    ]);
    const t = Tree.of(copular)!;
    expect(t.isCopular(at(copular, 'firm'))).toBe(true);
    expect(t.isCopular(at(copular, 'Kyiv'))).toBe(false);
    const u = Tree.of(passive)!;
    expect(u.isCopular(at(passive, 'attacked'))).toBe(false);
    expect(u.isCopular(at(passive, 'border'))).toBe(false);
  });
  it('finds the head of a span and the predicate a subject (or its conjunct) governs', () => {
    const t = Tree.of(coordination)!;
    expect(word(coordination, t.spanHead(0, 3))).toBe('Chile');
    expect(word(coordination, t.predicateOfSubject(at(coordination, 'Peru')))).toBe('vetoed');
    expect(t.predicateOfSubject(at(coordination, 'motion'))).toBe(-1);
    const u = Tree.of(passive)!;
    expect(word(passive, u.spanHead(0, 2))).toBe('convoy');
  });

  it("finds the thing a name with an of-phrase possesses, in the UD reading and in the parser's other one", () => {
    // "the Bank of Chile's new rules" in UD: "Bank" is the possessor of "rules", "Chile" its nmod.
    const ud = docWithTree([
      ['They', 'PRON', 2, 'nsubj'], ['met', 'VERB', 0, 'root'], ['the', 'DET', 4, 'det'], ['Bank', 'PROPN', 9, 'nmod:poss'], ['of', 'ADP', 6, 'case'],
      ['Chile', 'PROPN', 4, 'nmod'], ["'s", 'PART', 4, 'case'], ['new', 'ADJ', 9, 'amod'], ['rules', 'NOUN', 2, 'obj'], ['.', 'PUNCT', 2, 'punct'],
    ]);
    const t = Tree.of(ud)!;
    expect(word(ud, t.possessum(at(ud, 'Chile')))).toBe('rules');
    expect(word(ud, t.possessum(at(ud, 'Bank')))).toBe('rules');
    expect(t.possessum(at(ud, 'They'))).toBe(-1);
    // The same words with "Bank" as the object and "rules" hung under it with "Chile" as possessor.
    const other = docWithTree([
      ['They', 'PRON', 2, 'nsubj'], ['met', 'VERB', 0, 'root'], ['the', 'DET', 4, 'det'], ['Bank', 'PROPN', 2, 'obj'], ['of', 'ADP', 9, 'case'],
      ['Chile', 'PROPN', 9, 'nmod:poss'], ["'s", 'PART', 6, 'case'], ['new', 'ADJ', 9, 'amod'], ['rules', 'NOUN', 4, 'nmod'], ['.', 'PUNCT', 2, 'punct'],
    ]);
    const u = Tree.of(other)!;
    expect(word(other, u.possessum(at(other, 'Bank')))).toBe('rules');
    // … and with "Bank" hung from "rules" by some other relation.
    const third = docWithTree([
      ['They', 'PRON', 2, 'nsubj'], ['met', 'VERB', 0, 'root'], ['the', 'DET', 4, 'det'], ['Bank', 'PROPN', 9, 'nsubj'], ['of', 'ADP', 9, 'case'],
      ['Chile', 'PROPN', 9, 'nmod:poss'], ["'s", 'PART', 6, 'case'], ['new', 'ADJ', 9, 'amod'], ['rules', 'NOUN', 2, 'obj'], ['.', 'PUNCT', 2, 'punct'],
    ]);
    expect(word(third, Tree.of(third)!.possessum(at(third, 'Bank')))).toBe('rules');
    // "met the Bank of Chile": a name with its of-phrase possesses nothing.
    const plain = docWithTree([
      ['They', 'PRON', 2, 'nsubj'], ['met', 'VERB', 0, 'root'], ['the', 'DET', 4, 'det'], ['Bank', 'PROPN', 2, 'obj'], ['of', 'ADP', 6, 'case'],
      ['Chile', 'PROPN', 4, 'nmod'], ['.', 'PUNCT', 2, 'punct'],
    ]);
    expect(Tree.of(plain)!.possessum(at(plain, 'Bank'))).toBe(-1);
  });

  it('finds the subject an apposition read as a second subject stands beside', () => {
    const doc = docWithTree([
      ['The', 'DET', 2, 'det'], ['envoy', 'NOUN', 6, 'nsubj'], [',', 'PUNCT', 4, 'punct'], ['Ana', 'PROPN', 6, 'nsubj'],
      [',', 'PUNCT', 6, 'punct'], ['left', 'VERB', 0, 'root'], ['.', 'PUNCT', 6, 'punct'],
    ]);
    const t = Tree.of(doc)!;
    expect(word(doc, t.subjectBeforeCommas(at(doc, 'Ana')))).toBe('envoy');
    expect(t.subjectBeforeCommas(at(doc, 'envoy'))).toBe(-1);
  });

  it('reads a by-phrase passive: agent from the by-phrase, patient from the passive subject', () => {
    const t = Tree.of(passive)!;
    const v = at(passive, 'attacked');
    expect(t.isPassive(v)).toBe(true);
    expect(word(passive, t.agent(v))).toBe('rebels');
    expect(word(passive, t.patient(v))).toBe('convoy');
    expect(t.caseOf(at(passive, 'rebels'))).toBe('by');
    expect(t.obliques(v, 'near').map((i) => word(passive, i))).toEqual(['border']);
  });

  it('reads one by-agent: obl:agent, a by-oblique of a participle the tree leaves active, a by-phrase of a noun', () => {
    const t = Tree.of(passive)!;
    expect(t.isByAgent(at(passive, 'rebels'))).toBe(true);
    expect(t.isByAgent(at(passive, 'border'))).toBe(false);
    expect(word(passive, t.byAgent(at(passive, 'attacked')))).toBe('rebels');
    // "The plan, dubbed a trap by critics, failed." (an oblique, the participle not marked passive)
    const dubbed = docWithTree([
      ['The', 'DET', 2, 'det'], ['plan', 'NOUN', 10, 'nsubj'], [',', 'PUNCT', 4, 'punct'], ['dubbed', 'VERB', 2, 'acl'],
      ['a', 'DET', 6, 'det'], ['trap', 'NOUN', 4, 'xcomp'], ['by', 'ADP', 8, 'case'], ['critics', 'NOUN', 4, 'obl'],
      [',', 'PUNCT', 4, 'punct'], ['failed', 'VERB', 0, 'root'], ['.', 'PUNCT', 10, 'punct'],
    ]);
    const d = Tree.of(dubbed)!;
    expect(word(dubbed, d.byAgent(at(dubbed, 'dubbed')))).toBe('critics');
    expect(d.byAgent(at(dubbed, 'failed'))).toBe(-1);
    // "A petition by farmers reached Rome." (a nominal modifier: the noun's holder)
    const petition = docWithTree([
      ['A', 'DET', 2, 'det'], ['petition', 'NOUN', 5, 'nsubj'], ['by', 'ADP', 4, 'case'], ['farmers', 'NOUN', 2, 'nmod'],
      ['reached', 'VERB', 0, 'root'], ['Rome', 'PROPN', 5, 'obj'], ['.', 'PUNCT', 5, 'punct'],
    ]);
    const p = Tree.of(petition)!;
    expect(word(petition, p.byAgent(at(petition, 'petition')))).toBe('farmers');
    expect(word(petition, p.holder(at(petition, 'petition')))).toBe('farmers');
    // "Lima won support by backing Quito." (a gerund of means marked by "by" is no by-agent)
    const means = docWithTree([
      ['Lima', 'PROPN', 2, 'nsubj'], ['won', 'VERB', 0, 'root'], ['support', 'NOUN', 2, 'obj'], ['by', 'SCONJ', 5, 'mark'],
      ['backing', 'VERB', 2, 'advcl'], ['Quito', 'PROPN', 5, 'obj'], ['.', 'PUNCT', 2, 'punct'],
    ]);
    const m = Tree.of(means)!;
    expect(m.isByAgent(at(means, 'backing'))).toBe(false);
    expect(m.byAgent(at(means, 'won'))).toBe(-1);
  });

  it('resolves the controller of an infinitive: "called on Y to", "urged Y to"', () => {
    const t = Tree.of(control)!;
    expect(word(control, t.subject(at(control, 'withdraw')))).toBe('Russia');
    const u = Tree.of(objectControl)!;
    expect(word(objectControl, u.subject(at(objectControl, 'resume')))).toBe('Iran');
  });

  it('distributes coordinated subjects over coordinated verbs', () => {
    const t = Tree.of(coordination)!;
    const second = at(coordination, 'condemned');
    expect(t.subjects(second).map((i) => word(coordination, i))).toEqual(['Chile', 'Peru']);
    expect(t.conjuncts(at(coordination, 'vetoed')).map((i) => word(coordination, i))).toEqual(['vetoed', 'condemned']);
  });

  it('tells the subjects a predicate governs itself from the ones it shares', () => {
    const t = Tree.of(coordination)!;
    const vetoed = at(coordination, 'vetoed');
    const condemned = at(coordination, 'condemned');
    expect(t.ownSubjects(vetoed).map((i) => word(coordination, i))).toEqual(['Chile']);
    expect(t.hasOwnSubject(vetoed)).toBe(true);
    // the second verb shares its subject: none of its own, though subject() resolves one
    expect(t.ownSubjects(condemned)).toEqual([]);
    expect(t.hasOwnSubject(condemned)).toBe(false);
    expect(word(coordination, t.subject(condemned))).toBe('Chile');
    expect(t.isSubject(at(coordination, 'Chile'))).toBe(true);
    expect(t.isSubject(at(coordination, 'motion'))).toBe(false);
    const u = Tree.of(passive)!;
    expect(u.isSubject(at(passive, 'convoy'))).toBe(true);
  });

  it('finds the first verb of a coordination whose subject a later verb shares', () => {
    const t = Tree.of(coordination)!;
    expect(word(coordination, t.firstConjunctWithSubject(at(coordination, 'condemned')))).toBe('vetoed');
    // the first verb itself, and a verb with a subject of its own, share none
    expect(t.firstConjunctWithSubject(at(coordination, 'vetoed'))).toBe(-1);
    const u = Tree.of(passive)!;
    expect(u.firstConjunctWithSubject(at(passive, 'attacked'))).toBe(-1);
  });

  it('tells whether a clause is opened by a given subordinator', () => {
    const cond = docWithTree([
      ['Ask', 'VERB', 0, 'root'], ['if', 'SCONJ', 6, 'mark'], ['Rome', 'PROPN', 5, 'nmod:poss'], ["'s", 'PART', 3, 'case'],
      ['envoy', 'NOUN', 6, 'nsubj'], ['left', 'VERB', 1, 'ccomp'], ['.', 'PUNCT', 1, 'punct'],
    ]);
    const t = Tree.of(cond)!;
    expect(t.markedBy(at(cond, 'left'), (w) => w === 'if')).toBe(true);
    expect(t.markedBy(at(cond, 'left'), (w) => w === 'whether')).toBe(false);
    expect(t.markedBy(at(cond, 'Ask'), (w) => w === 'if')).toBe(false);
  });

  it('gives a relative clause the noun it modifies as subject', () => {
    const t = Tree.of(relative)!;
    expect(word(relative, t.subject(at(relative, 'attacked')))).toBe('man');
    expect(word(relative, t.relativeAntecedent(at(relative, 'who')))).toBe('man');
    expect(t.relativeAntecedent(at(relative, 'man'))).toBe(-1);
    expect(t.clause(at(relative, 'embassy'))).toBe(at(relative, 'attacked'));
    expect(t.governor(at(relative, 'embassy'))).toBe(at(relative, 'attacked'));
  });

  it('gives the phrase of a head, and the core phrase without its apposition', () => {
    const t = Tree.of(appos)!;
    const ana = at(appos, 'Ana');
    const full = t.phrase(ana);
    expect(appos.text.slice(full.start, full.end)).toBe('Ana, the envoy');
    const core = t.corePhrase(ana);
    expect(appos.text.slice(core.start, core.end)).toBe('Ana');
  });

  it('finds an apposition on its noun and one the parser hung on the comma after the noun phrase', () => {
    const t = Tree.of(appos)!;
    expect(t.appositions(at(appos, 'Ana'))).toEqual([at(appos, 'envoy')]);
    expect(t.appositionHead(at(appos, 'envoy'))).toBe(at(appos, 'Ana'));
    // "Chile praised the leader of the party, Ana Lee, on Monday.": "Lee" hangs on the comma.
    const hung = docWithTree([
      ['Chile', 'PROPN', 2, 'nsubj'], ['praised', 'VERB', 0, 'root'], ['the', 'DET', 4, 'det'], ['leader', 'NOUN', 2, 'obj'],
      ['of', 'ADP', 7, 'case'], ['the', 'DET', 7, 'det'], ['party', 'NOUN', 4, 'nmod'], [',', 'PUNCT', 2, 'punct'],
      ['Ana', 'PROPN', 10, 'compound'], ['Lee', 'PROPN', 8, 'appos'], [',', 'PUNCT', 12, 'punct'], ['on', 'ADP', 13, 'case'],
      ['Monday', 'PROPN', 2, 'obl'], ['.', 'PUNCT', 2, 'punct'],
    ]);
    const h = Tree.of(hung)!;
    expect(h.appositions(at(hung, 'leader'))).toEqual([at(hung, 'Lee')]);
    expect(h.appositionHead(at(hung, 'Lee'))).toBe(at(hung, 'leader'));
    // A comma with no apposition on it adds nothing.
    expect(h.appositions(at(hung, 'Chile'))).toEqual([]);
    // "Peru's envoy, Ana Lee, spoke.": the comma is the noun's own child and "Lee" hangs on it.
    const own = docWithTree([
      ['Peru', 'PROPN', 3, 'nmod:poss'], ["'s", 'PART', 1, 'case'], ['envoy', 'NOUN', 8, 'nsubj'], [',', 'PUNCT', 3, 'punct'],
      ['Ana', 'PROPN', 6, 'compound'], ['Lee', 'PROPN', 4, 'appos'], [',', 'PUNCT', 3, 'punct'], ['spoke', 'VERB', 0, 'root'], ['.', 'PUNCT', 8, 'punct'],
    ]);
    const o = Tree.of(own)!;
    expect(o.appositions(at(own, 'envoy'))).toEqual([at(own, 'Lee')]);
    expect(o.appositionHead(at(own, 'Lee'))).toBe(at(own, 'envoy'));
  });

  it('counts as an apposition a name set off by a comma that the parser hung elsewhere', () => {
    // "Norway accused the region's governor, Alek Varnum, of negligence.": the name an unmarked oblique of the verb
    const beside = docWithTree([
      ['Norway', 'PROPN', 2, 'nsubj'], ['accused', 'VERB', 0, 'root'], ['the', 'DET', 4, 'det'], ['region', 'NOUN', 6, 'nmod:poss'],
      ["'s", 'PART', 4, 'case'], ['governor', 'NOUN', 2, 'obj'], [',', 'PUNCT', 8, 'punct'], ['Alek', 'PROPN', 2, 'obl:unmarked'],
      ['Varnum', 'PROPN', 8, 'flat'], [',', 'PUNCT', 12, 'punct'], ['of', 'ADP', 12, 'case'], ['negligence', 'NOUN', 8, 'nmod'], ['.', 'PUNCT', 2, 'punct'],
    ]);
    const b = Tree.of(beside)!;
    expect(b.appositions(at(beside, 'governor'))).toEqual([at(beside, 'Alek')]);
    expect(b.appositionHead(at(beside, 'Alek'))).toBe(at(beside, 'governor'));
    // the subject, whose phrase is not followed by the comma, has none
    expect(b.appositions(at(beside, 'Norway'))).toEqual([]);
    // the same name read as a vocative, a plain oblique without a preposition, or an open complement of the verb
    for (const rel of ['vocative', 'obl', 'xcomp']) {
      const other = docWithTree(beside.layers.tokens!.map((t, i) => [t.text, beside.layers.syntax!.upos[i], beside.layers.syntax!.heads[i] + 1, t.text === 'Alek' ? rel : beside.layers.syntax!.deprels[i]]));
      expect(Tree.of(other)!.appositions(at(other, 'governor'))).toEqual([at(other, 'Alek')]);
    }
    // an oblique with its preposition is no apposition ("accused the governor, in Oslo, of …")
    const marked = docWithTree([
      ['Norway', 'PROPN', 2, 'nsubj'], ['accused', 'VERB', 0, 'root'], ['the', 'DET', 4, 'det'], ['governor', 'NOUN', 2, 'obj'],
      [',', 'PUNCT', 7, 'punct'], ['in', 'ADP', 7, 'case'], ['Oslo', 'PROPN', 2, 'obl'], ['.', 'PUNCT', 2, 'punct'],
    ]);
    expect(Tree.of(marked)!.appositions(at(marked, 'governor'))).toEqual([]);
    // "Farmers want the dismissal of the minister, Pell Varnum.": the name a parataxis of the verb; which
    // of the two phrases ending at the comma it names is a matter of meaning, so both are its heads
    const high = docWithTree([
      ['Farmers', 'NOUN', 2, 'nsubj'], ['want', 'VERB', 0, 'root'], ['the', 'DET', 4, 'det'], ['dismissal', 'NOUN', 2, 'obj'],
      ['of', 'ADP', 7, 'case'], ['the', 'DET', 7, 'det'], ['minister', 'NOUN', 4, 'nmod'], [',', 'PUNCT', 10, 'punct'],
      ['Pell', 'PROPN', 10, 'compound'], ['Varnum', 'PROPN', 2, 'parataxis'], ['.', 'PUNCT', 2, 'punct'],
    ]);
    const h = Tree.of(high)!;
    expect(h.appositionHeads(at(high, 'Varnum'))).toEqual([at(high, 'dismissal'), at(high, 'minister')]);
    expect(h.appositions(at(high, 'minister'))).toEqual([at(high, 'Varnum')]);
    // "Lorvia's president, Zorvek Quannit, said …" with the name as an object of the comma: a comma governs nothing
    const underComma = docWithTree([
      ['Lorvia', 'PROPN', 3, 'nmod:poss'], ["'s", 'PART', 1, 'case'], ['president', 'NOUN', 8, 'nsubj'], [',', 'PUNCT', 3, 'punct'],
      ['Zorvek', 'PROPN', 4, 'obj'], ['Quannit', 'PROPN', 5, 'flat'], [',', 'PUNCT', 8, 'punct'], ['said', 'VERB', 0, 'root'], ['.', 'PUNCT', 8, 'punct'],
    ]);
    const u = Tree.of(underComma)!;
    expect(u.appositions(at(underComma, 'president'))).toEqual([at(underComma, 'Zorvek')]);
    expect(u.appositionHead(at(underComma, 'Zorvek'))).toBe(at(underComma, 'president'));
  });

  it('drops a skipped child from the core phrase even when punctuation follows it', () => {
    const t = Tree.of(rootSource)!;
    const core = t.corePhrase(at(rootSource, 'officials'));
    expect(rootSource.text.slice(core.start, core.end)).toBe('According to officials');
  });

  it('is null on a doc without a syntax layer', () => {
    const { syntax, ...rest } = passive.layers;
    void syntax;
    expect(Tree.of({ ...passive, layers: rest })).toBeNull();
  });
});

describe('Tree ranges', () => {
  const coord = docWithTree([
    ['Russia', 'PROPN', 5, 'nsubj'], ['and', 'CCONJ', 3, 'cc'], ['China', 'PROPN', 1, 'conj'], [',', 'PUNCT', 1, 'punct'],
    ['vetoed', 'VERB', 0, 'root'], ['it', 'PRON', 5, 'obj'], ['.', 'PUNCT', 5, 'punct'],
  ]);
  it('gives the core range of a conjunct without the conjuncts after it', () => {
    const t = Tree.of(coord)!;
    expect(t.coreRange(at(coord, 'Russia'))).toEqual([0, 0]);
    expect(t.phraseRange(at(coord, 'Russia'))).toEqual([0, 2]);
    expect(t.coreRange(at(coord, 'China'))).toEqual([2, 2]);
  });
});

describe('Tree.secondaryPredicate', () => {
  const naming = docWithTree([
    ['Moscow', 'PROPN', 2, 'nsubj'], ['called', 'VERB', 0, 'root'], ['the', 'DET', 4, 'det'], ['move', 'NOUN', 2, 'obj'],
    ['a', 'DET', 6, 'det'], ['provocation', 'NOUN', 2, 'xcomp'], ['.', 'PUNCT', 2, 'punct'],
  ]);
  const asPhrase = docWithTree([
    ['Oslo', 'PROPN', 2, 'nsubj'], ['condemned', 'VERB', 0, 'root'], ['the', 'DET', 4, 'det'], ['test', 'NOUN', 2, 'obj'],
    ['as', 'ADP', 6, 'case'], ['reckless', 'ADJ', 2, 'xcomp'], ['.', 'PUNCT', 2, 'punct'],
  ]);
  it('finds a bare nominal predicate after the object, not an "as" phrase nor a controlled infinitive', () => {
    expect(word(naming, Tree.of(naming)!.secondaryPredicate(at(naming, 'called')))).toBe('provocation');
    expect(Tree.of(asPhrase)!.secondaryPredicate(at(asPhrase, 'condemned'))).toBe(-1);
    expect(Tree.of(objectControl)!.secondaryPredicate(at(objectControl, 'urged'))).toBe(-1);
  });
});

describe('Tree.predicateAbove and Tree.verbGroup (time expressions)', () => {
  // "The vote in June had not yet been held ."
  const nominal = docWithTree([
    ['The', 'DET', 2, 'det'], ['vote', 'NOUN', 9, 'nsubj:pass'], ['in', 'ADP', 4, 'case'], ['June', 'PROPN', 2, 'nmod'],
    ['had', 'AUX', 9, 'aux'], ['not', 'PART', 9, 'advmod'], ['yet', 'ADV', 9, 'advmod'], ['been', 'AUX', 9, 'aux:pass'],
    ['held', 'VERB', 0, 'root'], ['.', 'PUNCT', 9, 'punct'],
  ]);
  // "The disputed May poll was void ."
  const copular = docWithTree([
    ['The', 'DET', 4, 'det'], ['disputed', 'VERB', 4, 'amod'], ['May', 'PROPN', 4, 'compound'], ['poll', 'NOUN', 6, 'nsubj'],
    ['was', 'AUX', 6, 'cop'], ['void', 'ADJ', 0, 'root'], ['.', 'PUNCT', 6, 'punct'],
  ]);
  // "Talks resumed in March and June ."
  const conj = docWithTree([
    ['Talks', 'NOUN', 2, 'nsubj'], ['resumed', 'VERB', 0, 'root'], ['in', 'ADP', 4, 'case'], ['March', 'PROPN', 2, 'obl'],
    ['and', 'CCONJ', 6, 'cc'], ['June', 'PROPN', 4, 'conj'], ['.', 'PUNCT', 2, 'punct'],
  ]);

  it('climbs through the noun a date modifies to its verb, with the auxiliaries across adverbs', () => {
    const t = Tree.of(nominal)!;
    const p = t.predicateAbove(at(nominal, 'June'));
    expect(word(nominal, p)).toBe('held');
    expect(t.verbGroup(p).map((i) => word(nominal, i))).toEqual(['had', 'been', 'held']);
  });

  it('skips an attributive participle and stops at a copular predicate', () => {
    const t = Tree.of(copular)!;
    const p = t.predicateAbove(at(copular, 'May'));
    expect(word(copular, p)).toBe('void');
    expect(t.verbGroup(p).map((i) => word(copular, i))).toEqual(['was', 'void']);
  });

  it('hangs a second conjunct where the first hangs', () => {
    const t = Tree.of(conj)!;
    expect(word(conj, t.predicateAbove(at(conj, 'June')))).toBe('resumed');
  });
});

describe('Tree.controlledSubject', () => {
  const adjunct = docWithTree([
    ['Poland', 'PROPN', 2, 'nsubj'], ['spoke', 'VERB', 0, 'root'], ['after', 'SCONJ', 4, 'mark'], ['meeting', 'VERB', 2, 'advcl'],
    ['Iran', 'PROPN', 4, 'obj'], ['.', 'PUNCT', 2, 'punct'],
  ]);
  const reason = docWithTree([
    ['Ana', 'PROPN', 3, 'nsubj:pass'], ['was', 'AUX', 3, 'aux:pass'], ['arrested', 'VERB', 0, 'root'], ['for', 'SCONJ', 5, 'mark'],
    ['spying', 'VERB', 3, 'advcl'], ['.', 'PUNCT', 3, 'punct'],
  ]);
  it('gives a subjectless adverbial clause the subject of the clause it modifies', () => {
    const t = Tree.of(adjunct)!;
    expect(t.subject(3)).toBe(-1);
    expect(word(adjunct, t.controlledSubject(3))).toBe('Poland');
  });
  it('gives a reason clause ("arrested for spying") none', () => {
    expect(Tree.of(reason)!.controlledSubject(4)).toBe(-1);
  });
});

describe('Tree.purposeOf', () => {
  // "Nurses gathered on Sunday to protest the cuts." / "Chile wants to protest." / "Her plan to protest failed."
  const purpose = docWithTree([
    ['Nurses', 'NOUN', 2, 'nsubj'], ['gathered', 'VERB', 0, 'root'], ['on', 'ADP', 4, 'case'], ['Sunday', 'PROPN', 2, 'obl'],
    ['to', 'PART', 6, 'mark'], ['protest', 'VERB', 2, 'advcl'], ['the', 'DET', 8, 'det'], ['cuts', 'NOUN', 6, 'obj'], ['.', 'PUNCT', 2, 'punct'],
  ]);
  const complement = docWithTree([
    ['Chile', 'PROPN', 2, 'nsubj'], ['wants', 'VERB', 0, 'root'], ['to', 'PART', 4, 'mark'], ['protest', 'VERB', 2, 'xcomp'], ['.', 'PUNCT', 2, 'punct'],
  ]);
  const nominal = docWithTree([
    ['Her', 'PRON', 2, 'nmod:poss'], ['plan', 'NOUN', 5, 'nsubj'], ['to', 'PART', 4, 'mark'], ['protest', 'VERB', 2, 'acl'], ['failed', 'VERB', 0, 'root'],
    ['.', 'PUNCT', 5, 'punct'],
  ]);
  it('gives the verb a "to" clause is the purpose of', () => {
    expect(word(purpose, Tree.of(purpose)!.purposeOf(5))).toBe('gathered');
  });
  it('gives none for a complement or a noun\'s infinitive', () => {
    expect(Tree.of(complement)!.purposeOf(3)).toBe(-1);
    expect(Tree.of(nominal)!.purposeOf(3)).toBe(-1);
  });
});

describe('Tree.addresseeController', () => {
  // The verbs that control by their object or by an "on" oblique, as a caller's word list would say.
  const controls = (lemma: string, prep: string | null) => (prep === null ? ['order', 'ask'].includes(lemma) : `${lemma} ${prep}` === 'call on');
  // "The navy was ordered by Chile to patrol the strait."
  const passive = docWithTree([
    ['The', 'DET', 2, 'det'], ['navy', 'NOUN', 4, 'nsubj:pass'], ['was', 'AUX', 4, 'aux:pass'], ['ordered', 'VERB', 0, 'root', 'order'],
    ['by', 'ADP', 6, 'case'], ['Chile', 'PROPN', 4, 'obl:agent'], ['to', 'PART', 8, 'mark'], ['patrol', 'VERB', 4, 'advcl'],
    ['the', 'DET', 10, 'det'], ['strait', 'NOUN', 8, 'obj'], ['.', 'PUNCT', 4, 'punct'],
  ]);
  // "Peru asked the senate to vote." (the parser hangs the clause as an adverbial clause, the senate as iobj)
  const active = docWithTree([
    ['Peru', 'PROPN', 2, 'nsubj'], ['asked', 'VERB', 0, 'root', 'ask'], ['the', 'DET', 4, 'det'], ['senate', 'NOUN', 2, 'iobj'],
    ['to', 'PART', 6, 'mark'], ['vote', 'VERB', 2, 'advcl'], ['.', 'PUNCT', 2, 'punct'],
  ]);
  // "Unions called on Lima to resign."
  const oblique = docWithTree([
    ['Unions', 'NOUN', 2, 'nsubj'], ['called', 'VERB', 0, 'root', 'call'], ['on', 'ADP', 4, 'case'], ['Lima', 'PROPN', 2, 'obl'],
    ['to', 'PART', 6, 'mark'], ['resign', 'VERB', 2, 'advcl'], ['.', 'PUNCT', 2, 'punct'],
  ]);
  // "The fund was founded by Peru to help farmers." (a purpose: no controlling verb)
  const purpose = docWithTree([
    ['The', 'DET', 2, 'det'], ['fund', 'NOUN', 4, 'nsubj:pass'], ['was', 'AUX', 4, 'aux:pass'], ['founded', 'VERB', 0, 'root', 'found'],
    ['by', 'ADP', 6, 'case'], ['Peru', 'PROPN', 4, 'obl:agent'], ['to', 'PART', 8, 'mark'], ['help', 'VERB', 4, 'advcl'],
    ['farmers', 'NOUN', 8, 'obj'], ['.', 'PUNCT', 4, 'punct'],
  ]);
  it('gives the passive subject of a verb of ordering, never its by-agent', () => {
    expect(word(passive, Tree.of(passive)!.addresseeController(at(passive, 'patrol'), controls))).toBe('navy');
  });
  it('gives the one asked, as object or indirect object or by the verb\'s preposition, for an adverbial "to" clause', () => {
    expect(word(active, Tree.of(active)!.addresseeController(at(active, 'vote'), controls))).toBe('senate');
    expect(word(oblique, Tree.of(oblique)!.addresseeController(at(oblique, 'resign'), controls))).toBe('Lima');
  });
  it('gives none where the verb controls nothing (a purpose clause)', () => {
    expect(Tree.of(purpose)!.addresseeController(at(purpose, 'help'), controls)).toBe(-1);
  });
});

describe('Tree.infinitiveGovernor', () => {
  // "Chile managed to protest." / "Nurses gathered on Sunday to protest the cuts." / "Chile protested the cuts."
  const managed = docWithTree([
    ['Chile', 'PROPN', 2, 'nsubj'], ['managed', 'VERB', 0, 'root'], ['to', 'PART', 4, 'mark'], ['protest', 'VERB', 2, 'xcomp'], ['.', 'PUNCT', 2, 'punct'],
  ]);
  const purpose = docWithTree([
    ['Nurses', 'NOUN', 2, 'nsubj'], ['gathered', 'VERB', 0, 'root'], ['on', 'ADP', 4, 'case'], ['Sunday', 'PROPN', 2, 'obl'],
    ['to', 'PART', 6, 'mark'], ['protest', 'VERB', 2, 'advcl'], ['the', 'DET', 8, 'det'], ['cuts', 'NOUN', 6, 'obj'], ['.', 'PUNCT', 2, 'punct'],
  ]);
  const finite = docWithTree([
    ['Chile', 'PROPN', 2, 'nsubj'], ['protested', 'VERB', 0, 'root'], ['the', 'DET', 4, 'det'], ['cuts', 'NOUN', 2, 'obj'], ['.', 'PUNCT', 2, 'punct'],
  ]);
  it('gives the word a "to" clause hangs on, complement or purpose', () => {
    expect(word(managed, Tree.of(managed)!.infinitiveGovernor(3))).toBe('managed');
    expect(word(purpose, Tree.of(purpose)!.infinitiveGovernor(5))).toBe('gathered');
  });
  it('gives none for a clause without "to" or a root', () => {
    expect(Tree.of(finite)!.infinitiveGovernor(3)).toBe(-1);
    expect(Tree.of(managed)!.infinitiveGovernor(1)).toBe(-1);
  });
});

describe('Tree.sharesPassive and Tree.sharedAgent', () => {
  // "The envoys were detained and questioned by border guards." (by-phrase on the second participle)
  const shared = docWithTree([
    ['The', 'DET', 2, 'det'], ['envoys', 'NOUN', 4, 'nsubj:pass'], ['were', 'AUX', 4, 'aux:pass'], ['detained', 'VERB', 0, 'root'],
    ['and', 'CCONJ', 6, 'cc'], ['questioned', 'VERB', 4, 'conj'], ['by', 'ADP', 9, 'case'], ['border', 'NOUN', 9, 'compound'],
    ['guards', 'NOUN', 6, 'obl:agent'], ['.', 'PUNCT', 4, 'punct'],
  ]);
  // "The envoys were detained and spent a night in a cell." (the second verb is active: it has an object)
  const active = docWithTree([
    ['The', 'DET', 2, 'det'], ['envoys', 'NOUN', 4, 'nsubj:pass'], ['were', 'AUX', 4, 'aux:pass'], ['detained', 'VERB', 0, 'root'],
    ['and', 'CCONJ', 6, 'cc'], ['spent', 'VERB', 4, 'conj'], ['a', 'DET', 8, 'det'], ['night', 'NOUN', 6, 'obj'], ['.', 'PUNCT', 4, 'punct'],
  ]);
  // "The envoys were detained and are questioned by guards." (two auxiliaries: two clauses)
  const twoAux = docWithTree([
    ['The', 'DET', 2, 'det'], ['envoys', 'NOUN', 4, 'nsubj:pass'], ['were', 'AUX', 4, 'aux:pass'], ['detained', 'VERB', 0, 'root'],
    ['and', 'CCONJ', 7, 'cc'], ['are', 'AUX', 7, 'aux:pass'], ['questioned', 'VERB', 4, 'conj'], ['by', 'ADP', 9, 'case'],
    ['guards', 'NOUN', 7, 'obl:agent'], ['.', 'PUNCT', 4, 'punct'],
  ]);
  it('reads a bare participle coordinated with a passive as passive, and shares the by-agent both ways', () => {
    const t = Tree.of(shared)!;
    expect(t.sharesPassive(at(shared, 'questioned'))).toBe(true);
    expect(t.sharesPassive(at(shared, 'detained'))).toBe(false);
    expect(word(shared, t.sharedAgent(at(shared, 'detained')))).toBe('guards');
    expect(word(shared, t.sharedAgent(at(shared, 'questioned')))).toBe('guards');
    expect(t.agent(at(shared, 'detained'))).toBe(-1);
  });
  it('leaves an active conjunct (with an object) and a conjunct with its own auxiliary alone', () => {
    const t = Tree.of(active)!;
    expect(t.sharesPassive(at(active, 'spent'))).toBe(false);
    expect(word(active, t.sharedAgent(at(active, 'spent')))).toBe('envoys');
    const u = Tree.of(twoAux)!;
    expect(u.sharesPassive(at(twoAux, 'questioned'))).toBe(false);
    expect(u.sharedAgent(at(twoAux, 'detained'))).toBe(-1);
  });
});

describe('Tree: possessors and names beside a phrase (issues 15, 17)', () => {
  it('finds the name the parser made a second subject after a dislocated title', () => {
    // "The US deputy envoy, Mara Quill, said …" with the title read as dislocated
    const d = docWithTree([
      ['The', 'DET', 4, 'det'], ['US', 'PROPN', 4, 'compound'], ['deputy', 'NOUN', 4, 'compound'], ['envoy', 'NOUN', 9, 'dislocated'],
      [',', 'PUNCT', 4, 'punct'], ['Mara', 'PROPN', 9, 'nsubj'], ['Quill', 'PROPN', 6, 'flat'], [',', 'PUNCT', 6, 'punct'],
      ['said', 'VERB', 0, 'root'], ['.', 'PUNCT', 9, 'punct'],
    ]);
    const t = Tree.of(d)!;
    expect(t.subjectBeforeCommas(at(d, 'Mara'))).toBe(at(d, 'envoy'));
    expect(t.appositionsOrSubjects(at(d, 'envoy'))).toEqual([at(d, 'Mara')]);
  });

  it('reads the possessor of a phrase, "whose" as the noun its clause modifies', () => {
    const t = Tree.of(control)!;
    expect(t.possessor(at(control, 'troops'))).toBe(at(control, 'its'));
    expect(t.possessor(at(control, 'Russia'))).toBe(-1);
    // "Peru thanked Chile, whose troops helped."
    const rel = docWithTree([
      ['Peru', 'PROPN', 2, 'nsubj'], ['thanked', 'VERB', 0, 'root'], ['Chile', 'PROPN', 2, 'obj'], [',', 'PUNCT', 7, 'punct'],
      ['whose', 'PRON', 6, 'nmod:poss'], ['troops', 'NOUN', 7, 'nsubj'], ['helped', 'VERB', 3, 'acl:relcl'], ['.', 'PUNCT', 2, 'punct'],
    ]);
    expect(Tree.of(rel)!.possessor(at(rel, 'troops'))).toBe(at(rel, 'Chile'));
    // the same clause hung on the verb as a parataxis: the name right before the comma
    const para = docWithTree(rel.layers.tokens!.map((tk, i) => [tk.text, rel.layers.syntax!.upos[i], tk.text === 'helped' ? 2 : rel.layers.syntax!.heads[i] + 1, tk.text === 'helped' ? 'parataxis' : rel.layers.syntax!.deprels[i]]));
    expect(Tree.of(para)!.possessor(at(para, 'troops'))).toBe(at(para, 'Chile'));
  });
});

describe('Tree.served (issue 15)', () => {
  it("reads whom a person noun serves: its possessor, else a to/for/of phrase after it", () => {
    // "Advisers to Lee and her lawyer met."
    const d = docWithTree([
      ['Advisers', 'NOUN', 7, 'nsubj'], ['to', 'ADP', 3, 'case'], ['Lee', 'PROPN', 1, 'nmod'], ['and', 'CCONJ', 6, 'cc'],
      ['her', 'PRON', 6, 'nmod:poss'], ['lawyer', 'NOUN', 1, 'conj'], ['met', 'VERB', 0, 'root'], ['.', 'PUNCT', 7, 'punct'],
    ]);
    const t = Tree.of(d)!;
    expect(t.served(at(d, 'Advisers'))).toBe(at(d, 'Lee'));
    expect(t.served(at(d, 'lawyer'))).toBe(at(d, 'her'));
    expect(t.served(at(d, 'Lee'))).toBe(-1);
    // "The aide in Rome met." names no one served
    const none = docWithTree([
      ['The', 'DET', 2, 'det'], ['aide', 'NOUN', 5, 'nsubj'], ['in', 'ADP', 4, 'case'], ['Rome', 'PROPN', 2, 'nmod'], ['met', 'VERB', 0, 'root'],
    ]);
    expect(Tree.of(none)!.served(at(none, 'aide'))).toBe(-1);
  });
});

describe('Tree.supportFrame', () => {
  const partIn = docWithTree([
    ['Farmers', 'NOUN', 2, 'nsubj'], ['took', 'VERB', 0, 'root', 'take'], ['part', 'NOUN', 2, 'obj'], ['in', 'ADP', 6, 'case'],
    ['a', 'DET', 6, 'det'], ['march', 'NOUN', 2, 'obl'], ['.', 'PUNCT', 2, 'punct'],
  ]);
  const partNoun = docWithTree([
    ['Farmers', 'NOUN', 2, 'nsubj'], ['took', 'VERB', 0, 'root', 'take'], ['part', 'NOUN', 2, 'obj'], ['in', 'ADP', 6, 'case'],
    ['a', 'DET', 6, 'det'], ['march', 'NOUN', 3, 'nmod'], ['.', 'PUNCT', 2, 'punct'],
  ]);
  const copular = docWithTree([
    ['The', 'DET', 2, 'det'], ['firm', 'NOUN', 5, 'nsubj'], ['is', 'AUX', 5, 'cop', 'be'], ['in', 'ADP', 5, 'case'],
    ['talks', 'NOUN', 0, 'root'], ['with', 'ADP', 7, 'case'], ['Chile', 'PROPN', 5, 'nmod'], ['.', 'PUNCT', 5, 'punct'],
  ]);
  const object = docWithTree([
    ['Peru', 'PROPN', 2, 'nsubj'], ['signed', 'VERB', 0, 'root', 'sign'], ['a', 'DET', 4, 'det'], ['deal', 'NOUN', 2, 'obj'], ['.', 'PUNCT', 2, 'punct'],
  ]);
  it('names the frame of a noun taken part in: verb, a "part" object, preposition', () => {
    expect(Tree.of(partIn)!.supportFrame(at(partIn, 'march'))).toEqual({ verb: 1, frame: 'take part in' });
    expect(Tree.of(partNoun)!.supportFrame(at(partNoun, 'march'))).toEqual({ verb: 1, frame: 'take part in' });
  });
  it('names a copular "be in" frame on the noun itself, and a bare verb for an object', () => {
    expect(Tree.of(copular)!.supportFrame(at(copular, 'talks'))).toEqual({ verb: 4, frame: 'be in' });
    expect(Tree.of(object)!.supportFrame(at(object, 'deal'))).toEqual({ verb: 1, frame: 'sign' });
  });
  it('is null for a subject or a noun under another noun', () => {
    expect(Tree.of(object)!.supportFrame(at(object, 'Peru'))).toBeNull();
    expect(Tree.of(copular)!.supportFrame(at(copular, 'Chile'))).toBeNull();
  });
});

describe('Tree.descriptions', () => {
  // "said Ana Lopes, a former aide in 2012." with "in 2012" hung on "said", as the parser does
  const hung = docWithTree([
    ['said', 'VERB', 0, 'root'], ['Ana', 'PROPN', 1, 'nsubj'], ['Lopes', 'PROPN', 2, 'flat'], [',', 'PUNCT', 7, 'punct'],
    ['a', 'DET', 7, 'det'], ['former', 'ADJ', 7, 'amod'], ['aide', 'NOUN', 2, 'appos'], ['in', 'ADP', 9, 'case'],
    ['2012', 'NUM', 1, 'obl'], ['.', 'PUNCT', 1, 'punct'],
  ]);
  it('takes the apposition and a prepositional phrase right after it that the parser hung on the verb', () => {
    expect(Tree.of(hung)!.descriptions(at(hung, 'Ana'))).toEqual([[at(hung, 'a'), at(hung, '2012')]]);
  });
  // "Ana Lopes, who ran the port, said on Monday, adding ..." : the relative clause, not the verb's date
  const relative = docWithTree([
    ['Ana', 'PROPN', 7, 'nsubj'], ['Lopes', 'PROPN', 1, 'flat'], [',', 'PUNCT', 5, 'punct'], ['who', 'PRON', 5, 'nsubj'],
    ['ran', 'VERB', 1, 'acl:relcl'], ['port', 'NOUN', 5, 'obj'], ['said', 'VERB', 0, 'root'], ['on', 'ADP', 9, 'case'],
    ['Monday', 'PROPN', 7, 'obl'], ['.', 'PUNCT', 7, 'punct'],
  ]);
  it('takes a relative clause, and leaves the verb\'s own oblique after a name with no apposition', () => {
    expect(Tree.of(relative)!.descriptions(at(relative, 'Ana'))).toEqual([[at(relative, 'who'), at(relative, 'port')]]);
  });
  // "The posts from Friday said ...": what modifies the name itself is its own phrase, no description
  const own = docWithTree([
    ['The', 'DET', 2, 'det'], ['posts', 'NOUN', 5, 'nsubj'], ['from', 'ADP', 4, 'case'], ['Friday', 'PROPN', 2, 'nmod'],
    ['said', 'VERB', 0, 'root'], ['.', 'PUNCT', 5, 'punct'],
  ]);
  it('is empty for a noun with only modifiers of its own', () => {
    expect(Tree.of(own)!.descriptions(at(own, 'posts'))).toEqual([]);
  });
});

describe('Tree.complementHolder', () => {
  // "Lee said Kim was right when he said it": the second "said" in the complement of the first
  const nested = docWithTree([
    ['Lee', 'PROPN', 2, 'nsubj'], ['said', 'VERB', 0, 'root'], ['Kim', 'PROPN', 5, 'nsubj'], ['was', 'AUX', 5, 'cop'],
    ['right', 'ADJ', 2, 'ccomp'], ['when', 'ADV', 8, 'advmod'], ['he', 'PRON', 8, 'nsubj'], ['said', 'VERB', 5, 'advcl'],
    ['it', 'PRON', 8, 'obj'], [',', 'PUNCT', 11, 'punct'], ['adding', 'VERB', 2, 'advcl'], ['more', 'ADJ', 11, 'obj'],
  ]);
  it('finds the cue whose complement holds a word, not one a participle clause hangs on', () => {
    const t = Tree.of(nested)!;
    const cues = new Set([1, 7, 10]);
    expect(t.complementHolder(7, cues)).toBe(1);
    expect(t.complementHolder(10, cues)).toBe(-1);
    expect(t.complementHolder(1, cues)).toBe(-1);
  });
});

describe('appositionHeads on a long verbless run', () => {
  it('asks appositions() of the few words that can take the apposition, not of every word back to the verb', () => {
    // "Lists: Aro, Bexa, Cori, …" — 200 names under one noun, the kind of run a mangled text gives
    const rows: [string, string, number, string][] = [['Lists', 'NOUN', 0, 'root']];
    for (let i = 0; i < 200; i++) rows.push([',', 'PUNCT', rows.length + 2, 'punct'], [`Name${i}`, 'PROPN', 1, i % 3 ? 'conj' : 'appos']);
    rows[rows.length - 1][3] = 'obl'; // (an apposition the parser hung on the noun above as an oblique)
    const doc = docWithTree(rows);
    const tree = Tree.of(doc)!;
    const last = rows.length - 1;
    // the answer of the plain definition: every word before the comma that takes it as an apposition
    const reference = [...Array(last - 1).keys()].filter((k) => tree.appositions(k).includes(last));
    const spy = vi.spyOn(tree, 'appositions');
    expect(reference.length).toBeGreaterThan(0);
    expect(tree.appositionHeads(last)).toEqual(reference);
    expect(spy.mock.calls.length).toBeLessThan(10);
    spy.mockRestore();
  });
});


describe('subjectInAdjunct', () => {
  // the parser's reading of "France, meeting Iran in Geneva, urged Russia to stop": no subject for
  // "urged", France hung on the participle as an unmarked oblique
  const hung = docWithTree([
    ['France', 'PROPN', 3, 'obl:unmarked'], [',', 'PUNCT', 1, 'punct'], ['meeting', 'VERB', 9, 'parataxis'], ['Iran', 'PROPN', 3, 'obj'],
    ['in', 'ADP', 6, 'case'], ['Geneva', 'PROPN', 3, 'obl'], [',', 'PUNCT', 9, 'punct'], ['then', 'ADV', 9, 'advmod'], ['urged', 'VERB', 0, 'root'],
    ['Russia', 'PROPN', 9, 'iobj'], ['.', 'PUNCT', 9, 'punct'],
  ]);
  const plain = docWithTree([
    ['France', 'PROPN', 3, 'obl:unmarked'], [',', 'PUNCT', 1, 'punct'], ['meeting', 'VERB', 8, 'parataxis'], ['Iran', 'PROPN', 3, 'obj'],
    ['in', 'ADP', 6, 'case'], ['Geneva', 'PROPN', 3, 'obl'], [',', 'PUNCT', 8, 'punct'], ['urged', 'VERB', 0, 'root'],
    ['Russia', 'PROPN', 8, 'iobj'], ['.', 'PUNCT', 8, 'punct'],
  ]);
  it('finds the phrase before the opening comma of an adjunct clause set off right before a subjectless verb', () => {
    expect(word(plain, Tree.of(plain)!.subjectInAdjunct(at(plain, 'urged')))).toBe('France');
  });
  it('finds none where a word other than punctuation stands between the clause and the verb', () => {
    expect(Tree.of(hung)!.subjectInAdjunct(at(hung, 'urged'))).toBe(-1);
  });
});

describe('isImperative', () => {
  // "Please imagine you are on a mountain ." and its readings with a subject, a tense and a head
  const imperative = docWithTree([
    ['Please', 'INTJ', 2, 'discourse'], ['imagine', 'VERB', 0, 'root'], ['you', 'PRON', 5, 'nsubj'], ['are', 'AUX', 5, 'cop'],
    ['calm', 'ADJ', 2, 'ccomp'], [',', 'PUNCT', 8, 'punct'], ['and', 'CCONJ', 8, 'cc'], ['feel', 'VERB', 2, 'conj'], ['it', 'PRON', 8, 'obj'], ['.', 'PUNCT', 2, 'punct'],
  ]);
  const withSubject = docWithTree([
    ['We', 'PRON', 2, 'nsubj'], ['imagine', 'VERB', 0, 'root'], ['you', 'PRON', 5, 'nsubj'], ['are', 'AUX', 5, 'cop'], ['calm', 'ADJ', 2, 'ccomp'], ['.', 'PUNCT', 2, 'punct'],
  ]);
  const tensed = docWithTree([
    ['Imagined', 'VERB', 0, 'root', 'imagine'], ['you', 'PRON', 4, 'nsubj'], ['were', 'AUX', 4, 'cop'], ['calm', 'ADJ', 1, 'ccomp'], ['.', 'PUNCT', 1, 'punct'],
  ]);
  const afterObject = docWithTree([
    ['Calm', 'ADJ', 2, 'obl'], ['imagine', 'VERB', 0, 'root'], ['it', 'PRON', 2, 'obj'], ['.', 'PUNCT', 2, 'punct'],
  ]);
  it('reads a bare subjectless root after a discourse word, and its conjunct, as imperatives', () => {
    const t = Tree.of(imperative)!;
    expect(t.isImperative(at(imperative, 'imagine'))).toBe(true);
    expect(t.isImperative(at(imperative, 'feel'))).toBe(true);
  });
  it('reads no imperative with a subject, a tensed form, a non-root verb or a word of another kind before it', () => {
    expect(Tree.of(withSubject)!.isImperative(at(withSubject, 'imagine'))).toBe(false);
    expect(Tree.of(tensed)!.isImperative(at(tensed, 'Imagined'))).toBe(false);
    expect(Tree.of(imperative)!.isImperative(at(imperative, 'calm'))).toBe(false);
    expect(Tree.of(afterObject)!.isImperative(at(afterObject, 'imagine'))).toBe(false);
  });
});

describe('asksQuestion', () => {
  // "Do you think it works ?" and its readings as a statement, an inverted statement and a quoted question
  const question = docWithTree([
    ['Do', 'AUX', 3, 'aux'], ['you', 'PRON', 3, 'nsubj'], ['think', 'VERB', 0, 'root'], ['it', 'PRON', 5, 'nsubj'], ['works', 'VERB', 3, 'ccomp'], ['?', 'PUNCT', 3, 'punct'],
  ]);
  const statement = docWithTree([
    ['You', 'PRON', 3, 'nsubj'], ['do', 'AUX', 3, 'aux'], ['think', 'VERB', 0, 'root'], ['it', 'PRON', 5, 'nsubj'], ['works', 'VERB', 3, 'ccomp'], ['?', 'PUNCT', 3, 'punct'],
  ]);
  const inverted = docWithTree([
    ['Only', 'ADV', 2, 'advmod'], ['then', 'ADV', 5, 'advmod'], ['did', 'AUX', 5, 'aux'], ['he', 'PRON', 5, 'nsubj'], ['say', 'VERB', 0, 'root'], ['it', 'PRON', 5, 'obj'], ['.', 'PUNCT', 5, 'punct'],
  ]);
  const quoted = docWithTree([
    ['“', 'PUNCT', 4, 'punct'], ['Did', 'AUX', 4, 'aux'], ['you', 'PRON', 4, 'nsubj'], ['know', 'VERB', 0, 'root'], ['?', 'PUNCT', 4, 'punct'], ['”', 'PUNCT', 4, 'punct'],
  ]);
  it('reads an auxiliary before the subject in a sentence closing with a question mark as a question', () => {
    expect(Tree.of(question)!.asksQuestion(at(question, 'think'))).toBe(true);
    expect(Tree.of(quoted)!.asksQuestion(at(quoted, 'know'))).toBe(true);
  });
  it('reads no question without inversion, without a question mark, or in a clause without a subject of its own', () => {
    expect(Tree.of(statement)!.asksQuestion(at(statement, 'think'))).toBe(false);
    expect(Tree.of(inverted)!.asksQuestion(at(inverted, 'say'))).toBe(false);
    expect(Tree.of(question)!.asksQuestion(at(question, 'works'))).toBe(false);
  });
});
