// The entity tagger asks the registry and the gazetteer about a capitalised run only when every word of
// it may be a word of such a name (entity-lookup.ts wordMask): the words are tested as nameKey and normName
// would read them, so a run the filter rules out is one neither finds, and the tagger's output is the same
// with the filter and without it.
import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '../../../src/knowledge/knowledge.ts';
import { knowledgeLookup, wordMask } from '../../../src/stages/actors/entity-lookup.ts';
import { actorIndex, nameKey } from '../../../src/stages/actors/registry.ts';
import { EntityTagger, NAME_WORD, PLACE_WORD, type EntityLookup, type TagSentence } from '../../../src/stages/actors/entity-tagger.ts';
import { bundledEntityModel } from '../../../src/stages/actors/entity-model.ts';
import { gazetteer } from '../../../src/stages/places/gazetteer.ts';
import { normName } from '../../../src/stages/places/normalize.ts';
import { WordBits } from '../../../src/stages/places/key-words.ts';

const knowledge = bundledKnowledge();

describe('actors: the word filter before the tagger\'s name look-ups', () => {
  it('reads a word as nameKey and normName do', () => {
    const reg = new WordBits(12);
    reg.addWords("o'brant holdings");
    const gaz = new WordBits(12);
    gaz.addWords('us');
    gaz.addWords('brenmoor');
    // upper case, a backtick read as an apostrophe; full stops dropped by normName; st/ste/ft/mt/the pass
    expect(wordMask('Holdings', reg, gaz)).toBe(NAME_WORD);
    expect(wordMask('O`Brant', reg, gaz) & NAME_WORD).toBe(NAME_WORD);
    expect(wordMask('U.S.', reg, gaz)).toBe(PLACE_WORD);
    expect(wordMask('St', reg, gaz)).toBe(PLACE_WORD);
    expect(wordMask('The', reg, gaz)).toBe(PLACE_WORD);
    // "Brenmoor-Holdings": normName's words are "brenmoor" and "holdings": the second is in no place name
    expect(wordMask('Brenmoor-Holdings', reg, gaz)).toBe(0);
    expect(wordMask('Brenmoor', reg, gaz)).toBe(PLACE_WORD);
    // beyond ASCII, or a space inside: both bits (no test)
    expect(wordMask('Brénmoor', reg, gaz)).toBe(NAME_WORD | PLACE_WORD);
    expect(wordMask('Holdings\u00a0Ltd', reg, gaz)).toBe(NAME_WORD | PLACE_WORD);
    // no gazetteer filter: every word may be a place's
    expect(wordMask('Zzyzq', reg, null)).toBe(PLACE_WORD);
  });

  it('never rules out a word of a registry name or of a gazetteer name', () => {
    const lookup = knowledgeLookup(knowledge);
    const ix = actorIndex(knowledge);
    let n = 0;
    for (const key of ix.names.keys()) {
      for (const w of key.split(' ')) if (w) expect(lookup.wordMask!(w) & NAME_WORD, key).toBe(NAME_WORD);
      n++;
    }
    expect(n).toBeGreaterThan(1000);
    const byName = gazetteer(knowledge).byName;
    let k = 0;
    for (const key of byName.keys()) {
      if (k++ % 211) continue;
      // a key's words as written in capitals, and as a text may write them
      for (const w of key.split(' ')) if (w) expect(lookup.wordMask!(w.toUpperCase()) & PLACE_WORD, key).toBe(PLACE_WORD);
    }
    for (const name of ['St. Ellery Falls', 'Ft. Worth', 'The Hague', 'U.S.', 'Saint-Étienne', 'Port-au-Prince', 'Mt. Kenya']) {
      const found = byName.first(normName(name)) !== undefined || ix.names.has(nameKey(name));
      const shared = name.split(' ').reduce((m, w) => m & lookup.wordMask!(w), NAME_WORD | PLACE_WORD);
      if (found) expect(shared, name).not.toBe(0);
    }
  });

  it('leaves the tagger\'s reading of sentences as it was', () => {
    const model = bundledEntityModel();
    if (!model) return;
    const full = knowledgeLookup(knowledge);
    const { wordMask: _w, ...plain } = full;
    const withFilter = new EntityTagger(model.first, full);
    const without = new EntityTagger(model.first, plain as EntityLookup);
    const sentences = [
      'Mayor Ellen Varga of Port Talbot met officials of the Qorvan Trust in St. Louis on Monday .',
      'The U.S. State Department said Nordvik Mining Ltd had paid the Ministry of Finance in Addis Ababa .',
      'Witnesses in New South Wales told Reuters that Senator Abel Mwangi left for Kuala Lumpur .',
      'Brelmoor-Ostvik Holdings and the European Union signed a deal in Sao Paulo , Brazil .',
    ];
    let runsRuledOut = 0;
    for (const text of sentences) {
      const forms = text.split(' ');
      const s = (): TagSentence => ({
        forms, upos: forms.map((f) => (/^\p{Lu}/u.test(f) ? 'PROPN' : /^[.,]$/.test(f) ? 'PUNCT' : 'NOUN')), heads: forms.map(() => -1),
        deprels: forms.map(() => 'dep'), glued: forms.map(() => false),
      });
      const m1 = new Float32Array(forms.length);
      const m2 = new Float32Array(forms.length);
      expect([...withFilter.tag(s(), undefined, m1)], text).toEqual([...without.tag(s(), undefined, m2)]);
      expect([...m1]).toEqual([...m2]);
      runsRuledOut += forms.filter((f) => /^\p{Lu}/u.test(f) && full.wordMask!(f) === 0).length;
    }
    // the filter had words to rule out ("Nordvik", "Qorvan" are no registry or place words)
    expect(runsRuledOut).toBeGreaterThan(0);
  });
});
