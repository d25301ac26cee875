import type { Command, CommanderError } from 'commander';
import { PlanCheckError } from '../errors/plan-check-error.js';
import type { Lang } from '../types.js';
import { msg } from '../messages/index.js';
import { commandPath, helpHint, translateParseError, type ParseFailure } from './commander-errors.js';

/** A commander parse error, with the command whose arguments were wrong. */
class CommandParseError extends Error implements ParseFailure {
  constructor(
    readonly error: CommanderError,
    readonly command: Command,
  ) {
    super(error.message);
  }
}

/** Every command, subcommands included, throws its parse errors to main, which prints them in the run's language. */
export function throwParseErrors(command: Command): void {
  command
    .exitOverride((error) => {
      throw new CommandParseError(error, command);
    })
    .showHelpAfterError(false)
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s), outputError: () => undefined });
  for (const sub of command.commands) throwParseErrors(sub);
}

/** What ended a run, said once on stderr in the run's language; the exit code (2, or 0 for --help). */
export function printError(err: unknown, lang: Lang, verbose: boolean): number {
  if (err instanceof CommandParseError) {
    const { error, command } = err;
    if (error.exitCode === 0) return 0; // --help, --version, help <command>
    process.stderr.write(`${commandPath(command)}: ${translateParseError(err, lang)}\n${helpHint(command, lang)}\n`);
    return 2;
  }
  if (err instanceof PlanCheckError) {
    process.stderr.write(`plan-check: ${err.explain(lang)}\n`);
    return 2;
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`${msg(lang, 'cli.internalError', { message })}\n`);
  if (verbose && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
  return 2;
}
