import { describe, expect, it } from 'vitest';
import { findAwsKeys, maskSecret } from '../../src/secrets/detectors.js';
import { at, rule, runAll } from './harness.js';

/** Synthetic keys of the right shape (never issued by AWS), assembled so that no scanner sees a pair in this file. */
const KEY_ID = ['AKIA', 'Z7Q2LMXW3RTYUP4K'].join('');
const SECRET = ['q8Zr3TnV+u0Yw5Lk2Pj9', 'Hs7Fd1Gx6Cb4Ma/QeRtY'].join('');

function scan(file: string, text: string) {
  return runAll([], [{ file, text }], {}, [rule('secret-aws-access-key')]);
}

describe('secret-aws-access-key', () => {
  it('reports a literal access key id and secret key in HCL, masked to the last four characters', () => {
    const text = `provider "aws" {\n  access_key = "${KEY_ID}"\n  secret_key = "${SECRET}"\n}\n`;
    const found = scan('main.tf', text);
    expect(found.map((f) => [at(f), f.severity])).toEqual([
      ['2:17', 'error'],
      ['3:17', 'error'],
    ]);
    expect(found[0]?.location?.span.end.column).toBe(16 + 20);
    expect(found[0]?.properties).toEqual({ keyKind: 'access-key-id', masked: '****************UP4K', example: false });
    expect(found[1]?.properties).toMatchObject({ keyKind: 'secret-access-key', masked: `${'*'.repeat(36)}eRtY` });
    for (const f of found) {
      const serialised = JSON.stringify(f);
      expect(serialised).not.toContain(KEY_ID);
      expect(serialised).not.toContain(SECRET);
      expect(serialised).not.toContain(SECRET.slice(0, 20));
    }
  });

  it("reports AWS's documented example key as info", () => {
    const text = 'provider "aws" {\n  access_key = "AKIAIOSFODNN7EXAMPLE"\n  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n}\n';
    expect(scan('main.tf', text).map((f) => [at(f), f.severity, f.properties?.masked])).toEqual([
      ['2:17', 'info', '****************MPLE'],
      ['3:17', 'info', `${'*'.repeat(36)}EKEY`],
    ]);
  });

  it('finds secret keys assigned in JSON, YAML, INI and shell forms', () => {
    expect(findAwsKeys(`{"SecretAccessKey": "${SECRET}"}`).map((k) => k.kind)).toEqual(['secret-access-key']);
    expect(findAwsKeys(`env:\n  AWS_SECRET_ACCESS_KEY: ${SECRET}\n`)).toHaveLength(1);
    expect(findAwsKeys(`[default]\naws_secret_access_key=${SECRET}\n`)).toHaveLength(1);
    expect(findAwsKeys(`aws configure set aws_secret_access_key ${SECRET}`)).toHaveLength(1);
    expect(findAwsKeys(`with:\n  aws-secret-access-key: '${SECRET}'\n`)).toHaveLength(1);
    expect(findAwsKeys(`MY_AWS_SECRET_ACCESS_KEY="${SECRET}"`)).toHaveLength(1);
  });

  it('finds every key id prefix of the spec and nothing else', () => {
    for (const prefix of ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3TX']) expect(findAwsKeys(`k = ${prefix}${KEY_ID.slice(4)}`), prefix).toHaveLength(1);
    // wrong alphabet, longer words, hex digests, expressions
    expect(findAwsKeys(`${KEY_ID.slice(0, -1)}1`)).toEqual([]);
    expect(findAwsKeys(`X${KEY_ID}`)).toEqual([]);
    expect(findAwsKeys(`${KEY_ID}9`)).toEqual([]);
    expect(findAwsKeys('aws_secret_access_key = 11bd71901bbe5b1630ceea73d27597364c9af683')).toEqual([]);
    expect(findAwsKeys('aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}')).toEqual([]);
    expect(findAwsKeys(`secret_name = "${SECRET}"`)).toEqual([]);
  });

  it('reports a temporary (ASIA) key id as such, with advice that fits credentials from STS', () => {
    const temporary = KEY_ID.replace('AKIA', 'ASIA');
    const [found] = scan('ci.yml', `env:\n  AWS_ACCESS_KEY_ID: ${temporary}\n`);
    expect(found?.severity).toBe('error');
    expect(found?.properties).toEqual({ keyKind: 'access-key-id', masked: '****************UP4K', example: false, temporary: true });
    expect(found?.message).toMatch(/^temporary AWS access key id \*{16}UP4K is written in this file: .*until it expires.*revoke the role's active sessions/);
    expect(JSON.stringify(found)).not.toContain(temporary);
  });

  it('masks all but the last four characters', () => {
    expect(maskSecret('ABCDEFGH')).toBe('****EFGH');
    expect(maskSecret('abc')).toBe('abc');
  });
});
