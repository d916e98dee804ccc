// The actors stage: recognises entities (persons, organisations, countries, places, nationality
// groups, role phrases), resolves them to registry or document-level actors, and links surnames,
// titles and pronouns to them, filling the entities, actors and mentions layers.
import type { Doc } from '../../doc/types.ts';
import type { ComponentFactory } from '../../pipeline/component.ts';
import { actorIndex, type ActorIndex } from './registry.ts';
import { Recognizer, type Cand } from './recognize.ts';
import { newState, resolveAll } from './resolve.ts';
import { resolvePronouns } from './coref.ts';

export { actorForSpan, actorById } from './lookup.ts';

/** Annotate one document (tokens and sentences must be present). */
export function annotateActors(doc: Doc, ix: ActorIndex, recognizer = new Recognizer(ix)): void {
  const tokens = doc.layers.tokens ?? [];
  const cands: Cand[] = [];
  let s = 0;
  while (s < tokens.length) {
    let e = s;
    while (e < tokens.length && tokens[e].sentence === tokens[s].sentence) e++;
    cands.push(...recognizer.sentence(doc.text, tokens, s, e));
    s = e;
  }
  const st = newState(doc, ix, tokens);
  resolveAll(st, cands);
  resolvePronouns(st);
  const byStart = (x: { start: number; end: number }, y: { start: number; end: number }) => x.start - y.start || y.end - x.end;
  doc.layers.entities = st.entities.sort(byStart);
  doc.layers.mentions = st.mentions.sort(byStart);
  const used = new Set(st.mentions.map((m) => m.actor));
  for (const e of st.entities) if (e.actor) used.add(e.actor);
  doc.layers.actors = [...st.actors.values()].filter((a) => used.has(a.id));
}

export const actorsComponent: ComponentFactory = (knowledge) => {
  const ix = actorIndex(knowledge);
  const recognizer = new Recognizer(ix);
  return {
    name: 'actors',
    requires: ['tokens', 'sentences'],
    assigns: ['entities', 'actors', 'mentions'],
    process(doc: Doc) {
      annotateActors(doc, ix, recognizer);
    },
  };
};
