// The eventline command line: registers every command on commander and turns failures into one line
// on stderr with an exit status (0 ok, 1 failed, 2 usage, 3 completed with skipped inputs).
import { Command, CommanderError } from 'commander';
import { processCli, UserError, EXIT_FAILED, EXIT_USAGE, type Cli } from './context.ts';
import { COMMANDS, commandOf, summary, type CommandName } from './command-list.ts';

/** A command listed in the help under its summary but not loaded (another command is being run). */
function listOnly(program: Command, name: CommandName): void {
  program.command(name).description(summary(name)).allowUnknownOption().allowExcessArguments().helpOption(false).action(() => {});
}

/**
 * Registers `eval`, loaded only when it is the command being run (it pulls in the whole pipeline and the
 * gold loaders); a broken or missing eval never takes the other commands down.
 */
async function registerEvalCommand(program: Command, cli: Cli): Promise<void> {
  let reason = '';
  try {
    (await COMMANDS.eval.load())(program, cli);
    return;
  } catch (err) {
    reason = (err as Error).message.split('\n')[0];
  }
  program
    .command('eval')
    .description(summary('eval'))
    .allowUnknownOption()
    .helpOption(false)
    .action(() => {
      throw new UserError(`eval not yet available (${reason})`);
    });
}

/** The program with every command listed; only the one `argv` runs is loaded (none for `--version`). */
export async function buildProgram(cli: Cli, argv: string[] = []): Promise<Command> {
  const program = new Command('eventline')
    .description('Dated news articles in, evidence-linked event data out: who did what to whom, when and where, and who said what.')
    .version('0.1.0')
    .showHelpAfterError('(run eventline help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => cli.out(s), writeErr: (s) => cli.err(s) });
  const wanted = commandOf(argv);
  for (const name of Object.keys(COMMANDS) as CommandName[]) {
    if (name !== wanted) listOnly(program, name);
    else if (name === 'eval') await registerEvalCommand(program, cli);
    else (await COMMANDS[name].load())(program, cli);
  }
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
