import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import type { Finding } from '../../../src/model/finding.js';
import { loadTerraformParser } from '../../../src/sources/terraform/index.js';

/**
 * Partial values stay partial (issue 13): functions over partly known inputs keep the known parts,
 * so a known `*` stays a wildcard. Function semantics from Terraform's documentation
 * (https://developer.hashicorp.com/terraform/language/functions/formatlist, …/setproduct,
 * …/replace, …/coalesce, …/flatten): an unknown list stands for one unknown element, as the
 * evaluator already does for a `for` expression over it.
 */

beforeAll(async () => {
  await loadTerraformParser();
});

const GH = 'token.actions.githubusercontent.com';
const VARS = `variable "repos" {\n  type = list(string)\n}\n\nvariable "claim" {\n  default = "*"\n}\n\nvariable "repo" {\n  type = string\n}\n`;

function roleWith(sub: string): string {
  return `${VARS}
resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/${GH}" }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringEquals = { "${GH}:aud" = "sts.amazonaws.com" }
        StringLike   = { "${GH}:sub" = ${sub} }
      }
    }]
  })
}
`;
}

function findings(sub: string): Finding[] {
  return analyze([{ file: 'main.tf', text: roleWith(sub) }]).findings;
}

const verdict = (fs: Finding[]): { ruleId: string; path?: unknown; witness?: unknown }[] =>
  fs.map((f) => ({ ruleId: f.ruleId, ...(f.path ? { path: f.path } : {}), ...(f.witness ? { witness: f.witness } : {}) })).sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1));

describe('partial values through functions', () => {
  it('formatlist over an unknown list keeps the known `*`: oidc-any-context, as the `for` equivalent', () => {
    const viaFormat = findings('formatlist("repo:%s:%s", var.repos, var.claim)');
    const viaFor = findings('[for r in var.repos : "repo:${r}:${var.claim}"]');
    expect(viaFormat.map((f) => f.ruleId)).toContain('oidc-any-context');
    expect(verdict(viaFormat)).toEqual(verdict(viaFor));
  });

  it('repo:<unknown repo>:${var.claim} with the claim defaulting to "*" is oidc-any-context', () => {
    const fs = findings('"repo:${var.repo}:${var.claim}"');
    expect(fs.map((f) => f.ruleId).sort()).toEqual(['oidc-any-context', 'oidc-unresolved']);
  });

  it('setproduct keeps the known list of a product with an unknown one', () => {
    const fs = findings('[for p in setproduct(var.repos, [var.claim]) : "repo:${p[0]}:${p[1]}"]');
    expect(fs.map((f) => f.ruleId)).toContain('oidc-any-context');
  });

  it('replace with an unknown replacement keeps the text around it', () => {
    const fs = findings('replace("repo:REPO:*", "REPO", var.repo)');
    expect(fs.map((f) => f.ruleId)).toContain('oidc-any-context');
  });

  it('replace with an unknown search stays unknown (what is replaced is not known)', () => {
    const fs = findings('replace("repo:*", var.repo, "x")');
    expect(fs.map((f) => f.ruleId)).toEqual(['oidc-unresolved']);
  });

  it('coalesce(unknown, "repo:*") may be the fallback: oidc-any-owner in that branch', () => {
    const fs = findings('coalesce(var.repo, "repo:*")');
    expect(fs.map((f) => f.ruleId)).toContain('oidc-any-owner');
    expect(fs.map((f) => f.ruleId)).toContain('oidc-unresolved');
  });

  it('flatten of an unknown list keeps its known neighbours', () => {
    const fs = findings('flatten([["repo:${var.repo}:*"], var.repos])');
    expect(fs.map((f) => f.ruleId)).toContain('oidc-any-context');
  });

  it('join and concat over partly known lists keep the known parts', () => {
    expect(findings('join("", ["repo:", var.repo, ":", var.claim])').map((f) => f.ruleId)).toContain('oidc-any-context');
    expect(findings('concat(["repo:acme/a:*"], var.repos)').map((f) => f.ruleId)).toContain('oidc-any-context');
  });
});
