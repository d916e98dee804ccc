// Test helper for crash and concurrency tests: a corpus on disk (the samples plus generated articles from
// bench/corpus.ts), `eventline ARGS` started as a child process that can be killed or awaited, and a stamp
// of the source and knowledge files (to tell whether annotations from before and after can be compared).
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { corpusToJsonl, generateCorpus } from '../../bench/corpus.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
const BIN = resolve(ROOT, 'bin/eventline.js');

/** Copies the samples and writes `generatedBytes` of generated articles as JSONL; returns the folder and the document count. */
export function writeCorpus(dir: string, generatedBytes: number): { path: string; docs: number } {
  const path = join(dir, 'corpus');
  mkdirSync(path, { recursive: true });
  cpSync(join(ROOT, 'samples'), join(path, 'samples'), { recursive: true, filter: (src) => !src.endsWith('.md') });
  const generated = generateCorpus(generatedBytes);
  writeFileSync(join(path, 'generated.jsonl'), corpusToJsonl(generated));
  return { path, docs: 13 + 3 + generated.length };
}

export interface Run {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** Starts `eventline ARGS` in the background. */
export function startCli(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', EVENTLINE_DB: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdout!.resume();
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((res) =>
    child.on('exit', (code, signal) => res({ code, signal, stderr })),
  );
  return { child, done };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Changes whenever a source or knowledge file changes (a run spanning an edit cannot be compared layer by layer). */
export function codeStamp(): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else h.update(`${p}:${st.mtimeMs}:${st.size}\n`);
    }
  };
  walk(join(ROOT, 'src'));
  walk(join(ROOT, 'knowledge'));
  return h.digest('hex');
}
