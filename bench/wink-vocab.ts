// Does wink-nlp's vocabulary grow without bound in a long-running process? Reads many generated documents
// full of distinct unknown tokens (invented names, numbers, hashtags, handles, URLs, misspellings, words in
// other scripts) in one process, through the tokens stage or the whole pipeline, and prints every `--every`
// documents what wink has learnt (lexemes; prefix, suffix and shape values against their packing's limits),
// the heap after a full collection, and the RSS. `--arts DIR` reads the real articles of DIR (first line
// `date: …`) over and over instead, each copy with distinct noise tokens appended.
//
//   node --expose-gc bin/run.js bench/wink-vocab.ts [--dist DIST] [--stage tokens|pipeline] [--docs N]
//     [--every N] [--arts DIR] [--scripts] [--seed S]
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Rng } from './prng.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const dist = resolve(opt('dist', 'dist'));
const stage = opt('stage', 'tokens');
const docs = Number(opt('docs', '50000'));
const every = Number(opt('every', '5000'));
const artsDir = opt('arts', '');
const otherScripts = args.includes('--scripts');
const rng = new Rng(Number(opt('seed', '20261206')));

const load = (p: string) => import(pathToFileURL(`${dist}/${p}`).href);
const tokensMod = await load('stages/tokens/tokens.js');
const modelMod = await load('stages/tokens/wink-model.js');

// The team's own filler words: a sentence frame around the unknown tokens.
const SUBJECTS = ['The minister', 'A spokesman for the council', 'Officials', 'The company', 'Police', 'Her lawyer', 'The mayor', 'Residents'];
const VERBS = ['said on Tuesday that', 'told reporters that', 'announced that', 'wrote in a statement that', 'confirmed that'];
const MIDDLES = ['had met', 'would visit', 'criticised', 'signed a deal with', 'paid', 'sued', 'thanked', 'was seen near'];
const ENDS = ['last week', 'in the capital', 'before the vote', 'after the talks', 'on Monday', 'this year'];
const COMMON = ['government', 'election', 'hospital', 'agreement', 'protest', 'village', 'budget', 'meeting', 'weather', 'station'];
const C = 'bcdfghjklmnprstvwxz';
const V = 'aeiouy';

