// `eventline serve`: the read-only JSON API (with its OpenAPI document) and the dashboard over a store.
import type { Command } from 'commander';
import { type Cli, UserError, EXIT_USAGE } from '../context.ts';
import { addDbOption } from '../options.ts';
import { existsSync } from 'node:fs';
import { isPostgresUrl } from '../../store/store.ts';

export function registerServe(program: Command, cli: Cli): void {
  addDbOption(
    program
      .command('serve')
      .description('serve the JSON API and the dashboard (binds 127.0.0.1 unless --host says otherwise)')
      .option('--port <n>', 'TCP port (0 picks a free one)', '8080')
      .option('--host <address>', 'address to bind', '127.0.0.1'),
  ).action(async (opts: { port: string; host: string; db: string }) => {
    const port = Number(opts.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port "${opts.port}" must be a whole number 0–65535`, EXIT_USAGE);
    if (!isPostgresUrl(opts.db) && opts.db !== ':memory:' && !existsSync(opts.db)) {
      throw new UserError(`no database at ${opts.db}; run "eventline ingest PATH --db ${opts.db}" first or pass --db`);
    }
    const { startServer, LOOPBACK, WebMissingError } = await import('../../server/serve.ts');
    let server;
    try {
      server = await startServer({ db: opts.db, port, host: opts.host });
    } catch (err) {
      if (err instanceof WebMissingError) throw new UserError(err.message);
      const e = err as NodeJS.ErrnoException;
      if (e.code === 'EADDRINUSE') throw new UserError(`port ${port} on ${opts.host} is already in use; pass --port`);
      throw err;
    }
    if (!LOOPBACK.includes(opts.host)) cli.err(`eventline: warning: listening on ${opts.host}, reachable from other machines (the API has no authentication)\n`);
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
