import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPackage, type PackageExpectations } from '../scripts/release-check.mjs';

/** The tarball checks of `pnpm release`: each one catches what it is for (the real tarballs: packaged.test.ts). */
const ROOT = join(import.meta.dirname, '..');
const LICENSE = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'trustlint-release-check-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const EXPECTED: PackageExpectations = { name: 'trustlint', version: '1.2.3', license: LICENSE, internal: ['trustlint', '@trustlint/core'] };
const MANIFEST = {
  name: 'trustlint',
  version: '1.2.3',
  description: 'd',
  license: 'Apache-2.0',
  homepage: 'https://github.com/trustlint/trustlint#readme',
  repository: { type: 'git', url: 'git+https://github.com/trustlint/trustlint.git' },
  bugs: { url: 'https://github.com/trustlint/trustlint/issues' },
  engines: { node: '>=20.19' },
  bin: { trustlint: './bin/trustlint.js' },
  main: './dist/index.js',
  types: './dist/index.d.ts',
  exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
  dependencies: { '@trustlint/core': '1.2.3' },
};

let count = 0;
/** A good unpacked package, changed by `edit` (file → text; null deletes). */
function fixture(edit: Record<string, string | null> = {}, manifest: Record<string, unknown> = {}): string {
  const dir = join(scratch, String(count++));
  const files: Record<string, string | null> = {
    'package.json': JSON.stringify({ ...MANIFEST, ...manifest }),
    'README.md': '# trustlint\n',
    LICENSE,
    'bin/trustlint.js': '#!/usr/bin/env node\nawait import("../dist/index.js");\n',
    'dist/index.js': 'export {};\n//# sourceMappingURL=index.js.map\n',
    'dist/index.js.map': JSON.stringify({ version: 3, file: 'index.js', sources: ['../src/index.ts'], mappings: '' }),
    'dist/index.d.ts': 'export {};\n',
    'src/index.ts': 'export {};\n',
    ...edit,
  };
  for (const [file, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  if (files['bin/trustlint.js'] !== null) chmodSync(join(dir, 'bin/trustlint.js'), 0o755);
  return dir;
}

describe('checkPackage', () => {
  it('passes a complete package', () => {
    expect(checkPackage(fixture(), EXPECTED)).toEqual([]);
  });

  it.each([
    ['build state', { 'dist/.tsbuildinfo': '{}' }, {}, 'dist/.tsbuildinfo is TypeScript build state: leave it out of "files"'],
    ['tests', { 'test/x.test.ts': '' }, {}, 'test/x.test.ts is tests: leave it out of "files"'],
    ['a map whose source is not shipped', { 'src/index.ts': null }, {}, 'dist/index.js.map points at ../src/index.ts, which is not in the tarball'],
    ['no README', { 'README.md': null }, {}, 'README.md is missing or empty'],
    ['no LICENSE', { LICENSE: null }, {}, 'LICENSE is missing'],
    ['another licence text', { LICENSE: 'MIT\n' }, {}, 'LICENSE differs from the repository LICENSE'],
    ['an export that is not shipped', { 'dist/index.js': null }, {}, 'exports target dist/index.js is not in the tarball'],
    ['a bin without its shebang', { 'bin/trustlint.js': 'import "../dist/index.js";\n' }, {}, 'bin trustlint (./bin/trustlint.js) has no #!/usr/bin/env node line'],
  ])('reports %s', (_what, edit: Record<string, string | null>, manifest, problem) => {
    expect(checkPackage(fixture(edit, manifest), EXPECTED)).toContain(problem);
  });

  it.each([
    ['workspace ranges', { dependencies: { '@trustlint/core': 'workspace:*' } }, 'dependencies.@trustlint/core is workspace:*: pack with pnpm, which rewrites it'],
    ['a sibling at another version', { dependencies: { '@trustlint/core': '1.2.2' } }, 'dependencies.@trustlint/core is 1.2.2, expected the release version 1.2.3'],
    ['missing metadata', { repository: undefined, bugs: undefined }, 'package.json has no repository.url'],
    ['another licence', { license: 'MIT' }, 'license is "MIT", expected "Apache-2.0"'],
    ['exports without types first', { exports: { '.': { default: './dist/index.js', types: './dist/index.d.ts' } } }, 'exports["."] must list "types" first (it lists default, types)'],
    ['a private package', { private: true }, 'package.json says "private": true'],
  ])('reports %s', (_what, manifest: Record<string, unknown>, problem) => {
    expect(checkPackage(fixture({}, manifest), EXPECTED)).toContain(problem);
  });

  it('reports a bin that is not executable and required files that are missing', () => {
    const dir = fixture();
    chmodSync(join(dir, 'bin/trustlint.js'), 0o644);
    expect(checkPackage(dir, { ...EXPECTED, requiredFiles: ['docs/rules/oidc-any-owner.md'] })).toEqual([
      'bin trustlint (./bin/trustlint.js) is not executable',
      'docs/rules/oidc-any-owner.md is missing',
    ]);
  });

  it('accepts the repository LICENSE byte for byte only', () => {
    const dir = fixture();
    cpSync(join(ROOT, 'LICENSE'), join(dir, 'LICENSE'));
    expect(checkPackage(dir, EXPECTED)).toEqual([]);
    writeFileSync(join(dir, 'LICENSE'), `${LICENSE}\n`);
    expect(checkPackage(dir, EXPECTED)).toEqual(['LICENSE differs from the repository LICENSE']);
  });
});
