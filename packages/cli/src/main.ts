/**
 * Parses the command line and dispatches to a command. Holds no text logic: every
 * command gathers input, calls @parallel-text/core and prints the result.
 */
import type { CliIo } from './io.js';
import { UsageError } from './io.js';
import { packageVersion } from './version.js';
import { inspectCommand } from './commands/inspect.js';
import { diffCommand } from './commands/diff.js';
import { alignCommand } from './commands/align.js';
import { exportCommand } from './commands/export.js';

export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

const COMMANDS: readonly Command[] = [inspectCommand, alignCommand, diffCommand, exportCommand];

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'Usage: parallel-text <command> [options]',
    '',
    'Aligned Russian–English parallel texts: parse, align, compare and export.',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also: parallel-text <command> --help)',
    '  -v, --version  show the version',
    '',
    'Exit codes: 0 success (diagnostics about the text are part of the output);',
    '            2 bad arguments or an unreadable file.',
    '',
  ].join('\n');
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    io.stdout(helpText());
    return 0;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === first);
  if (!command) {
    io.stderr(`parallel-text: unknown command '${first}' (try 'parallel-text --help')\n`);
    return 2;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`parallel-text ${command.name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
