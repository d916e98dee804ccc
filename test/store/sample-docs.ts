// Hand-built annotated documents for the store tests (invented sentences; every span located by search,
// so offsets are exact). Each layer is filled so a round trip exercises every table.
import { createDoc } from '../../src/doc/doc.ts';
import type { Actor, Doc, Event, Plover } from '../../src/doc/types.ts';

function at(text: string, needle: string, from = 0) {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  return { start, end: start + needle.length, text: needle };
}

const ACTORS: Record<string, Actor> = {
  POL: { id: 'country:POL', name: 'Poland', kind: 'country', country: 'POL', sector: null },
  BLR: { id: 'country:BLR', name: 'Belarus', kind: 'country', country: 'BLR', sector: null },
  EU: { id: 'igo:EU', name: 'European Union', kind: 'igo', country: 'EU', sector: 'IGO' },
  truss: {
    id: 'person:liz-truss', name: 'Liz Truss', kind: 'person', country: 'GBR', sector: 'GOV',
    roles: [{ title: 'Foreign Secretary', country: 'GBR', sector: 'GOV', from: '2021-09-15', to: '2022-09-06' }],
  },
};

function event(text: string, type: Plover, cameo: string, trigger: string, source: Actor, target: Actor, extra: Partial<Event> = {}): Event {
  const t = at(text, trigger);
  const prev = text.lastIndexOf('. ', t.start);
  const sentence = { start: prev < 0 ? 0 : prev + 2, end: text.indexOf('.', t.end) + 1 };
  return {
    type, cameo, goldstein: type === 'ACCUSE' ? -2 : 3.4, quad: type === 'ACCUSE' ? 3 : 1,
    source: { actor: source.id, country: source.country, sector: source.sector },
    target: { actor: target.id, country: target.country, sector: target.sector },
    date: null, precision: 'day', mode: 'asserted',
    trigger: t, sentence,
    ...extra,
  };
}

/** Poland accuses Belarus; Truss quoted; full layers including tokens. */
export function borderDoc(): Doc {
  const text =
    'Poland accused Belarus on Tuesday of pushing migrants towards the border near Kuznica. ' +
    '"This is a hybrid attack on the whole European Union," Liz Truss said in an interview with the Daily Telegraph.';
  const doc = createDoc({ date: '2021-11-09', text, title: 'Border standoff deepens', url: 'https://example.org/a1', source: 'example', origin: 'fixtures/a1.txt' });
  const q = at(text, 'This is a hybrid attack on the whole European Union,');
  doc.layers.tokens = [...text.matchAll(/\S+/g)].map((m) => ({
    start: m.index!, end: m.index! + m[0].length, text: m[0], pos: 'X', lemma: m[0].toLowerCase(), sentence: m.index! < 87 ? 0 : 1,
  }));
  doc.layers.tokens[3].text = 'on'; // same as the text: stored compactly
  doc.layers.sentences = [{ start: 0, end: 86 }, { start: 87, end: text.length }];
  doc.layers.actors = [ACTORS.POL, ACTORS.BLR, ACTORS.EU, ACTORS.truss];
  doc.layers.entities = [
    { ...at(text, 'Poland'), label: 'GPE', actor: 'country:POL' },
    { ...at(text, 'Belarus'), label: 'GPE', actor: 'country:BLR' },
    { ...at(text, 'Liz Truss'), label: 'PERSON', actor: 'person:liz-truss' },
  ];
  doc.layers.mentions = [
    { ...at(text, 'Poland'), actor: 'country:POL', confidence: 1, via: 'name' },
    { ...at(text, 'Belarus'), actor: 'country:BLR', confidence: 1, via: 'name' },
    { ...at(text, 'European Union'), actor: 'igo:EU', confidence: 0.9, via: 'name' },
    { ...at(text, 'Liz Truss'), actor: 'person:liz-truss', confidence: 1, via: 'name' },
  ];
  doc.layers.timexes = [{ ...at(text, 'Tuesday'), type: 'DATE', value: '2021-11-09', precision: 'day' }];
  doc.layers.places = [{ ...at(text, 'Kuznica'), name: 'Kuźnica', country: 'POL', lat: 53.51, lon: 23.64, geonameid: 765876 }];
  doc.layers.quotes = [
    {
      ...q, kind: 'direct', speaker: { text: 'Liz Truss', actor: 'person:liz-truss', ...spanOf(at(text, 'Liz Truss')) },
      cue: 'said', outlet: 'Daily Telegraph', date: '2021-11-09',
    },
  ];
  doc.layers.events = [
    event(text, 'ACCUSE', '112', 'accused', ACTORS.POL, ACTORS.BLR, { date: '2021-11-09', pattern: 'accuse-of' }),
    event(text, 'ACCUSE', '112', 'hybrid attack', ACTORS.truss, ACTORS.BLR, { quote: 0, mode: 'reported', reportedBy: 'person:liz-truss' }),
  ];
  doc.messages = [
    { severity: 'warning', source: 'places', text: 'ambiguous place name', span: spanOf(at(text, 'Kuznica')) },
    { severity: 'info', source: 'events', text: 'two events coded' },
  ];
  return doc;
}

function spanOf(s: { start: number; end: number }) {
  return { start: s.start, end: s.end };
}

/** A later article: the EU promises aid to Poland; quote without a resolved speaker actor. */
export function aidDoc(): Doc {
  const text =
    'The European Union pledged 25 million euros in aid to Poland on 2 December. ' +
    'Officials in Brussels said the money would "help border guards cope with the winter".';
  const doc = createDoc({ date: '2021-12-03', text, title: 'EU pledges border aid' });
  doc.layers.sentences = [{ start: 0, end: 75 }, { start: 76, end: text.length }];
  doc.layers.actors = [ACTORS.EU, ACTORS.POL];
  doc.layers.entities = [{ ...at(text, 'European Union'), label: 'ORG', actor: 'igo:EU' }];
  doc.layers.mentions = [
    { ...at(text, 'European Union'), actor: 'igo:EU', confidence: 1, via: 'name' },
    { ...at(text, 'Poland'), actor: 'country:POL', confidence: 1, via: 'name' },
  ];
  doc.layers.timexes = [{ ...at(text, '2 December'), type: 'DATE', value: '2021-12-02', precision: 'day' }];
  doc.layers.places = [];
  doc.layers.quotes = [
    { ...at(text, 'help border guards cope with the winter'), kind: 'partial', speaker: { text: 'Officials in Brussels', actor: null }, cue: 'said', outlet: null },
  ];
  doc.layers.events = [event(text, 'AID', '073', 'pledged', ACTORS.EU, ACTORS.POL, { date: '2021-12-02', mode: 'future' })];
  return doc;
}

/** A document with no layers run at all (e.g. only read, not annotated). */
export function bareDoc(): Doc {
  return createDoc({ date: '2022-01-15', text: 'Ministers from Lithuania and Latvia met in Riga to discuss energy prices.' });
}
