import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT, plantedAccount, startFakeAws, type FakeAws, type FakeAwsState } from '../../core/test/aws/fake-aws.js';
import { makeTree, parseReport, removeTrees, runCli, validateSarif } from './helpers.js';

let fake: FakeAws | undefined;
afterEach(async () => {
  removeTrees();
  await fake?.close();
  fake = undefined;
});

const ENV = { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'us-east-1', TRUSTLINT_AWS_TIMEOUT_MS: '2000' };
const ACME_PROVIDER = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com/acme`;

async function scan(state: Partial<FakeAwsState>, args: string[] = [], options: { files?: Record<string, string>; stderrTTY?: boolean } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  fake = await startFakeAws(state);
  const cwd = makeTree(options.files ?? {}, { git: true });
  let stderr = '';
  const result = await runCli(['aws', 'scan', '--endpoint-url', fake.url, ...args], {
    cwd,
    env: ENV,
    ...(options.stderrTTY ? { stderr: { write: (s: string) => (stderr += s), isTTY: true } as { write: (s: string) => string } } : {}),
  });
  return options.stderrTTY ? { ...result, stderr } : result;
}

describe('trustlint aws scan', () => {
  it('reports live findings with file null, no line fields and the ARN as resource', async () => {
    const result = await scan(plantedAccount(), ['--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const report = parseReport(result.stdout);
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.resource])).toEqual([
      ['oidc-provider-audience', 'error', ACME_PROVIDER],
      ['oidc-any-owner', 'error', `arn:aws:iam::${ACCOUNT}:role/deploy-any-repo`],
      ['aws-user-access-key', 'warning', `arn:aws:iam::${ACCOUNT}:user/legacy-ci`],
    ]);
    for (const f of report.findings) {
      expect(f.file).toBeNull();
      expect(f).not.toHaveProperty('line');
      expect(f).not.toHaveProperty('column');
    }
    expect(report.findings[1]!.path).toEqual(['Statement', 0, 'Condition', 'StringLike', 'token.actions.githubusercontent.com:sub']);
    expect(report.summary).toMatchObject({ files: 0, errors: 2, warnings: 1, infos: 0 });
  });

  it('groups stylish output by ARN and writes valid SARIF with logical locations', async () => {
    const stylish = await scan(plantedAccount());
    expect(stylish.stdout).toContain(`arn:aws:iam::${ACCOUNT}:role/deploy-any-repo\n  -  error  Any GitHub repository outside your organisation can assume role deploy-any-repo`);
    expect(stylish.stdout).toContain('✖ 3 problems (2 errors, 1 warning, 0 infos)');
    await fake?.close();
    const sarif = await scan(plantedAccount(), ['--format', 'sarif']);
    const log = JSON.parse(sarif.stdout) as { runs: { results: { locations: { logicalLocations: { fullyQualifiedName: string }[] }[] }[] }[] };
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0]!.results.map((r) => r.locations[0]!.logicalLocations[0]!.fullyQualifiedName)).toContain(ACME_PROVIDER);
  });

  it('warns about a denied call, names the permission, and keeps the exit code of the other findings', async () => {
    const state = (): Partial<FakeAwsState> => ({ ...plantedAccount(), roles: [], providers: [], faults: { ListRoles: ['access-denied'] } });
    const result = await scan(state(), ['--format', 'json']);
    expect(result.code).toBe(0);
    const report = parseReport(result.stdout);
    expect(report.findings.map((f) => [f.ruleId, f.severity, (f.properties as Record<string, unknown>).missingPermission])).toEqual([
      ['aws-check-failed', 'warning', 'iam:ListRoles'],
      ['aws-user-access-key', 'warning', undefined],
    ]);
    await fake?.close();
    expect((await scan(state(), ['--max-warnings', '1'])).code).toBe(1);
  });

  it('exits 2 when no AWS call succeeded', async () => {
    const denied = { ListOpenIDConnectProviders: ['access-denied' as const], ListRoles: ['access-denied' as const], ListUsers: ['access-denied' as const] };
    const result = await scan({ ...plantedAccount(), faults: denied }, ['--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('trustlint: the online checks failed: no AWS call succeeded (see the aws-check-failed findings)\n');
    expect(parseReport(result.stdout).findings.map((f) => (f.properties as Record<string, unknown>).operation)).toEqual(['iam:ListOpenIDConnectProviders', 'iam:ListRoles', 'iam:ListUsers']);
  });

  it('applies the configuration file and --quiet', async () => {
    const files = { 'trustlint.config.json': JSON.stringify({ rules: { 'oidc-provider-audience': 'off' } }) };
    const result = await scan(plantedAccount(), ['--format', 'json', '--quiet'], { files });
    expect(parseReport(result.stdout).findings.map((f) => f.ruleId)).toEqual(['oidc-any-owner']);
  });

  it('runs Access Analyzer on the roles that trust an OIDC provider', async () => {
    const state: Partial<FakeAwsState> = {
      ...plantedAccount(),
      validate: (doc) =>
        doc.includes('"repo:*"')
          ? [{ findingType: 'SECURITY_WARNING', issueCode: 'OVERLY_BROAD_SUB', findingDetails: 'any repository', learnMoreLink: 'https://example.test', locations: [] }]
          : [],
    };
    const result = await scan(state, ['--format', 'json', '--access-analyzer']);
    expect(fake!.requests.filter((r) => r.action === 'ValidatePolicy')).toHaveLength(3);
    const aa = parseReport(result.stdout).findings.filter((f) => f.ruleId === 'access-analyzer');
    expect(aa).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: null,
        resource: `arn:aws:iam::${ACCOUNT}:role/deploy-any-repo`,
        message: 'Access Analyzer SECURITY_WARNING OVERLY_BROAD_SUB: any repository',
        properties: { issueCode: 'OVERLY_BROAD_SUB', findingType: 'SECURITY_WARNING', learnMoreLink: 'https://example.test' },
      }),
    ]);
  });

  it('shows a progress line on stderr only when stderr is a terminal', async () => {
    const tty = await scan(plantedAccount(), ['--format', 'json'], { stderrTTY: true });
    expect(tty.stderr).toContain('\r\x1b[Ktrustlint: scanning roles');
    expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true);
    await fake?.close();
    expect((await scan(plantedAccount(), ['--format', 'json'])).stderr).toBe('');
  });

  it('rejects a malformed --role-arn and --region as usage errors', async () => {
    const cwd = makeTree({});
    const bad = await runCli(['aws', 'scan', '--role-arn', 'audit'], { cwd, env: ENV });
    expect(bad).toEqual({ code: 2, stdout: '', stderr: "trustlint: --role-arn expects a role ARN such as arn:aws:iam::123456789012:role/audit, got 'audit'\n" });
    expect((await runCli(['aws', 'scan', '--region', 'mars'], { cwd, env: ENV })).code).toBe(2);
    const help = await runCli(['aws', 'scan', '--help'], { cwd });
    for (const flag of ['--profile', '--region', '--endpoint-url', '--role-arn', '--access-analyzer', '--access-analyzer-public', '--format', '--output', '--config', '--max-warnings', '--quiet']) {
      expect(help.stdout).toContain(flag);
    }
  });
});
