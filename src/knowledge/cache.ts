// The on-disk cache folder of compiled knowledge (node_modules/.cache/eventline, or $EVENTLINE_CACHE_DIR)
// and its atomic JSON writer. Every cache file is keyed by what it was built from (a content hash or
// a source fingerprint), so a changed knowledge file or package rebuilds it and stale files are never read.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.ts';

export function cacheDir(): string {
  return process.env.EVENTLINE_CACHE_DIR ?? join(PACKAGE_ROOT, 'node_modules', '.cache', 'eventline');
}

/** Writes any cache object as JSON through a temporary file and a rename (atomic); false when the folder is not writable. */
export function writeJsonCache(rows: unknown, file: string): boolean {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(rows));
    renameSync(tmp, file);
    return true;
  } catch {
    return false;
  }
}
