import { describe, expect, it } from 'vitest';
import type { Token } from '../../../src/doc/types.ts';
import type { Cand } from '../../../src/stages/actors/recognize.ts';
import { candHints, mergeTagged, tagDocument } from '../../../src/stages/actors/entity-merge.ts';
import type { EntityTagger, TaggedSpan } from '../../../src/stages/actors/entity-tagger.ts';

// Invented text; tokens split on spaces.
function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, pos: 'X', lemma: m[0].toLowerCase(), sentence: 0 });
  return out;
}
const noPlace = () => null;
const span = (t: Token[], c: Cand) => `${t[c.a].text}..${t[c.b - 1].text}:${c.label}`;

describe('merging the tagger with the rule candidates', () => {
  it('makes a place inside the tagger\'s longer organisation name part of that name', () => {
    const text = 'the Union of Northern Talvora States met';
    const t = tokens(text);
    const cands: Cand[] = [
      { a: 1, b: 2, label: 'ORG', type: 'unknown', guess: 'ORG', confidence: 0.4 },
      { a: 3, b: 6, label: 'GPE', type: 'registry', hits: [], confidence: 0.95 },
    ];
    const out = mergeTagged(cands, [{ a: 1, b: 6, type: 'ORG', margin: 50 }], t, text, noPlace);
    expect(out.map((c) => span(t, c))).toEqual(['Union..States:ORG']);
  });

  it('types a word the rules left untyped and adds a name they missed', () => {
    const text = 'yesterday Olvensk met Marrow in Kelmarsh';
    const t = tokens(text);
    const cands: Cand[] = [{ a: 1, b: 2, label: 'LOC', type: 'unknown', confidence: 0.6 }];
    const out = mergeTagged(cands, [
      { a: 1, b: 2, type: 'PER', margin: 40 },
      { a: 3, b: 4, type: 'PER', margin: 40 },
      { a: 5, b: 6, type: 'LOC', margin: 2 }, // too unsure to add
    ], t, text, noPlace);
    expect(out.map((c) => span(t, c))).toEqual(['Olvensk..Olvensk:PERSON', 'Marrow..Marrow:PERSON']);
  });

  it('types one word alone at a sentence\'s start only when the tagger is sure of it', () => {
    const text = 'Quannit wrote to us . Talvers arrived late';
    const t = tokens(text).map((x, i) => ({ ...x, sentence: i < 5 ? 0 : 1 }));
    const cands: Cand[] = [
      { a: 0, b: 1, label: 'LOC', type: 'unknown', confidence: 0.6 },
      { a: 5, b: 6, label: 'LOC', type: 'unknown', confidence: 0.6 },
    ];
    const out = mergeTagged(cands, [{ a: 0, b: 1, type: 'ORG', margin: 45 }, { a: 5, b: 6, type: 'PER', margin: 20 }], t, text, noPlace);
    expect(out.map((c) => `${span(t, c)}/${c.guess ?? '-'}`)).toEqual(['Quannit..Quannit:ORG/ORG', 'Talvers..Talvers:LOC/-']);
  });

  it('drops a weak guess the tagger reads as no name, but not an acronym the document spells out as a name', () => {
    const text = 'she studied in Linguistics and Talvora Mining Company ( TMC ) hired her ; later QZX and TMC met';
    const t = tokens(text);
    const cands: Cand[] = [
      { a: 3, b: 4, label: 'LOC', type: 'unknown', guess: 'LOC', confidence: 0.5 }, // after "in": a weak cue
      { a: 5, b: 8, label: 'ORG', type: 'unknown', guess: 'ORG', confidence: 0.75 },
      { a: 9, b: 10, label: 'ORG', type: 'unknown', guess: 'ORG', confidence: 0.5 },
      { a: 15, b: 16, label: 'ORG', type: 'unknown', guess: 'ORG', confidence: 0.5 },
      { a: 17, b: 18, label: 'ORG', type: 'unknown', guess: 'ORG', confidence: 0.5 },
    ];
    const out = mergeTagged(cands, [], t, text, noPlace);
    expect(out.map((c) => span(t, c))).toEqual(['Talvora..Company:ORG', 'TMC..TMC:ORG', 'TMC..TMC:ORG']);
    // a weak guess that is a clause's subject stays ("QZX and TMC met")
    const kept = mergeTagged(cands.map((c) => ({ ...c })), [], t, text, noPlace, undefined, (a) => a === 15);
    expect(kept.map((c) => span(t, c))).toContain('QZX..QZX:ORG');
  });

  it('types no guess beside a sure registry name of another type inside the tagger\'s name', () => {
    const text = 'Quarnex Computer launched a phone';
    const t = tokens(text);
    const cands: Cand[] = [
      { a: 0, b: 1, label: 'ORG', type: 'registry', hits: [], confidence: 0.95 },
      { a: 1, b: 2, label: 'LOC', type: 'unknown', confidence: 0.6 },
    ];
    const out = mergeTagged(cands, [{ a: 0, b: 2, type: 'PER', margin: 90 }], t, text, noPlace);
    expect(out.map((c) => `${span(t, c)}/${c.guess ?? '-'}`)).toEqual(['Quarnex..Quarnex:ORG/-', 'Computer..Computer:LOC/-']);
    // an ambiguous registry name (a city that is also a given name) does not stop it
    const amb: Cand[] = [{ ...cands[0], label: 'GPE', confidence: 0.6 }, { ...cands[1] }];
    const out2 = mergeTagged(amb, [{ a: 0, b: 2, type: 'PER', margin: 90 }], t, text, noPlace);
    expect(out2[1].guess).toBe('PERSON');
  });

  it('keeps a guess with a cue, cuts a blunt capitalised run to the name inside, drops a cue-less guess read as no name', () => {
    const text = 'Former Quarnex Director Ilse Marrow and Some Words went to Talvora Mining Company';
    const t = tokens(text);
    const cands: Cand[] = [
      { a: 0, b: 5, label: 'ORG', type: 'unknown', guess: 'ORG', confidence: 0.4 },
      { a: 6, b: 8, label: 'ORG', type: 'unknown', guess: 'ORG', confidence: 0.4 },
      { a: 10, b: 13, label: 'ORG', type: 'unknown', guess: 'ORG', confidence: 0.75 },
    ];
    const out = mergeTagged(cands, [{ a: 3, b: 5, type: 'PER', margin: 60 }, { a: 10, b: 13, type: 'PER', margin: 30 }], t, text, noPlace);
    expect(out.map((c) => span(t, c))).toEqual(['Ilse..Marrow:PERSON', 'Talvora..Company:ORG']);
  });

  it('reads a one-word place guess that is part of a person\'s full name as that person', () => {
    const text = 'Ilse Marrow spoke . Ilse smiled';
    const t = tokens(text);
    const cands: Cand[] = [
      { a: 0, b: 2, label: 'PERSON', type: 'unknown', guess: 'PERSON', confidence: 0.8 },
      { a: 4, b: 5, label: 'GPE', type: 'unknown', guess: 'GPE', confidence: 0.5 },
    ];
    const out = mergeTagged(cands, [{ a: 0, b: 2, type: 'PER', margin: 60 }, { a: 4, b: 5, type: 'LOC', margin: 20 }], t, text, noPlace);
    expect(out.map((c) => span(t, c))).toEqual(['Ilse..Marrow:PERSON', 'Ilse..Ilse:PERSON']);
  });

  it('reads a family name after the full name as the person whatever cue made it a place, not before it', () => {
    const text = 'Kelby spoke . Ilse Kelby said so . Kelby smiled';
    const t = tokens(text);
    const cands: Cand[] = [
      { a: 0, b: 1, label: 'GPE', type: 'unknown', guess: 'GPE', confidence: 0.75 },
      { a: 3, b: 5, label: 'PERSON', type: 'unknown', guess: 'PERSON', confidence: 0.8 },
      { a: 8, b: 9, label: 'GPE', type: 'unknown', guess: 'GPE', confidence: 0.75 },
    ];
    const out = mergeTagged(cands, [{ a: 3, b: 5, type: 'PER', margin: 60 }], t, text, noPlace);
    expect(out.map((c) => span(t, c))).toEqual(['Kelby..Kelby:GPE', 'Ilse..Kelby:PERSON', 'Kelby..Kelby:PERSON']);
  });

  it('does not merge a place typed by a cue into the tagger\'s longer person name', () => {
    const text = 'Ilse Marrow of Kelmarsh said so';
    const t = tokens(text);
    const cands: Cand[] = [
      { a: 0, b: 2, label: 'PERSON', type: 'unknown', guess: 'PERSON', confidence: 0.8 },
      { a: 3, b: 4, label: 'GPE', type: 'unknown', guess: 'GPE', confidence: 0.75 },
    ];
    const out = mergeTagged(cands, [{ a: 0, b: 4, type: 'PER', margin: 60 }], t, text, noPlace);
    expect(out.map((c) => span(t, c))).toEqual(['Ilse..Marrow:PERSON', 'Kelmarsh..Kelmarsh:GPE']);
  });

  it('codes the candidates\' reading of each token as a feature', () => {
    const h = candHints([{ a: 1, b: 3, label: 'ORG', type: 'unknown', guess: 'ORG', confidence: 0.4 }], 0, 4);
    expect(h[0]).toBe(0);
    expect(h[1]).not.toBe(0);
    expect(h[1]).not.toBe(h[2]); // B and L differ
    expect(h[3]).toBe(0);
  });

  it('ends a tagged name before a verb in lower case and keeps the named piece after it', () => {
    const text = 'the Dunmore Growers Union voted 12-3 . The president told Olvensk';
    const t = tokens(text).map((x) => ({ ...x, pos: /^(?:voted|told)$/.test(x.text) ? 'VERB' : 'PROPN', sentence: x.start > 40 ? 1 : 0 }));
    // a fake tagger: the whole of each sentence is one organisation name
    const first = { spans: (s: { forms: string[] }): TaggedSpan[] => [{ a: 0, b: s.forms.length - (s.forms[s.forms.length - 1] === '.' ? 1 : 0), type: 'ORG', margin: 40 }] } as unknown as EntityTagger;
    const out = tagDocument({ first, second: null }, t, undefined, text);
    expect(out.map((x) => `${t[x.a].text}..${t[x.b - 1].text}`)).toEqual(['Dunmore..Union', 'Olvensk..Olvensk']);
  });
});
