// Structural readings found by probes (issue 15): a country that a body's own act is aimed at, through
// a verb the body controls ("voted to impose sanctions on Russia"), is not the body's country
// (Tree.inControlledClauseOf, resolve.ts sentenceCountry).
import { describe, expect, it } from 'vitest';
import { mentionActor } from './helpers.ts';
import { runParsed as run } from './syntax-helpers.ts';

describe('a country inside the clause a body acts in', () => {
  it('does not place the legislature in the country its vote is aimed at', () => {
    const doc = run('Polish farmers marched in Warsaw on Friday. Polish officials met the farmers. The parliament voted on Monday to impose new sanctions on Russia.');
    expect(mentionActor(doc, 'The parliament')?.country).toBe('POL');
  });
  it('still places a body in the country where its clause is set', () => {
    const doc = run('The parliament in Poland voted to raise taxes.');
    expect(mentionActor(doc, 'The parliament')?.country).toBe('POL');
  });
});
