// Expanding the paths given on the command line into input files: folders are walked recursively (in
// sorted order, hidden entries skipped) for .txt/.text/.jsonl/.ndjson files, HTML pages, RSS/Atom feeds
// and WARC archives; named files are taken as they are.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { InputProblem } from './problem.ts';

export const TEXT_EXTENSIONS = ['.txt', '.text'];
export const JSONL_EXTENSIONS = ['.jsonl', '.ndjson'];
export const HTML_EXTENSIONS = ['.html', '.htm'];
export const FEED_EXTENSIONS = ['.rss', '.atom', '.xml'];
export const WARC_EXTENSIONS = ['.warc', '.warc.gz'];

export type InputFormat = 'text' | 'jsonl' | 'html' | 'feed' | 'warc';

export interface InputFile {
  path: string;
  size: number;
  format: InputFormat;
}

export interface WalkResult {
  files: InputFile[];
  problems: InputProblem[];
  /** Files inside folders that were passed over because of their extension. */
  ignored: number;
}

export function formatOf(path: string): InputFormat {
  const ext = extname(path).toLowerCase();
  if (JSONL_EXTENSIONS.includes(ext)) return 'jsonl';
  if (HTML_EXTENSIONS.includes(ext)) return 'html';
  if (FEED_EXTENSIONS.includes(ext)) return 'feed';
  if (WARC_EXTENSIONS.some((e) => path.toLowerCase().endsWith(e))) return 'warc';
  return 'text';
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
        if (TEXT_EXTENSIONS.includes(extname(name).toLowerCase()) || formatOf(name) !== 'text') add(p, st.size);
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
