// The eventline command line: registers every command on commander and turns failures into one line
// on stderr with an exit status (0 ok, 1 failed, 2 usage, 3 completed with skipped inputs).
import { Command, CommanderError } from 'commander';
import { processCli, UserError, EXIT_FAILED, EXIT_USAGE, type Cli } from './context.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerEvents } from './commands/events.ts';
import { registerQuotes } from './commands/quotes.ts';
import { registerActors } from './commands/actors.ts';
import { registerDocs } from './commands/docs.ts';
import { registerShow } from './commands/show.ts';
import { registerExtract } from './commands/extract.ts';
import { registerCheck } from './commands/check.ts';
import { registerExport } from './commands/export.ts';
import { registerImport } from './commands/import.ts';

/**
 * Registers `eval` from src/cli/eval.ts — imported only when eval is the command being run (it pulls in
 * the whole pipeline and the gold loaders), and a broken or missing eval never takes the other commands down.
 */
async function registerEvalCommand(program: Command, argv: string[]): Promise<void> {
  const command = argv.slice(2).find((a) => !a.startsWith('-'));
  let reason = '';
  if (command === 'eval') {
    try {
      const { registerEval } = (await import('./eval.ts')) as { registerEval: (p: Command) => void };
      registerEval(program);
      return;
    } catch (err) {
      reason = (err as Error).message.split('\n')[0];
    }
  }
  program
    .command('eval')
    .description('score every stage against the gold sets in ../shared/eval (and the seed article)')
    .allowUnknownOption()
    .helpOption(false)
    .action(() => {
      throw new UserError(`eval not yet available (${reason})`);
    });
}

export async function buildProgram(cli: Cli, argv: string[] = []): Promise<Command> {
  const program = new Command('eventline')
    .description('Dated news articles in, evidence-linked event data out: who did what to whom, when and where, and who said what.')
    .version('0.1.0')
    .showHelpAfterError('(run eventline help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => cli.out(s), writeErr: (s) => cli.err(s) });
  registerIngest(program, cli);
  registerEvents(program, cli);
  registerQuotes(program, cli);
  registerActors(program, cli);
  registerDocs(program, cli);
  registerShow(program, cli);
  registerExtract(program, cli);
  (await import('./commands/watch.ts')).registerWatch(program, cli);
  (await import('./commands/enqueue.ts')).registerEnqueue(program, cli);
  (await import('./commands/worker.ts')).registerWorker(program, cli);
  (await import('./commands/status.ts')).registerStatus(program, cli);
  registerCheck(program, cli);
  registerExport(program, cli);
  registerImport(program, cli);
  (await import('./commands/serve.ts')).registerServe(program, cli);
  (await import('./commands/parse.ts')).registerParse(program, cli);
  (await import('./commands/train.ts')).registerTrain(program, cli);
  await registerEvalCommand(program, argv);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/** Runs the CLI on `argv` (as process.argv: node, script, args…); resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  const cli = processCli();
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(cli.code); // output piped into head & co.
  });
  const program = await buildProgram(cli, argv);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // commander has already printed its one-line message (or the help / version)
      cli.exit(err.exitCode === 0 ? 0 : EXIT_USAGE);
    } else if (err instanceof UserError) {
      cli.err(`eventline: ${err.message}\n`);
      cli.exit(err.exitCode);
    } else {
      const e = err as Error;
      cli.err(`eventline: ${e?.message?.split('\n')[0] ?? String(err)}${process.env.EVENTLINE_DEBUG ? `\n${e?.stack}` : ' (set EVENTLINE_DEBUG=1 for details)'}\n`);
      cli.exit(EXIT_FAILED);
    }
  }
  const external = typeof process.exitCode === 'number' ? process.exitCode : 0; // e.g. set by eval
  return Math.max(cli.code, external);
}
