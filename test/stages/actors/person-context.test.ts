import { describe, expect, it } from 'vitest';
import { entities, runParsed } from './syntax-helpers.ts';
import { Tree } from '../../../src/doc/tree.ts';
import { bundledKnowledge } from '../../../src/knowledge/knowledge.ts';
import { actorIndex } from '../../../src/stages/actors/registry.ts';
import { personByContext } from '../../../src/stages/actors/person-context.ts';
import { at, docWithTree, type Row } from '../../helpers/tree.ts';

// Invented names that no lexicon knows: only the context can type them.
const label = (text: string, name = 'Zorvek Quannit') => entities(runParsed(text)).find((e) => e[0] === name)?.[1];

describe('persons typed from context read from the tree', () => {
  it('reads an apposition with a person noun', () => {
    expect(label('Zorvek Quannit, the head of the Lorvian trade board, resigned.')).toBe('PERSON');
  });

  it('reads an apposition whose noun names a post in a body (the lexicon\'s role nouns)', () => {
    expect(label('"We are ready," said Zorvek Quannit, superintendent of training for the Lorvian service.')).toBe('PERSON');
    expect(label('The board chose Zorvek Quannit, a member of the old guard, to lead it.')).toBe('PERSON');
  });

  it('reads an apposition the parser hangs on the comma before it', () => {
    // the parse: "Zorvek" ← appos of the comma after "president"
    expect(label("Lorvia's president, Zorvek Quannit, who chairs the bloc, said that no option was excluded.")).toBe('PERSON');
  });

  it('reads a name set off by a comma after a person noun the parser hangs beside it (hand-written tree)', () => {
    // the parse: "Zorvek" an xcomp of "summoned", beside its object "ambassador" (no apposition)
    const rows: Row[] = [
      ['Officials', 'NOUN', 2, 'nsubj'], ['summoned', 'VERB', 0, 'root'], ['the', 'DET', 4, 'det'], ['ambassador', 'NOUN', 2, 'obj'],
      [',', 'PUNCT', 6, 'punct'], ['Zorvek', 'PROPN', 2, 'xcomp'], ['Quannit', 'PROPN', 6, 'flat'], [',', 'PUNCT', 6, 'punct'],
      ['to', 'PART', 10, 'mark'], ['protest', 'VERB', 2, 'advcl'], ['.', 'PUNCT', 2, 'punct'],
    ];
    const doc = docWithTree(rows);
    const ix = actorIndex(bundledKnowledge());
    const z = at(doc, 'Zorvek');
    expect(personByContext(Tree.of(doc)!, z, z + 2, ix)).toBe(true);
    // a thing noun before the comma says nothing
    const thing = docWithTree(rows.map((r) => (r[0] === 'ambassador' ? ['contract', 'NOUN', 2, 'obj'] : r)));
    expect(personByContext(Tree.of(thing)!, z, z + 2, ix)).toBe(false);
  });

  it('reads a name set off by a comma after a person noun (whole pipeline)', () => {
    expect(label('Officials summoned the Lorvian ambassador, Zorvek Quannit, to protest against the raids.')).toBe('PERSON');
    expect(label("The town's sheriff, Zorvek Quannit, told reporters that the road was closed.")).toBe('PERSON');
  });

  it('reads an apposition the parser made a subject of its own after a subject that is a person noun', () => {
    // the parse: "Zorvek" a second subject of "denied", beside "spokesman"
    const rows: Row[] = [
      ['A', 'DET', 2, 'det'], ['spokesman', 'NOUN', 10, 'nsubj'], ['for', 'ADP', 5, 'case'], ['the', 'DET', 5, 'det'], ['board', 'NOUN', 2, 'nmod'],
      [',', 'PUNCT', 5, 'punct'], ['Zorvek', 'PROPN', 10, 'nsubj'], ['Quannit', 'PROPN', 7, 'flat'], [',', 'PUNCT', 10, 'punct'],
      ['denied', 'VERB', 0, 'root'], ['it', 'PRON', 10, 'obj'], ['.', 'PUNCT', 10, 'punct'],
    ];
    const ix = actorIndex(bundledKnowledge());
    const doc = docWithTree(rows);
    const z = at(doc, 'Zorvek');
    expect(personByContext(Tree.of(doc)!, z, z + 2, ix)).toBe(true);
    const thing = docWithTree(rows.map((r) => (r[0] === 'spokesman' ? ['statement', 'NOUN', 10, 'nsubj'] : r)));
    expect(personByContext(Tree.of(thing)!, z, z + 2, ix)).toBe(false);
    expect(label('The president installed by the army, Zorvek Quannit, warned at a meeting that the country could split.')).toBe('PERSON');
  });

  it('reads a person noun qualifying the name', () => {
    expect(label('The interview was with meteorologist Zorvek Quannit on Monday.')).toBe('PERSON');
    expect(label('A girl named Zorvek Quannit joined the band.')).toBe('PERSON');
  });

  it('reads the subject of a verb only people do', () => {
    expect(label('Zorvek Quannit died in 1880 at the corner of two streets.')).toBe('PERSON');
  });

  it('reads the active subject of a verb of saying or thinking', () => {
    expect(label('Zorvek Quannit writes for several trade journals in the region.')).toBe('PERSON');
    expect(label('Zorvek Quannit stated that the council would meet again in May.')).toBe('PERSON');
    // a verb organisations do as often says nothing ("announced"), nor a passive
    expect(label('Zorvek Quannit announced a new plant near the river.')).not.toBe('PERSON');
    // a name with a determiner, a place's word or a coordinated longer name says things as a body
    expect(label('The Zorvek Quannit stated that fees would rise.', 'Zorvek Quannit')).not.toBe('PERSON');
    expect(label('Texas Quannit said that fees would rise.', 'Texas Quannit')).not.toBe('PERSON');
  });

  it('reads a coordination with a name that is surely a person', () => {
    expect(label('The prize went to Maria Jensen, Zorvek Quannit and Peter Holm.')).toBe('PERSON');
    expect(label('The film was made by Zorvek Quannit and Anna Berg.')).toBe('PERSON');
    // nothing sure among the conjuncts, or something surely else
    expect(label('The prize went to Velmor Trask and Zorvek Quannit.')).not.toBe('PERSON');
    expect(label('Talks between Anna Berg, Zorvek Quannit and the Lorvian Trade Council failed.')).not.toBe('PERSON');
    // a given name whose other word the document writes in lower case is no sure person
    expect(label('Jobs went at Harold Turbines and Zorvek Quannit when the turbines stopped selling.')).not.toBe('PERSON');
  });

  it('keeps the guess without such context', () => {
    expect(label('Zorvek Quannit opened a new plant near the river.')).not.toBe('PERSON');
    // an organisation word in the name is stronger than the context
    expect(label('Zorvek Holdings, the owner of the mine, sold it.', 'Zorvek Holdings')).toBe('ORG');
  });
});
