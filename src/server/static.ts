// Serves the built dashboard from a folder: only files inside it, with a content type per extension;
// unknown paths without an extension get index.html (the dashboard routes in the browser).
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.map': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

export function staticFiles(dir: string) {
  const root = resolve(dir);
  return async (c: Context) => {
    let rel: string;
    try {
      rel = decodeURIComponent(c.req.path);
    } catch {
      return c.text('bad path', 400);
    }
    if (rel.includes('\0')) return c.text('bad path', 400);
    let file = resolve(join(root, rel));
    if (file !== root && !file.startsWith(root + sep)) return c.text('not found', 404);
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info && !extname(rel)) {
      file = join(root, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) return c.text('not found', 404);
    const body = await readFile(file);
    const immutable = file.includes(`${sep}assets${sep}`);
    return c.body(body, 200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  };
}
