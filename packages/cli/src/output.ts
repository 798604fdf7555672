import { sanitizeOutput, sanitizeText } from '@trustlint/core';
import type { CliIo, OutputStream } from './context.js';

/** A stream whose every write passes the output sanitiser (whether it is a terminal is kept). */
function sanitizingStream(stream: OutputStream): OutputStream {
  const wrapped: OutputStream & { isTTY?: unknown } = { write: (chunk: string) => stream.write(sanitizeOutput(chunk)) };
  const { isTTY } = stream as { isTTY?: unknown };
  if (isTTY !== undefined) wrapped.isTTY = isTTY;
  return wrapped;
}

/**
 * The CLI's streams behind the output sanitiser: whatever a command, commander or an error handler
 * writes has its credentials masked and its control characters escaped, so a new output path cannot
 * forget it. Reports and text outputs sanitise their values before this, which also keeps colours.
 */
export function sanitizingIo(io: CliIo): CliIo {
  return { ...io, stdout: sanitizingStream(io.stdout), stderr: sanitizingStream(io.stderr) };
}

/** A multi-line message for stderr: each line prefixed, each line's content sanitised as a value. */
export function errorLines(message: string, prefix = 'trustlint: '): string {
  return `${message.split('\n').map((line) => `${prefix}${sanitizeText(line)}`).join('\n')}\n`;
}
