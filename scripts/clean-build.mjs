// tsc -b silently emits nothing when a stale .tsbuildinfo survives a deleted dist/ (toolchain.md):
// remove both together whenever dist/ is missing or incomplete. It also never deletes the output of
// a source file that was removed, so those orphans are removed here: they would otherwise ship in
// the packed tarballs (with source maps pointing at files that no longer exist).
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUTPUT = /\.(d\.ts\.map|d\.ts|js\.map|js)$/;

function removeOrphans(dist, src) {
  for (const entry of readdirSync(dist, { withFileTypes: true })) {
    const out = join(dist, entry.name);
    if (entry.isDirectory()) {
      if (existsSync(join(src, entry.name))) removeOrphans(out, join(src, entry.name));
      else rmSync(out, { recursive: true, force: true });
      continue;
    }
    const stem = entry.name.replace(OUTPUT, '');
    if (stem === entry.name) continue;
    if (!existsSync(join(src, `${stem}.ts`)) && !existsSync(join(src, `${stem}.mts`))) rmSync(out, { force: true });
  }
}

for (const pkg of ['core', 'cli', 'eslint-plugin']) {
  const root = fileURLToPath(new URL(`../packages/${pkg}/`, import.meta.url));
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'index.js'))) rmSync(dist, { recursive: true, force: true });
  else removeOrphans(dist, join(root, 'src'));
}
