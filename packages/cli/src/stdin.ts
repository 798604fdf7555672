import { MAX_FILE_BYTES } from '@trustlint/core';
import { CliError } from './errors.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a stream to its end as UTF-8, stopping at the size cap that holds for files too (an editor
 * or a pipe can send anything).
 */
export async function readTextStream(stream: AsyncIterable<unknown>, cap = MAX_FILE_BYTES): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
    size += bytes.byteLength;
    if (size > cap) throw new CliError(`--stdin: the input is larger than the ${cap / (1024 * 1024)} MiB size cap: it was not analysed`);
    chunks.push(bytes);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  try {
    return UTF8.decode(all);
  } catch {
    throw new CliError('--stdin: the input is not valid UTF-8: it was not analysed');
  }
}
