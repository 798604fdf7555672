import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/analyze.js';
import { CATALOG } from '../../src/catalog/rules.js';
import { MAX_FILE_BYTES } from '../../src/limits.js';
import { detectKind, isInputName, mayHaveKind } from '../../src/sources/detect.js';
import { corpus } from '../robustness/corpus.js';

const REPO = join(import.meta.dirname, '..', '..', '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every example and rule fixture, named as in a scanned tree. */
const SAMPLES = [...filesUnder(join(REPO, 'examples')), ...filesUnder(join(REPO, 'packages/core/test/fixtures'))]
  .filter((p) => !p.endsWith('.expected.json'))
  .map((p) => ({ file: relative(REPO, p).replace(/\\/g, '/'), text: readFileSync(p, 'utf8') }));

describe('kind detection for files that cannot be read whole', () => {
  it('mayHaveKind holds for every file detectKind recognises (a superset: fail closed)', () => {
    const recognised = SAMPLES.filter((s) => detectKind(s.file, s.text) !== undefined);
    expect(recognised.length).toBeGreaterThan(50);
    expect(recognised.filter((s) => !isInputName(s.file) || !mayHaveKind(s.file, s.text)).map((s) => s.file)).toEqual([]);
  });

  it('needs no token for kinds decided by the path, and never recognises other names', () => {
    expect(mayHaveKind('infra/main.tf', '')).toBe(true);
    expect(mayHaveKind('infra/main.tf.json', '')).toBe(true);
    expect(mayHaveKind('.github/workflows/ci.yml', '')).toBe(true);
    expect(mayHaveKind('package-lock.json', '{"name": "x", "lockfileVersion": 3}')).toBe(false);
    expect(mayHaveKind('terraform.tfvars', 'Statement')).toBe(false);
    expect(mayHaveKind('notes.txt', 'Statement')).toBe(false);
    expect(mayHaveKind('big.json', '{"Version": "2012-10-17", "Statement": [')).toBe(true);
    expect(mayHaveKind('cfn/stack.yaml', 'Resources:\n  R:\n    Type: AWS::IAM::Role\n')).toBe(true);
  });
});

describe('fail closed (spec/rules.md input-error)', () => {
  it('is an error by default in the catalog, with no variants', () => {
    expect(CATALOG.find((r) => r.id === 'input-error')).toMatchObject({ defaultSeverity: 'error' });
    expect(CATALOG.find((r) => r.id === 'input-error')?.variants).toBeUndefined();
  });

  it('reports every file of an analysed kind that was not analysed completely as an error', async () => {
    const deep = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}`;
    const inputs = [
      { file: 'p/big.json', text: `{"Statement": [${' '.repeat(MAX_FILE_BYTES)}]}` },
      { file: 'p/deep.json', text: `{"Statement": ${deep(300)}}` },
      { file: 'cfn/deep.yaml', text: `AWSTemplateFormatVersion: '2010-09-09'\nResources: ${deep(300)}\n` },
      { file: 'plan/deep.json', text: `{"format_version": "1.2", "planned_values": ${deep(300)}}` },
      { file: '.github/workflows/deep.yml', text: `on: push\njobs: ${deep(300)}\n` },
      { file: 'tf/deep.tf', text: `locals { x = ${deep(300)} }\n` },
    ];
    for (const explicit of [true, false]) {
      const result = await analyzeFiles(inputs.map((i) => ({ ...i, explicit })));
      const inputErrors = result.findings.filter((f) => f.ruleId === 'input-error');
      expect(inputErrors.map((f) => f.severity)).toEqual(inputErrors.map(() => 'error'));
      const reported = new Set(inputErrors.map((f) => f.location?.file));
      expect(inputs.filter((i) => !reported.has(i.file)).map((i) => i.file)).toEqual([]);
    }
  });

  it('gives no finding for files of no recognised kind, named or walked, and lists them', async () => {
    const inputs = [
      { file: 'package.json', text: '{"name": "x", "version": "1.0.0"}' },
      { file: 'tsconfig.json', text: '{ // comment\n "compilerOptions": {} }' },
      { file: 'nested-statement.json', text: '{"policy": {"Statement": []}}' },
      { file: 'cfn/not-a-template.yaml', text: 'name: x\nmeta:\n  Type: AWS::S3::Bucket\n' },
      { file: 'not-a-plan.json', text: '{"format_version": "1", "other": {"values": 3}}' },
      { file: 'README.md', text: '# hi' },
    ];
    for (const explicit of [true, false]) {
      const result = await analyzeFiles(inputs.map((i) => ({ ...i, explicit })));
      expect(result.findings).toEqual([]);
      expect(result.files).toBe(0);
      expect(result.unrecognised).toEqual(inputs.map((i) => i.file));
    }
  });

  it('counts no Terraform module context (tfvars, templates beside a .tf) as unrecognised', async () => {
    const files = corpus().flatMap((u) => u.files);
    const result = await analyzeFiles([...files, { file: 'tf/terraform.tfvars', text: '' }, { file: 'tf/policy.tpl', text: '{}' }]);
    expect(result.unrecognised).toEqual([]);
    expect(result.files).toBe(files.length);
  });
});
