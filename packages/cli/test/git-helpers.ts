import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeTree } from './helpers.js';

/** A deterministic git environment: no user or system configuration, fixed identity and dates. */
export const GIT_TEST_ENV: Record<string, string> = {
  PATH: process.env.PATH ?? '',
  HOME: '/nonexistent',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
};

export function gitIn(root: string, args: string[]): string {
  return execFileSync('git', args, { cwd: root, env: GIT_TEST_ENV, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8').trim();
}

/** A real repository (branch main) whose first commit holds `files`; returns its root. */
export function gitRepo(files: Record<string, string>): string {
  const root = makeTree({});
  gitIn(root, ['init', '-q', '-b', 'main']);
  commitFiles(root, files, 'base');
  return root;
}

/** Writes `files` (null deletes) and commits everything; returns the commit id. */
export function commitFiles(root: string, files: Record<string, string | null>, message: string): string {
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(root, path);
    if (content === null) rmSync(absolute, { force: true });
    else {
      mkdirSync(dirname(absolute), { recursive: true });
      writeFileSync(absolute, content);
    }
  }
  gitIn(root, ['add', '-A']);
  gitIn(root, ['commit', '-q', '--allow-empty', '-m', message]);
  return gitIn(root, ['rev-parse', 'HEAD']);
}
