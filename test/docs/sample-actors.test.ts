// Every actor the default pipeline makes from the bundled samples, against the hand-reviewed list in
// test/fixtures/sample-actors.txt (issue 17): the test fails on an actor the list does not name, a
// listed actor the pipeline no longer makes, and a wrong kind. Known errors stay listed as `wrong:`
// (made, should not be) and `missing:` (should be made, is not), so that fixing one means editing the list.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc/doc.ts';
import { defaultPipeline } from '../../src/pipeline/default.ts';
import { PROJECT_ROOT } from '../../src/eval/data-dir.ts';
import { sampleDocs } from '../helpers/samples.ts';
import { readSampleActors, type ListedActor } from '../helpers/sample-actors.ts';

const LIST = resolve(PROJECT_ROOT, 'test/fixtures/sample-actors.txt');

describe('the actors made from samples/ (test/fixtures/sample-actors.txt)', () => {
  let made: Map<string, Map<string, string>>;
  const listed = readSampleActors(readFileSync(LIST, 'utf8'), 'test/fixtures/sample-actors.txt');

  beforeAll(() => {
    const pipeline = defaultPipeline();
    made = new Map();
    for (const raw of sampleDocs()) {
      const doc = pipeline.run(createDoc(raw));
      made.set(raw.origin!.replace(/^samples\//, ''), new Map((doc.layers.actors ?? []).map((a) => [a.id, a.kind])));
    }
  });

  it('lists every sample and only samples', () => {
    expect([...listed.keys()].sort()).toEqual([...made.keys()].sort());
  });

  it('makes exactly the listed actors (right and known wrong), each of its listed kind', () => {
    const diffs: string[] = [];
    for (const [origin, actors] of made) {
      const list = listed.get(origin) ?? [];
      const byId = new Map<string, ListedActor>(list.map((a) => [a.id, a]));
      for (const [id, kind] of actors) {
        const l = byId.get(id);
        if (!l) diffs.push(`${origin}: unexpected ${kind} ${id}`);
        else if (l.status === 'missing') diffs.push(`${origin}: ${id} is made now: delete "missing:" at line ${l.line}`);
        else if (l.kind !== kind) diffs.push(`${origin}: ${id} is a ${kind}, listed as ${l.kind} (line ${l.line})`);
      }
      for (const l of list) {
        if (l.status !== 'missing' && !actors.has(l.id)) diffs.push(`${origin}: ${l.kind} ${l.id} not made${l.status === 'wrong' ? ' (a known error: delete line ' + l.line + ')' : ''}`);
      }
    }
    expect(diffs).toEqual([]);
  });

  it('names a reason for every known error', () => {
    const all = [...listed.values()].flat();
    expect(all.filter((a) => a.status !== 'ok' && !a.reason).map((a) => `line ${a.line}`)).toEqual([]);
  });
});
