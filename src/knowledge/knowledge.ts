// Loaded knowledge (actor registry, sector words, event patterns, gazetteer overrides): built once per
// process or worker from the data files under the knowledge directories and shared, read-only, by all
// components. Each stage owns its loader and caches its index here under a key.
import { fromPackageRoot } from '../package-root.ts';

/** The project's bundled knowledge folder (knowledge/ at the package root). */
export const BUNDLED_KNOWLEDGE_DIR = fromPackageRoot('knowledge');

export class Knowledge {
  private readonly cache = new Map<string, unknown>();

  /**
   * @param dirs knowledge folders, in order: the bundled one first, then users' folders whose files
   *   extend or override it (same layout: actors/, patterns/, sectors.yaml, places.yaml).
   */
  constructor(readonly dirs: readonly string[] = [BUNDLED_KNOWLEDGE_DIR]) {}

  /** The index stored under `key`, built by `load` the first time it is asked for. */
  get<T>(key: string, load: (dirs: readonly string[]) => T): T {
    let v = this.cache.get(key);
    if (v === undefined && !this.cache.has(key)) this.cache.set(key, (v = load(this.dirs)));
    return v as T;
  }
}

let defaultKnowledge: Knowledge | null = null;
export function bundledKnowledge(): Knowledge {
  defaultKnowledge ??= new Knowledge();
  return defaultKnowledge;
}
