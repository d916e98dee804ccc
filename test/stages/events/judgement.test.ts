// Praise and criticism stated as a judgement (events/judgement.ts), on invented sentences: a naming or
// describing verb with a predicate ("called X a champion", "described X as reckless") and a praise
// predicate inside attributed speech ("Y said X is a reliable partner"). A judgement of no actor, a
// negated one, a thing pronoun and a description with no evaluative word code nothing.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COUNTRIES, brief, events } from './helpers.ts';
import { loadLexicon } from '../../../src/stages/events/lexicon.ts';
import { BUNDLED_KNOWLEDGE_DIR } from '../../../src/knowledge/knowledge.ts';

const C = COUNTRIES;
const judged = (text: string, quotes: { text: string; speaker: string; kind?: 'direct' | 'indirect' }[] = []) =>
  brief({ text, actors: C, tree: true, quotes }).filter((b) => /^(SUPPORT|ACCUSE) /.test(b));

describe('judgements by naming and describing verbs', () => {
  it('codes praise in the predicate as SUPPORT of the object', () => {
    expect(judged('France described Germany as a reliable partner.')).toEqual(['SUPPORT FRA>DEU asserted']);
    expect(judged('Poland portrayed Ukraine as courageous.')).toEqual(['SUPPORT POL>UKR asserted']);
    expect(judged('France called Germany "a proven negotiator".')).toEqual(['SUPPORT FRA>DEU asserted']);
  });
  it('codes criticism in the predicate as ACCUSE, of the possessor of a judged thing', () => {
    expect(judged("France called Germany's decision outrageous.")).toEqual(['ACCUSE FRA>DEU asserted']);
    expect(judged('Poland described Belarus as a reckless regime.')).toEqual(['ACCUSE POL>BLR asserted']);
  });
  it('lets criticism win over praise in one predicate', () => {
    expect(judged('Poland described Belarus as a proven liar.')).toEqual(['ACCUSE POL>BLR asserted']);
  });
  it('codes nothing for a description with no evaluative word, a thing of no one or a pronoun', () => {
    expect(judged('France described Germany as a large country.')).toEqual([]);
    expect(judged('France called the deal a success.')).toEqual([]);
    expect(judged('Poland called it brilliant.')).toEqual([]);
  });
  it('codes nothing when the verb or the predicate is negated', () => {
    expect(judged('Poland did not call Belarus a hero.')).toEqual([]);
    expect(judged('Has Poland called Belarus a reliable partner?')).toEqual([]);
    expect(judged('France described Germany as no hero.')).toEqual([]);
  });
});

describe('praise in attributed speech', () => {
  it('makes the speaker SUPPORT the subject of a praise predicate', () => {
    expect(judged('France said Germany was a reliable partner.', [{ text: 'Germany was a reliable partner', speaker: 'country:FRA' }])).toEqual(['SUPPORT FRA>DEU asserted']);
  });
  it("points the record's source at the speaker's words when they stand in the sentence", () => {
    const text = 'The French minister said Germany was a reliable partner.';
    const quotes = [{ text: 'Germany was a reliable partner', speaker: 'country:FRA', kind: 'indirect' as const, words: 'The French minister' }];
    const [e] = events({ text, actors: C, tree: true, quotes }).filter((x) => x.type === 'SUPPORT');
    expect(e.source).toMatchObject({ actor: 'country:FRA', start: 0, end: 19, text: 'The French minister' });
    // A speaker named in an earlier sentence leaves the span out: a party's span lies in the evidence sentence.
    const later = 'The French minister spoke. He said Germany was a reliable partner.';
    const far = [{ text: 'Germany was a reliable partner', speaker: 'country:FRA', kind: 'indirect' as const, words: 'The French minister' }];
    const [f] = events({ text: later, actors: C, tree: true, quotes: far }).filter((x) => x.type === 'SUPPORT');
    expect(f.source.actor).toBe('country:FRA');
    expect(f.source.start).toBeUndefined();
  });
  it("reads a judged thing as its possessor's", () => {
    expect(judged("France said Germany's conduct was admirable.", [{ text: "Germany's conduct was admirable", speaker: 'country:FRA' }])).toEqual(['SUPPORT FRA>DEU asserted']);
  });
  it('codes nothing for praise of no actor, negated praise or praise of the speaker itself', () => {
    expect(judged('France said the weather was wonderful.', [{ text: 'the weather was wonderful', speaker: 'country:FRA' }])).toEqual([]);
    expect(judged('France said Germany was not a reliable partner.', [{ text: 'Germany was not a reliable partner', speaker: 'country:FRA' }])).toEqual([]);
    expect(judged('"France is a reliable partner," the French minister said.', [{ text: 'France is a reliable partner,', speaker: 'country:FRA', kind: 'direct' }])).toEqual([]);
  });
  it('codes praise said of the future, not a condition nor advice', () => {
    expect(judged('France said Germany would be a great partner.', [{ text: 'Germany would be a great partner', speaker: 'country:FRA' }])).toEqual(['SUPPORT FRA>DEU asserted']);
    expect(judged('France said Germany would be wise to wait.', [{ text: 'Germany would be wise to wait', speaker: 'country:FRA' }])).toEqual([]);
    expect(judged('France said that if Germany is honest, talks can resume.', [{ text: 'if Germany is honest, talks can resume', speaker: 'country:FRA' }])).toEqual([]);
    expect(judged('"Is Germany a reliable partner?" the French minister asked.', [{ text: 'Is Germany a reliable partner?', speaker: 'country:FRA', kind: 'direct' }])).toEqual([]);
  });
  it('reads a praise word the parser splits into a compound', () => {
    expect(judged('France said Germany is a world class partner.', [{ text: 'Germany is a world class partner', speaker: 'country:FRA' }])).toEqual(['SUPPORT FRA>DEU asserted']);
  });
  it('needs the word as the predicate, not in an oblique', () => {
    expect(judged('France said Germany had met a courageous activist.', [{ text: 'Germany had met a courageous activist', speaker: 'country:FRA' }])).toEqual([]);
  });
});

describe('the judgement lexicon', () => {
  const userDir = (yaml: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'ev-judgement-'));
    mkdirSync(join(dir, 'patterns', 'lexicon'), { recursive: true });
    writeFileSync(join(dir, 'patterns', 'lexicon', 'mine.yaml'), yaml);
    return dir;
  };
  it('ships praise words and lets a user folder add more', () => {
    const lex = loadLexicon([BUNDLED_KNOWLEDGE_DIR, userDir('- set: praise\n  words: [steadfast]\n')]);
    expect(lex.has('praise', 'courageous')).toBe(true);
    expect(lex.has('praise', 'steadfast')).toBe(true);
    expect(lex.has('praise', 'large')).toBe(false);
  });
  it('reports a malformed record with its file and line', () => {
    expect(() => loadLexicon([userDir('- set: praise\n  words: [steadfast]\n- set: praise\n  word: [loyal]\n')])).toThrow(/mine\.yaml:3/);
  });
});
