import { beforeAll, describe, expect, it } from 'vitest';
import { loadTerraformParser } from '../../../src/sources/terraform/index.js';
import { movedFrom, readMovedBlocks } from '../../../src/sources/terraform/moved.js';

// Terraform's refactoring docs (developer.hashicorp.com/terraform/language/modules/develop/refactoring):
// `from`/`to` are static resource or module addresses relative to the module holding the block; an
// address without an index moves every instance, and a module call moves everything in it.
beforeAll(async () => {
  await loadTerraformParser();
});

describe('readMovedBlocks', () => {
  it('reads resource, indexed and module addresses, and leaves out what is no static address', () => {
    const text = [
      'moved {\n  from = aws_iam_role.a\n  to   = aws_iam_role.b\n}',
      '# moved { from = aws_iam_role.commented  to = aws_iam_role.out }',
      'moved {\n  from = aws_iam_role.c[0]\n  to   = aws_iam_role.c["main"]\n}',
      'moved {\n  from = module.ci\n  to   = module.roles["ci"]\n}',
      'moved {\n  from = module.a.aws_iam_role.x\n  to   = module.b.aws_iam_role.x\n}',
      'moved {\n  from = aws_iam_role.d[var.i]\n  to   = aws_iam_role.e\n}',
      'moved {\n  from = aws_iam_role\n  to   = aws_iam_role.f\n}',
      'resource "aws_iam_role" "b" {\n  name = "moved"\n}',
    ].join('\n\n');
    expect(readMovedBlocks('main.tf', text).map((b) => `${b.from} -> ${b.to}`)).toEqual([
      'aws_iam_role.a -> aws_iam_role.b',
      'aws_iam_role.c[0] -> aws_iam_role.c["main"]',
      'module.ci -> module.roles["ci"]',
      'module.a.aws_iam_role.x -> module.b.aws_iam_role.x',
    ]);
  });

  it('reads the JSON syntax (each address a string), and nothing from a file that is not Terraform', () => {
    const json = JSON.stringify({ moved: [{ from: 'aws_iam_role.a', to: 'aws_iam_role.b' }, { from: 'aws_iam_role.${x}', to: 'aws_iam_role.c' }] });
    expect(readMovedBlocks('moved.tf.json', json)).toEqual([{ file: 'moved.tf.json', from: 'aws_iam_role.a', to: 'aws_iam_role.b' }]);
    expect(readMovedBlocks('moved.tf.json', JSON.stringify({ moved: { from: 'module.a', to: 'module.b' } })).map((b) => b.to)).toEqual(['module.b']);
    expect(readMovedBlocks('broken.tf.json', '{"moved": [')).toEqual([]);
    expect(readMovedBlocks('notes.md', 'moved {\n  from = aws_iam_role.a\n  to = aws_iam_role.b\n}')).toEqual([]);
  });
});

describe('movedFrom', () => {
  const blocks = (pairs: [string, string][]): { file: string; from: string; to: string }[] => pairs.map(([from, to]) => ({ file: 'main.tf', from, to }));

  it('maps a resource, its instances, and everything inside a moved module call', () => {
    const b = blocks([['aws_iam_role.a', 'aws_iam_role.b'], ['module.ci', 'module.deploy']]);
    expect(movedFrom('aws_iam_role.b', b)).toEqual(['aws_iam_role.a']);
    expect(movedFrom('aws_iam_role.b[0]', b)).toEqual(['aws_iam_role.a[0]']);
    expect(movedFrom('module.deploy.aws_iam_role.this', b)).toEqual(['module.ci.aws_iam_role.this']);
    expect(movedFrom('module.deploy["x"].aws_iam_role.this', b)).toEqual(['module.ci["x"].aws_iam_role.this']);
    // A longer name is another object, and a block in a module applies under each of its instances.
    expect(movedFrom('aws_iam_role.bb', b)).toEqual([]);
    expect(movedFrom('module.gha.aws_iam_role.b', b)).toEqual(['module.gha.aws_iam_role.a']);
    expect(movedFrom('xaws_iam_role.b', b)).toEqual([]);
  });

  it('follows chains, and stops on a cycle', () => {
    expect(movedFrom('aws_iam_role.c', blocks([['aws_iam_role.b', 'aws_iam_role.c'], ['aws_iam_role.a', 'aws_iam_role.b']]))).toEqual(['aws_iam_role.b', 'aws_iam_role.a']);
    expect(movedFrom('aws_iam_role.a', blocks([['aws_iam_role.a', 'aws_iam_role.b'], ['aws_iam_role.b', 'aws_iam_role.a']]))).toEqual(['aws_iam_role.b']);
  });
});
