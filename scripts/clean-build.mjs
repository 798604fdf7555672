// tsc -b silently emits nothing when a stale .tsbuildinfo survives a deleted dist/ (toolchain.md):
// remove both together whenever dist/ is missing or incomplete.
import { existsSync, rmSync } from 'node:fs';
for (const pkg of ['core', 'cli', 'eslint-plugin']) {
  const dist = new URL(`../packages/${pkg}/dist/`, import.meta.url);
  if (!existsSync(new URL('index.js', dist))) rmSync(dist, { recursive: true, force: true });
}
