import type { AnalyzeProgress } from '@trustlint/core';
import type { CliIo } from './context.js';

/**
 * The progress line of a local run (issue 19): files discovered, read, documents whose rules ran,
 * findings so far, on stderr. Shown on a terminal once the run has taken more than a second (a pre-commit check of one
 * file never sees it), never in CI logs (the CI variable, or stderr not a terminal) unless asked with
 * `--progress`; `--no-progress` turns it off. On a terminal it is one line that overwrites itself
 * and is erased at the end; asked for elsewhere it is a plain line at most once a second (a log has
 * no carriage return).
 */
export interface RunProgress {
  discovered(files: number): void;
  analysing(progress: AnalyzeProgress): void;
  done(): void;
}

export interface ProgressSettings {
  /** `--progress` true, `--no-progress` false, neither undefined (decide from the terminal). */
  flag?: boolean;
  /** Milliseconds since an arbitrary origin; injected by tests. */
  now?: () => number;
}

const DELAY_MS = 1000;

export function runProgress(io: Pick<CliIo, 'stderr' | 'env'>, settings: ProgressSettings = {}): RunProgress | undefined {
  const terminal = (io.stderr as { isTTY?: unknown }).isTTY === true;
  const inCi = io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false';
  if (settings.flag === false) return undefined;
  if (settings.flag !== true && (!terminal || inCi)) return undefined;
  const now = settings.now ?? (() => performance.now());
  const started = now();
  // On a terminal: ten redraws a second at most; in a log: one line a second at most.
  const every = terminal ? 100 : 1000;
  let last = -Infinity;
  let shown = false;
  let discovered: number | undefined;
  const draw = (line: string): void => {
    const t = now();
    if (t - started < DELAY_MS || t - last < every) return;
    last = t;
    shown = true;
    io.stderr.write(terminal ? `\r\x1b[K${line}` : `${line}\n`);
  };
  return {
    discovered(files) {
      discovered = files;
      draw(`trustlint: ${files} files discovered`);
    },
    analysing(p) {
      const found = discovered !== undefined ? `${discovered} discovered, ` : '';
      const step = p.phase === 'read' ? `${p.done}/${p.total} read` : `rules ${p.done}/${p.total} documents`;
      draw(`trustlint: ${found}${step}, ${p.findings} findings so far`);
    },
    done() {
      if (shown && terminal) io.stderr.write('\r\x1b[K');
    },
  };
}
