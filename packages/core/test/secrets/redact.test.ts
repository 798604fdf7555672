import { describe, expect, it } from 'vitest';
import { findCredentials, looksRandom } from '../../src/secrets/detectors.js';
import { redactSecrets } from '../../src/secrets/redact.js';

/** Synthetic values of the real shapes (never issued), assembled so that no scanner sees them whole here. */
const ID = ['AKIA', 'Z7Q2LMXW3RTYUP4K'].join('');
const SECRET = ['q8Zr3TnV+u0Yw5Lk2Pj9', 'Hs7Fd1Gx6Cb4Ma/QeRtY'].join('');
const GITHUB = ['ghp', '_', 'R3nd0mT0k3nV4lu3Xq9Zw2Lk8Pj5Hs7Fd1Gx6'].join('');
const BODY = ['MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun', 'VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK'];
const PEM = ['-----BEGIN RSA PRIVATE KEY-----', ...BODY, '-----END RSA PRIVATE KEY-----'].join('\n');

const masked = (v: string): string => '*'.repeat(v.length - 4) + v.slice(-4);

describe('redactSecrets', () => {
  it('masks each credential with text of the same length, keeping the last four characters', () => {
    const text = `id=${ID} secret ${SECRET}, token ${GITHUB}.`;
    const out = redactSecrets(text);
    expect(out).toBe(`id=${masked(ID)} secret ${masked(SECRET)}, token ${masked(GITHUB)}.`);
    expect(out).toHaveLength(text.length);
  });

  it('finds every shape, also upper- or lower-cased copies of prefixed tokens and ids', () => {
    const shapes: [string, string][] = [
      ['aws-access-key-id', ID.replace('AKIA', 'ASIA')],
      ['aws-access-key-id', ID.toLowerCase()],
      ['aws-access-key-id', `${ID}StringLike`],
      ['aws-secret-access-key', `aws_secret_access_key = ${SECRET.replace(/[+/]/g, 'x')}`],
      ['aws-session-token', `FwoGZXIvYXdzE${'Ab3dE9Gh7Jk2Lm5+'.repeat(12)}`],
      ['github-token', GITHUB.toUpperCase()],
      ['github-token', ['github_pat_', '11ABCDEFG0a1b2c3d4e5f6', '_', 'Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0Fe9Dc8Ba7Zy6Xw5Vu4Ts3Rq2Po1Nm0Lk9'].join('')],
      ['service-token', ['npm_', 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'].join('')],
      ['service-token', ['xoxb-', '123456789012-1234567890123-', 'AbCdEf1234567890GhIjKlMn'].join('')],
      ['json-web-token', ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.', 'dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'].join('')],
      ['private-key', PEM],
      ['assigned-secret', 'DB_PASSWORD="hunter2-Correct7Horse"'],
    ];
    for (const [kind, text] of shapes) expect(findCredentials(text).map((m) => m.kind), text).toContain(kind);
  });

  it('leaves values that only look alike: digests, placeholders, identifiers, ARNs, witnesses', () => {
    for (const text of [
      'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683',
      'thumbprint 6938fd4d98bab03faadb97b34396831e3780aea1',
      `ghp_${'x'.repeat(36)}`,
      'GitHubDeployRoleForProductionAccount2024',
      'Resources.CdkDeployStackGithubOidcRoleE2A1B3C4D5F6',
      'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com',
      'repo:acme-evil/x:ref:refs/heads/main',
      'permissions: id-token: write',
      'aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}',
      'AROAEXAMPLEROLEID12345',
      '"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"',
    ]) {
      expect(redactSecrets(text), text).toBe(text);
    }
  });

  it('tells random base64 from identifiers of the same length', () => {
    expect(looksRandom(SECRET)).toBe(true);
    expect(looksRandom('AllowGitHubActionsToAssumeDeployRole2024')).toBe(false);
    expect(looksRandom('11bd71901bbe5b1630ceea73d27597364c9af683')).toBe(false);
  });

  it('masks the body of a private key, keeping its line breaks, with or without the END line', () => {
    const out = redactSecrets(`key = <<EOT\n${PEM}\nEOT`);
    expect(out.split('\n')).toHaveLength(PEM.split('\n').length + 2);
    expect(out).toContain('-----BEGIN RSA PRIVATE KEY-----');
    for (const line of BODY) expect(out).not.toContain(line.slice(0, 8));
    const cut = redactSecrets(PEM.split('\n').slice(0, 2).join('\n'));
    expect(cut).not.toContain(BODY[0]?.slice(0, 8));
  });

  it('keeps JSON valid: escapes inside a masked value are kept as they are', () => {
    const json = JSON.stringify({ message: `value "${PEM}" then \u2028${ID}`, other: `\n${SECRET}` });
    const out = redactSecrets(json);
    const parsed = JSON.parse(out) as { message: string; other: string };
    expect(parsed.message.split('\n')).toHaveLength(PEM.split('\n').length);
    expect(out).not.toContain(BODY[1]?.slice(0, 8));
    expect(out).not.toContain(ID.slice(0, 12));
    expect(parsed.other).toBe(`\n${masked(SECRET)}`);
  });

  it('masks overlapping matches as one, so no credential keeps more than four characters', () => {
    // The key id alone, and the password value that contains it.
    const value = `${ID}-suffix12`;
    expect(findCredentials(`password: ${value}`).map((m) => m.kind)).toEqual(expect.arrayContaining(['aws-access-key-id', 'assigned-secret']));
    expect(redactSecrets(`password: ${value}`)).toBe(`password: ${masked(value)}`);
  });
});
