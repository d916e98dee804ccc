#!/usr/bin/env node
// The `eventline` command: loads the TypeScript CLI under tsx (no build step needed after npm install).
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
