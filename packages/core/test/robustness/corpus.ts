import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../../src/model/finding.js';
import type { Syntax } from './mutate.js';

const repo = (path: string): string => readFileSync(fileURLToPath(new URL(`../../../../${path}`, import.meta.url)), 'utf8');

export interface CorpusFile {
  /** Path used in findings (decides the kind, as in a scanned tree). */
  file: string;
  text: string;
  syntax: Syntax;
}

/**
 * Files whose findings may depend on each other (a Terraform module; a workflow and the role it
 * assumes). Mutating one file may change its unit's findings, never another unit's.
 */
export interface CorpusUnit {
  name: string;
  files: CorpusFile[];
}

/** One fixture of every input kind, from the examples and the rule fixtures. */
export function corpus(): CorpusUnit[] {
  return [
    { name: 'policy', files: [{ file: 'policies/owner-prefix.json', text: repo('examples/policies/vulnerable/owner-prefix.json'), syntax: 'json' }] },
    { name: 'policy-template', files: [{ file: 'policies/ci-role.json.tpl', text: repo('examples/policies/vulnerable/ci-role.json.tpl'), syntax: 'json' }] },
    { name: 'cloudformation-yaml', files: [{ file: 'cfn/deploy.yaml', text: repo('examples/cloudformation/vulnerable/github-deploy-role.yaml'), syntax: 'yaml' }] },
    { name: 'cloudformation-json', files: [{ file: 'cdk.out/App.template.json', text: smallTemplate(), syntax: 'json' }] },
    { name: 'terraform-plan', files: [{ file: 'plan/tfplan.json', text: repo('examples/terraform-plan/vulnerable/tfplan.json'), syntax: 'json' }] },
    { name: 'workflow', files: [{ file: '.github/workflows/preview.yml', text: repo('examples/workflows/.github/workflows/preview-vulnerable.yml'), syntax: 'yaml' }] },
    {
      // deploy.yml assumes role/deploy, which the Terraform module defines: one unit.
      name: 'terraform-and-workflow',
      files: [
        { file: 'tf/main.tf', text: repo('examples/terraform/vulnerable/main.tf'), syntax: 'hcl' },
        { file: 'tf/variables.tf', text: repo('examples/terraform/vulnerable/variables.tf'), syntax: 'hcl' },
        { file: '.github/workflows/deploy.yml', text: repo('examples/workflows/.github/workflows/deploy.yml'), syntax: 'yaml' },
      ],
    },
  ];
}

/** The parity template cut to its provider and three roles (the full one makes every case slow). */
function smallTemplate(): string {
  const template = JSON.parse(repo('packages/core/test/sources/cloudformation/fixtures/parity/template.json')) as { Resources: Record<string, unknown> };
  const keep = new Set(['GithubOidc', 'OwnerPrefix', 'HiddenStar', 'ExactMain']);
  template.Resources = Object.fromEntries(Object.entries(template.Resources).filter(([id]) => keep.has(id)));
  return `${JSON.stringify(template, null, 2)}\n`;
}

/** Findings as comparable strings, grouped by the unit of their file. */
export function findingsByUnit(units: readonly CorpusUnit[], findings: readonly Finding[]): Map<string, string[]> {
  const unitOf = new Map(units.flatMap((u) => u.files.map((f) => [f.file, u.name] as const)));
  const out = new Map<string, string[]>(units.map((u) => [u.name, []]));
  for (const f of findings) {
    const unit = unitOf.get(f.location?.file ?? '') ?? '(elsewhere)';
    const list = out.get(unit) ?? [];
    list.push(JSON.stringify([f.ruleId, f.severity, f.location, f.message]));
    out.set(unit, list);
  }
  return out;
}