/** A pronounceable invented word of 2–4 syllables. */
function word(): string {
  let w = '';
  const n = rng.int(2, 4);
  for (let i = 0; i < n; i++) w += rng.pick([...C]) + rng.pick([...V]) + (rng.chance(0.3) ? rng.pick([...C]) : '');
  return w;
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Random letters of another script (Cyrillic, Greek, Arabic, CJK, Devanagari). */
function foreign(): string {
  const base = rng.pick([0x0430, 0x03b1, 0x0628, 0x4e00, 0x0915]);
  const span = base === 0x4e00 ? 2000 : 24;
  let w = '';
  for (let i = rng.int(2, 6); i > 0; i--) w += String.fromCharCode(base + rng.int(0, span - 1));
  return w;
}

/** One distinct unknown token, now and then with punctuation glued on. */
function unknown(): string {
  let t: string;
  switch (rng.int(0, otherScripts ? 8 : 7)) {
    case 0:
    case 1:
      t = `${cap(word())} ${cap(word())}`;
      break;
    case 2:
      t = rng.chance(0.5) ? `${rng.int(1, 999)},${String(rng.int(0, 999)).padStart(3, '0')}.${rng.int(10, 99)}` : `$${rng.int(1, 99)}.${rng.int(1, 9)}${rng.pick(['m', 'bn', 'k'])}`;
      break;
    case 3:
      t = `#${word()}${rng.chance(0.5) ? rng.int(1, 9999) : cap(word())}`;
      break;
    case 4:
      t = `@${word()}_${rng.int(1, 999)}`;
      break;
    case 5:
      t = `https://www.${word()}.example/${word()}/${rng.int(1, 99999)}?id=${word()}`;
      break;
    case 6: {
      const w = rng.pick(COMMON);
      const k = rng.int(1, w.length - 2);
      t = w.slice(0, k) + rng.pick([...C]) + w.slice(k + 1) + (rng.chance(0.5) ? rng.pick([...V]) : '');
      break;
    }
    case 7:
      t = `${cap(word())}-${cap(word())}'s`;
      break;
    default:
      t = cap(foreign());
  }
  const p = rng.next();
  if (p < 0.15) return `${t},`;
  if (p < 0.22) return `(${t})`;
  if (p < 0.27) return `"${t}"`;
  return t;
}

function sentence(): string {
  return `${rng.pick(SUBJECTS)} ${unknown()} ${rng.pick(VERBS)} ${unknown()} ${rng.pick(MIDDLES)} ${unknown()} and ${unknown()} ${rng.pick(ENDS)}.`;
}

function generated(): { text: string; date: string } {
  const out: string[] = [];
  for (let p = rng.int(3, 5); p > 0; p--) {
    const sents: string[] = [];
    for (let s = rng.int(2, 4); s > 0; s--) sents.push(sentence());
    out.push(sents.join(' '));
  }
  return { text: out.join('\n\n'), date: '2026-12-06' };
}

const arts = artsDir
  ? readdirSync(artsDir)
      .sort()
      .map((f) => {
        const raw = readFileSync(`${artsDir}/${f}`, 'utf8');
        const nl = raw.indexOf('\n');
        return { date: raw.slice(6, nl).trim(), text: raw.slice(nl + 1) };
      })
  : [];
function real(i: number): { text: string; date: string } {
  const a = arts[i % arts.length];
  const noise: string[] = [];
  for (let k = 0; k < 3; k++) noise.push(sentence());
  return { date: a.date, text: `${a.text.trimEnd()}\n\n${noise.join(' ')}\n` };
}

let run: (d: { text: string; date: string }, i: number) => Promise<number>;
if (stage === 'pipeline') {
  const { defaultPipeline } = await load('pipeline/default.js');
  const { createDoc } = await load('doc/doc.js');
  const pipe = defaultPipeline();
  run = async (d, i) => {
    const doc = createDoc({ id: `d${i}`, text: d.text, date: d.date });
    await pipe.run(doc);
    return doc.layers.tokens.length;
  };
} else {
  const { lemmaTable } = await load('stages/tokens/lemmas.js');
  const table = lemmaTable();
  run = async (d) => tokensMod.tokenize(d.text, table).tokens.length;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) console.error('(run with node --expose-gc for heap figures after a full collection)');
const mb = (n: number) => (n / 1048576).toFixed(1);
const row = (n: number, tokens: number, t0: number) => {
  gc?.();
  const m = process.memoryUsage();
  const g = modelMod.winkGrowth?.();
  const feats = g ? Object.entries(g.features as Record<string, { size: number; limit: number }>).map(([k, v]) => `${k} ${v.size}/${v.limit + 1}`).join(', ') : '';
  const extra = tokensMod.winkRenewals ? ` renewals ${tokensMod.winkRenewals()}` : '';
  console.log(`${String(n).padStart(7)} docs ${String(tokens).padStart(10)} tokens ${((performance.now() - t0) / 1000).toFixed(1).padStart(7)} s  learnt lexemes ${g ? g.lexemes : '?'}  ${feats}  heap ${mb(m.heapUsed)} MB  rss ${mb(m.rss)} MB${extra}`);
};

console.log(`wink vocabulary: ${dist}, stage ${stage}, ${docs} ${artsDir ? `copies of ${arts.length} real articles with noise` : `generated documents${otherScripts ? ' (with other scripts)' : ''}`}`);
const t0 = performance.now();
let tokens = 0;
tokensMod.tokenize('A first sentence.');
row(0, 0, t0);
for (let i = 1; i <= docs; i++) {
  tokens += await run(artsDir ? real(i - 1) : generated(), i);
  if (i % every === 0) row(i, tokens, t0);
}
