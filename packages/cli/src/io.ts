/**
 * The CLI's contact with the outside world, kept behind one interface so commands stay
 * testable and the exit-code rules (0 with diagnostics, 2 for unreadable input) live in one place.
 */
import { readFile } from 'node:fs/promises';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a file as UTF-8, or standard input for `-`. */
  readonly readText: (path: string) => Promise<string>;
}

/** Raised for problems that end the command with exit code 2: bad arguments, unreadable files. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readText: readTextFile,
  };
}

async function readTextFile(path: string): Promise<string> {
  try {
    const bytes = path === '-' ? await readStdin() : await readFile(path);
    return new TextDecoder('utf-8').decode(bytes);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new UsageError(`cannot read ${path === '-' ? 'standard input' : path}: ${reason}`);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
