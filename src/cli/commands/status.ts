// `eventline status --db postgres://…`: the ingest queue's depth and states, throughput over the last
// 1 / 5 / 60 minutes, the dead-letter count and the latest failures (--json for the full record).
import type { Command } from 'commander';
import { queueStatus } from '../../queue/status.ts';
import { type Cli, UserError } from '../context.ts';
import { summary } from '../command-list.ts';
import { addDbOption } from '../options.ts';

export function registerStatus(program: Command, cli: Cli): void {
  addDbOption(program.command('status').description(summary('status')))
    .option('--json', 'print the status as JSON')
    .action(async (opts: { db: string; json?: boolean }) => {
      let s;
      try {
        s = await queueStatus(opts.db);
      } catch (err) {
        throw new UserError(`${(err as Error).message}; check --db`);
      }
      if (opts.json) {
        cli.out(`${JSON.stringify(s)}\n`);
        return;
      }
      const states = Object.entries(s.states).map(([k, v]) => `${k} ${v}`).join(', ') || 'no jobs';
      const lines = [
        `queue depth: ${s.depth} waiting (${states})`,
        `dead-lettered: ${s.dead}`,
        ...s.throughput.map((t) => `last ${String(t.minutes).padStart(2)} min: ${t.jobs} jobs, ${t.docs} documents, ${t.tokens} tokens (${Math.round(t.tokens / (t.minutes * 60))} tokens/s)`),
        ...s.failures.map((f) => `${f.state === 'failed' ? 'failed' : 'retrying'} (${f.retries} retries) ${f.at} ${f.job}: ${f.message}`),
      ];
      cli.out(`${lines.join('\n')}\n`);
    });
}
