// Fuzzing inputs and invariants shared by the CI fuzz tests and `npm run fuzz`: fast-check arbitraries
// for raw file bytes, JSONL lines and news-like texts (generated and mutated from the samples), plus the
// checks every annotated document must pass (spans in bounds, span text equal to the text it covers).
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Doc, Span } from '../../src/doc/types.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The sample articles (dated text) and JSONL lines: the seeds that mutations start from. */
export function sampleSeeds(): { texts: string[]; jsonl: string[] } {
  const dir = join(ROOT, 'samples');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const jsonl = readFileSync(join(dir, 'articles.jsonl'), 'utf8').split('\n').filter(Boolean);
  return { texts, jsonl };
}

const enc = new TextEncoder();

/** Byte-level mutations of a seed: flips, inserts, deletions, splices of nasty byte sequences. */
const NASTY_BYTES: number[][] = [
  [0x00], [0xff], [0xfe, 0xff], [0xef, 0xbb, 0xbf], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x80],
  [0x0d], [0x0d, 0x0a], [0x0a, 0x0a, 0x0a], [0x22], [0x5c], [0x7b], [0x7d], [0xe2, 0x80, 0x9c], [0xe2, 0x80, 0xa8], [0x1b, 0x5b, 0x32, 0x4a],
];

export function mutateBytes(seed: Uint8Array): fc.Arbitrary<Uint8Array> {
  const op = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.oneof(fc.constantFrom(...NASTY_BYTES), fc.uint8Array({ maxLength: 8 })) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 64 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }), times: fc.integer({ min: 2, max: 200 }) }),
  );
  return fc.array(op, { minLength: 1, maxLength: 8 }).map((ops) => {
    let b = Array.from(seed);
    for (const o of ops) {
      const at = b.length ? o.at % (b.length + 1) : 0;
      if (o.kind === 'flip' && b.length) b[at % b.length] ^= 1 << o.bit;
      else if (o.kind === 'insert') b.splice(at, 0, ...o.bytes);
      else if (o.kind === 'delete') b.splice(at, o.len);
      else if (o.kind === 'truncate') b = b.slice(0, at);
      else if (o.kind === 'repeat') {
        const piece = b.slice(at, at + o.len);
        b.splice(at, 0, ...Array.from({ length: o.times }, () => piece).flat());
      }
    }
    return Uint8Array.from(b);
  });
}

/** Text-file contents: random bytes, random strings with or without a date line, mutated samples. */
export function textFileBytes(seeds: string[]): fc.Arbitrary<Uint8Array> {
  const dateLine = fc.oneof(
    fc.constant('date 2023-05-01\n'),
    fc.constant('\uFEFFdate 2021-11-14 '),
    fc.constant('Date: 2021-11-14\n'),
    fc.constant('date 2023-02-30\n'),
    fc.constant('date 99999-01-01\n'),
    fc.constant('date\t2020-02-29\r\n'),
    fc.string({ maxLength: 30 }).map((s) => `date ${s}\n`),
    fc.constant(''),
  );
  return fc.oneof(
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 2000 }) },
    { weight: 3, arbitrary: fc.tuple(dateLine, fc.string({ unit: 'grapheme', maxLength: 500 })).map(([d, t]) => enc.encode(d + t)) },
    { weight: 2, arbitrary: fc.tuple(dateLine, fc.string({ unit: 'binary', maxLength: 500 })).map(([d, t]) => enc.encode(d + t)) },
    { weight: 5, arbitrary: fc.constantFrom(...seeds).chain((s) => mutateBytes(enc.encode(s))) },
  );
}

/** JSON values that look like article records, with every field sometimes wrong. */
export function jsonlRecord(): fc.Arbitrary<unknown> {
  const date = fc.oneof(
    fc.constantFrom('2023-05-01', '2021-11-14T10:00:00Z', '2021-11-14 10:00', '2023-02-30', '14/11/2021', '', '2021-1-1', '20211114'),
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.constant(null),
  );
  const str = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 50 }), fc.constant(''), fc.constant(null), fc.integer(), fc.array(fc.string(), { maxLength: 3 }));
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ id: str, url: str, source: str, title: str, date, text: str }, { requiredKeys: [] }) },
    { weight: 2, arbitrary: fc.record({ date, text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 400 }) }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 8 }) },
  );
}

