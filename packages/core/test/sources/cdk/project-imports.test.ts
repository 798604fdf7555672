import { describe, expect, it } from 'vitest';
import { readCdkProgram, type CompanionResolver } from '../../../src/sources/cdk/index.js';
import { runRules } from '../../../src/rules/index.js';
import { IAM, P, parse } from './helpers.js';

/** Constants imported from other files of the project (issue 13), read through a resolver the caller provides. */
const ARN = `arn:aws:iam::1:oidc-provider/${P}`;

function lint(text: string, files: Record<string, string>): { ruleId: string; message: string }[] {
  const resolve: CompanionResolver = (specifier) => {
    const body = files[specifier];
    return body === undefined ? { refused: 'not found in the project' } : { file: `lib/${specifier.replace(/^\.\//, '')}.ts`, text: body, program: parse(body) };
  };
  const result = readCdkProgram(parse(text), 'lib/stack.ts', text, {}, undefined, resolve);
  return [...result.findings, ...runRules(result.documents, [{ file: 'lib/stack.ts', text }], {})].map((f) => ({ ruleId: f.ruleId, message: f.message }));
}

const role = (sub: string): string =>
  `new iam.Role(stack, 'R', { assumedBy: new iam.WebIdentityPrincipal('${ARN}', { StringEquals: { '${P}:aud': 'sts.amazonaws.com' }, StringLike: { '${P}:sub': ${sub} } }) });`;

describe('CDK: constants imported from project files', () => {
  it('a wildcard subject built from an imported constant is judged (was: unresolved)', () => {
    const text = `${IAM}import { OWNER, SUBJECTS } from './config';\n${role('`repo:${OWNER}/*`')}\n${role('SUBJECTS')}`;
    const files = { './config': `const org = 'acme';\nexport const OWNER = org;\nexport const SUBJECTS = ['repo:*'];` };
    expect(lint(text, files).map((f) => f.ruleId)).toEqual(['oidc-owner-wide', 'oidc-any-owner']);
  });

  it('a safe imported subject is clean; an imported object of conditions is read', () => {
    const files = { './config': `export const SUB = 'repo:acme/app:ref:refs/heads/main';\nexport const CONDITIONS = { StringEquals: { '${P}:aud': 'sts.amazonaws.com', '${P}:sub': SUB } };` };
    expect(lint(`${IAM}import { SUB } from './config';\n${role('SUB')}`, files)).toEqual([]);
    const viaObject = `${IAM}import { CONDITIONS } from './config';\nnew iam.Role(stack, 'R', { assumedBy: new iam.WebIdentityPrincipal('${ARN}', CONDITIONS) });`;
    expect(lint(viaObject, files)).toEqual([]);
  });

  it('what is not followed stays oidc-unresolved, naming the import: a function, a refused file, a companion\'s own import', () => {
    const files = { './helpers': `export function sub() { return 'repo:*'; }`, './nested': `import { X } from './deeper';\nexport const SUB = X;` };
    const fn = lint(`${IAM}import { sub } from './helpers';\n${role('sub')}`, files);
    expect(fn.map((f) => f.ruleId)).toEqual(['oidc-unresolved']);
    expect(fn[0]!.message).toContain('function of another project file');
    const refused = lint(`${IAM}import { SUB } from '../outside';\n${role('SUB')}`, files);
    expect(refused.map((f) => f.ruleId)).toEqual(['oidc-unresolved']);
    expect(refused[0]!.message).toContain('which trustlint does not read: not found in the project');
    const nested = lint(`${IAM}import { SUB } from './nested';\n${role('SUB')}`, files);
    expect(nested.map((f) => f.ruleId)).toEqual(['oidc-unresolved']);
    expect(nested[0]!.message).toContain('SUB (from lib/nested.ts)');
  });

  it('without a resolver, a relative import is unresolved as before', () => {
    const text = `${IAM}import { SUB } from './config';\n${role('SUB')}`;
    const result = readCdkProgram(parse(text), 'lib/stack.ts', text);
    const ids = [...result.findings, ...runRules(result.documents, [{ file: 'lib/stack.ts', text }], {})].map((f) => f.ruleId);
    expect(ids).toEqual(['oidc-unresolved']);
  });
});
