import type { Command } from 'commander';
import { readTextStream } from './stdin.js';

/** Where a command writes: anything with `write(string)` (process streams, or a buffer in tests). */
export interface OutputStream {
  write(chunk: string): unknown;
}

/**
 * Everything a command may touch outside its arguments. Injected so that tests run `main()` in-process
 * without spawning a child or mutating `process`.
 */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colours are only used then). */
  isTTY: boolean;
  /** Reads a file's bytes; tests replace it to simulate unreadable files (root can read anything). */
  readFile?: (absolutePath: string) => Uint8Array;
  /** Reads all of standard input (`check --stdin`). */
  readStdin?: () => Promise<string>;
}

export interface CommandContext {
  io: CliIo;
  /** The cli package's version (also the tool version in reports). */
  version: string;
  /** Records the exit code: commander discards what actions return. */
  setExitCode(code: number): void;
}

/** Each command file exports one of these; main.ts lists them. */
export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY,
    readStdin: () => readTextStream(process.stdin),
  };
}
