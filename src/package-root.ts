// The package root (the folder holding package.json, knowledge/, models/, web/dist), found from this
// module whether it runs as TypeScript from src/ (tests, tsx) or compiled from dist/: both sit one level
// below the root. Files the code reads at run time are resolved from here, never from a module's own path.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `parts` joined under the package root ("knowledge", "web/dist", "src/workers/…"). */
export function fromPackageRoot(...parts: string[]): string {
  return resolve(PACKAGE_ROOT, ...parts);
}

/** A model file under models/, or the file the environment variable `envVar` names instead (a model
 * trained with `eventline train … --out`, for the pipeline, the eval or the tests). */
export function modelPath(envVar: string, file: string): string {
  return process.env[envVar] || fromPackageRoot('models', file);
}
