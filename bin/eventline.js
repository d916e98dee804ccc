#!/usr/bin/env node
// The `eventline` command: runs the compiled CLI in dist/ (built by `npm install` through "prepare", or by
// `npm run build`); no TypeScript transpiler at run time.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('eventline: the compiled CLI (dist/) is missing; run `npm run build` in the eventline folder\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
