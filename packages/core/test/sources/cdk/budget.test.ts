import { describe, expect, it } from 'vitest';
import { readCdkProgram } from '../../../src/sources/cdk/index.js';
import { findings, IAM, P, parse, policyJson, read, trustPolicies } from './helpers.js';

/** CDK evaluation within the budget (issue 12): a crossed cap is the file's input-error, never a quiet guess. */

const ARN = `arn:aws:iam::123456789012:oidc-provider/${P}`;
const role = (sub: string, prelude = ''): string =>
  `${IAM}${prelude}\nnew iam.Role(this, 'Deploy', {\n  assumedBy: new iam.WebIdentityPrincipal('${ARN}', { StringLike: { '${P}:sub': ${sub} } }),\n});\n`;

describe('CDK within the budget', () => {
  it('keeps every spelling of a string up to the cap and none past it (the 17th was dropped)', () => {
    const names = Array.from({ length: 16 }, (_, i) => `'t${i}'`);
    const choice = (options: string[]): string => options.slice(0, -1).reduceRight((rest, o, i) => `props.c${i} ? ${o} : ${rest}`, options.at(-1) ?? "''");
    const within = trustPolicies(read(role('`repo:acme/${pick}:*`', `const pick = ${choice(names)};`)));
    expect((policyJson(within[0]!) as { Statement: { Condition: { StringLike: Record<string, string[]> } }[] }).Statement[0]?.Condition.StringLike[`${P}:sub`]).toHaveLength(16);
    // A 17th spelling ('*' here) would be cut: the value is unresolved instead, and reported as such.
    const text = role('`repo:${pick}`', `const pick = ${choice([...names, "'*'"])};`);
    const out = findings(text).filter((f) => f.ruleId === 'oidc-unresolved');
    expect(out).toHaveLength(1);
    expect(out[0]?.message).toContain('more than 16 alternative spellings');
  });

  it('reports a program past the step cap as the file\'s input-error (it was an unknown value before)', () => {
    const text = role('subs', `const subs = [${Array(200).fill("'repo:acme/app:*'").join(', ')}];`);
    const r = readCdkProgram(parse(text), 'lib/stack.ts', text, { limits: { steps: 100 } });
    expect(r.documents).toEqual([]);
    expect(r.findings).toEqual([
      expect.objectContaining({
        ruleId: 'input-error',
        message: 'the CDK code was not analysed: more than 100 evaluation steps (the evaluation step cap)',
        properties: { limit: 'steps', cap: 100 },
      }),
    ]);
  });

  it('checks nesting before the walk: an expression nested past the depth cap is not evaluated', () => {
    const text = role(`${'['.repeat(250)}'*'${']'.repeat(250)}`);
    const r = readCdkProgram(parse(text), 'lib/stack.ts', text);
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'input-error', message: 'the CDK code was not analysed: nesting deeper than 200 levels (the depth cap)' })]);
  });
});
