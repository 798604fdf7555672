import { fileURLToPath } from 'node:url';
import { readBoundedText } from './read-file.js';

export interface PackageInfo {
  version: string;
  homepage?: string;
}

let cached: PackageInfo | undefined;

/** Set by the bundler (scripts/bundle.mjs): the bundle has no package.json beside it. */
declare const __TRUSTLINT_PACKAGE__: PackageInfo | undefined;

/** The cli package.json: `src/` and `dist/` both sit one level below it. */
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  if (typeof __TRUSTLINT_PACKAGE__ !== 'undefined') return (cached = __TRUSTLINT_PACKAGE__);
  const read = readBoundedText(fileURLToPath(new URL('../package.json', import.meta.url)), { maxBytes: 1024 * 1024 });
  if (!read.ok) throw new Error(`cannot read the cli package.json: ${read.message}`);
  const raw: unknown = JSON.parse(read.text);
  const pkg = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const version = typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  cached = typeof pkg.homepage === 'string' && pkg.homepage !== '' ? { version, homepage: pkg.homepage } : { version };
  return cached;
}
