import { describe, expect, it, afterEach } from 'vitest';
import { githubTrustPolicy, makeTree, removeTrees, runCli } from './helpers.js';

afterEach(removeTrees);

const SUB = 'token.actions.githubusercontent.com:sub';
const AUD = { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' };
const WORKFLOW = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502
        with:
          role-to-assume: arn:aws:iam::123456789012:role/deploy
          aws-region: eu-west-1
`;

describe('trustlint graph', () => {
  const files = {
    'iam/tight.json': githubTrustPolicy({ StringEquals: { ...AUD, [SUB]: 'repo:acme/app:ref:refs/heads/main' } }),
    'iam/wide.json': githubTrustPolicy({ StringEquals: AUD, StringLike: { [SUB]: 'repo:acme/*' } }),
  };

  it('mermaid: issuer → subjects → roles → account, admitted outsiders as thick edges to the wide role only', async () => {
    const root = makeTree(files, { git: true });
    const run = await runCli(['graph'], { cwd: root });
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out.startsWith('flowchart LR\n')).toBe(true);
    const idOf = (label: string): string => new RegExp(`^ {2}(n\\d+)\\W+"${label.replace(/[.*/]/g, '\\$&')}"`, 'm').exec(out)?.[1] ?? '?';
    const wide = idOf('role iam/wide.json');
    const tight = idOf('role iam/tight.json');
    const other = idOf('other repositories of the owner');
    expect(out).toContain(`  ${other} ==>|admitted| ${wide}\n`);
    expect(out).not.toMatch(new RegExp(`==>\\|admitted\\| ${tight}\\n`));
    expect(out).toContain(`  ${idOf('repo:acme/app:ref:refs/heads/main')} --> ${tight}\n`);
    expect(out).toContain(`  ${tight} --> ${idOf('account 123456789012')}\n`);
  });

  it('dot: the same graph, wide edges red; workflow jobs that assume a role point at it', async () => {
    const root = makeTree(
      { ...files, 'iam/deploy.tf': `resource "aws_iam_role" "deploy" {\n  name = "deploy"\n  assume_role_policy = file("\${path.module}/../iam/tight.json")\n}\n`, '.github/workflows/d.yml': WORKFLOW },
      { git: true },
    );
    const run = await runCli(['graph', '-f', 'dot'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^digraph trust \{\n {2}rankdir=LR;\n/);
    expect(run.stdout).toMatch(/\[label="admitted", color=red, style=bold\];/);
    expect(run.stdout).toContain('label=".github/workflows/d.yml job deploy", shape=parallelogram');
    expect(run.stdout).toMatch(/-> n\d+ \[label="assumes"\];/);
  });
});
