import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';

const persons = (text: string) => runParsed(text).layers.actors!.filter((a) => a.kind === 'person').map((a) => a.name);

describe('pluralGroupName', () => {
  it('makes no person of a family or a people that an article or an adjective opens', () => {
    expect(persons('Donors had backed the Harlows for years before Maren Harlow ran for mayor.')).not.toContain('Harlows');
    expect(persons('In 1995, violent Zealotists attacked the depot near the harbour.')).not.toContain('Zealotists');
  });

  it('keeps a surname ending in -s that an article before another noun precedes', () => {
    const names = persons('Tom Wilkins spoke on Monday. The Wilkins campaign later denied the claim.');
    expect(names).toContain('Tom Wilkins');
    expect(names).not.toContain('Wilkins campaign');
  });
});
