// The events stage tells, where asked, why each candidate trigger coded what it did or nothing
// (scripts/explain-events.ts prints it).
import { describe, expect, it } from 'vitest';
import { buildDoc, COUNTRIES } from './helpers.ts';
import { codeEvents } from '../../../src/stages/events/index.ts';
import { patternsOf } from '../../../src/stages/events/patterns.ts';
import { lexiconOf } from '../../../src/stages/events/lexicon.ts';
import { Knowledge } from '../../../src/knowledge/knowledge.ts';

const knowledge = new Knowledge();
const notes = (text: string) => {
  const doc = buildDoc({ text, actors: COUNTRIES, tree: true });
  const out: string[] = [];
  codeEvents(doc, patternsOf(knowledge), lexiconOf(knowledge), undefined, null, (i, note) => out.push(`${doc.layers.tokens![i].text}: ${note}`));
  return out;
};
const infos = (text: string) => {
  const doc = buildDoc({ text, actors: COUNTRIES, tree: true });
  const out: string[] = [];
  codeEvents(doc, patternsOf(knowledge), lexiconOf(knowledge), undefined, null, (i, _note, info) => out.push(`${doc.layers.tokens![i].text}: ${info.verdict} ${(info.patterns ?? []).join(',')} ${info.reason ?? ''}`.trim()));
  return out;
};

describe('event trace', () => {
  it('names the candidate a trigger gave', () => {
    expect(notes('France condemned Germany on Monday.').some((n) => /^condemned: candidate accuse\./.test(n))).toBe(true);
  });
  it('says why a trigger gave nothing', () => {
    expect(notes('France held a summit.').some((n) => /^held: .*(no target party|refused|target is no agent|words)/.test(n))).toBe(true);
  });
  it('gives each note in fields: the verdict, the templates it names, the reason of a drop', () => {
    expect(infos('France condemned Germany on Monday.')).toContainEqual(expect.stringMatching(/^condemned: candidate accuse\.condemn\.\d+$/));
    const held = infos('France held a summit.').filter((n) => n.startsWith('held: '));
    expect(held.at(-1)).toMatch(/^held: (no-parties|refused|no-match) \S/);
    expect(infos('A man traveled to France by train.')).toContainEqual(expect.stringMatching(/^traveled: dropped \S+ private travel$/));
  });
  it('names the gate or argument class that refused a template', () => {
    // A message sent or made public is no release of people; a summit held is no one held; a ship left is no country left.
    expect(infos('France released a statement on Monday.')).toContainEqual(expect.stringMatching(/^released: template retreat\.release\.\d+ message-object$/));
    expect(infos('France held a summit.')).toContainEqual(expect.stringMatching(/^held: template coerce\.hold\.\d+ target-agent$/));
    expect(infos('The minister left the ship.')).toContainEqual(expect.stringMatching(/^left: template retreat\.leave\.\d+ target-place$/));
    // A template that coded names no gate.
    expect(infos('France condemned Germany on Monday.').some((n) => / (message-object|target-agent|target-place)$/.test(n))).toBe(false);
  });
});
