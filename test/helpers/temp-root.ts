// vitest globalSetup: one temporary folder per test run. The test processes are forked after this runs, so
// they inherit TMPDIR and every os.tmpdir()/mkdtemp of a test (databases, knowledge folders, caches) lands
// inside it; the run removes it at the end, so test runs leave nothing behind in the system's temp folder
// (they used to leave hundreds of folders there).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'eventline-test-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
