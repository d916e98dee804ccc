// Expanding the paths given on the command line into input files: folders are walked recursively (in
// sorted order, hidden entries skipped) for .txt/.text/.jsonl/.ndjson files; named files are taken as they are.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { InputProblem } from './problem.ts';

export const TEXT_EXTENSIONS = ['.txt', '.text'];
export const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'];

export interface InputFile {
  path: string;
  size: number;
  format: 'text' | 'jsonl';
}

export interface WalkResult {
  files: InputFile[];
  problems: InputProblem[];
  /** Files inside folders that were passed over because of their extension. */
  ignored: number;
}

export function formatOf(path: string): 'text' | 'jsonl' {
  return JSONL_EXTENSIONS.includes(extname(path).toLowerCase()) ? 'jsonl' : 'text';
}

export function walkInputs(paths: string[]): WalkResult {
  const result: WalkResult = { files: [], problems: [], ignored: 0 };
  const seen = new Set<string>();
  const add = (path: string, size: number) => {
    if (seen.has(path)) return;
    seen.add(path);
    result.files.push({ path, size, format: formatOf(path) });
  };
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (err) {
      result.problems.push({ file: dir, reason: `cannot read folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, fix: 'check its permissions' });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const p = join(dir, name);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue; // dangling symlink
      }
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) {
        const ext = extname(name).toLowerCase();
        if (TEXT_EXTENSIONS.includes(ext) || JSONL_EXTENSIONS.includes(ext)) add(p, st.size);
        else result.ignored++;
      }
    }
  };
  for (const path of paths) {
    let st;
    try {
      st = statSync(path);
    } catch {
      result.problems.push({ file: path, reason: 'no such file or folder', fix: 'check the path' });
      continue;
    }
    if (st.isDirectory()) walk(path);
    else add(path, st.size);
  }
  return result;
}
