import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_URL } from '@trustlint/core';
import { describe, expect, it } from 'vitest';

/** One place for the project's address: SARIF's informationUri and helpUri come from core's PROJECT_URL. */
const ROOT = resolve(import.meta.dirname, '..');

describe('the project URL', () => {
  it.each(['packages/core', 'packages/cli', 'packages/eslint-plugin'])('%s/package.json names the same homepage and repository', (dir) => {
    const manifest = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as { homepage: string; repository: { url: string }; bugs: { url: string } };
    expect(manifest.homepage).toBe(`${PROJECT_URL}#readme`);
    expect(manifest.repository.url).toBe(`git+${PROJECT_URL}.git`);
    expect(manifest.bugs.url).toBe(`${PROJECT_URL}/issues`);
  });
});
