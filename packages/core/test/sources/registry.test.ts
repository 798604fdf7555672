import { describe, expect, it } from 'vitest';
import type { InputKind } from '../../src/model/document.js';
import { adapterFor, detectWithAdapters, SOURCE_ADAPTERS } from '../../src/sources/registry.js';

/** The source-adapter registry that analyze() and discovery iterate (issue 12). */
const KINDS = {
  policy: true,
  'policy-template': true,
  terraform: true,
  'terraform-plan': true,
  cloudformation: true,
  workflow: true,
  'composite-action': true,
  'gitlab-ci': true,
} satisfies Record<InputKind, true>;

describe('source adapter registry', () => {
  it('has exactly one adapter for every input kind, and reads each kind one way', () => {
    for (const kind of Object.keys(KINDS) as InputKind[]) {
      expect(SOURCE_ADAPTERS.filter((a) => a.kinds.includes(kind)), kind).toHaveLength(1);
      const adapter = adapterFor(kind);
      expect(adapter.read !== undefined || adapter.group !== undefined, kind).toBe(true);
    }
    expect(SOURCE_ADAPTERS.flatMap((a) => a.kinds).sort()).toEqual(Object.keys(KINDS).sort());
  });

  it('only detects kinds of the adapter that claims them, on names that adapter accepts', () => {
    const samples: [string, string][] = [
      ['.github/workflows/ci.yml', 'on: push\n'],
      ['infra/main.tf', ''],
      ['p.json', '{"Statement": []}'],
      ['p.json.tpl', '{"Statement": []}'],
      ['plan.json', '{"format_version": "1.2", "planned_values": {}}'],
      ['t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\n'],
      ['action.yml', 'runs:\n  using: composite\n'],
      ['.gitlab-ci.yml', 'deploy:\n  script: [make]\n'],
      ['ci/deploy.yml', 'deploy:\n  script: [make]\n'],
    ];
    for (const [file, text] of samples) {
      const kind = detectWithAdapters(file, text);
      expect(kind, file).toBeDefined();
      const adapter = adapterFor(kind!);
      expect(adapter.inputName.test(file), file).toBe(true);
    }
  });

  it('asks path tests of every adapter before any content test', () => {
    // A workflow file whose text also looks like a CloudFormation template is a workflow.
    expect(detectWithAdapters('.github/workflows/x.yml', 'AWSTemplateFormatVersion: x\non: push\njobs: {}\n')).toBe('workflow');
    // YAML: CloudFormation before a workflow, whatever the order of the content tests' matches.
    expect(detectWithAdapters('x.yml', 'AWSTemplateFormatVersion: x\non: push\njobs: {}\n')).toBe('cloudformation');
    // JSON: plan output before CloudFormation before a bare policy.
    expect(detectWithAdapters('x.json', '{"format_version":"1","values":{},"Type":"AWS::IAM::Role","Statement":[]}')).toBe('terraform-plan');
    expect(detectWithAdapters('x.json', '{"Type":"AWS::IAM::Role","Statement":[]}')).toBe('cloudformation');
  });

  it('throws for a kind no adapter reads', () => {
    expect(() => adapterFor('pulumi' as InputKind)).toThrow(/no source adapter/);
  });
});
