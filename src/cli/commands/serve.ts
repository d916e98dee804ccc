// `eventline serve`: the JSON API (with its OpenAPI document) and the dashboard over a store; read-only
// unless a write token is given in a file or the environment (never on the command line, where ps shows it).
import type { Command } from 'commander';
import { type Cli, UserError, EXIT_USAGE } from '../context.ts';
import { summary } from '../command-list.ts';
import { addDbOption } from '../options.ts';
import { existsSync } from 'node:fs';
import { isPostgresUrl } from '../../store/store.ts';
import { buildPipeline, collect } from '../pipeline-setup.ts';

export function registerServe(program: Command, cli: Cli): void {
  addDbOption(
    program
      .command('serve')
      .description(summary('serve'))
      .option('--port <n>', 'TCP port (0 picks a free one)', '8080')
      .option('--host <address>', 'address to bind', '127.0.0.1')
      .option('--readers <n>', 'reader threads answering API requests on a SQLite store (0: answer in the main thread)', process.env.EVENTLINE_SERVE_READERS ?? '2')
      .option('--write-token-file <file>', `enable POST /api/documents for requests bearing the token in this file (or env EVENTLINE_WRITE_TOKEN; at least 16 characters)`)
      .option('--max-body-mb <n>', 'largest request body in MB (larger: 413)', '5')
      .option('--rate-limit <n>', 'requests per second per client address, bursts of twice that (0: no limit)', '200')
      .option('--knowledge <dir>', 'extra knowledge folder for articles POSTed with the write token (repeatable)', collect, []),
  ).action(async (opts: { port: string; host: string; db: string; readers: string; writeTokenFile?: string; maxBodyMb: string; rateLimit: string; knowledge: string[] }) => {
    const port = Number(opts.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port "${opts.port}" must be a whole number 0–65535`, EXIT_USAGE);
    const readers = Number(opts.readers);
    if (!Number.isInteger(readers) || readers < 0 || readers > 16) throw new UserError(`--readers "${opts.readers}" must be a whole number 0–16`, EXIT_USAGE);
    const maxBodyMb = Number(opts.maxBodyMb);
    if (!(maxBodyMb > 0) || maxBodyMb > 1024) throw new UserError(`--max-body-mb "${opts.maxBodyMb}" must be a number of MB above 0 and at most 1024`, EXIT_USAGE);
    const rateLimit = Number(opts.rateLimit);
    if (!Number.isInteger(rateLimit) || rateLimit < 0) throw new UserError(`--rate-limit "${opts.rateLimit}" must be a whole number of requests per second (0: no limit)`, EXIT_USAGE);
    const { loadWriteToken, WriteTokenError, TOKEN_ENV } = await import('../../server/write-token.ts');
    let write;
    try {
      write = loadWriteToken(opts.writeTokenFile);
    } catch (err) {
      if (err instanceof WriteTokenError) throw new UserError(err.message, EXIT_USAGE);
      throw err;
    }
    for (const w of write?.warnings ?? []) cli.err(`eventline: warning: ${w}\n`);
    if (opts.knowledge.length && !write) throw new UserError('--knowledge only applies to POSTed articles; give a write token too (--write-token-file)', EXIT_USAGE);
    if (opts.knowledge.length) await buildPipeline(opts.knowledge); // checks the folders (file, line, reason) before serving
    if (!isPostgresUrl(opts.db) && opts.db !== ':memory:' && !existsSync(opts.db)) {
      throw new UserError(`no database at ${opts.db}; run "eventline ingest PATH --db ${opts.db}" first or pass --db`);
    }
    const { startServer, LOOPBACK, WebMissingError } = await import('../../server/serve.ts');
    let server;
    try {
      server = await startServer({
        db: opts.db, port, host: opts.host, readers,
        writeToken: write?.token, maxBodyBytes: Math.round(maxBodyMb * 1024 * 1024), rateLimit, knowledge: opts.knowledge,
      });
    } catch (err) {
      if (err instanceof WebMissingError) throw new UserError(err.message);
      const e = err as NodeJS.ErrnoException;
      if (e.code === 'EADDRINUSE') throw new UserError(`port ${port} on ${opts.host} is already in use; pass --port`);
      throw err;
    }
    if (!LOOPBACK.includes(opts.host)) {
      cli.err(`eventline: warning: listening on ${opts.host}, reachable from other machines (reads need no authentication${write ? '; the write token crosses the network in clear text unless a TLS proxy is in front' : ''})\n`);
    }
    if (write) cli.err(`eventline: POST ${server.url}/api/documents accepts articles with the write token (from ${opts.writeTokenFile ?? TOKEN_ENV})\n`);
    cli.out(`eventline: serving ${server.url}/ (API ${server.url}/api, OpenAPI ${server.url}/api/openapi.json); Ctrl-C stops\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void server.close().then(resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
  });
}
