// The documented output contract: every sample article, run through the default pipeline and printed
// as docToJson, validates against docs/schema.json, and every span's text is the text at its offsets.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { createDoc } from '../../src/doc/doc.ts';
import { docToJson, type DocJson } from '../../src/doc/output.ts';
import { PRECISIONS, QUOTE_DATE_BASES } from '../../src/doc/types.ts';
import { defaultPipeline } from '../../src/pipeline/default.ts';
import { PROJECT_ROOT } from '../../src/eval/data-dir.ts';
import { parseDateLine } from '../../src/ingest/date-line.ts';
import { sampleDocs } from '../helpers/samples.ts';

const schema = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'docs/schema.json'), 'utf8'));

/** Every (path, span) in a document, with the text the output claims for it when it gives one. */
function spans(j: DocJson): { path: string; start: number; end: number; text?: string }[] {
  const out: { path: string; start: number; end: number; text?: string }[] = [];
  const add = (path: string, s: { start?: number; end?: number; text?: string } | null | undefined) => {
    if (s && typeof s.start === 'number' && typeof s.end === 'number') out.push({ path, start: s.start, end: s.end, text: s.text });
  };
  j.sentences.forEach((s, i) => add(`sentences[${i}]`, s));
  j.entities.forEach((s, i) => add(`entities[${i}]`, s));
  j.mentions.forEach((s, i) => add(`mentions[${i}]`, s));
  j.timexes.forEach((s, i) => add(`timexes[${i}]`, s));
  j.places.forEach((s, i) => add(`places[${i}]`, s));
  j.quotes.forEach((q, i) => {
    add(`quotes[${i}]`, q);
    add(`quotes[${i}].speaker`, q.speaker);
  });
  j.events.forEach((e, i) => {
    add(`events[${i}].trigger`, e.trigger);
    add(`events[${i}].sentence`, e.sentence);
    add(`events[${i}].source`, e.source);
    add(`events[${i}].target`, e.target);
    (e.mentions ?? []).forEach((m, k) => add(`events[${i}].mentions[${k}]`, m));
  });
  j.messages.forEach((m, i) => add(`messages[${i}].span`, m.span));
  return out;
}

