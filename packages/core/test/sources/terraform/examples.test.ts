import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeTrustPolicy } from '../../../src/analyze.js';
import { loadTerraformParser, readTerraformModule } from '../../../src/sources/terraform/index.js';
import type { SourceInput } from '../../../src/sources/types.js';
import { providers, readModule, trustDocs } from './helpers.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', '..', '..', '..', 'examples', 'terraform');

function example(name: string): ReturnType<typeof readTerraformModule> {
  const dir = join(EXAMPLES, name);
  const inputs: SourceInput[] = readdirSync(dir).map((f) => ({ file: `examples/terraform/${name}/${f}`, text: readFileSync(join(dir, f), 'utf8'), explicit: false }));
  return readTerraformModule(`examples/terraform/${name}`, inputs);
}

beforeAll(async () => {
  await loadTerraformParser();
});

describe('examples/terraform', () => {
  it('vulnerable: repeated condition blocks meant as AND admit any repository with a main branch', () => {
    const result = example('vulnerable');
    expect(result.findings).toEqual([]);
    expect(providers(result)).toHaveLength(1);
    const docs = trustDocs(result);
    expect(docs).toHaveLength(2);
    for (const doc of docs) {
      const anyOwner = analyzeTrustPolicy(doc).find((f) => f.ruleId === 'oidc-any-owner');
      expect(anyOwner, doc.variant).toMatchObject({ severity: 'error', resource: 'aws_iam_role.deploy', location: { file: 'examples/terraform/vulnerable/main.tf' } });
      expect(anyOwner?.related?.map((r) => [r.message, r.location.file])).toContainEqual(['value from the default of var.branch', 'examples/terraform/vulnerable/variables.tf']);
    }
  });

  it('fixed: no error or warning', () => {
    const findings = trustDocs(example('fixed')).flatMap((d) => analyzeTrustPolicy(d));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a 10,000-line module', () => {
  // Its timing is measured by `node bench/terraform-module.mjs`, not asserted here.
  it('reads and evaluates every role of a 10,000-line module', () => {
    const blocks: string[] = ['variable "org" {\n  default = "acme"\n}\n'];
    for (let i = 0; blocks.join('').split('\n').length < 10_000; i++) {
      blocks.push(`data "aws_iam_policy_document" "t${i}" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:\${var.org}/app${i}:ref:refs/heads/main"]
    }
  }
}
resource "aws_iam_role" "r${i}" {
  name               = "r${i}"
  assume_role_policy = data.aws_iam_policy_document.t${i}.json
}
resource "aws_s3_bucket" "b${i}" {
  bucket = "b-${i}"
  tags   = { Name = "b-${i}", Team = "platform" }
}
`);
    }
    const result = readModule({ 'main.tf': blocks.join('') });
    expect(result.findings).toEqual([]);
    expect(trustDocs(result).length).toBeGreaterThan(300);
  });
});
