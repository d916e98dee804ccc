// vitest globalSetup: builds the compiled CLI (dist/, as `npm run build` does) when it is missing or older
// than a source file, so the tests that spawn bin/eventline.js run today's code, also right after a clone.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fromPackageRoot } from '../../src/package-root.ts';

const BUILT = fromPackageRoot('dist', 'cli', 'main.js');

/** Newest modification time (ms) of the files under `dir`, recursively. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** True when dist/ is missing or older than src/ or the build configuration. */
export function distIsStale(): boolean {
  if (!existsSync(BUILT)) return true;
  const sources = Math.max(newest(fromPackageRoot('src')), statSync(fromPackageRoot('tsconfig.build.json')).mtimeMs, statSync(fromPackageRoot('tsconfig.json')).mtimeMs);
  return sources > statSync(BUILT).mtimeMs;
}

/** Runs `npm run build`'s compiler when dist/ is stale; returns whether it built. */
export function buildIfStale(): boolean {
  if (!distIsStale()) return false;
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', fromPackageRoot('tsconfig.build.json')], { stdio: 'inherit', cwd: fromPackageRoot() });
  return true;
}

export default function setup(): void {
  buildIfStale();
}
