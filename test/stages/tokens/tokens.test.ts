import { describe, expect, it } from 'vitest';
import { knownName, tokenize } from '../../../src/stages/tokens/tokens.ts';
import { actorIndex } from '../../../src/stages/actors/registry.ts';
import { bundledKnowledge } from '../../../src/knowledge/knowledge.ts';

describe('tokens stage', () => {
  it('splits a possessive the same way whatever text was read before (wink learns "Name\'s" before punctuation)', () => {
    const words = (text: string) => tokenize(text).tokens.map((t) => t.text);
    const probe = "The council rejected Mrs Wakefeld's proposal.";
    const fresh = words(probe);
    expect(fresh).toContain('Wakefeld');
    expect(fresh).toContain("'s");
    // A text where the possessive stands before a comma is what made wink keep it whole afterwards.
    const before = words("Her plan was bolder than Wakefeld's, the mayor said.");
    expect(before.slice(before.indexOf('Wakefeld'), before.indexOf('Wakefeld') + 3)).toEqual(['Wakefeld', "'s", ',']);
    expect(words(probe)).toEqual(fresh);
    const t = tokenize(probe).tokens;
    for (const x of t) expect(probe.slice(x.start, x.end)).toBe(x.text);
    expect(t.find((x) => x.text === "'s")!.pos).toBe('PART');
  });

  it('gives exact character offsets, POS and sentences split at paragraphs', () => {
    const text = 'Headline without a stop\n\n“Russia must act,” Ms Kowalska wrote. Mr. Nowak agreed.';
    const { tokens, sentences } = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Headline without a stop',
      '“Russia must act,” Ms Kowalska wrote.',
      'Mr. Nowak agreed.',
    ]);
    const wrote = tokens.find((t) => t.text === 'wrote')!;
    expect(wrote.pos).toBe('VERB');
    expect(wrote.lemma).toBe('write');
    expect(wrote.sentence).toBe(1);
  });

  it('ends a sentence at a heading line of a hard-wrapped text, not where a line only wraps', () => {
    const pad = '        ';
    const text = [
      'The harbour board of Lindqvist approved a plan on Monday to deepen the channel for larger',
      `${pad}cargo ships, a spokeswoman for the board said after a meeting that ran late into the`,
      `${pad}evening. Ferry workers protested outside the building while the vote took place and`,
      `${pad}police closed the road.`,
      `${pad}A fight over dredging`,
      `${pad}The union's leader, Marta Oyelaran, told reporters the dredging would put jobs along the whole`,
      `${pad}waterfront at risk.`,
    ].join('\n');
    const { sentences } = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end).replace(/\s*\n\s*/g, ' '))).toEqual([
      'The harbour board of Lindqvist approved a plan on Monday to deepen the channel for larger cargo ships, a spokeswoman for the board said after a meeting that ran late into the evening.',
      'Ferry workers protested outside the building while the vote took place and police closed the road.',
      'A fight over dredging',
      "The union's leader, Marta Oyelaran, told reporters the dredging would put jobs along the whole waterfront at risk.",
    ]);
  });

  it('ends a sentence after a wire dateline opening a paragraph, and nowhere else', () => {
    const split = (text: string) => {
      const { tokens, sentences } = tokenize(text);
      for (const t of tokens) expect(text.slice(sentences[t.sentence].start, sentences[t.sentence].end)).toContain(t.text);
      return sentences.map((s) => text.slice(s.start, s.end));
    };
    expect(split('TALLINN (Reuters) - The port reopened on Monday.')).toEqual(['TALLINN (Reuters) -', 'The port reopened on Monday.']);
    expect(split('Ferry strike ends\n\nTURKU, Finland, Nov. 12 (AP) — Crews returned to work.')).toEqual([
      'Ferry strike ends',
      'TURKU, Finland, Nov. 12 (AP) —',
      'Crews returned to work.',
    ]);
    expect(split('SPRINGFIELD, Ill. (WXYZ) -- Two people were hurt.')).toEqual(['SPRINGFIELD, Ill. (WXYZ) --', 'Two people were hurt.']);
    // capitals that are no dateline: an abbreviation, a name inside a sentence, a hyphenated compound
    expect(split('U.S. - Canada talks resumed.')).toEqual(['U.S. - Canada talks resumed.']);
    expect(split('The crews said NATO - and only NATO - could help.')).toHaveLength(1);
    expect(split('EU-Mercosur talks resumed.')).toEqual(['EU-Mercosur talks resumed.']);
  });

  it('ends a sentence after an indented, unspaced or title-case dateline', () => {
    const split = (text: string) => tokenize(text).sentences.map((s) => text.slice(s.start, s.end));
    expect(split('Dock strike ends.\n        KOTKA — Crews returned to work on Monday.')).toEqual(['Dock strike ends.', 'KOTKA —', 'Crews returned to work on Monday.']);
    expect(split('OSLO --Two ferries collided on Friday.')).toEqual(['OSLO --', 'Two ferries collided on Friday.']);
    expect(split('Turku, Finland — Crews returned to work.')).toEqual(['Turku, Finland —', 'Crews returned to work.']);
    expect(split('Bowling Green, Ky. (March 3, 2016) – Two people were hurt.')).toEqual(['Bowling Green, Ky. (March 3, 2016) –', 'Two people were hurt.']);
    // no dateline: a title-case name with no region, a name list, a hyphen, a dash inside a line
    expect(split('Turku — a port city — reopened.')).toHaveLength(1);
    expect(split('Ana, Ben and Carl - all of them - stayed.')).toHaveLength(1);
    expect(split('The crews said OSLO --and only OSLO-- could help.')).toHaveLength(1);
  });

  it('ends a sentence after a capital letter that wink reads as an initial, and keeps a web domain in its sentence', () => {
    const text = 'The mayor wrote on X. Dunmore officials denied it. A novel by J. D. Salinger sold well. The leak was first reported by Quillnews.com on Monday.';
    const { tokens, sentences } = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'The mayor wrote on X.',
      'Dunmore officials denied it.',
      'A novel by J. D. Salinger sold well.',
      'The leak was first reported by Quillnews.com on Monday.',
    ]);
    expect(tokens.filter((t) => t.sentence === 0).map((t) => t.text).slice(-2)).toEqual(['X', '.']);
  });

  it('keeps a party-and-state parenthesis in its sentence (wink ends one at the state\'s first dot)', () => {
    const split = (text: string) => tokenize(text).sentences.map((s) => text.slice(s.start, s.end));
    expect(split('Sen. Ann Lee (R-S.C.) told reporters the plan was dead. Rep. Tom Ray (D-N.Y.), a critic, agreed.')).toEqual([
      'Sen. Ann Lee (R-S.C.) told reporters the plan was dead.',
      'Rep. Tom Ray (D-N.Y.), a critic, agreed.',
    ]);
    expect(split('Sen. Bo Kim (D-Mo.) agreed. The firm (Acme Inc.) said it would appeal.')).toEqual(['Sen. Bo Kim (D-Mo.) agreed.', 'The firm (Acme Inc.) said it would appeal.']);
  });

  it('keeps an abbreviated title and its name in one sentence and one token ("the Rev. X", "police Const. X")', () => {
    const text = 'The injured man was taken to hospital, said police Const. Kim Abery. The Rev. Gerald Mott will lead the service.';
    const abbr = new Set(['rev', 'const']);
    const { tokens, sentences } = tokenize(text, undefined, null, abbr);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'The injured man was taken to hospital, said police Const. Kim Abery.',
      'The Rev. Gerald Mott will lead the service.',
    ]);
    expect(tokens.map((t) => t.text)).toContain('Const.');
    expect(tokens.map((t) => t.text)).toContain('Rev.');
    for (const x of tokens) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('tags a capitalised adjective opening a sentence or a quotation as in lower case, and leaves names alone', () => {
    const text = 'Several farmers blocked the road.\n\n"Former Senator Jo Park was wrong," she said.\n\nKorean Air cancelled flights. Young said the plan was late. The coach Ann Young agreed with that view.';
    const isName = knownName(bundledKnowledge());
    const { tokens } = tokenize(text, undefined, isName);
    const at = (word: string) => tokens.find((t) => t.text === word)!;
    expect([at('Several').pos, at('Several').lemma]).toEqual(['ADJ', 'several']);
    // before a title or a name the knowledge knows, the word is a modifier outside the name
    expect(at('Former').pos).toBe('ADJ');
    // before a capitalised word the knowledge does not know, the first word of a name
    expect(at('Korean').pos).toBe('PROPN');
    // a word the document writes capitalised inside a sentence is a name there
    expect(at('Young').pos).toBe('PROPN');
    expect(tokenize('Young said the plan was late.', undefined, isName).tokens[0].pos).toBe('ADJ');
    // a noun reading stays wink's (the stages read such a word as a name: docs/syntax.md) ...
    expect(tokenize('Musicians blocked the road.', undefined, isName).tokens[0].pos).toBe('PROPN');
    // ... but a quantity noun before "of" is the noun heading its of-phrase
    expect(tokenize('Dozens of farmers blocked the road.', undefined, isName).tokens.slice(0, 2).map((t) => [t.pos, t.lemma])).toEqual([['NOUN', 'dozen'], ['ADP', 'of']]);
    expect(tokenize('Thousands gathered in the square.', undefined, isName).tokens[0].pos).not.toBe('NOUN');
  });

  it('ends no sentence at an abbreviated title of the knowledge that opens a name on the same line', () => {
    const k = bundledKnowledge();
    const read = (text: string) => {
      const { tokens, sentences } = tokenize(text, undefined, knownName(k), actorIndex(k).lexicon.titleAbbreviation);
      return { sentences: sentences.map((s) => text.slice(s.start, s.end)), tokens: tokens.map((t) => t.text), last: tokens[tokens.length - 1].sentence };
    };
    const said = read('Nobody was hurt, said harbour police Const. Ona Brandt. Two boats sank.');
    expect(said.sentences).toEqual(['Nobody was hurt, said harbour police Const. Ona Brandt.', 'Two boats sank.']);
    expect(said.tokens).toContain('Const.');
    expect(said.last).toBe(1);
    expect(read('The Rev. Ivo Marsh will lead the service.').sentences).toEqual(['The Rev. Ivo Marsh will lead the service.']);
    // not across a line break, nor without the knowledge
    expect(read('Thanks go to the Rev.\nOthers stayed home.').sentences).toHaveLength(2);
    expect(tokenize('The Rev. Ivo Marsh will lead the service.').sentences).toHaveLength(2);
  });

  it('handles empty and whitespace-only text', () => {
    expect(tokenize('')).toEqual({ tokens: [], sentences: [] });
    expect(tokenize('  \n\n ').tokens).toEqual([]);
  });
});
