// Hand-made annotated documents (invented sentences) for the server and dashboard tests: a Poland–Belarus
// dyad with ten calm weeks of talks and then an escalation, plus German aid to Ukraine, with places and quotes.
import { createDoc } from '../../src/doc/doc.ts';
import type { Actor, Doc, Event, Plover, Quote } from '../../src/doc/types.ts';

export const ACTORS: Record<string, Actor> = {
  POL: { id: 'country:POL', name: 'Poland', kind: 'country', country: 'POL', sector: 'GOV' },
  BLR: { id: 'country:BLR', name: 'Belarus', kind: 'country', country: 'BLR', sector: 'GOV' },
  DEU: { id: 'country:DEU', name: 'Germany', kind: 'country', country: 'DEU', sector: 'GOV' },
  UKR: { id: 'country:UKR', name: 'Ukraine', kind: 'country', country: 'UKR', sector: 'GOV' },
  MOR: { id: 'person:mateusz-morawiecki', name: 'Mateusz Morawiecki', kind: 'person', country: 'POL', sector: 'GOV' },
};

const PLACES: Record<string, { name: string; country: string; lat: number; lon: number }> = {
  Brest: { name: 'Brest', country: 'BLR', lat: 52.0976, lon: 23.7341 },
  Bialystok: { name: 'Białystok', country: 'POL', lat: 53.1325, lon: 23.1688 },
  Kyiv: { name: 'Kyiv', country: 'UKR', lat: 50.4501, lon: 30.5234 },
};

const QUAD: Record<Plover, { quad: 1 | 2 | 3 | 4; cameo: string; goldstein: number }> = {
  CONSULT: { quad: 1, cameo: '040', goldstein: 1 }, AGREE: { quad: 1, cameo: '030', goldstein: 4 }, AID: { quad: 2, cameo: '070', goldstein: 7 },
  ACCUSE: { quad: 3, cameo: '112', goldstein: -2 }, THREATEN: { quad: 3, cameo: '130', goldstein: -4.4 }, ASSAULT: { quad: 4, cameo: '180', goldstein: -9 },
  SUPPORT: { quad: 1, cameo: '050', goldstein: 3 }, CONCEDE: { quad: 2, cameo: '080', goldstein: 5 }, COOPERATE: { quad: 2, cameo: '060', goldstein: 6 },
  RETREAT: { quad: 2, cameo: '087', goldstein: 5 }, REQUEST: { quad: 1, cameo: '020', goldstein: 3 }, REJECT: { quad: 3, cameo: '120', goldstein: -4 },
  PROTEST: { quad: 3, cameo: '140', goldstein: -6.5 }, SANCTION: { quad: 3, cameo: '163', goldstein: -8 }, MOBILIZE: { quad: 4, cameo: '150', goldstein: -7.2 },
  COERCE: { quad: 4, cameo: '170', goldstein: -7 },
};

interface Spec {
  date: string;
  title: string;
  text: string;
  events: { type: Plover; trigger: string; source: keyof typeof ACTORS; target: keyof typeof ACTORS }[];
  places?: string[];
  quotes?: { text: string; kind: Quote['kind']; speaker: keyof typeof ACTORS; speakerText: string }[];
}

function find(text: string, needle: string): { start: number; end: number; text: string } {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length, text: needle };
}

function sentenceOf(text: string, pos: number): { start: number; end: number } {
  const before = text.lastIndexOf('. ', pos);
  const start = before < 0 ? 0 : before + 2;
  const after = text.indexOf('. ', pos);
  return { start, end: after < 0 ? text.length : after + 1 };
}

function build(spec: Spec): Doc {
  const doc = createDoc({ date: spec.date, text: spec.text, title: spec.title, source: 'Fixture Wire' });
  const used = new Set<string>();
  const events: Event[] = spec.events.map((e) => {
    const trigger = find(spec.text, e.trigger);
    const src = ACTORS[e.source];
    const tgt = ACTORS[e.target];
    used.add(e.source).add(e.target);
    return {
      type: e.type, ...QUAD[e.type],
      source: { actor: src.id, country: src.country, sector: src.sector },
      target: { actor: tgt.id, country: tgt.country, sector: tgt.sector },
      date: spec.date, precision: 'day', mode: 'asserted', trigger, sentence: sentenceOf(spec.text, trigger.start), pattern: 'fixture',
    };
  });
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    used.add(q.speaker);
    const sp = find(spec.text, q.speakerText);
    return { ...find(spec.text, q.text), kind: q.kind, speaker: { text: q.speakerText, actor: ACTORS[q.speaker].id, start: sp.start, end: sp.end }, cue: 'said', outlet: null, date: spec.date };
  });
  doc.layers.actors = [...used].map((k) => ACTORS[k]);
  doc.layers.entities = [...used].flatMap((k) => {
    const i = spec.text.indexOf(ACTORS[k].name);
    return i < 0 ? [] : [{ start: i, end: i + ACTORS[k].name.length, text: ACTORS[k].name, label: ACTORS[k].kind === 'person' ? 'PERSON' as const : 'GPE' as const, actor: ACTORS[k].id }];
  });
  doc.layers.places = (spec.places ?? []).map((p) => ({ ...find(spec.text, p), ...PLACES[p] }));
  doc.layers.timexes = [];
  doc.layers.quotes = quotes;
  doc.layers.events = events;
  return doc;
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Ten weekly documents of Poland–Belarus talks from 2023-03-06, then escalation in week 11, then aid news. */
export function fixtureDocs(): Doc[] {
  const docs: Doc[] = [];
  for (let w = 0; w < 10; w++) {
    docs.push(build({
      date: addDays('2023-03-06', 7 * w),
      title: `Border talks, round ${w + 1}`,
      text: `Poland held talks with Belarus on reopening crossings near Brest on round ${w + 1}. Officials described the meeting as businesslike.`,
      events: [{ type: 'CONSULT', trigger: 'held talks', source: 'POL', target: 'BLR' }],
      places: ['Brest'],
    }));
  }
  docs.push(build({
    date: '2023-05-15',
    title: 'Poland accuses Belarus over border incident',
    text: 'Poland accused Belarus of pushing hundreds of migrants towards Bialystok overnight. Belarus threatened Poland with retaliation. Border guards said Belarus attacked a patrol with stones. Mateusz Morawiecki said: "We will not tolerate <b>attacks</b> on our border." Poland later shelled nothing, officials stressed.',
    events: [
      { type: 'ACCUSE', trigger: 'accused', source: 'POL', target: 'BLR' },
      { type: 'THREATEN', trigger: 'threatened', source: 'BLR', target: 'POL' },
      { type: 'ASSAULT', trigger: 'attacked', source: 'BLR', target: 'POL' },
    ],
    places: ['Bialystok'],
    quotes: [{ text: 'We will not tolerate <b>attacks</b> on our border.', kind: 'direct', speaker: 'MOR', speakerText: 'Mateusz Morawiecki' }],
  }));
  docs.push(build({
    date: '2023-05-16',
    title: 'Germany pledges aid to Ukraine',
    text: 'Germany agreed to send winter equipment to Ukraine on Tuesday. The aid will arrive in Kyiv next month, the ministry said.',
    events: [
      { type: 'AGREE', trigger: 'agreed', source: 'DEU', target: 'UKR' },
      { type: 'AID', trigger: 'aid', source: 'DEU', target: 'UKR' },
    ],
    places: ['Kyiv'],
  }));
  return docs;
}
