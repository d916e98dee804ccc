// Attribution read from the tree in the other shapes a parser gives a construction (hand-written trees,
// so the rules are tested whatever the shipped model does with these sentences): a noun cue tagged as a
// verb, an "as"-frame read as the root with its clause as parataxis, a speech participle hung on the
// reported clause instead of on the reporting verb, an opening "In a statement announcing …," phrase read as the
// predicate, a cue's object read as a nominal xcomp, the reported clause's subject read as the cue's
// object with the clause's auxiliary after it.
import { describe, expect, it } from 'vitest';
import { Tree } from '../../../src/doc/tree.ts';
import { bundledKnowledge } from '../../../src/knowledge/knowledge.ts';
import { quoteLexicon } from '../../../src/stages/quotes/lexicon.ts';
import { treeAttributions } from '../../../src/stages/quotes/reported.ts';
import { at, docWithTree, type Row } from '../../helpers/tree.ts';

function attributions(rows: Row[]) {
  const doc = docWithTree(rows);
  const tree = Tree.of(doc)!;
  const words = (ix: number[]) => ix.map((i) => doc.layers.tokens![i].text).join(' ');
  return { doc, list: treeAttributions(tree, quoteLexicon(bundledKnowledge()), () => false).map((a) => ({ ...a, cueText: a.cue.cue.phrase, contentText: words(a.content), sourceText: words(a.sources) })) };
}

