import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/analyze.js';
import { planFixes } from '../../src/fix/plan.js';

const CASE = join(import.meta.dirname, '../sources/terraform-plan/fixtures/mapped');
const read = (p: string): string => readFileSync(join(CASE, p), 'utf8');
const WORKFLOW = `name: deploy
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@8df5847569e6427dd6c4fb1cf565c83acfa8afa7 # v6.0.0
        with:
          aws-region: eu-west-1
          role-to-assume: arn:aws:iam::123456789012:role/deploy
`;
const config = { repository: 'acme/app' };

async function plan(files: Map<string, string>) {
  const analysis = await analyzeFiles([...files].map(([file, text]) => ({ file, text, explicit: true })), { config });
  return planFixes(analysis.documents, files, config);
}

describe('fix on a role found in a Terraform plan', () => {
  it('writes the edit to the .tf source the plan configuration maps it to, never to the plan', async () => {
    const files = new Map([
      ['plan.json', read('plan.json')],
      ['main.tf', read('main.tf')],
      ['modules/role/main.tf', read('modules/role/main.tf')],
      ['.github/workflows/deploy.yml', WORKFLOW],
    ]);
    const p = await plan(files);
    // Only main.tf changes, byte-exact; the plan is left as terraform wrote it.
    expect(p.files.map((f) => f.file)).toEqual(['main.tf']);
    expect(p.files[0]?.after).toBe(
      read('main.tf').replace(
        '        StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" }\n        StringLike   = { "token.actions.githubusercontent.com:sub" = "repo:*" }\n',
        '        StringEquals = {\n          "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com"\n          "token.actions.githubusercontent.com:sub" = "repo:acme/app:ref:refs/heads/main"\n        }\n',
      ),
    );
    expect(p.roles.map((r) => [r.label, r.status, r.reason])).toEqual([
      ['main.tf:aws_iam_role.deploy', 'fixed', undefined],
      ['modules/role/main.tf:module.ci.aws_iam_role.this', 'skipped', 'no job in the scanned workflows assumes role ci; state the subject with --subject repo:OWNER/REPO:CONTEXT'],
      ['plan.json:aws_iam_role.deploy', 'skipped', 'a Terraform plan is never edited: planned from main.tf:aws_iam_role.deploy; the edit is written there (run terraform plan again to refresh the plan)'],
      [
        'plan.json:module.ci.aws_iam_role.this',
        'skipped',
        'a Terraform plan is never edited: planned from modules/role/main.tf:module.ci.aws_iam_role.this; skipped there: no job in the scanned workflows assumes role ci; state the subject with --subject repo:OWNER/REPO:CONTEXT',
      ],
    ]);
    // The proof is on the edited .tf: the re-read scan has no scope finding left on the source role.
    const fixed = p.roles.find((r) => r.status === 'fixed');
    expect(fixed?.jobs).toEqual(['.github/workflows/deploy.yml#deploy']);
    expect(fixed?.proof?.extraScope).toEqual([]);
    expect(fixed?.proof?.jobsLockedOut).toEqual([]);
  });

  it('says why when the plan does not map back to a scanned .tf file', async () => {
    const p = await plan(new Map([['plan.json', read('plan.json')], ['.github/workflows/deploy.yml', WORKFLOW]]));
    expect(p.files).toEqual([]);
    expect(p.roles.map((r) => [r.label, r.status, r.reason])).toEqual([
      [
        'plan.json:aws_iam_role.deploy',
        'skipped',
        "a Terraform plan is never edited (it is terraform's output); its configuration plans aws_iam_role.deploy in the root module (the plan's folder), which is not in the scan: scan the .tf files with the plan",
      ],
      [
        'plan.json:module.ci.aws_iam_role.this',
        'skipped',
        "a Terraform plan is never edited (it is terraform's output); its configuration plans aws_iam_role.this in modules/role, which is not in the scan: scan the .tf files with the plan",
      ],
    ]);
  });

  it('says why when the plan has no configuration section', async () => {
    const bare = JSON.parse(read('plan.json')) as Record<string, unknown>;
    delete bare.configuration;
    const p = await plan(new Map([['plan.json', JSON.stringify(bare, null, 2)], ['main.tf', read('main.tf')], ['.github/workflows/deploy.yml', WORKFLOW]]));
    expect(p.files.map((f) => f.file)).toEqual(['main.tf']);
    expect(p.roles.filter((r) => r.file === 'plan.json').map((r) => r.reason)).toEqual([
      "a Terraform plan is never edited (it is terraform's output); the plan has no configuration section that maps it to a .tf source",
      "a Terraform plan is never edited (it is terraform's output); the plan has no configuration section that maps it to a .tf source",
    ]);
  });
});
