import { relative } from 'node:path';
import type { Ignore } from 'ignore';
import { toPosix } from './paths.js';

/** The `ignore` package's factory (gitignore(5) matching, as ESLint and Prettier use). */
export type IgnoreFactory = (options?: { ignorecase?: boolean }) => Ignore;

let factory: IgnoreFactory | undefined;

/**
 * Loads `ignore` on first need: a pre-commit run on named files without `ignore` globs never pays
 * for it (spec: measured cold start in the README).
 */
export async function loadIgnore(): Promise<IgnoreFactory> {
  factory ??= (await import('ignore')).default;
  return factory;
}

/** One .gitignore file (or the configuration's `ignore` globs): patterns relative to `base`. */
export interface IgnoreLayer {
  base: string;
  matcher: Ignore;
}

export function ignoreLayer(ignore: IgnoreFactory, patterns: string | readonly string[], base: string): IgnoreLayer {
  // Git matches case-sensitively unless core.ignoreCase (set on case-insensitive filesystems only).
  return { base, matcher: ignore({ ignorecase: false }).add(patterns) };
}

/**
 * The verdict of `layers` (outermost first) on a path: the innermost layer with a matching pattern
 * decides, as a deeper .gitignore overrides a higher one. Undefined when no pattern matches.
 */
export function ignoreVerdict(layers: readonly IgnoreLayer[], absolutePath: string, isDir: boolean): boolean | undefined {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i];
    if (!layer) continue;
    const rel = toPosix(relative(layer.base, absolutePath));
    // The layer's own folder and anything outside it are not its business.
    if (rel === '' || rel === '..' || rel.startsWith('../') || /^[a-zA-Z]:|^\//.test(rel)) continue;
    const result = layer.matcher.test(isDir ? `${rel}/` : rel);
    if (result.ignored) return true;
    if (result.unignored) return false;
  }
  return undefined;
}