/** One JSONL line: a serialised record, a broken one, or a mutated sample line. */
export function jsonlLine(seedLines: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: jsonlRecord().map((v) => JSON.stringify(v) ?? 'undefined') },
    { weight: 2, arbitrary: fc.string({ maxLength: 300 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 100 }) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(...seedLines).chain((l) =>
        mutateBytes(enc.encode(l)).map((b) => new TextDecoder().decode(b).replace(/\n/g, ' ')),
      ),
    },
  );
}

/** Whole JSONL files as bytes: lines joined with LF or CRLF, sometimes with blank lines, BOM, or junk. */
export function jsonlFileBytes(seedLines: string[]): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.array(jsonlLine(seedLines), { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\n\n'), fc.boolean()).map(([ls, sep, bom]) => enc.encode((bom ? '\uFEFF' : '') + ls.join(sep))) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 1500 }) },
    { weight: 2, arbitrary: mutateBytes(enc.encode(seedLines.join('\n'))) },
  );
}

// ---- news-like text for the pipeline ----

const NAMES = ['Olaf Scholz', 'Emmanuel Macron', 'Volodymyr Zelensky', 'Recep Tayyip Erdogan', 'Mr Blinken', 'Ms Baerbock', 'the president', 'He', 'She', 'They', 'NATO', 'the European Union', 'Kenya', "Ethiopia's army", 'Hamas', 'the United Nations', 'U.S.', 'St. Petersburg', 'Gen. Al-Burhan'];
const VERBS = ['said', 'accused', 'met', 'condemned', 'urged', 'threatened', 'attacked', 'signed a deal with', 'rejected', 'told reporters', 'warned', 'promised aid to', 'expelled', 'arrested', 'imposed sanctions on'];
const PLACES = ['in Kyiv', 'near Gaza City', 'in Addis Ababa', 'at the border with Belarus', 'in the Red Sea', 'in New York', 'on the island of Taiwan'];
const TIMES = ['on Monday', 'last week', 'on 12 March 2023', 'in 2019', 'earlier this month', 'two days later', 'by the end of the year', 'at 14:00 GMT', 'since 1991', 'next Tuesday'];
const QUOTES = ['“We will not give up,” he said.', '"This is unacceptable", the ministry said in a statement.', "'We are ready,' said a spokesman.", '“', '”', '"', "''", '« Non », a-t-il dit.', '„Nein“', '“Nested “quote” here,” she added.'];
const PUNCT = ['.', '!', '?', ',', ';', ':', '…', ' -- ', ' — ', '(', ')', '[', ']', '"', '“', '”', "'", '’', '\n', '\n\n', '\t', '  '];

/** A plausible news sentence built from fragments. */
const sentence: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...VERBS), fc.constantFrom(...NAMES), fc.constantFrom(...PLACES), fc.constantFrom(...TIMES), fc.constantFrom('.', '!', '?', ';', ''))
  .map(([a, v, b, p, t, end]) => `${a} ${v} ${b} ${p} ${t}${end}`);

/** Inputs aimed at regex backtracking and quadratic loops: long runs of one kind of character or token. */
const pathological: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('"', '“', '”', "'", '(', ')', '.', ',', '-', ' ', '\n', 'a', 'A ', 'Mr ', 'the ', '1', '2023-', ':', '«', '—'), fc.integer({ min: 50, max: 4000 })).map(([c, n]) => c.repeat(n)),
  fc.tuple(fc.constantFrom(...NAMES), fc.integer({ min: 20, max: 400 })).map(([name, n]) => Array(n).fill(name).join(' ')),
  fc.tuple(fc.constantFrom(...NAMES), fc.integer({ min: 20, max: 300 })).map(([name, n]) => Array(n).fill(name).join(', ')),
  fc.integer({ min: 20, max: 600 }).map((n) => Array.from({ length: n }, (_, i) => `Word${i}`).join(' ')), // capitalised run, no verb
  fc.integer({ min: 20, max: 500 }).map((n) => 'He said "'.repeat(n)),
  fc.integer({ min: 20, max: 500 }).map((n) => `${'on Monday and '.repeat(n)}Tuesday`),
  fc.integer({ min: 20, max: 400 }).map((n) => `${'the President of '.repeat(n)}France`),
  fc.integer({ min: 10, max: 300 }).map((n) => `${'“'.repeat(n)}said${'”'.repeat(n)}`),
  fc.integer({ min: 100, max: 5000 }).map((n) => 'x'.repeat(n)), // one huge token
  fc.integer({ min: 50, max: 2000 }).map((n) => '1'.repeat(n)),
);

