#!/usr/bin/env node
// The `eventline` command: runs the compiled CLI in dist/ (built by `npm install` through "prepare", or by
// `npm run build`); no TypeScript transpiler at run time.
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// V8's optimising compiler took about a third of the CPU of `eventline extract` over a few hundred articles
// (on its helper threads; 28% in compiler:: symbols under perf), recompiling the large functions of the
// stages as their type feedback grows. A longer run before a function is optimised (interrupt budget
// 300,000 bytecode-size units, V8's default 67,584) leaves the lukewarm ones to the interpreter and
// baseline code, and a smaller inlining budget (at most 300 bytes of bytecode inlined into one optimised
// function, default 920) makes each compilation smaller: the same output, the helper threads' CPU about
// halved (bench/README.md, issue 16). The whole process is the CLI's, so its flags are set here, before
// any of the pipeline's code is loaded; the library leaves its host's V8 as it is.
setFlagsFromString('--interrupt-budget=300000');
setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
// V8 first runs a regular expression in its bytecode interpreter and compiles it to machine code on a
// later run (tier-up): the stages hold a few hundred expressions, many of them long alternations of the
// knowledge's words, each thus compiled twice. Compiling to machine code at the first run (ticks 0) took
// 0.09 CPU-s off a start and about 1.5% off `extract` of the real-news corpus, output the same.
setFlagsFromString('--regexp-tier-up-ticks=0');

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('eventline: the compiled CLI (dist/) is missing; run `npm run build` in the eventline folder\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
