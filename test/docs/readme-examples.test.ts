// Every `npx eventline …` example in the README, run as written (through the compiled CLI) on the bundled
// samples ingested as `npm run demo` does, must print rows: a newcomer who copies them sees data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT, runCli } from '../cli/run-cli.ts';
import { spawnSync } from 'node:child_process';

/** Commands that need more than the bundled samples (gold data, a server, PostgreSQL): not run here. */
const NOT_RUN: Record<string, string> = {
  eval: 'scores against ../shared/eval (test/cli/eval.test.ts runs it on the seed article)',
  serve: 'a long-running server (test/server/serve.test.ts)',
};

/** The README's example command lines, without `npx eventline` and the trailing comment. */
function readmeExamples(): string[][] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks
    .flatMap((b) => b.split('\n'))
    .filter((l) => l.startsWith('npx eventline '))
    .map((l) => l.replace(/\s+#.*$/, '').slice('npx eventline '.length).trim().split(/\s+/));
}

const dir = mkdtempSync(join(tmpdir(), 'eventline-readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let docId = '';
beforeAll(() => {
  symlinkSync(join(ROOT, 'samples'), join(dir, 'samples'));
  // as `npm run demo` does, from the folder the examples are run in
  const r = spawnSync(process.execPath, [BIN, 'ingest', 'samples', '--db', 'eventline.db'], { cwd: dir, encoding: 'utf8', env: { ...process.env, EVENTLINE_DB: '' } });
  expect(r.status, r.stderr).toBe(0);
  const docs = runCli(['docs', '--json', '--limit', '1'], dir);
  docId = JSON.parse(docs.stdout.split('\n')[0]).id;
}, 180_000);

describe('README examples', () => {
  const examples = readmeExamples();

  it('finds the examples', () => {
    expect(examples.map((e) => e[0])).toEqual(expect.arrayContaining(['events', 'quotes', 'actors', 'docs', 'show', 'extract']));
  });

  for (const example of examples) {
    const name = example.join(' ');
    it.skipIf(example[0] in NOT_RUN)(`eventline ${name} prints rows on the samples`, () => {
      const sample = readdirSync(join(ROOT, 'samples')).find((f) => f.endsWith('.txt'))!;
      const args = example.map((a) => a.replace('<DOC-ID>', docId).replace('samples/<file>.txt', `samples/${sample}`));
      const r = runCli(args, dir);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      if (args[0] === 'extract') {
        expect(JSON.parse(r.stdout).events.length, name).toBeGreaterThan(0);
      } else if (args[0] === 'show') {
        expect(r.stdout.split('\n').length, name).toBeGreaterThan(5);
      } else {
        const lines = r.stdout.trim().split('\n');
        expect(lines.length, `${name} printed no rows: ${r.stderr}`).toBeGreaterThan(1); // a header and at least one row
      }
    });
  }
});
