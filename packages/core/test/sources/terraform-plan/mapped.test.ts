import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import type { Finding } from '../../../src/model/finding.js';
import { loadTerraformParser } from '../../../src/sources/terraform/index.js';

/**
 * Plan JSON mapped back (issue 13): `terraform show -json` names, in its `configuration` section,
 * each resource's address in its module and each module call's `source`
 * (https://developer.hashicorp.com/terraform/internals/json-format#configuration-representation);
 * with the module's `.tf` in the scan, a plan finding also points at the source of the policy.
 */

const DIR = join(import.meta.dirname, 'fixtures', 'mapped');
const FILES = ['plan.json', 'main.tf', 'modules/role/main.tf'];
const input = (f: string): { file: string; text: string } => ({ file: `infra/${f}`, text: readFileSync(join(DIR, f), 'utf8') });

beforeAll(async () => {
  await loadTerraformParser();
});

const inPlan = (fs: Finding[], rule: string): Finding | undefined => fs.find((f) => f.ruleId === rule && f.location?.file === 'infra/plan.json');

describe('plan findings point at the .tf source', () => {
  it('relates a root-module role and a local module role to their .tf policies', () => {
    const findings = analyze(FILES.map(input)).findings;
    const owner = inPlan(findings, 'oidc-any-owner');
    expect(owner?.resource).toBe('aws_iam_role.deploy');
    expect(owner?.related).toEqual([{ location: expect.objectContaining({ file: 'infra/main.tf', span: expect.objectContaining({ start: expect.objectContaining({ line: 3 }) }) }) as unknown, message: 'the Terraform source of aws_iam_role.deploy' }]);
    const context = inPlan(findings, 'oidc-any-context');
    expect(context?.resource).toBe('module.ci.aws_iam_role.this');
    expect(context?.related?.map((r) => [r.location.file, r.location.span.start.line])).toEqual([['infra/modules/role/main.tf', 3]]);
  });

  it('adds nothing when the source is not in the scan, or is another folder', () => {
    const alone = analyze([input('plan.json')]).findings;
    expect(inPlan(alone, 'oidc-any-owner')?.related).toBeUndefined();
    // The same .tf in another folder is not this plan's configuration.
    const elsewhere = analyze([input('plan.json'), { ...input('main.tf'), file: 'other/main.tf' }]).findings;
    expect(inPlan(elsewhere, 'oidc-any-owner')?.related).toBeUndefined();
  });
});
