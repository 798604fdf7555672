import { beforeAll, describe, expect, it } from 'vitest';
import { loadTerraformParser } from '../../../src/sources/terraform/index.js';
import { evalLocals } from './helpers.js';

beforeAll(async () => {
  await loadTerraformParser();
});

describe('Terraform functions', () => {
  it('string functions', () => {
    const { value } = evalLocals(`
locals {
  fmt      = format("repo:%s/%s:ref:refs/heads/%s", "acme", "app", "main")
  fmtnum   = format("%d-%05.2f-%q-%t-%%", 7, 1.5, "x", true)
  fmtlist  = formatlist("repo:acme/%s:*", ["a", "b"])
  join     = join(",", ["a", "b"], ["c"])
  split    = split("/", "acme/app")
  lower    = lower("ACME")
  upper    = upper("acme")
  replace  = replace("acme/app", "/", "-")
  regex    = replace("repo:acme/app", "/^repo:([^/]+)\\\\/.*$/", "$1")
  tprefix  = trimprefix("repo:acme", "repo:")
  tsuffix  = trimsuffix("app.git", ".git")
  tspace   = trimspace("  x \\n")
  starts   = [startswith("repo:acme", "repo:"), endswith("a.git", ".git"), strcontains("abc", "d")]
  substr   = substr("acme/app", 0, 4)
  tostring = tostring(5)
  regexall = length(regexall(":+", "a:b:c"))
  sha      = substr(sha256("x"), 0, 8)
}`);
    expect(value('fmt')).toBe('repo:acme/app:ref:refs/heads/main');
    expect(value('fmtnum')).toBe('7-1.50-"x"-true-%');
    expect(value('fmtlist')).toEqual(['repo:acme/a:*', 'repo:acme/b:*']);
    expect(value('join')).toBe('a,b,c');
    expect(value('split')).toEqual(['acme', 'app']);
    expect(value('lower')).toBe('acme');
    expect(value('upper')).toBe('ACME');
    expect(value('replace')).toBe('acme-app');
    expect(value('regex')).toBe('acme');
    expect(value('tprefix')).toBe('acme');
    expect(value('tsuffix')).toBe('app');
    expect(value('tspace')).toBe('x');
    expect(value('starts')).toEqual([true, true, false]);
    expect(value('substr')).toBe('acme');
    expect(value('tostring')).toBe('5');
    expect(value('regexall')).toBe(2);
    expect(value('sha')).toBe('2d711642');
  });

  it('collection functions', () => {
    const { value } = evalLocals(`
locals {
  concat    = concat(["a"], ["b", "c"], [])
  flatten   = flatten([["a", ["b"]], "c"])
  distinct  = distinct(["a", "b", "a"])
  compact   = compact(["a", "", null, "b"])
  tolist    = tolist(toset(["b", "a", "b"]))
  toset     = toset(["b", "a", "b"])
  tomap     = tomap({ b = "1", a = "2" })
  length    = [length(["a", "b"]), length({ a = 1 }), length("abc")]
  element   = element(["a", "b", "c"], 4)
  lookup    = [lookup({ a = "x" }, "a", "d"), lookup({ a = "x" }, "b", "d")]
  contains  = [contains(["a", "b"], "b"), contains(["a"], "z")]
  coalesce  = coalesce(null, "", "first")
  keys      = keys({ b = 1, a = 2 })
  values    = values({ b = 1, a = 2 })
  zipmap    = zipmap(["a", "b"], [1, 2])
  merge     = merge({ a = 1, b = 1 }, { b = 2 }, null)
  try       = try({ a = 1 }.missing, "default")
  can       = [can(tonumber("x")), can(tonumber("1"))]
  range     = range(3)
  setunion  = setunion(["b"], ["a", "b"])
  expand    = concat(local.lists...)
  lists     = [["x"], ["y"]]
}`);
    expect(value('concat')).toEqual(['a', 'b', 'c']);
    expect(value('flatten')).toEqual(['a', 'b', 'c']);
    expect(value('distinct')).toEqual(['a', 'b']);
    expect(value('compact')).toEqual(['a', 'b']);
    expect(value('tolist')).toEqual(['a', 'b']);
    expect(value('toset')).toEqual(['a', 'b']);
    expect(value('tomap')).toEqual({ a: '2', b: '1' });
    expect(value('length')).toEqual([2, 1, 3]);
    expect(value('element')).toBe('b');
    expect(value('lookup')).toEqual(['x', 'd']);
    expect(value('contains')).toEqual([true, false]);
    expect(value('coalesce')).toBe('first');
    expect(value('keys')).toEqual(['a', 'b']);
    expect(value('values')).toEqual([2, 1]);
    expect(value('zipmap')).toEqual({ a: 1, b: 2 });
    expect(value('merge')).toEqual({ a: 1, b: 2 });
    expect(value('try')).toBe('default');
    expect(value('can')).toEqual([false, true]);
    expect(value('range')).toEqual([0, 1, 2]);
    expect(value('setunion')).toEqual(['a', 'b']);
    expect(value('expand')).toEqual(['x', 'y']);
  });

  it('jsonencode writes Terraform JSON; jsondecode reads it back', () => {
    const { value } = evalLocals(`
locals {
  enc = jsonencode({ b = [1, true, null], a = "<&>" })
  dec = jsondecode("{\\"x\\": [1, \\"y\\"]}")
  rt  = jsondecode(local.enc)
}`);
    expect(value('enc')).toBe('{"a":"\\u003c\\u0026\\u003e","b":[1,true,null]}');
    expect(value('dec')).toEqual({ x: [1, 'y'] });
    expect(value('rt')).toEqual({ a: '<&>', b: [1, true, null] });
  });

  it('file() and templatefile() read the files of the module', () => {
    const { value } = evalLocals(
      `
locals {
  raw  = file("\${path.module}/policy.json")
  tpl  = templatefile("\${path.module}/trust.tftpl", { org = "acme", repos = ["a", "b"] })
  gone = file("missing.json")
}`,
      {
        'policy.json': '{"a": 1}\n',
        'trust.tftpl': '%{ for r in repos ~}\nrepo:${org}/${r}\n%{ endfor ~}',
      },
    );
    expect(value('raw')).toBe('{"a": 1}\n');
    expect(value('tpl')).toBe('repo:acme/a\nrepo:acme/b\n');
    expect(value('gone')).toBe('<file("missing.json")>');
  });

  it('propagates unknowns: string functions keep the known text, decisions become unknown', () => {
    const { value } = evalLocals(`
variable "org" {}
variable "extra" {}
locals {
  lower    = lower("REPO:\${var.org}")
  fmt      = format("repo:%s/*", var.org)
  concat   = concat(["a"], var.extra)
  starts   = startswith("repo:\${var.org}", "repo:")
  decide   = startswith("\${var.org}/x", "acme")
  contains = contains(["a"], var.org)
  length   = length(var.extra)
}`);
    expect(value('lower')).toBe('repo:<var.org>');
    expect(value('fmt')).toBe('repo:<var.org>/*');
    expect(value('concat')).toEqual(['a', '<var.extra>']);
    expect(value('starts')).toBe(true);
    expect(value('decide')).toBe('<var.org>');
    expect(value('contains')).toBe('<var.org>');
    expect(value('length')).toBe('<var.extra>');
  });
});
