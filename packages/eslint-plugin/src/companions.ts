import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CompanionResolver, EsProgram } from '@trustlint/core';

/**
 * Reads the project files a linted CDK file imports with a relative specifier, for the core to follow
 * their constants (core sources/cdk/companions.ts). Bounded: only files inside the linted file's
 * package root (the nearest folder with a package.json; the working directory when there is none),
 * symlinks that lead out of it refused, at most COMPANION_BYTES each, parsed with the file's own parser.
 */
export const COMPANION_BYTES = 256 * 1024;

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.jsx'];

export function companionReader(physicalFile: string, cwd: string, parse: ((text: string) => EsProgram) | undefined): CompanionResolver | undefined {
  if (!parse || !isAbsolute(physicalFile)) return undefined;
  let root: string;
  try {
    root = realpathSync(packageRoot(dirname(physicalFile), cwd));
  } catch {
    return undefined;
  }
  const from = dirname(physicalFile);
  return (specifier) => {
    const found = candidates(resolve(from, specifier)).find((c) => existsSync(c) && statSync(c).isFile());
    if (!found) return { refused: 'no such file in the project' };
    let real: string;
    try {
      real = realpathSync(found);
    } catch (err) {
      return { refused: `it could not be read (${(err as Error).message})` };
    }
    if (real !== root && !real.startsWith(root + sep)) {
      return { refused: lstatSync(found).isSymbolicLink() ? 'a symlink that leads outside the package root' : 'outside the package root' };
    }
    const text = readCapped(real);
    if (text === undefined) return { refused: `larger than ${String(COMPANION_BYTES / 1024)} KiB, or not a regular file` };
    try {
      return { file: relative(cwd, real).split(sep).join('/'), text, program: parse(text) };
    } catch (err) {
      return { refused: `it could not be parsed (${(err as Error).message})` };
    }
  };
}

/**
 * The file's text, or undefined when it is not a regular file or holds more than COMPANION_BYTES:
 * opened without blocking (a FIFO swapped in after the checks above never hangs), typed on the open
 * descriptor, and read at most one byte past the cap whatever the file grew to.
 */
function readCapped(path: string): string | undefined {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) return undefined;
    const buffer = Buffer.alloc(COMPANION_BYTES + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    return length > COMPANION_BYTES ? undefined : buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}

/** `./config` → config.ts, config.js, …, config/index.ts, …; `./config.js` (TypeScript ESM) → config.ts first. */
function candidates(base: string): string[] {
  const js = /\.(m|c)?js$/.exec(base);
  const typescript = js ? [base.replace(/\.(m|c)?js$/, `.${js[1] ?? ''}ts`)] : [];
  return [...typescript, base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => join(base, `index${e}`))];
}

function packageRoot(dir: string, cwd: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, 'package.json'))) return d;
    if (dirname(d) === d) return cwd;
  }
}
