// One queue job run in process (no PostgreSQL needed): documents over a per-document limit are counted as
// problems of the job and never saved half-annotated; the others are saved once, a second run saves nothing.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runJob } from '../../src/queue/jobs.ts';
import { openStore } from '../../src/store/store.ts';
import { createAnnotator } from '../../src/workers/pool.ts';

const dir = mkdtempSync(join(tmpdir(), 'eventline-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

describe('queue job', () => {
  it('skips a document over the size limit as a problem and saves the others', async () => {
    vi.stubEnv('EVENTLINE_MAX_CHARS', '200');
    const lines = [
      { date: '2023-05-02', text: 'Kenya sent troops to Somalia on Friday, the defence ministry said.' },
      { date: '2023-05-02', text: `Chile signed an energy accord with Argentina in Santiago. ${'The talks went on. '.repeat(20)}` },
      { date: '2023-05-03', text: 'Japan and South Korea agreed on Saturday to resume security talks.' },
    ];
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const store = await openStore(join(dir, 'jobs.db'));
    const annotator = createAnnotator(0);
    try {
      const job = { kind: 'jsonl', path: file, from: 1, to: 3 };
      const first = await runJob(job, store, annotator);
      expect(first).toMatchObject({ saved: 2, existing: 0, problems: 1 });
      expect(first.problemLines[0]).toMatch(/batch\.jsonl:2.*over the 200 limit/);
      const docs = (await store.listDocs()).items;
      expect(docs).toHaveLength(2);
      for (const d of docs) expect((await store.getDoc(d.id))!.layers.tokens!.length).toBeGreaterThan(5);
      const again = await runJob(job, store, annotator); // a job run twice stores nothing twice
      expect(again).toMatchObject({ saved: 0, existing: 2, problems: 1 });
    } finally {
      await annotator.close();
      await store.close();
    }
  }, 180_000);
});
