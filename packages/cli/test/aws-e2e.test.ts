/**
 * The built launcher in a child process against the loopback fake AWS (127.0.0.1 only), and proof that
 * an offline `check` loads neither the online code nor the AWS SDK.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT, plantedAccount, startFakeAws, type FakeAws } from '../../core/test/aws/fake-aws.js';
import { CREDENTIALS, runBin as run } from './aws-bin.js';
import { makeTree, parseReport, removeTrees } from './helpers.js';

let fake: FakeAws | undefined;
afterEach(async () => {
  removeTrees();
  await fake?.close();
  fake = undefined;
});

/** A module-resolution hook that logs every URL the process imports (ESM graph, incl. import()). */
function moduleLogger(): { nodeArgs: string[]; loaded: () => string[] } {
  const dir = makeTree({
    'hooks.mjs': [
      "import { appendFileSync } from 'node:fs';",
      'let log;',
      'export function initialize(data) { log = data.log; }',
      'export async function resolve(specifier, context, next) {',
      '  const result = await next(specifier, context);',
      "  appendFileSync(log, result.url + '\\n');",
      '  return result;',
      '}',
    ].join('\n'),
    'modules.log': '',
  });
  const log = join(dir, 'modules.log');
  writeFileSync(
    join(dir, 'register.mjs'),
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)}, { data: { log: ${JSON.stringify(log)} } });\n`,
  );
  return { nodeArgs: ['--import', pathToFileURL(join(dir, 'register.mjs')).href], loaded: () => readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

const WIDE = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme*' } },
      },
    ],
  },
  null,
  2,
);

describe('node packages/cli/bin/trustlint.js aws scan --endpoint-url http://127.0.0.1:PORT', () => {
  it('finds every planted problem and nothing on the clean resources', async () => {
    fake = await startFakeAws(plantedAccount());
    const cwd = makeTree({}, { git: true });
    const result = await run(['aws', 'scan', '--endpoint-url', fake.url, '--format', 'json'], cwd, CREDENTIALS);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const findings = parseReport(result.stdout).findings;
    expect(findings.map((f) => [f.ruleId, f.resource])).toEqual([
      ['oidc-provider-audience', `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com/acme`],
      ['oidc-any-owner', `arn:aws:iam::${ACCOUNT}:role/deploy-any-repo`],
      ['aws-user-access-key', `arn:aws:iam::${ACCOUNT}:user/legacy-ci`],
    ]);
    expect(findings[1]!.message).toContain("'repo:*'");
    expect(findings[2]!.message).toMatch(/created 2018-03-04 \([\d,]+ days ago\), never used/);
    expect(findings[0]!.message).toContain('but not "sts.amazonaws.com"');
    // Every request reached the loopback fake, signed with the environment's credentials.
    expect(fake.requests.length).toBe(13);
    for (const r of fake.requests) expect(r.remoteAddress).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('exits 2 with a message when the endpoint is unreachable', async () => {
    fake = await startFakeAws({});
    const url = fake.url;
    await fake.close();
    fake = undefined;
    const cwd = makeTree({}, { git: true });
    const result = await run(['aws', 'scan', '--endpoint-url', url, '--format', 'json'], cwd, CREDENTIALS);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('trustlint: the online checks failed: no AWS call succeeded (see the aws-check-failed findings)\n');
    // The first call used its five attempts; once the endpoint proved unreachable, the others tried once.
    const failed = parseReport(result.stdout).findings.map((f) => f.properties as Record<string, unknown>);
    expect(failed.map((p) => [p.operation, p.kind, p.attempts])).toEqual([
      ['iam:ListOpenIDConnectProviders', 'network', 5],
      ['iam:ListRoles', 'network', 1],
      ['iam:ListUsers', 'network', 1],
    ]);
  });
});

describe('loading the AWS SDK', () => {
  it('an offline check loads neither the online code nor the SDK; the online paths do', async () => {
    const cwd = makeTree({ 'trust.json': WIDE }, { git: true });
    const offline = moduleLogger();
    const result = await run(['check', 'trust.json', '--format', 'json'], cwd, CREDENTIALS, offline.nodeArgs);
    expect(result.code).toBe(1);
    expect(parseReport(result.stdout).findings.map((f) => f.ruleId)).toContain('oidc-any-owner');
    const loaded = offline.loaded();
    expect(loaded.some((u) => u.includes('/packages/cli/dist/main.js'))).toBe(true);
    expect(loaded.some((u) => u.includes('/packages/core/dist/index.js'))).toBe(true);
    expect(loaded.filter((u) => u.includes('@aws-sdk') || u.includes('@smithy') || u.includes('/core/dist/aws/') || u.endsWith('/cli/dist/online.js'))).toEqual([]);
    // The glob matcher is loaded only for a glob pattern.
    expect(loaded.filter((u) => u.includes('tinyglobby'))).toEqual([]);

    fake = await startFakeAws({ validate: () => [] });
    const online = moduleLogger();
    const aa = await run(['check', 'trust.json', '--format', 'json', '--access-analyzer', '--endpoint-url', fake.url], cwd, CREDENTIALS, online.nodeArgs);
    expect(aa.code).toBe(1);
    expect(fake.requests.map((r) => r.action)).toEqual(['ValidatePolicy']);
    const onlineLoaded = online.loaded();
    expect(onlineLoaded.some((u) => u.includes('/client-accessanalyzer/'))).toBe(true);
    expect(onlineLoaded.some((u) => u.includes('/client-iam/'))).toBe(false);
  });
});
