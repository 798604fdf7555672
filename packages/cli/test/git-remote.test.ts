import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { originRepository, originUrl, repositoryFromUrl } from '../src/git-remote.js';
import { makeTree, removeTrees } from './helpers.js';

afterAll(removeTrees);

describe('git remote origin', () => {
  it('reads owner/repo from every URL form GitHub hands out', () => {
    expect(repositoryFromUrl('https://github.com/acme/app.git')).toBe('acme/app');
    expect(repositoryFromUrl('https://github.com/acme/app')).toBe('acme/app');
    expect(repositoryFromUrl('git@github.com:acme/app.git')).toBe('acme/app');
    expect(repositoryFromUrl('ssh://git@github.com/acme/app.git')).toBe('acme/app');
    expect(repositoryFromUrl('https://token@ghes.acme.example/platform/infra.git')).toBe('platform/infra');
    expect(repositoryFromUrl('/srv/git/app.git')).toBeNull();
  });

  it('takes the origin section only', () => {
    const config = '[core]\n\tbare = false\n[remote "upstream"]\n\turl = https://github.com/other/x\n[remote "origin"]\n\turl = git@github.com:acme/app.git\n';
    expect(originUrl(config)).toBe('git@github.com:acme/app.git');
    expect(originUrl('[core]\n')).toBeNull();
  });

  it('finds the config of a repository and of a worktree (.git file)', () => {
    const repo = makeTree({ '.git/config': '[remote "origin"]\n  url = https://github.com/acme/app.git\n' });
    expect(originRepository(repo)).toBe('acme/app');
    const worktree = makeTree({});
    const gitdir = join(repo, '.git', 'worktrees', 'wt');
    mkdirSync(gitdir, { recursive: true });
    writeFileSync(join(gitdir, 'commondir'), '../..\n');
    writeFileSync(join(worktree, '.git'), `gitdir: ${gitdir}\n`);
    expect(originRepository(worktree)).toBe('acme/app');
    expect(originRepository(null)).toBeNull();
  });
});
