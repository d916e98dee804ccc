// The documented output contract (docs/output-format.md, docs/schema.json): a Doc as one JSON object.
import type { Doc } from './types.ts';

export const OUTPUT_FORMAT_VERSION = 1;

export interface DocJson {
  format: number;
  id: string;
  date: string;
  text: string;
  meta: Doc['meta'];
  sentences: NonNullable<Doc['layers']['sentences']>;
  entities: NonNullable<Doc['layers']['entities']>;
  actors: NonNullable<Doc['layers']['actors']>;
  mentions: NonNullable<Doc['layers']['mentions']>;
  timexes: NonNullable<Doc['layers']['timexes']>;
  places: NonNullable<Doc['layers']['places']>;
  quotes: NonNullable<Doc['layers']['quotes']>;
  events: NonNullable<Doc['layers']['events']>;
  messages: Doc['messages'];
}

export function docToJson(doc: Doc): DocJson {
  const l = doc.layers;
  return {
    format: OUTPUT_FORMAT_VERSION,
    id: doc.id,
    date: doc.date,
    text: doc.text,
    meta: doc.meta,
    sentences: l.sentences ?? [],
    entities: l.entities ?? [],
    actors: l.actors ?? [],
    mentions: l.mentions ?? [],
    timexes: l.timexes ?? [],
    places: l.places ?? [],
    quotes: l.quotes ?? [],
    events: l.events ?? [],
    messages: doc.messages,
  };
}
