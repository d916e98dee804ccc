// Merging retellings (dedup.ts): tellings with the same parties in different sentences are one act only
// when they tell it with the same word (verb or its noun), in one sentence, or in the article's title;
// otherwise ("donated a mine to the state" … "handed over a park to the state") they are two acts.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, events } from './helpers.ts';

const run = (text: string) => events({ text, actors: COUNTRIES, tree: true }).map((e) => `${e.type} ${e.trigger.text} ×${e.mentions?.length ?? 0}`);

describe('retellings with different verbs', () => {
  it('keeps two acts told with different verbs in different body sentences apart', () => {
    expect(run('Talks resumed in Geneva on Monday. In June, Turkey criticised Israel over the raid. At the summit, Turkey condemned Israel for the blockade.'))
      .toEqual(['ACCUSE criticised ×1', 'ACCUSE condemned ×1']);
  });
  it('merges the same verb, or its noun, told again', () => {
    expect(run('Talks resumed in Geneva on Monday. Turkey criticised Israel over the raid. Officials said Turkey criticised Israel twice.'))
      .toEqual(['ACCUSE criticised ×2']);
    expect(run('Talks resumed in Geneva on Monday. Turkey criticised Israel over the raid. Officials repeated Turkey\'s criticism of Israel.'))
      .toEqual(['ACCUSE criticised ×2']);
  });
  it('merges a title with the body telling it in other words', () => {
    expect(run('Turkey condemns Israel over blockade. Talks resumed in Geneva on Monday. Turkey criticised Israel over the blockade.'))
      .toEqual(['ACCUSE condemns ×2']);
  });
});
