// linkedom, loaded on first use: a run that reads only text and JSON Lines articles never pays for it
// (~0.15–0.25 s of CPU and ~20 MB of fresh memory at start-up). The ESM build is the one loaded, through
// require(esm) (Node ≥ 20.19): linkedom's CommonJS build grows faster than linear on deeply nested markup
// (test/ingest/html-reader.test.ts guards the ESM build's linear time). A Node without require(esm) gets
// the CommonJS build.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as Linkedom from 'linkedom';

const load = createRequire(import.meta.url);
let linkedom: typeof Linkedom | null = null;

function loadLinkedom(): typeof Linkedom {
  const esm = join(dirname(load.resolve('linkedom/package.json')), 'esm', 'index.js');
  try {
    return load(esm) as typeof Linkedom;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_REQUIRE_ESM') throw err;
    return load('linkedom') as typeof Linkedom;
  }
}

/** The linkedom module (loaded on the first call). */
export function linkedomModule(): typeof Linkedom {
  return (linkedom ??= loadLinkedom());
}
