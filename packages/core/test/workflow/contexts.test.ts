import { describe, expect, it } from 'vitest';
import { runContexts } from '../../src/workflow/contexts.js';
import { passesFilter, sampleNames } from '../../src/workflow/filter-glob.js';
import { parseWorkflow } from './harness.js';

describe('GitHub filter patterns', () => {
  it('`*` stops at `/`, `**` does not', () => {
    expect(passesFilter('feature/x', ['feature/*'], undefined)).toBe(true);
    expect(passesFilter('feature/x/y', ['feature/*'], undefined)).toBe(false);
    expect(passesFilter('feature/x/y', ['feature/**'], undefined)).toBe(true);
    expect(passesFilter('main', ['*'], undefined)).toBe(true);
  });
  it('`?` and `+` quantify the preceding character; classes work', () => {
    expect(passesFilter('v1', ['v1.?'], undefined)).toBe(true);
    expect(passesFilter('v1.', ['v1.?'], undefined)).toBe(true);
    expect(passesFilter('v10', ['v[0-9]+'], undefined)).toBe(true);
    expect(passesFilter('va', ['v[0-9]+'], undefined)).toBe(false);
  });
  it('the last matching pattern decides; ignore lists exclude', () => {
    expect(passesFilter('release/old', ['release/**', '!release/old'], undefined)).toBe(false);
    expect(passesFilter('release/new', ['release/**', '!release/old'], undefined)).toBe(true);
    expect(passesFilter('main', undefined, ['main'])).toBe(false);
    expect(passesFilter('dev', undefined, ['main'])).toBe(true);
  });
  it('samples names that match', () => {
    expect(sampleNames('release/**')).toEqual(['release/x']);
    expect(sampleNames('v[0-9]+.*')).toEqual(['v0.x']);
    expect(sampleNames('!main')).toEqual([]);
  });
});

describe('run contexts (spec/domain.md §1.3, §1.7)', () => {
  const contexts = (on: string) =>
    runContexts(parseWorkflow(`on:\n${on}\njobs:\n  a: {runs-on: x}\n`).triggers).map((c) => `${c.event} ${c.ref.kind}${c.pullRequest ? ' pr' : ''}${c.anyRepository ? ' any-repo' : ''}`);

  it('push runs on branches and tags, unless a filter names only one kind', () => {
    expect(contexts('  push:')).toEqual(['push branch', 'push tag']);
    expect(contexts('  push:\n    branches: [main]')).toEqual(['push branch']);
    expect(contexts("  push:\n    tags: ['v*']")).toEqual(['push tag']);
    expect(contexts('  push:\n    branches-ignore: [wip]')).toEqual(['push branch']);
  });
  it('pull_request presents pull_request; pull_request_target both it and the default branch', () => {
    expect(contexts('  pull_request:')).toEqual(['pull_request pull pr']);
    expect(contexts('  pull_request_target:')).toEqual(['pull_request_target default-branch pr', 'pull_request_target default-branch']);
  });
  it('default-branch events, any-ref events, and reusable workflows', () => {
    expect(contexts('  schedule:\n    - cron: "0 0 * * *"\n  issue_comment:\n  workflow_run:\n    workflows: [ci]')).toEqual([
      'schedule default-branch',
      'issue_comment default-branch',
      'workflow_run default-branch',
    ]);
    expect(contexts('  workflow_dispatch:')).toEqual(['workflow_dispatch branch', 'workflow_dispatch tag']);
    expect(contexts('  release:')).toEqual(['release tag']);
    expect(contexts('  workflow_call:')).toEqual(['workflow_call branch any-repo', 'workflow_call tag any-repo', 'workflow_call pull pr any-repo']);
  });
});