/** News-like documents: sentences, quotes, noise, pathological runs, random unicode, mutated samples. */
export function newsText(seedTexts: string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 8, arbitrary: sentence },
    { weight: 3, arbitrary: fc.constantFrom(...QUOTES) },
    { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
    { weight: 1, arbitrary: pathological },
  );
  const generated = fc.array(piece, { minLength: 1, maxLength: 40 }).map((ps) => ps.join(' '));
  const body = (t: string) => t.replace(/^\uFEFF?date \S+\s*/, '');
  const mutated = fc.constantFrom(...seedTexts).chain((s) => mutateBytes(enc.encode(body(s))).map((b) => new TextDecoder().decode(b)));
  const spliced = fc.tuple(fc.constantFrom(...seedTexts), pathological, fc.nat()).map(([s, p, at]) => {
    const t = body(s);
    const i = at % (t.length + 1);
    return t.slice(0, i) + p + t.slice(i);
  });
  return fc.oneof({ weight: 5, arbitrary: generated }, { weight: 3, arbitrary: mutated }, { weight: 2, arbitrary: spliced });
}

/** Invariant violations of an annotated document (empty when it is sound). */
export function docProblems(doc: Doc): string[] {
  const out: string[] = [];
  const n = doc.text.length;
  const span = (where: string, s: Span | undefined, text?: string) => {
    if (!s) return;
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= n)) {
      out.push(`${where}: span ${s.start}..${s.end} outside 0..${n}`);
    } else if (text !== undefined && doc.text.slice(s.start, s.end) !== text) {
      out.push(`${where}: text ${JSON.stringify(text.slice(0, 40))} differs from the text it covers ${JSON.stringify(doc.text.slice(s.start, s.end).slice(0, 40))}`);
    }
  };
  for (const m of doc.messages) if (m.severity === 'error') out.push(`${m.source}: ${m.text}`);
  const L = doc.layers;
  L.tokens?.forEach((t, i) => span(`token ${i}`, t));
  L.sentences?.forEach((s, i) => span(`sentence ${i}`, s));
  L.entities?.forEach((e, i) => span(`entity ${i}`, e, e.text));
  L.mentions?.forEach((m, i) => span(`mention ${i}`, m, m.text));
  L.timexes?.forEach((t, i) => span(`timex ${i}`, t, t.text));
  L.places?.forEach((p, i) => span(`place ${i}`, p, p.text));
  L.quotes?.forEach((q, i) => {
    span(`quote ${i}`, q, q.text);
    if (q.speaker && q.speaker.start !== undefined && q.speaker.end !== undefined) span(`quote ${i} speaker`, { start: q.speaker.start, end: q.speaker.end });
  });
  L.events?.forEach((e, i) => {
    span(`event ${i} trigger`, e.trigger, e.trigger.text);
    span(`event ${i} sentence`, e.sentence);
    for (const side of ['source', 'target'] as const) {
      const p = e[side];
      if (p.start !== undefined && p.end !== undefined) span(`event ${i} ${side}`, { start: p.start, end: p.end });
    }
  });
  return out;
}

// FUZZ_SEED replays a run (fast-check prints the seed of a failing run).
if (process.env.FUZZ_SEED) fc.configureGlobal({ seed: Number(process.env.FUZZ_SEED) });
