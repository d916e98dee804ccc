// The constructions the event and quote stages rely on, parsed by the shipped model from the team's own
// sentences: passives with and without a by-phrase, control, relative clauses, coordination of
// subjects, objects and verbs, appositions, negation and reported speech with the cue before, inside
// and after the quote. Each assertion is about heads and relations, read through the Tree queries.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/doc/doc.ts';
import { Tree } from '../../../src/doc/tree.ts';
import type { Doc } from '../../../src/doc/types.ts';
import { tokensComponent } from '../../../src/stages/tokens/tokens.ts';
import { syntaxComponent } from '../../../src/stages/syntax/index.ts';

const tokens = tokensComponent(null as never);
const syntax = syntaxComponent(null as never);

function parsed(text: string): { doc: Doc; tree: Tree; at: (w: string) => number; word: (i: number) => string | null } {
  const doc = createDoc({ date: '2026-01-01', text });
  tokens.process(doc);
  syntax.process(doc);
  const tree = Tree.of(doc)!;
  const toks = doc.layers.tokens!;
  return {
    doc,
    tree,
    at: (w) => {
      const i = toks.findIndex((t) => t.text === w);
      if (i < 0) throw new Error(`no token ${w}`);
      return i;
    },
    word: (i) => (i < 0 ? null : toks[i].text),
  };
}

