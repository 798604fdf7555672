import { Command, CommanderError } from 'commander';
import { register as registerAwsScan } from './commands/aws-scan.js';
import { register as registerCheck } from './commands/check.js';
import { register as registerDiff } from './commands/diff.js';
import { register as registerGraph } from './commands/graph.js';
import { register as registerExplain } from './commands/explain.js';
import { register as registerFix } from './commands/fix.js';
import { register as registerRules } from './commands/rules.js';
import { register as registerSimulate } from './commands/simulate.js';
import { processIo, type CliIo, type CommandContext, type RegisterCommand } from './context.js';
import { CliError, errorMessage } from './errors.js';
import { errorLines, sanitizingIo } from './output.js';
import { packageInfo } from './package-info.js';

/** The commands, in help order. Adding one is one import and one entry. */
const COMMANDS: readonly RegisterCommand[] = [registerCheck, registerExplain, registerSimulate, registerAwsScan, registerRules, registerFix, registerDiff, registerGraph];

/** Runs the CLI on `argv` (without `node` and the script) and resolves to the exit code. */
export async function main(argv: readonly string[], rawIo: CliIo = processIo()): Promise<number> {
  // Every byte written from here on passes the output sanitiser.
  const io = sanitizingIo(rawIo);
  let exitCode = 0;
  const ctx: CommandContext = {
    io,
    version: packageInfo().version,
    setExitCode: (code) => {
      exitCode = code;
    },
  };
  try {
    await createProgram(ctx).parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (err) {
    return handleError(err, io);
  }
}

export function createProgram(ctx: CommandContext): Command {
  const program = new Command('trustlint')
    .description('lint GitHub Actions → AWS OIDC trust: who can assume your roles')
    .version(ctx.version, '-V, --version')
    // Settings made before `.command()` are inherited by the subcommands.
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
      // One line: commander puts its "(Did you mean …?)" hint on a line of its own.
      outputError: (s, write) => {
        write(`trustlint: ${s.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ')}\n`);
      },
    });
  for (const registerCommand of COMMANDS) registerCommand(program, ctx);
  return program;
}

function handleError(err: unknown, io: CliIo): number {
  if (err instanceof CommanderError) {
    // Help and version were printed on request; anything else is a usage error already reported.
    return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
  }
  if (err instanceof CliError) {
    io.stderr.write(errorLines(err.message));
    return err.exitCode;
  }
  io.stderr.write(errorLines(`internal error: ${errorMessage(err)}`));
  // The stack's first line repeats the message, which may quote input: sanitised like it.
  if (io.env.TRUSTLINT_DEBUG === '1' && err instanceof Error && err.stack !== undefined) io.stderr.write(errorLines(err.stack, ''));
  else io.stderr.write('trustlint: set TRUSTLINT_DEBUG=1 for the stack trace\n');
  return 2;
}