describe('docs/schema.json', () => {
  let validate: ValidateFunction;
  let outputs: { origin: string; json: DocJson }[];

  beforeAll(() => {
    validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    const pipeline = defaultPipeline();
    outputs = sampleDocs().map((raw) => ({
      origin: raw.origin!,
      // Round-trip through JSON text: the schema describes what `eventline extract` prints.
      json: JSON.parse(JSON.stringify(docToJson(pipeline.run(createDoc(raw))))) as DocJson,
    }));
  });

  it('covers every sample article (at least 12 files and the JSON Lines articles)', () => {
    expect(outputs.filter((o) => o.origin.endsWith('.txt')).length).toBeGreaterThanOrEqual(12);
    expect(outputs.filter((o) => o.origin.includes('.jsonl:')).length).toBe(3);
  });

  it('validates the output for every sample article', () => {
    const failures: string[] = [];
    for (const { origin, json } of outputs) {
      if (!validate(json)) {
        for (const e of validate.errors ?? []) failures.push(`${origin}: ${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });

  it('gives spans inside the text whose text fields equal text.slice(start, end)', () => {
    const failures: string[] = [];
    for (const { origin, json } of outputs) {
      for (const s of spans(json)) {
        if (!(s.start >= 0 && s.start <= s.end && s.end <= json.text.length)) {
          failures.push(`${origin} ${s.path}: [${s.start}, ${s.end}) outside text of length ${json.text.length}`);
        } else if (s.text !== undefined && json.text.slice(s.start, s.end) !== s.text) {
          failures.push(`${origin} ${s.path}: text ${JSON.stringify(s.text)} != slice ${JSON.stringify(json.text.slice(s.start, s.end))}`);
        }
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });

  it('refers only to actors listed in `actors`, and to quotes that exist', () => {
    const failures: string[] = [];
    for (const { origin, json } of outputs) {
      const ids = new Set(json.actors.map((a) => a.id));
      const refs = [
        ...json.entities.map((e, i) => [`entities[${i}]`, e.actor] as const),
        ...json.mentions.map((m, i) => [`mentions[${i}]`, m.actor] as const),
        ...json.quotes.map((q, i) => [`quotes[${i}].speaker`, q.speaker?.actor ?? null] as const),
        ...json.events.flatMap((e, i) => [[`events[${i}].source`, e.source.actor] as const, [`events[${i}].target`, e.target.actor] as const]),
      ];
      for (const [path, id] of refs) if (id !== null && !ids.has(id)) failures.push(`${origin} ${path}: actor ${id} not in actors`);
      json.events.forEach((e, i) => {
        if (e.quote != null && !(e.quote < json.quotes.length)) failures.push(`${origin} events[${i}].quote ${e.quote} out of range`);
      });
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });

  it('accepts the example in docs/output-format.md, whose spans match its text', () => {
    const md = readFileSync(resolve(PROJECT_ROOT, 'docs/output-format.md'), 'utf8');
    const block = /```json\n([\s\S]*?)```/.exec(md);
    expect(block, 'a ```json block in docs/output-format.md').not.toBeNull();
    const example = JSON.parse(block![1]) as DocJson;
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    for (const s of spans(example)) if (s.text !== undefined) expect(example.text.slice(s.start, s.end), s.path).toBe(s.text);
  });

  it('lists the quote date bases and precisions the code defines, and every quote gives both', () => {
    const quote = schema.$defs.quote.properties;
    expect(quote.dateBasis.enum).toEqual([...QUOTE_DATE_BASES]);
    expect(schema.$defs.precision.enum).toEqual([...PRECISIONS]);
    for (const { origin, json } of outputs) for (const q of json.quotes) expect([q.precision, q.dateBasis].includes(undefined), origin).toBe(false);
  });

  it('rejects documents that break the contract', () => {
    const good = outputs[0].json;
    const broken = (mutate: (j: DocJson & Record<string, unknown>) => void) => {
      const j = structuredClone(good) as DocJson & Record<string, unknown>;
      mutate(j);
      return validate(j);
    };
    expect(validate(good)).toBe(true);
    expect(broken((j) => { delete (j as Partial<DocJson>).events; })).toBe(false);
    expect(broken((j) => { j.date = '14/11/2021'; })).toBe(false);
    expect(broken((j) => { j.extra = 1; })).toBe(false);
    expect(broken((j) => { j.timexes = [{ start: 0, end: 3, text: 'abc', type: 'DATE', value: 'last week', precision: 'week' }]; })).toBe(false);
    expect(broken((j) => { j.entities = [{ start: 0, end: 3, text: 'abc', label: 'PER' as never, actor: null }]; })).toBe(false);
    expect(broken((j) => { j.sentences = [{ start: -1, end: 3 }]; })).toBe(false);
    const event = {
      type: 'ASSAULT', cameo: '190', goldstein: -10, quad: 4,
      source: { actor: 'country:RUS', country: 'RUS', sector: null },
      target: { actor: null, country: 'UKR', sector: 'CVL' },
      date: '2022-07-23', precision: 'day', mode: 'asserted',
      trigger: { start: 0, end: 5, text: 'x' }, sentence: { start: 0, end: 10 },
    };
    expect(broken((j) => { j.events = [event as never]; })).toBe(true);
    expect(broken((j) => { j.events = [{ ...event, type: 'ATTACK' } as never]; })).toBe(false);
    expect(broken((j) => { j.events = [{ ...event, cameo: '21' } as never]; })).toBe(false);
    expect(broken((j) => { j.events = [{ ...event, quad: 5 } as never]; })).toBe(false);
    expect(broken((j) => { j.events = [{ ...event, mode: 'alleged' } as never]; })).toBe(false);
    expect(broken((j) => { j.events = [{ ...event, date: '2022-07' } as never]; })).toBe(true);
    expect(broken((j) => { j.events = [{ ...event, date: 'July 2022' } as never]; })).toBe(false);
    const quote = { start: 0, end: 1, text: good.text.slice(0, 1), kind: 'direct', speaker: null, cue: 'said', outlet: null, date: '2022-07', precision: 'month', dateBasis: 'attribution' };
    expect(broken((j) => { j.quotes = [quote as never]; })).toBe(true);
    expect(broken((j) => { j.quotes = [{ ...quote, precision: 'hour' } as never]; })).toBe(false);
    expect(broken((j) => { j.quotes = [{ ...quote, dateBasis: 'guess' } as never]; })).toBe(false);
    for (const value of ['2021-11-13', '2021-W45', '2021-11', '2021-Q3', '2021', 'P2D', 'PTXH', 'PRESENT_REF', '2021-11-13TEV', '2021-11-13T14:30', 'XXXX-WXX-WE']) {
      expect(broken((j) => { j.timexes = [{ start: 0, end: 1, text: 'x', type: 'DATE', value, precision: 'unknown' }]; }), value).toBe(true);
    }
  });
});

// Calendar edges: years 0001-0099 are real dates (Date.UTC read them as 19xx), and relative expressions on
// 9999-12-31 must not produce the five-digit year 10000 that the schema's patterns refuse.
describe('calendar edges against docs/schema.json', () => {
  it('dates in years 0001-0099 and on 9999-12-31 give valid output', () => {
    expect(parseDateLine('date 0050-06-15\nText.')?.date).toBe('0050-06-15');
    expect(parseDateLine('date 0001-01-01\nText.')?.date).toBe('0001-01-01');
    expect(() => parseDateLine('date 0050-02-30\nText.')).toThrow(/malformed date/);
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    const pipeline = defaultPipeline();
    const text = 'The council met on Friday and will meet again tomorrow. A vote is planned next year, officials said on Monday, and the talks will resume in two weeks.';
    for (const date of ['0050-06-15', '0001-01-01', '9999-12-31']) {
      const json = JSON.parse(JSON.stringify(docToJson(pipeline.run(createDoc({ date, text }))))) as DocJson;
      expect(validate(json), `${date}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
      for (const t of json.timexes) expect(t.value, `${date}: ${t.text}`).not.toMatch(/^(?:-|\d{5})/);
      const tomorrow = { '0050-06-15': '0050-06-16', '0001-01-01': '0001-01-02', '9999-12-31': undefined }[date];
      if (tomorrow) expect(json.timexes.map((t) => t.value)).toContain(tomorrow); // not 1950-06-16
    }
  }, 180_000);
});
