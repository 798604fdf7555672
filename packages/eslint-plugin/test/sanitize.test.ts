import { describe, expect, it } from 'vitest';
import { lint } from './helpers.js';

/** A synthetic GitHub token of the real shape (never issued), as an enterprise slug, and a key id. */
const TOKEN = ['ghp', '_', 'R3nd0mT0k3nV4lu3Xq9Zw2Lk8Pj5Hs7Fd1Gx6'].join('');
const ID = ['AKIA', 'Z7Q2LMXW3RTYUP4K'].join('');
const ESC = String.fromCharCode(27);
const PREFIX = `token.actions.githubusercontent.com/${TOKEN}`;

function policy(prefix: string, sub: string, extraKey?: string): string {
  const statement = {
    Sid: ID,
    Effect: 'Allow',
    Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${prefix}` },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: { StringLike: { [`${prefix}:sub`]: sub, ...(extraKey !== undefined ? { [`${prefix}:${extraKey}`]: 'x' } : {}) } },
  };
  return JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2);
}

describe('the ESLint plugin behind the output sanitiser', () => {
  it('reports messages with credentials masked and control characters escaped', () => {
    const messages = lint(policy(PREFIX, 'repo:acme/app:*', `act${ESC}[8mor`), 'p.json');
    expect(messages.map((m) => m.ruleId)).toContain('trustlint/oidc-key-mismatch');
    const printed = JSON.stringify(messages);
    expect(printed).not.toContain(TOKEN.slice(0, 12));
    expect(printed).not.toContain(ID.slice(0, 12));
    expect(messages.map((m) => m.message).join('\n')).not.toContain(ESC);
    expect(printed).toContain('\\\\u001b[8m');
  });

  it('offers no suggestion whose text would write a credential into the file, and the others as before', () => {
    const withToken = lint(policy(PREFIX, 'repo:acme/app:ref:refs/heads/main'), 'p.json').find((m) => m.ruleId === 'trustlint/oidc-audience');
    expect(withToken).toBeDefined();
    expect(withToken?.suggestions ?? []).toEqual([]);
    const plain = lint(policy('token.actions.githubusercontent.com', 'repo:acme/app:ref:refs/heads/main'), 'p.json').find((m) => m.ruleId === 'trustlint/oidc-audience');
    // The core's JSON edit (as check --fix writes it) rewrites the Condition object, in the file's layout.
    const condition = [
      '{',
      '        "StringLike": {',
      '          "token.actions.githubusercontent.com:sub": "repo:acme/app:ref:refs/heads/main"',
      '        },',
      '        "StringEquals": {',
      '          "token.actions.githubusercontent.com:aud": "sts.amazonaws.com"',
      '        }',
      '      }',
    ].join('\n');
    expect(plain?.suggestions?.map((s) => s.fix.text)).toEqual([condition]);
  });
});
