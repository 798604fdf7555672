import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discover } from '../src/discover.js';
import { CliError } from '../src/errors.js';
import { EMPTY_POLICY, LATIN1_DATA, LATIN1_POLICY, makeTree, removeTrees } from './helpers.js';

afterEach(removeTrees);

async function paths(cwd: string, args: string[] = ['.'], options: Parameters<typeof discover>[1] = { cwd }): Promise<string[]> {
  return (await discover(args, { ...options, cwd })).files.map((f) => f.path);
}

describe('discover', () => {
  it('walks folders in sorted order and reads only candidate file names', async () => {
    const root = makeTree({
      'b.json': EMPTY_POLICY,
      'a/z.yaml': 'x: 1\n',
      'a/y.yml': 'x: 1\n',
      'main.tf': '',
      'terraform.tfvars': '',
      'policy.tpl': EMPTY_POLICY,
      'README.md': '# hi\n',
      'tool.js': '',
      'cfn.template': '',
    });
    expect(await paths(root)).toEqual(['a/y.yml', 'a/z.yaml', 'b.json', 'cfn.template', 'main.tf', 'policy.tpl', 'terraform.tfvars']);
  });

  it('marks named files explicit; a named file whose name no kind has is counted, not read', async () => {
    const root = makeTree({ 'notes.txt': 'hi', 'dir/a.json': EMPTY_POLICY, 'named.json': EMPTY_POLICY });
    const read: string[] = [];
    const readFile = (p: string): Uint8Array => {
      read.push(p);
      return readFileSync(p);
    };
    const result = await discover(['notes.txt', 'dir', 'named.json'], { cwd: root, readFile });
    expect(result.files.map((f) => [f.path, f.explicit])).toEqual([
      ['dir/a.json', false],
      ['named.json', true],
    ]);
    expect(result.unrecognised).toEqual(['notes.txt']);
    expect(read).not.toContain(join(root, 'notes.txt'));
  });

  it('reports files once, preferring the explicit mention', async () => {
    const root = makeTree({ 'a.json': EMPTY_POLICY });
    const result = await discover(['.', 'a.json', './a.json'], { cwd: root });
    expect(result.files.map((f) => [f.path, f.explicit])).toEqual([['a.json', true]]);
  });

  it('fails with a usage error for a named path that does not exist', async () => {
    const root = makeTree({});
    await expect(discover(['missing.json'], { cwd: root })).rejects.toThrow(CliError);
    await expect(discover(['missing.json'], { cwd: root })).rejects.toThrow('no such file or directory: missing.json');
  });

  it('skips node_modules and .git but walks cdk.out even when gitignored', async () => {
    const root = makeTree(
      {
        '.gitignore': 'cdk.out/\n*.template.json\n',
        'node_modules/pkg/policy.json': EMPTY_POLICY,
        '.git/config.json': '{}',
        'cdk.out/App.template.json': '{}',
        'cdk.out/nested/node_modules/x.json': '{}',
        'other.template.json': '{}',
      },
      { git: false },
    );
    expect(await paths(root)).toEqual(['cdk.out/App.template.json']);
  });

  it('respects .gitignore: negation, anchoring, dir-only and nested files', async () => {
    const root = makeTree(
      {
        '.gitignore': '*.json\n!keep.json\n/build/\nlogs/\n',
        'keep.json': EMPTY_POLICY,
        'drop.json': EMPTY_POLICY,
        'build/a.yaml': 'x: 1\n',
        'src/build/b.yaml': 'x: 1\n',
        'logs/c.yaml': 'x: 1\n',
        'sub/.gitignore': '!*.json\nlocal.yaml\n',
        'sub/a.json': EMPTY_POLICY,
        'sub/local.yaml': 'x: 1\n',
        'sub/deeper/local.yaml': 'x: 1\n',
        'sub/deeper/ok.yaml': 'x: 1\n',
        'other/local.yaml': 'x: 1\n',
      },
      { git: true },
    );
    expect(await paths(root)).toEqual(['keep.json', 'other/local.yaml', 'src/build/b.yaml', 'sub/a.json', 'sub/deeper/ok.yaml']);
  });

  it('applies the .gitignore files above a named folder up to the git root', async () => {
    const root = makeTree(
      { '.gitignore': '*.yaml\n', 'infra/a.yaml': 'x: 1\n', 'infra/b.json': EMPTY_POLICY },
      { git: true },
    );
    expect(await paths(join(root, 'infra'))).toEqual(['b.json']);
    expect(await paths(root, ['infra'])).toEqual(['infra/b.json']);
  });

  it('walks an explicitly named folder even when it is gitignored', async () => {
    const root = makeTree(
      { '.gitignore': 'generated/\n', 'generated/policy.json': EMPTY_POLICY, 'generated/deep/p.json': EMPTY_POLICY },
      { git: true },
    );
    expect(await paths(root)).toEqual([]);
    expect(await paths(root, ['generated'])).toEqual(['generated/deep/p.json', 'generated/policy.json']);
  });

  it('removes files matched by the configuration ignore filter', async () => {
    const root = makeTree({ 'legacy/a.json': EMPTY_POLICY, 'b.json': EMPTY_POLICY });
    const isExcluded = (p: string): boolean => p.startsWith(join(root, 'legacy'));
    expect(await paths(root, ['.'], { cwd: root, isExcluded })).toEqual(['b.json']);
  });

  it('does not hang on symlink loops and reports them once', async () => {
    const root = makeTree({ 'a/p.json': EMPTY_POLICY });
    symlinkSync(join(root, 'a'), join(root, 'a', 'loop'));
    symlinkSync(join(root, 'a'), join(root, 'alias'));
    const result = await discover(['.'], { cwd: root });
    expect(result.files.map((f) => f.path)).toEqual(['a/p.json']);
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.location?.file])).toEqual([['input-error', 'error', 'a/loop']]);
    expect(result.findings[0]?.message).toContain('symbolic link loop');
  });

  it('skips dangling symlinks while walking', async () => {
    const root = makeTree({ 'a.json': EMPTY_POLICY });
    symlinkSync(join(root, 'nowhere.json'), join(root, 'dangling.json'));
    expect(await discover(['.'], { cwd: root })).toEqual({
      files: [expect.objectContaining({ path: 'a.json' })],
      findings: [],
      unrecognised: [],
      entries: 2,
      named: [{ path: '.', kind: 'folder', files: ['a.json'], unread: [] }],
    });
  });

  it('turns an unreadable file into an input-error error (fail closed) and goes on', async () => {
    const root = makeTree({ 'a.json': EMPTY_POLICY, 'b.json': EMPTY_POLICY });
    const readFile = (path: string): Uint8Array => {
      if (path.endsWith('a.json')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return new TextEncoder().encode(EMPTY_POLICY);
    };
    const result = await discover(['.'], { cwd: root, readFile });
    expect(result.files.map((f) => f.path)).toEqual(['b.json']);
    expect(result.findings).toEqual([
      {
        ruleId: 'input-error',
        severity: 'error',
        message: 'cannot read the file: EACCES: permission denied',
        location: { file: 'a.json', span: { start: { line: 1, column: 0, offset: 0 }, end: { line: 1, column: 0, offset: 0 } } },
      },
    ]);
  });

  it('turns non-UTF-8 content that may be a policy into an input-error; other non-UTF-8 data is counted', async () => {
    const root = makeTree({ 'latin1.json': LATIN1_POLICY, 'data.json': LATIN1_DATA, 'ok.json': EMPTY_POLICY });
    const result = await discover(['.'], { cwd: root });
    expect(result.files.map((f) => f.path)).toEqual(['ok.json']);
    expect(result.findings.map((f) => [f.location?.file, f.severity, f.message])).toEqual([
      ['latin1.json', 'error', 'the file is not valid UTF-8: it was not analysed'],
    ]);
    expect(result.unrecognised).toEqual(['data.json']);
  });

  it('names files relative to the working directory with POSIX separators', async () => {
    const root = makeTree({ 'infra/iam/p.json': EMPTY_POLICY, 'other/q.json': EMPTY_POLICY });
    const cwd = join(root, 'other');
    mkdirSync(join(root, 'empty'));
    expect(await paths(cwd, ['../infra', 'q.json', '../empty'])).toEqual(['../infra/iam/p.json', 'q.json']);
  });

  it('a named .tf file brings its module: .tf and tfvars always, JSON and templates only when the module names them', async () => {
    const root = makeTree({
      'm/main.tf': 'resource "aws_iam_role" "r" {\n  assume_role_policy = templatefile("${path.module}/trust.json.tpl", {})\n}\n',
      'm/variables.tf': '',
      'm/terraform.tfvars': '',
      'm/extra.tf.json': '{}',
      'm/trust.json.tpl': EMPTY_POLICY,
      'm/sibling.json': EMPTY_POLICY,
      'm/other.tftpl': EMPTY_POLICY,
    });
    const read: string[] = [];
    const readFile = (p: string): Uint8Array => {
      read.push(p.slice(root.length + 1));
      return readFileSync(p);
    };
    const result = await discover(['m/main.tf'], { cwd: root, readFile });
    expect(result.files.map((f) => [f.path, f.companion ?? false])).toEqual([
      ['m/extra.tf.json', true],
      ['m/main.tf', false],
      ['m/terraform.tfvars', true],
      ['m/trust.json.tpl', true],
      ['m/variables.tf', true],
    ]);
    expect(read.sort()).toEqual(['m/extra.tf.json', 'm/main.tf', 'm/terraform.tfvars', 'm/trust.json.tpl', 'm/variables.tf']);
    // Named as well, a sibling is read for its own sake.
    expect(await paths(root, ['m/main.tf', 'm/sibling.json'])).toContain('m/sibling.json');
  });
});
