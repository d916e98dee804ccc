// Lemma accuracy of what the stages read, on the UD English dev files with gold tokens: each sentence's
// words joined as written (SpaceAfter=No kept) go through the tokens stage; a token whose span is a gold
// word is scored (lower-cased lemma = gold lemma), overall and by gold UPOS, for wink-nlp's own lemmas,
// the tokens stage's (table-corrected, by wink's tag) and those re-read by the syntax stage's UPOS; the
// most frequent errors of the last are listed. `node bin/run.js scripts/lemma-accuracy.ts [--data DIR]
// [--table FILE]` (no table file: one built from the train files in this run, as `train lemmas` does).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir } from '../src/eval/data-dir.ts';
import { readConllu } from '../src/stages/syntax/conllu.ts';
import { parseTokens } from '../src/stages/syntax/index.ts';
import { tokenize } from '../src/stages/tokens/tokens.ts';
import { buildLemmaTable, relemmatize, type LemmaTable } from '../src/stages/tokens/lemmas.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const data = opt('--data') ?? join(defaultDataDir(), 'ud');
const tableFile = opt('--table');
const raw = tableFile
  ? (JSON.parse(readFileSync(tableFile, 'utf8')) as { exceptions: Record<string, string>; verbs: string[] })
  : buildLemmaTable(['en_ewt-ud-train.conllu', 'en_gum-open-train.conllu'].flatMap((f) => readConllu(join(data, f))));
const table: LemmaTable = { exceptions: new Map(Object.entries(raw.exceptions)), verbs: new Set(raw.verbs) };

type Score = { n: number; ok: number };
const kinds = ['wink', 'tokens', 'upos'] as const;
const tags = ['all', 'VERB', 'NOUN', 'ADJ', 'AUX', 'ADV', 'PROPN'];
const pct = (s: Score) => ((100 * s.ok) / Math.max(1, s.n)).toFixed(2);
for (const file of ['en_ewt-ud-dev.conllu', 'en_gum-open-dev.conllu']) {
  const scores = new Map<string, Score>();
  const errors = new Map<string, number>();
  let words = 0;
  const add = (k: string, ok: boolean) => {
    const s = scores.get(k) ?? { n: 0, ok: 0 };
    s.n++;
    if (ok) s.ok++;
    scores.set(k, s);
  };
  for (const s of readConllu(join(data, file))) {
    let text = '';
    const spans: [number, number][] = [];
    for (const w of s.words) {
      const start = text.length;
      text += w.form;
      spans.push([start, text.length]);
      if (!/SpaceAfter=No/.test(w.cols[9])) text += ' ';
    }
    words += s.words.length;
    const plain = tokenize(text, null).tokens;
    const fixed = tokenize(text, table).tokens;
    const upos = parseTokens(fixed).upos;
    const reread = fixed.map((t) => ({ ...t }));
    relemmatize(reread, upos, table);
    const at = new Map<string, number>();
    fixed.forEach((t, i) => at.set(`${t.start}:${t.end}`, i));
    s.words.forEach((w, k) => {
      const i = at.get(`${spans[k][0]}:${spans[k][1]}`);
      if (i === undefined || w.lemma === '_') return;
      const gold = w.lemma.toLowerCase();
      const t = fixed[i];
      const got = {
        wink: plain[i].lemma,
        tokens: t.lemma,
        upos: reread[i].lemma,
      };
      for (const kind of kinds) {
        add(`${kind}/all`, got[kind] === gold);
        if (tags.includes(w.upos)) add(`${kind}/${w.upos}`, got[kind] === gold);
      }
      if (got.upos !== gold) {
        const key = `${w.upos} ${t.text.toLowerCase()} → ${got.upos} (gold ${gold})`;
        errors.set(key, (errors.get(key) ?? 0) + 1);
      }
    });
  }
  console.log(`\n${file}: ${words} gold words; ${scores.get('wink/all')!.n} scored (tokens stage span = gold word)`);
  console.log(['lemmas', ...tags].join('\t'));
  for (const kind of kinds) console.log([kind, ...tags.map((t) => `${pct(scores.get(`${kind}/${t}`) ?? { n: 0, ok: 0 })}`)].join('\t'));
  console.log('most frequent errors after the syntax stage:');
  for (const [k, n] of [...errors].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${n}\t${k}`);
}
