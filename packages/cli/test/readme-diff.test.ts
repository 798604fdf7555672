import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commitFiles, GIT_TEST_ENV, gitIn, gitRepo } from './git-helpers.js';
import { removeTrees, runCli } from './helpers.js';

afterEach(removeTrees);

/**
 * The README's `trustlint diff` outputs are real: this scenario is run and its outputs compared with
 * the README's blocks. `TRUSTLINT_UPDATE_README=1` writes them instead (then review the change).
 */
const README = resolve(import.meta.dirname, '..', '..', '..', 'README.md');
const PROVIDER = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';

function role(name: string, sub: string, op = 'StringEquals'): string {
  return `resource "aws_iam_role" "${name}" {
  name = "${name}"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "${PROVIDER}" }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" }
        ${op} = { "token.actions.githubusercontent.com:sub" = "${sub}" }
      }
    }]
  })
}
`;
}

const WORKFLOW = (permissions: string): string => `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
${permissions}    steps:
      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502 # v4.0.2
        with:
          role-to-assume: arn:aws:iam::123456789012:role/deploy
          aws-region: eu-west-1
`;

async function scenario(): Promise<{ stylish: string; markdown: string }> {
  const root = gitRepo({
    'infra/roles.tf': `${role('deploy', 'repo:acme/app:ref:refs/heads/main')}\n${role('audit', 'repo:acme/app:environment:audit', 'StringLike')}`,
    '.github/workflows/deploy.yml': WORKFLOW('    permissions:\n      contents: read\n'),
  });
  gitIn(root, ['checkout', '-q', '-b', 'widen-deploy']);
  commitFiles(
    root,
    {
      // deploy: any branch; audit: the same subject with StringEquals (no change); a new role for previews.
      'infra/roles.tf': `${role('deploy', 'repo:acme/app:ref:refs/heads/*', 'StringLike')}\n${role('audit', 'repo:acme/app:environment:audit')}\n${role('preview', 'repo:acme/*:pull_request', 'StringLike')}`,
      '.github/workflows/deploy.yml': WORKFLOW('    permissions:\n      contents: read\n      id-token: write\n'),
    },
    'widen deploy',
  );
  const run = async (format: string): Promise<string> => {
    const r = await runCli(['diff', '--base', 'main', '--head', 'widen-deploy', '-f', format], { cwd: root, env: GIT_TEST_ENV });
    expect(r.code).toBe(1);
    return r.stdout;
  };
  return { stylish: await run('stylish'), markdown: await run('markdown') };
}

function blockRe(name: string): RegExp {
  return new RegExp(`(<!-- ${name}:start -->\\n\`\`\`\\w+\\n)([\\s\\S]*?)(\`\`\`\\n<!-- ${name}:end -->)`);
}

describe('README: trustlint diff outputs', () => {
  it('shows what trustlint diff prints, in stylish and markdown', async () => {
    const out = await scenario();
    let readme = readFileSync(README, 'utf8');
    if (process.env.TRUSTLINT_UPDATE_README === '1') {
      readme = readme.replace(blockRe('diff-stylish'), (_m, a: string, _b, c: string) => `${a}${out.stylish}${c}`);
      readme = readme.replace(blockRe('diff-markdown'), (_m, a: string, _b, c: string) => `${a}${out.markdown.replace(/```/g, '~~~')}${c}`);
      writeFileSync(README, readme);
    }
    expect(blockRe('diff-stylish').exec(readme)?.[2]).toBe(out.stylish);
    expect(blockRe('diff-markdown').exec(readme)?.[2]).toBe(out.markdown.replace(/```/g, '~~~'));
    expect(join(out.stylish)).toContain('aws_iam_role.deploy');
  });
});
