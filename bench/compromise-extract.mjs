// compromise's entity extraction as a whole process, the counterpart of `eventline extract FILE --jsonl`:
// reads a JSON Lines corpus ({id, date, text} per line), runs nlp(text).people() / .places() /
// .organizations() on each article and prints the number of entities. Plain JavaScript: no transpiler.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

let entities = 0;
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const d = nlp(JSON.parse(line).text);
  entities += d.people().out('array').length + d.places().out('array').length + d.organizations().out('array').length;
}
process.stdout.write(`${entities}\n`);
