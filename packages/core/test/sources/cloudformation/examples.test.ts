import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeTrustPolicy } from '../../../src/analyze.js';
import type { TrustPolicyDocument } from '../../../src/model/document.js';
import { readTerraformPlan } from '../../../src/sources/terraform-plan/index.js';
import { cfn, trustDocs } from './helpers.js';

/** The examples/ files of these sources give what their names promise. */
const EXAMPLES = join(import.meta.dirname, '..', '..', '..', '..', '..', 'examples');
const read = (path: string): string => readFileSync(join(EXAMPLES, path), 'utf8');
const ruleIds = (docs: TrustPolicyDocument[]): string[] => docs.flatMap((d) => analyzeTrustPolicy(d).map((f) => f.ruleId)).sort();

describe('examples', () => {
  it('cloudformation/vulnerable: "*" parameter defaults in a !Sub subject and no aud', () => {
    const r = cfn(read('cloudformation/vulnerable/github-deploy-role.yaml'));
    expect(r.findings).toEqual([]);
    expect(ruleIds(trustDocs(r))).toEqual(['oidc-any-owner', 'oidc-audience']);
  });

  it('cloudformation/fixed: no finding', () => {
    const r = cfn(read('cloudformation/fixed/github-deploy-role.yaml'));
    expect(r.findings).toEqual([]);
    expect(trustDocs(r)).toHaveLength(1);
    expect(ruleIds(trustDocs(r))).toEqual([]);
  });

  it('terraform-plan/vulnerable: a module role open to every branch and pull request', () => {
    const r = readTerraformPlan({ file: 'tfplan.json', text: read('terraform-plan/vulnerable/tfplan.json'), explicit: true });
    expect(r.findings).toEqual([]);
    const docs = r.documents.filter((d): d is TrustPolicyDocument => d.kind === 'trust-policy');
    expect(docs.map((d) => [d.resource, d.roleName])).toEqual([['module.ci.aws_iam_role.deploy', 'infra-deploy']]);
    expect(ruleIds(docs)).toEqual(['oidc-any-context']);
  });
});
