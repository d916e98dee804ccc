// The knowledge as the entity tagger's features: registry names (with their label), gazetteer places
// (with their class) and the lexicon's word lists (given and family names, honorifics, titles,
// organisation and place words). Membership is a feature the trained weights judge, not a verdict.
import type { Knowledge } from '../../knowledge/knowledge.ts';
import { actorIndex, nameKey, type ActorIndex } from './registry.ts';
import { gazetteer, type GazEntry } from '../places/gazetteer.ts';
import { normName } from '../places/normalize.ts';
import { PERSON_NOUNS } from './person-context.ts';
import { WORD_CLASS, type EntityLookup } from './entity-tagger.ts';

/** Most names a lookup remembers (the tagger asks about every capitalised run of up to five words). */
const MAX_CACHED = 50000;

/**
 * `f` remembering up to MAX_CACHED answers (the knowledge does not change under a lookup). `f` never
 * answers undefined, so one map look-up tells a remembered answer.
 */
export function cached<T extends object | string | number | boolean | null>(f: (name: string) => T): (name: string) => T {
  const m = new Map<string, T>();
  return (name) => {
    let v = m.get(name);
    if (v === undefined) {
      v = f(name);
      if (m.size < MAX_CACHED) m.set(name, v);
    }
    return v;
  };
}

export function entityLookup(ix: ActorIndex, placeOf: (name: string) => string | null): EntityLookup {
  const lex = ix.lexicon;
  const classes = new Map<string, number>();
  const registry = (name: string): string | null => {
    const hits = ix.names.get(nameKey(name));
    if (!hits) return null;
    const h = hits.find((x) => !x.lowerOk && !x.needsAntecedent && (x.exact === undefined || x.exact === name)) ?? null;
    if (!h) return null;
    return h.via === 'metonym' ? `${h.label}-metonym` : h.label;
  };
  const place = (name: string, single: boolean, c: string | null): string | null => (c && single && !/^\p{Lu}\p{Ll}+$/u.test(name) ? null : c);
  // a name's registry label and gazetteer class together: the tagger asks both of every run
  const known = cached((name): [string | null, string | null] => [registry(name), placeOf(name)]);
  return {
    registry: (name) => known(name)[0],
    place: (name, single) => place(name, single, known(name)[1]),
    // (the remembered pair itself where the place class stands as it is: no new array per run)
    both(name, single) {
      const rc = known(name);
      const c = rc[1];
      return c && single ? [rc[0], place(name, single, c)] : rc;
    },
    // remembered by the word as written: a hit needs no lower-cased copy
    wordClasses(word) {
      let c = classes.get(word);
      if (c !== undefined) return c;
      const w = word.toLowerCase();
      c = 0;
      if (lex.givenName.has(w)) c |= WORD_CLASS.given;
      if (lex.lastName.has(w)) c |= WORD_CLASS.family;
      if (lex.honorific.has(w)) c |= WORD_CLASS.honorific;
      if (lex.personTitle.has(w) || ix.titleFirst.has(w)) c |= WORD_CLASS.title;
      if (lex.orgWord.has(w)) c |= WORD_CLASS.orgWord;
      if (lex.locWord.has(w) || lex.placeNoun.has(w)) c |= WORD_CLASS.locWord;
      if (lex.placePreposition.has(w)) c |= WORD_CLASS.placePrep;
      if (PERSON_NOUNS.has(w)) c |= WORD_CLASS.personNoun;
      if (lex.nameParticle.has(w)) c |= WORD_CLASS.particle;
      if (classes.size < MAX_CACHED) classes.set(word, c);
      return c;
    },
  };
}

/**
 * The gazetteer's first entry for a place name (or null), remembered per knowledge set: the rule
 * recogniser and the tagger ask about the same names, the tagger about every capitalised run.
 */
export function placeEntryOf(knowledge: Knowledge): (name: string) => GazEntry | null {
  return knowledge.get('actors:place-entry', () => cached((name) => gazetteer(knowledge).byName.first(normName(name)) ?? null));
}

/** The lookup over a knowledge folder set: the actor registry and the places gazetteer. */
export function knowledgeLookup(knowledge: Knowledge): EntityLookup {
  const ix = actorIndex(knowledge);
  const entry = placeEntryOf(knowledge);
  return entityLookup(ix, (name) => {
    const top = entry(name);
    if (!top) return null;
    return top.kind === 'country' ? 'country' : top.kind === 'admin1' ? 'admin1' : top.kind === 'city' ? (top.population >= 100000 ? 'city-big' : 'city') : 'LOC';
  });
}
