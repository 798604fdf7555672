import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeTrustPolicy } from '../../../src/analyze.js';
import type { TrustPolicyDocument } from '../../../src/model/document.js';
import { readPolicyFile } from '../../../src/sources/policy-file.js';
import { readTerraformPlan } from '../../../src/sources/terraform-plan/index.js';
import { cfn, essence, fixture, FIXTURES, trustDocs } from './helpers.js';

/**
 * Principle 4 (one model): each policy of fixtures/parity/<Name>.json is also written as a role
 * `<Name>` in CloudFormation YAML (short tags, parameters, !Sub, !Join, !If, a !Sub | JSON text, a
 * JSON string), in CloudFormation JSON (long forms, CDK-style Fn::Join ARNs) and as a Terraform plan
 * (jsonencode output, some roles in a child module). All must give the same rule ids, severities,
 * paths and witnesses as the JSON policy.
 */
const names = readdirSync(join(FIXTURES, 'parity'))
  .filter((f) => /^[A-Z]\w+\.json$/.test(f))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

const snake = (name: string): string => name.replace(/[A-Z]/g, (c, i: number) => (i > 0 ? '_' : '') + c.toLowerCase());

function byResource(docs: TrustPolicyDocument[], resource: string): TrustPolicyDocument {
  const matching = docs.filter((d) => d.resource === resource);
  expect(matching, resource).toHaveLength(1);
  return matching[0]!;
}

const yamlDocs = trustDocs(cfn(fixture('parity/template.yaml'), { file: 'parity/template.yaml' }));
const jsonDocs = trustDocs(cfn(fixture('parity/template.json'), { file: 'parity/template.json' }));
const planFile = join(FIXTURES, '..', '..', 'terraform-plan', 'fixtures', 'parity.plan.json');
const planResult = readTerraformPlan({ file: 'parity.plan.json', text: readFileSync(planFile, 'utf8'), explicit: true });
const planDocs = planResult.documents.filter((d): d is TrustPolicyDocument => d.kind === 'trust-policy');

describe('parity: JSON policy = CloudFormation YAML = CloudFormation JSON = Terraform plan', () => {
  it('covers every parity policy in every format', () => {
    expect(names).toHaveLength(10);
    expect(yamlDocs).toHaveLength(names.length);
    expect(jsonDocs).toHaveLength(names.length);
    expect(planDocs).toHaveLength(names.length);
    expect(planResult.findings).toEqual([]);
  });

  for (const name of names) {
    it(name, () => {
      const result = readPolicyFile(`${name}.json`, fixture(`parity/${name}.json`), false);
      expect(result.documents).toHaveLength(1);
      const expected = essence(analyzeTrustPolicy(result.documents[0]!));
      const address = `${['OwnerWide', 'HiddenStar', 'EqualsWildcard'].includes(name) ? 'module.ci.' : ''}aws_iam_role.${snake(name)}`;
      expect(essence(analyzeTrustPolicy(byResource(yamlDocs, `Resources.${name}`))), 'CloudFormation YAML').toEqual(expected);
      expect(essence(analyzeTrustPolicy(byResource(jsonDocs, `Resources.${name}`))), 'CloudFormation JSON').toEqual(expected);
      expect(essence(analyzeTrustPolicy(byResource(planDocs, address))), 'Terraform plan').toEqual(expected);
    });
  }

  it('is not vacuous: the set exercises several rules', () => {
    const ids = new Set(names.flatMap((n) => analyzeTrustPolicy(byResource(yamlDocs, `Resources.${n}`)).map((f) => f.ruleId)));
    expect([...ids].sort()).toEqual([
      'oidc-any-context',
      'oidc-any-owner',
      'oidc-audience',
      'oidc-owner-wide',
      'oidc-stringequals-wildcard',
      'trust-wildcard-principal',
    ]);
  });
});
