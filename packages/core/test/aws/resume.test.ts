/** The state file of `aws scan --organization --resume`: atomic rewrites, strict reading. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readResumeState, ResumeFileError, ResumeWriter, type AccountRecord } from '../../src/aws/index.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function dir(): string {
  const d = mkdtempSync(join(tmpdir(), 'trustlint-resume-'));
  dirs.push(d);
  return d;
}

function record(id: string, status: AccountRecord['status'] = 'scanned'): AccountRecord {
  return {
    id,
    name: `n-${id}`,
    status,
    durationMs: 12,
    counts: { providers: 1, roles: 3, rolesTrustingOidc: 1, users: 0, activeAccessKeys: 0 },
    findings: [{ ruleId: 'oidc-any-owner', severity: 'error', message: 'm', location: null, resource: `arn:aws:iam::${id}:role/r`, properties: { accountId: id, accountName: `n-${id}`, other: 1 } }],
    suppressed: 0,
    roles: [{ arn: `arn:aws:iam::${id}:role/r`, roleName: 'r', policy: '{"Version":"2012-10-17","Statement":[]}' }],
    stats: { attempted: 5, succeeded: 5, failed: 0 },
  };
}

describe('the --resume state file', () => {
  it('keeps scanned accounts only, writes at most once per interval and on flush, and leaves no temporary file', () => {
    const file = join(dir(), 'state.json');
    let now = 0;
    const writer = new ResumeWriter(file, 'Role', new Map(), 1000, () => now);
    writer.add(record('111111111111'));
    expect(readResumeState(file, 'Role').size).toBe(1);
    now = 500;
    writer.add(record('222222222222'));
    writer.add(record('333333333333', 'not-assumed'));
    // Within the interval: not yet written.
    expect([...readResumeState(file, 'Role').keys()]).toEqual(['111111111111']);
    writer.flush();
    const state = readResumeState(file, 'Role');
    expect([...state.keys()]).toEqual(['111111111111', '222222222222']);
    // The account properties are added again when the findings are reported, not stored.
    expect(state.get('111111111111')!.findings[0]!.properties).toEqual({ other: 1 });
    expect(readdirSync(join(file, '..'))).toEqual(['state.json']);
  });

  it('starts from the previous state and never loses it to a failed write', () => {
    const d = dir();
    const file = join(d, 'state.json');
    new ResumeWriter(file, 'Role').flush(true);
    const previous = readResumeState(file, 'Role');
    const writer = new ResumeWriter(file, 'Role', new Map([['111111111111', record('111111111111')]]));
    writer.flush(true);
    expect(previous.size).toBe(0);
    const before = readFileSync(file, 'utf8');
    // A state file in a folder that is gone: the write fails, says so, and leaves nothing behind.
    const lost = new ResumeWriter(join(d, 'missing', 'state.json'), 'Role');
    expect(() => {
      lost.flush(true);
    }).toThrow(ResumeFileError);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(existsSync(join(d, 'missing'))).toBe(false);
  });

  it('rejects what is not a state file of this scan, naming the file and the problem', () => {
    const d = dir();
    const write = (name: string, value: unknown): string => {
      const f = join(d, name);
      writeFileSync(f, typeof value === 'string' ? value : JSON.stringify(value));
      return f;
    };
    const ok = { version: 1, kind: 'trustlint-organization-scan', memberRoleName: 'Role', accounts: [record('111111111111')] };
    expect(readResumeState(write('ok.json', ok), 'Role').size).toBe(1);
    expect(readResumeState(join(d, 'absent.json'), 'Role').size).toBe(0);
    const cases: [string, unknown, RegExp][] = [
      ['torn.json', JSON.stringify(ok).slice(0, 40), /torn\.json: not a trustlint state file: /],
      ['other.json', { kind: 'x', accounts: [] }, /other\.json: not a trustlint state file of aws scan --organization$/],
      ['v2.json', { ...ok, version: 2 }, /v2\.json: state file version 2, this trustlint reads version 1$/],
      ['role.json', { ...ok, memberRoleName: 'Other' }, /role\.json: written by a scan through the member role "Other", not "Role"/],
      ['status.json', { ...ok, accounts: [record('111111111111', 'incomplete')] }, /status\.json: accounts\[0\] has the status "incomplete", not "scanned"$/],
      ['finding.json', { ...ok, accounts: [{ ...record('111111111111'), findings: [{ ruleId: 'x', severity: 'fatal', message: 'm', location: null }] }] }, /finding\.json: accounts\[0\] has a malformed finding at index 0$/],
    ];
    for (const [name, value, message] of cases) expect(() => readResumeState(write(name, value), 'Role')).toThrow(message);
    expect(() => readResumeState(d, 'Role')).toThrow(/is not a regular file/);
  });
});
