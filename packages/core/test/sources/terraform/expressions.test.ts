import { beforeAll, describe, expect, it } from 'vitest';
import { loadTerraformParser } from '../../../src/sources/terraform/index.js';
import { evalLocals } from './helpers.js';

beforeAll(async () => {
  await loadTerraformParser();
});

describe('Terraform expressions', () => {
  it('evaluates literals, tuples and objects (object keys in lexical order)', () => {
    const { value } = evalLocals(`
locals {
  n     = 42
  f     = 1.5
  t     = true
  z     = null
  tuple = ["a", 1, false]
  obj   = { b = 1, "a" = 2, (local.k) = 3 }
  k     = "c"
}`);
    expect(value('n')).toBe(42);
    expect(value('f')).toBe(1.5);
    expect(value('t')).toBe(true);
    expect(value('z')).toBe(null);
    expect(value('tuple')).toEqual(['a', 1, false]);
    expect(value('obj')).toEqual({ a: 2, b: 1, c: 3 });
    expect(Object.keys(value('obj') as object)).toEqual(['a', 'b', 'c']);
  });

  it('interpolates templates and applies directives and strip markers', () => {
    const { value } = evalLocals(`
locals {
  org    = "acme"
  repos  = ["app", "web"]
  simple = "repo:\${local.org}/*"
  escape = "$\${literal} %%{x} \\"q\\" \\u00e9"
  iff    = "%{ if local.org == "acme" }yes%{ else }no%{ endif }"
  forr   = "%{ for r in local.repos ~}
    [\${r}]
  %{~ endfor }"
  number = "n=\${1 + 2}"
  single = "\${local.repos}"
}`);
    expect(value('simple')).toBe('repo:acme/*');
    expect(value('escape')).toBe('${literal} %{x} "q" é');
    expect(value('iff')).toBe('yes');
    expect(value('forr')).toBe('[app][web]');
    expect(value('number')).toBe('n=3');
    // A template that is one interpolation is the value itself.
    expect(value('single')).toEqual(['app', 'web']);
  });

  it('reads heredocs, with <<- removing the common indentation', () => {
    const { value } = evalLocals(`
locals {
  plain = <<EOT
  a
    b \${"c"}
EOT
  indented = <<-EOT
    {
      "x": 1
    }
    EOT
}`);
    expect(value('plain')).toBe('  a\n    b c\n');
    expect(value('indented')).toBe('{\n  "x": 1\n}\n');
  });

  it('evaluates for expressions (list, map, grouping, filters) and splats', () => {
    const { value } = evalLocals(`
locals {
  xs     = ["a", "bb", "ccc"]
  m      = { one = 1, two = 2 }
  upper  = [for x in local.xs : upper(x) if length(x) > 1]
  byLen  = { for x in local.xs : x => length(x) }
  idx    = [for i, x in local.xs : "\${i}:\${x}"]
  pairs  = [for k, v in local.m : "\${k}=\${v}"]
  group  = { for x in ["a", "b", "a"] : x => x... }
  objs   = [{ name = "n1" }, { name = "n2" }]
  names  = local.objs[*].name
  legacy = local.objs.*.name
  third  = local.xs[2]
  attr   = local.m.two
}`);
    expect(value('upper')).toEqual(['BB', 'CCC']);
    expect(value('byLen')).toEqual({ a: 1, bb: 2, ccc: 3 });
    expect(value('idx')).toEqual(['0:a', '1:bb', '2:ccc']);
    expect(value('pairs')).toEqual(['one=1', 'two=2']);
    expect(value('group')).toEqual({ a: ['a', 'a'], b: ['b'] });
    expect(value('names')).toEqual(['n1', 'n2']);
    expect(value('legacy')).toEqual(['n1', 'n2']);
    expect(value('third')).toBe('ccc');
    expect(value('attr')).toBe(2);
  });

  it('evaluates operators and conditionals', () => {
    const { value } = evalLocals(`
locals {
  arith = 7 % 4 + 2 * 3 - -1
  div   = 7 / 2
  cmp   = [1 < 2, 2 <= 2, 3 > 4, 4 >= 5]
  eq    = ["a" == "a", [1] == [1], { a = 1 } != { a = 1 }]
  logic = [true && false, true || false, !true]
  cond  = 1 > 2 ? "yes" : "no"
  paren = (1 + 2) * 3
}`);
    expect(value('arith')).toBe(10);
    expect(value('div')).toBe(3.5);
    expect(value('cmp')).toEqual([true, true, false, false]);
    expect(value('eq')).toEqual([true, true, false]);
    expect(value('logic')).toEqual([false, true, false]);
    expect(value('cond')).toBe('no');
    expect(value('paren')).toBe(9);
  });

  it('keeps unknown parts as markers naming the expression, and keeps both branches of unknown conditions', () => {
    const { value, m, local } = evalLocals(`
variable "org" {}
locals {
  sub    = "repo:\${var.org}/app:*"
  data   = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root"
  state  = data.terraform_remote_state.core.outputs.arn
  branch = var.org == "acme" ? "repo:acme/*" : "repo:other/app:*"
  known  = var.org == "x" ? "same" : "same"
  listed = [for r in var.repos : "repo:acme/\${r}:*"]
  fn     = frobnicate(1)
}`);
    expect(value('sub')).toBe('repo:<var.org>/app:*');
    expect(value('data')).toBe('arn:aws:iam::<data.aws_caller_identity.current.account_id>:root');
    expect(value('state')).toBe('<data.terraform_remote_state.core.outputs.arn>');
    expect(value('branch')).toEqual({ alt: ['repo:acme/*', 'repo:other/app:*'] });
    expect(value('known')).toBe('same');
    // One representative element stands for the elements of an unknown list.
    expect(value('listed')).toEqual(['repo:acme/<var.repos>:*']);
    expect(value('fn')).toBe('<frobnicate(1)>');
    const reasons = (name: string): string[] => {
      const v = local(name);
      const ids = v.k === 'str' ? [...v.s.matchAll(/\uE002(\d+)\uE003/g)].map((x) => Number(x[1])) : v.k === 'unk' ? [v.id] : [];
      return ids.map((id) => m.unknowns.get(id)?.reason ?? '');
    };
    expect(reasons('sub')).toEqual(['variable org has no default or value']);
    expect(reasons('data')).toEqual(['data source']);
    expect(reasons('state')).toEqual(['remote state']);
    expect(reasons('fn')).toEqual(['unknown function frobnicate']);
  });

  it('reports cycles and undefined locals as unknown instead of failing', () => {
    const { value } = evalLocals(`
locals {
  a = local.b
  b = local.a
  c = local.missing
  d = [1][5]
  e = try([1][5], "fallback")
  f = can([1][5])
}`);
    expect(value('a')).toMatch(/^<local\./);
    expect(value('c')).toBe('<local.missing>');
    expect(value('d')).toBe('<[1][5]>');
    expect(value('e')).toBe('fallback');
    expect(value('f')).toBe(false);
  });

  it('stops at the evaluation step cap', async () => {
    const { readModule } = await import('./helpers.js');
    const result = readModule(
      {
        'main.tf': `
locals { big = [for i in range(100000) : [for j in range(100) : j]] }
resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({ Statement = local.big })
}`,
      },
      { limits: { steps: 5000 } },
    );
    expect(result.findings.map((f) => f.ruleId)).toEqual(['input-error']);
    expect(result.findings[0]?.message).toContain('evaluation step cap');
  });
});
