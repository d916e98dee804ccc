// The negative single words of the sentiment lexicon that wink-eng-lite-web-model ships, one a line as
// `score word` (scores -1 … -0.2; --max S keeps those at or below S, default -0.4): the candidates from
// which knowledge/patterns/lexicon/judgement.yaml keeps, by hand, the words that judge an actor.
// `node bin/run.js scripts/sentiment-negatives.ts [--max -0.4]`. The model stores the lexicon as a
// state machine over its lexeme ids: a word is a transition from the start state into a final state.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const args = process.argv.slice(2);
const max = args.includes('--max') ? Number(args[args.indexOf('--max') + 1]) : -0.4;
const require = createRequire(import.meta.url);
const models = join(dirname(require.resolve('wink-eng-lite-web-model')), 'languages/cur/models');
const core = JSON.parse(readFileSync(join(models, 'eng-core-web-model.json'), 'utf8')) as { features: { lexeme: { list: string[] } } };
const [packed] = JSON.parse(readFileSync(join(models, 'eng-sa-model.json'), 'utf8')) as [string];
const [, , transitions, finals] = JSON.parse(packed) as [number, number, Record<string, Record<string, number>>, Record<string, string>];
const words: [number, string][] = [];
for (const [id, state] of Object.entries(transitions['0'] ?? {})) {
  const score = finals[String(state)];
  if (score === undefined) continue;
  const word = core.features.lexeme.list[Number(id)];
  if (word && /^[a-z]+$/.test(word) && Number(score) / 1000 <= max) words.push([Number(score) / 1000, word]);
}
words.sort((x, y) => x[1].localeCompare(y[1]));
for (const [s, w] of words) console.log(`${s} ${w}`);