describe('syntax stage: constructions', () => {
  it('fills one head and relation per token, one root per sentence', () => {
    const { doc } = parsed('The talks ended. Both sides left the capital on Friday.');
    const s = doc.layers.syntax!;
    expect(s.heads).toHaveLength(doc.layers.tokens!.length);
    const roots = s.heads.map((h, i) => (h < 0 ? doc.layers.tokens![i].sentence : -1)).filter((x) => x >= 0);
    expect(roots).toEqual([0, 1]);
    expect(s.deprels.filter((r) => r === 'root')).toHaveLength(2);
  });

  it('passive with a by-phrase: the agent is the by-phrase, the patient the subject', () => {
    const p = parsed('The convoy was attacked by rebels near the border.');
    const v = p.at('attacked');
    expect(p.tree.isPassive(v)).toBe(true);
    expect(p.word(p.tree.agent(v))).toBe('rebels');
    expect(p.word(p.tree.patient(v))).toBe('convoy');
  });

  it('passive without a by-phrase has no agent', () => {
    const p = parsed('The proposal was rejected last week.');
    const v = p.at('rejected');
    expect(p.tree.isPassive(v)).toBe(true);
    expect(p.tree.agent(v)).toBe(-1);
    expect(p.word(p.tree.patient(v))).toBe('proposal');
  });

  it('an instrument is not the agent: "poisoned with a toxin by agents"', () => {
    const p = parsed('The defector was poisoned with a rare toxin by foreign agents.');
    expect(p.word(p.tree.agent(p.at('poisoned')))).toBe('agents');
  });

  it('object control: "urged Y to …" makes Y the subject of the infinitive', () => {
    const p = parsed('The minister urged Serbia to withdraw its troops.');
    expect(p.word(p.tree.subject(p.at('withdraw')))).toBe('Serbia');
  });

  it('subject control: "agreed to …" keeps the subject', () => {
    const p = parsed('The rebels agreed to release the hostages.');
    expect(p.word(p.tree.subject(p.at('release')))).toBe('rebels');
  });

  it('a relative clause takes the noun it modifies as subject', () => {
    const p = parsed('Police arrested the man who attacked the embassy.');
    expect(p.word(p.tree.subject(p.at('attacked')))).toBe('man');
    expect(p.word(p.tree.object(p.at('arrested')))).toBe('man');
  });

  it('coordinated subjects are distributed', () => {
    const p = parsed('Japan and Korea signed a trade deal.');
    expect(p.tree.subjects(p.at('signed')).map(p.word)).toEqual(['Japan', 'Korea']);
  });

  it('coordinated verbs share their subject', () => {
    const p = parsed('The army shelled the town and seized the airport.');
    expect(p.word(p.tree.subject(p.at('seized')))).toBe('army');
    expect(p.tree.conjuncts(p.at('shelled')).map(p.word)).toEqual(['shelled', 'seized']);
  });

  it('coordinated objects are conjuncts of the object', () => {
    const p = parsed('Protesters burned tyres and flags.');
    const obj = p.tree.object(p.at('burned'));
    expect(p.tree.conjuncts(obj).map(p.word)).toEqual(['tyres', 'flags']);
  });

  it('an apposition hangs on the name and is left out of its core phrase', () => {
    const p = parsed('Lena Berg, the foreign minister, condemned the strike.');
    const subj = p.tree.subject(p.at('condemned'));
    expect(p.word(subj)).toBe('Lena');
    expect(p.tree.children(subj, 'appos').map(p.word)).toEqual(['minister']);
    const core = p.tree.corePhrase(subj);
    expect(p.doc.text.slice(core.start, core.end)).toBe('Lena Berg');
  });

  it('negation is found on the predicate', () => {
    const p = parsed('The government did not sign the accord.');
    expect(p.tree.isNegated(p.at('sign'))).toBe(true);
    const q = parsed('The government signed the accord.');
    expect(q.tree.isNegated(q.at('signed'))).toBe(false);
  });

  it('"accused Y of …": the object and the of-clause', () => {
    const p = parsed('Ukraine accused Russia of shelling the plant.');
    const v = p.at('accused');
    expect(p.word(p.tree.subject(v))).toBe('Ukraine');
    expect(p.word(p.tree.object(v))).toBe('Russia');
    expect(p.tree.head(p.at('shelling'))).toBe(v);
  });

  // Reported speech: the cue verb and the quoted clause are linked (ccomp when the cue comes first,
  // parataxis from the quoted verb to the cue when it follows), and the cue's subject is the speaker.
  const linked = (p: ReturnType<typeof parsed>, cue: number, content: number) => p.tree.head(content) === cue || p.tree.head(cue) === content;

  it('reported speech, cue before the quote', () => {
    const p = parsed('The commander said: "We will retaliate."');
    expect(p.word(p.tree.subject(p.at('said')))).toBe('commander');
    expect(linked(p, p.at('said'), p.at('retaliate'))).toBe(true);
  });

  it('reported speech, cue after the quote', () => {
    const p = parsed('"We will retaliate," the commander said.');
    expect(p.word(p.tree.subject(p.at('said')))).toBe('commander');
    expect(linked(p, p.at('said'), p.at('retaliate'))).toBe(true);
  });

  it('reported speech, cue inside the quote', () => {
    const p = parsed('"We will retaliate," the commander said, "if they attack again."');
    expect(p.word(p.tree.subject(p.at('said')))).toBe('commander');
    expect(linked(p, p.at('said'), p.at('retaliate'))).toBe(true);
  });

  it('indirect speech: the content clause is the complement of the cue', () => {
    const p = parsed('Officials said the talks had failed.');
    expect(p.tree.head(p.at('failed'))).toBe(p.at('said'));
    expect(p.tree.rel(p.at('failed'))).toBe('ccomp');
  });

  it('gives a reported clause with a long coordinated subject its subject (the clause-subject repair)', () => {
    const p = parsed('A retired judge says the governor and the state\'s lawyers should quickly draw up a new plan.');
    expect(p.word(p.tree.subject(p.at('draw')))).toBe('governor');
    expect(p.tree.head(p.at('draw'))).toBe(p.at('says'));
    expect(p.tree.rel(p.at('draw'))).toBe('ccomp');
  });

  it('reads a headline verb in -s as the verb, not a compound noun (the headline re-reading)', () => {
    const p = parsed('Union plans strike at port\n\nDock workers will stop work on Monday.');
    expect(p.tree.upos[p.at('plans')]).toBe('VERB');
    expect(p.tree.head(p.at('plans'))).toBe(-1);
    expect(p.word(p.tree.subject(p.at('plans')))).toBe('Union');
    expect(p.tree.rel(p.at('strike'))).toBe('obj');
  });

  it('makes the verb after a reduced relative and its by-agent the root (the reduced-relative repair)', () => {
    const p = parsed('A report published by the ministry shows that exports fell.');
    expect(p.tree.head(p.at('shows'))).toBe(-1);
    expect(p.word(p.tree.subject(p.at('shows')))).toBe('report');
    expect(p.tree.head(p.at('published'))).toBe(p.at('report'));
    expect(p.tree.rel(p.at('published'))).toBe('acl');
  });
});

describe('syntax stage: a progressive is active', () => {
  it('gives a progressive verb a plain subject and auxiliary, never passive ones', () => {
    for (const text of ['The union is prolonging its strike against the airline.', 'Local officials are urging drivers to stay off the roads.', 'The council is also extending the curfew.']) {
      const { doc, tree } = parsed(text);
      const toks = doc.layers.tokens!;
      const v = toks.findIndex((t) => /ing$/.test(t.text));
      expect(tree.isPassive(v), text).toBe(false);
      expect(tree.rel(tree.subject(v)), text).toBe('nsubj');
      expect(doc.layers.syntax!.deprels.includes('aux:pass'), text).toBe(false);
    }
  });
});