describe('attribution in a parser\'s other shapes', () => {
  it('reads a noun cue the tagger took for a verb when it has a determiner or possessor', () => {
    const { list } = attributions([
      ['The', 'DET', 2, 'det'], ['board', 'NOUN', 3, 'nsubj'], ['rejected', 'VERB', 0, 'root'], ['the', 'DET', 5, 'det'],
      ['union', 'NOUN', 7, 'nmod:poss'], ["'s", 'PART', 5, 'case'], ['claim', 'VERB', 3, 'obj'], ['that', 'SCONJ', 10, 'mark'],
      ['wages', 'NOUN', 10, 'nsubj'], ['fell', 'VERB', 7, 'acl'], ['.', 'PUNCT', 3, 'punct'],
    ]);
    const claim = list.find((a) => a.cueText === 'claim');
    expect(claim?.contentText).toBe('wages fell');
    expect(claim?.sourceText).toBe('union');
  });

  it('takes the clause after the comma of an "as"-frame read as the root', () => {
    const { list } = attributions([
      ['As', 'SCONJ', 4, 'mark'], ['the', 'DET', 3, 'det'], ['minister', 'NOUN', 4, 'nsubj'], ['put', 'VERB', 0, 'root'],
      ['it', 'PRON', 4, 'obj'], [',', 'PUNCT', 4, 'punct'], ['the', 'DET', 8, 'det'], ['reform', 'NOUN', 11, 'nsubj'],
      ['is', 'AUX', 11, 'cop'], ['a', 'DET', 11, 'det'], ['bet', 'NOUN', 4, 'parataxis'], ['.', 'PUNCT', 4, 'punct'],
    ]);
    const frame = list.find((a) => a.cueText === 'put it');
    expect(frame?.contentText).toBe('the reform is a bet');
    expect(frame?.sourceText).toBe('minister');
  });

  it('does not give a speech participle hung on the reported clause that clause\'s subject', () => {
    const rows: Row[] = [
      ['Ann', 'PROPN', 2, 'nsubj'], ['said', 'VERB', 0, 'root'], ['Bo', 'PROPN', 6, 'nsubj'], ['had', 'AUX', 6, 'aux'],
      ['not', 'PART', 6, 'advmod'], ['done', 'VERB', 2, 'ccomp'], ['enough', 'ADV', 6, 'advmod'], [',', 'PUNCT', 9, 'punct'],
      ['adding', 'VERB', 6, 'advcl'], ['that', 'SCONJ', 13, 'mark'], ['talks', 'NOUN', 13, 'nsubj'], ['would', 'AUX', 13, 'aux'],
      ['resume', 'VERB', 9, 'ccomp'], ['.', 'PUNCT', 2, 'punct'],
    ];
    const { doc, list } = attributions(rows);
    const adding = list.find((a) => a.cue.a === at(doc, 'adding'));
    expect(adding?.contentText).toBe('talks would resume');
    expect(adding?.sourceText).not.toBe('Bo');
    // hung on the reporting verb, the participle's controller is that verb's subject
    const high = attributions(rows.map((r) => (r[0] === 'adding' ? ['adding', 'VERB', 2, 'advcl'] : r)));
    expect(high.list.find((a) => a.cue.a === at(high.doc, 'adding'))?.sourceText).toBe('Ann');
  });

  it('takes the speaker between the comma and a cue the parser gave no subject, and the clause up to the comma', () => {
    // "The talks will resume on Monday, a spokesperson for the ministry said." with the speaker's words
    // hung on the date and on the reported clause
    const rows: Row[] = [
      ['The', 'DET', 2, 'det'], ['talks', 'NOUN', 4, 'nsubj'], ['will', 'AUX', 4, 'aux'], ['resume', 'VERB', 13, 'ccomp'],
      ['on', 'ADP', 6, 'case'], ['Monday', 'PROPN', 4, 'obl'], [',', 'PUNCT', 8, 'punct'], ['a', 'DET', 8, 'det'],
      ['spokesperson', 'NOUN', 6, 'appos'], ['for', 'ADP', 11, 'case'], ['the', 'DET', 11, 'det'], ['ministry', 'NOUN', 4, 'obl'],
      ['said', 'VERB', 0, 'root', 'say'], ['.', 'PUNCT', 13, 'punct'],
    ];
    const { list } = attributions(rows);
    const said = list.find((a) => a.cueText === 'say');
    expect(said?.contentText).toBe('The talks will resume on Monday');
    expect(said?.sourceText).toBe('spokesperson');
    // a subordinate clause before the comma is no reported content ("When he sold the mine, Ann Lee said …")
    const sub = attributions([
      ['When', 'ADV', 3, 'advmod'], ['he', 'PRON', 3, 'nsubj'], ['sold', 'VERB', 8, 'ccomp'], ['the', 'DET', 5, 'det'],
      ['mine', 'NOUN', 3, 'obj'], [',', 'PUNCT', 7, 'punct'], ['Ann', 'PROPN', 7, 'compound'], ['Lee', 'PROPN', 5, 'appos'],
      ['said', 'VERB', 0, 'root', 'say'], ['.', 'PUNCT', 9, 'punct'],
    ]);
    expect(sub.list.find((a) => a.cueText === 'say')?.contentText ?? '').not.toContain('sold');
  });

  it('reads an opening "In a statement announcing …," phrase the parser took for the predicate', () => {
    // "In a statement announcing the merger, the bank said the deal would close." with "statement" an
    // oblique of "announcing" and "announcing" a complement of "said"
    const { list } = attributions([
      ['In', 'ADP', 3, 'case'], ['a', 'DET', 3, 'det'], ['statement', 'NOUN', 4, 'obl'], ['announcing', 'VERB', 10, 'ccomp'],
      ['the', 'DET', 6, 'det'], ['merger', 'NOUN', 4, 'obj'], [',', 'PUNCT', 4, 'punct'], ['the', 'DET', 9, 'det'],
      ['bank', 'NOUN', 10, 'nsubj'], ['said', 'VERB', 0, 'root'], ['the', 'DET', 12, 'det'], ['deal', 'NOUN', 14, 'nsubj'],
      ['would', 'AUX', 14, 'aux'], ['close', 'VERB', 10, 'ccomp'], ['.', 'PUNCT', 10, 'punct'],
    ]);
    const said = list.find((a) => a.cueText === 'say');
    expect(said?.contentText).toBe('the deal would close');
    expect(said?.sourceText).toBe('bank');
    // the participle's content ends at the comma: the main clause is not what the statement announced
    expect(list.find((a) => a.cueText === 'announce')?.contentText).toBe('the merger');
  });

  it('gives the main clause\'s cue after an opening noun-cue phrase no source inside that phrase', () => {
    // "In a statement announcing its choice, the guild called Lee a champion." with "guild" read as an
    // apposition of "choice" and "called" as a modifier of "choice"
    const { list } = attributions([
      ['In', 'ADP', 3, 'case'], ['a', 'DET', 3, 'det'], ['statement', 'NOUN', 4, 'obl'], ['announcing', 'VERB', 0, 'root'],
      ['its', 'PRON', 6, 'nmod:poss'], ['choice', 'NOUN', 4, 'obj'], [',', 'PUNCT', 9, 'punct'], ['the', 'DET', 9, 'det'],
      ['guild', 'NOUN', 6, 'appos'], ['called', 'VERB', 6, 'acl'], ['Lee', 'PROPN', 10, 'xcomp'], ['a', 'DET', 13, 'det'],
      ['champion', 'NOUN', 11, 'appos'], ['.', 'PUNCT', 4, 'punct'],
    ]);
    const called = list.find((a) => a.cueText === 'call');
    expect(called?.sourceText).toBe('guild');
    // the object read as a nominal xcomp right after the cue is the content, with the predicate on it
    expect(called?.contentText).toBe('Lee a champion');
  });

  it('reads a subject taken for the cue\'s object, its auxiliary right after it, as the start of the content', () => {
    const { list } = attributions([
      ['Critics', 'NOUN', 2, 'nsubj'], ['say', 'VERB', 6, 'advcl'], ['funds', 'NOUN', 2, 'obj'], ['could', 'AUX', 6, 'aux'],
      ['be', 'AUX', 6, 'aux:pass'], ['spent', 'VERB', 0, 'root'], ['on', 'ADP', 8, 'case'], ['schools', 'NOUN', 6, 'obl'], ['.', 'PUNCT', 6, 'punct'],
    ]);
    const say = list.find((a) => a.cueText === 'say');
    expect(say?.contentText).toBe('funds could be spent on schools');
    expect(say?.sourceText).toBe('Critics');
  });

  it('leaves out of such a content the main clause the parser hung inside it after a comma', () => {
    const { list } = attributions([
      ['While', 'SCONJ', 3, 'mark'], ['he', 'PRON', 3, 'nsubj'], ['admitted', 'VERB', 0, 'root'], ['costs', 'NOUN', 3, 'obj'],
      ['were', 'AUX', 6, 'cop'], ['high', 'ADJ', 3, 'obl'], [',', 'PUNCT', 9, 'punct'], ['Lee', 'PROPN', 9, 'nsubj'],
      ['noted', 'VERB', 6, 'parataxis'], ['the', 'DET', 11, 'det'], ['plan', 'NOUN', 12, 'nsubj'], ['worked', 'VERB', 9, 'ccomp'], ['.', 'PUNCT', 3, 'punct'],
    ]);
    expect(list.find((a) => a.cueText === 'admit')?.contentText).toBe('costs were high');
    const noted = list.find((a) => a.cueText === 'note');
    expect(noted?.contentText).toBe('the plan worked');
    expect(noted?.sourceText).toBe('Lee');
  });
});
