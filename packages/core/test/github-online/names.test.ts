/**
 * `--github` name checks over the wire, against the GitHub stand-in on 127.0.0.1. GitHub facts used:
 * GET /users/{username} answers users and organisations alike, 404 for a free name; a renamed or
 * transferred repository answers 301 with /repositories/{id} (docs.github.com/en/rest/using-the-rest-api/
 * best-practices-for-using-the-rest-api#follow-redirects); rate limits per
 * docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { nameReferences, runGitHubChecks, type GitHubCheckOptions } from '../../src/aws/index.js';
import type { TrustPolicyDocument } from '../../src/model/document.js';
import type { Finding } from '../../src/model/finding.js';
import { readPolicyFile } from '../../src/sources/policy-file.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubState } from './fake-github.js';

const running: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((f) => f.close()));
});

async function start(state: Partial<FakeGitHubState>): Promise<FakeGitHub> {
  const f = await startFakeGitHub(state);
  running.push(f);
  return f;
}

const TOKEN = 'ghp_0123456789abcdefABCDEF0123456789abcd';

function trust(file: string, subs: string | string[], extra: Record<string, unknown> = {}): TrustPolicyDocument {
  const policy = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', ...extra },
          StringLike: { 'token.actions.githubusercontent.com:sub': subs },
        },
      },
    ],
  };
  const doc = readPolicyFile(file, JSON.stringify(policy, null, 2), false).documents[0];
  if (doc?.kind !== 'trust-policy') throw new Error('not a trust policy');
  return doc;
}

/** No jitter; the waits asked for are recorded, none is taken. */
function recorder(): NonNullable<GitHubCheckOptions['retry']> & { sleeps: number[] } {
  const sleeps: number[] = [];
  return { sleeps, random: () => 0, sleep: (ms: number) => (sleeps.push(ms), Promise.resolve()) };
}

function opts(f: FakeGitHub, extra: Partial<GitHubCheckOptions> = {}): GitHubCheckOptions {
  // The info-level migration finding is tested on its own below.
  return { config: { rules: { 'github-name-only-trust': 'off' } }, apiUrl: f.url, token: TOKEN, retry: recorder(), ...extra };
}

function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.location?.file ?? '-'}:${f.location?.span.start.line ?? 0}`);
}

const ACME = { acme: { id: 100, type: 'Organization' as const } };

describe('names a trust policy trusts', () => {
  it('reads owners and repositories from default, immutable, wildcarded and customised subjects and claim keys', () => {
    const refs = nameReferences(
      [
        trust('a.json', ['repo:acme/app:ref:refs/heads/main', 'repo:acme@100/api@7:*', 'repo:beta/*', 'repo:*/x:*', 'repository_owner:gamma:environment:prod'], {
          'token.actions.githubusercontent.com:repository': 'delta/site',
        }),
      ],
      {},
    );
    expect(refs.map((r) => [r.form, r.owner, r.ownerId ?? null, r.repo ?? null, r.repoId ?? null])).toEqual([
      ['claim-key', 'delta', null, 'site', null],
      ['legacy-sub', 'acme', null, 'app', null],
      ['immutable-sub', 'acme', '100', 'api', '7'],
      ['legacy-sub', 'beta', null, null, null],
      ['custom-sub', 'gamma', null, null, null],
    ]);
  });
});

describe('check --github: owners and repositories', () => {
  it('a missing owner is an error at each value naming it; one lookup per name', async () => {
    const f = await start({ users: ACME, repos: [{ id: 1, owner: 'acme', name: 'app' }] });
    const docs = [trust('a.json', ['repo:acme/app:*', 'repo:acme-old/app:*']), trust('b.json', 'repo:acme-old/tools:ref:refs/heads/main')];
    const result = await runGitHubChecks(docs, opts(f));
    expect(brief(result.findings)).toEqual(['github-owner-missing a.json:17', 'github-owner-missing b.json:15']);
    const missing = result.findings[0]!;
    expect(missing.severity).toBe('error');
    expect(missing.message).toBe("GitHub owner 'acme-old' does not exist: anyone can register it and mint tokens this role accepts");
    expect(missing.properties).toMatchObject({ owner: 'acme-old', claimable: true, value: 'repo:acme-old/app:*' });
    expect(missing.path).toEqual(['Statement', 0, 'Condition', 'StringLike', 'token.actions.githubusercontent.com:sub', 1]);
    // The sub template of the one repository that exists is read after the names (slice 2).
    expect(f.requests.map((r) => r.path)).toEqual(['/users/acme', '/repos/acme/app', '/users/acme-old', '/repos/acme/app/actions/oidc/customization/sub']);
    for (const r of f.requests) expect(r.authorization).toBe(`Bearer ${TOKEN}`);
    expect(JSON.stringify(result)).not.toContain(TOKEN);
    expect(result.stats).toMatchObject({ attempted: 4, succeeded: 4, failed: 0, requests: 4 });
  });

  it('a renamed repository is reported with its new name and the immutable form with the real ids', async () => {
    const f = await start({ users: { ...ACME, newco: { id: 300, type: 'Organization' } }, repos: [{ id: 42, owner: 'acme', name: 'platform' }, { id: 43, owner: 'newco', name: 'tools' }], moved: { 'acme/app': 42, 'acme/tools': 43 } });
    const result = await runGitHubChecks([trust('a.json', ['repo:acme/app:ref:refs/heads/main', 'repo:acme/tools:*'])], opts(f));
    expect(brief(result.findings)).toEqual(['github-repo-moved a.json:16', 'github-repo-moved a.json:17']);
    const [renamed, transferred] = result.findings;
    expect(renamed!.message).toBe(
      "GitHub repository 'acme/app' was renamed: it is now 'acme/platform' (id 42); its tokens carry the new name, so this value no longer admits it, and 'acme/app' can be created again by whoever controls 'acme'",
    );
    expect(renamed!.suggestion?.description).toBe('Use the immutable subject "repo:acme@100/platform@42:ref:refs/heads/main" (or add "repository_id": "42" next to the name).');
    expect(transferred!.message).toContain("was transferred: it is now 'newco/tools' (id 43)");
    expect(transferred!.suggestion?.description).toBe('Use the immutable subject "repo:newco@300/tools@43:*" (or add "repository_id": "42" next to the name).'.replace('"42"', '"43"'));
    // The templates are read under the new names.
    expect(f.requests.map((r) => r.path)).toEqual([
      '/users/acme',
      '/repos/acme/app',
      '/repositories/42',
      '/repos/acme/tools',
      '/repositories/43',
      '/repos/acme/platform/actions/oidc/customization/sub',
      '/repos/newco/tools/actions/oidc/customization/sub',
    ]);
    // A redirect is one logical call.
    expect(result.stats).toMatchObject({ attempted: 5, succeeded: 5, requests: 7 });
  });

  it('a repository not found under an existing owner is a warning; ids pinned by the immutable form are compared', async () => {
    const f = await start({ users: ACME, repos: [{ id: 7, owner: 'acme', name: 'api' }] });
    const result = await runGitHubChecks([trust('a.json', ['repo:acme/gone:*', 'repo:acme@100/api@7:*', 'repo:acme@999/api@8:*'])], opts(f));
    expect(brief(result.findings)).toEqual(['github-repo-missing a.json:16', 'github-id-mismatch a.json:18', 'github-id-mismatch a.json:18']);
    expect(result.findings[0]).toMatchObject({ severity: 'warning', properties: { repository: 'acme/gone' } });
    expect(result.findings[0]!.message).toContain('(deleted, or private and not visible to the token)');
    expect(result.findings.slice(1).map((x) => x.properties)).toEqual([
      { value: 'repo:acme@999/api@8:*', owner: 'acme', policyId: '999', actualId: '100' },
      { value: 'repo:acme@999/api@8:*', repository: 'acme/api', policyId: '8', actualId: '7' },
    ]);
  });

  it('a primary rate limit waits until x-ratelimit-reset, a secondary one for retry-after', async () => {
    const now = 1_800_000_000_000;
    const f = await start({
      users: ACME,
      repos: [{ id: 1, owner: 'acme', name: 'app' }],
      script: {
        '/users/acme': [{ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 12) }, body: { message: 'API rate limit exceeded' } }],
        '/repos/acme/app': [{ status: 429, headers: { 'retry-after': '3' }, body: { message: 'You have exceeded a secondary rate limit' } }],
      },
    });
    const retry = recorder();
    const result = await runGitHubChecks([trust('a.json', 'repo:acme/app:*')], opts(f, { retry, now: () => now }));
    expect(result.findings).toEqual([]);
    expect(retry.sleeps).toEqual([12_000, 3_000]);
    // Two lookups retried once each, and the repository's sub template.
    expect(result.stats).toMatchObject({ attempted: 3, succeeded: 3, requests: 5 });
  });

  it('a rate limit longer than trustlint waits is github-check-failed, never a pass', async () => {
    const now = 1_800_000_000_000;
    const f = await start({
      users: ACME,
      script: { '/users/acme': [{ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 3600) }, body: { message: 'API rate limit exceeded' } }] },
    });
    const result = await runGitHubChecks([trust('a.json', 'repo:acme/app:*')], opts(f, { now: () => now }));
    expect(brief(result.findings)).toEqual(['github-check-failed a.json:15']);
    const failed = result.findings[0]!;
    expect(failed.message).toMatch(/^GET \/users\/\{username\} failed for owner acme: HTTP 403, primary rate limit \(resets at 2027-01-15T09:00:00\.000Z\): API rate limit exceeded; not retried further: the service asked to retry after 3600 s, longer than the 30 s trustlint waits; whether it exists is unknown$/);
    expect(failed.properties).toMatchObject({ kind: 'rate-limited', httpStatus: 403, attempts: 1 });
  });

  it('5xx is retried with backoff, then reported; a rejected token is one finding for every value', async () => {
    const f = await start({ users: ACME, script: { '/users/acme': Array.from({ length: 5 }, () => ({ status: 502 })) , '/users/beta': [{ status: 401, body: { message: 'Bad credentials' } }] } });
    const retry = recorder();
    const result = await runGitHubChecks([trust('a.json', ['repo:acme/app:*', 'repo:beta/x:*'])], opts(f, { retry }));
    expect(result.findings.map((x) => [x.ruleId, x.properties?.kind, x.properties?.attempts])).toEqual([
      ['github-check-failed', 'server', 5],
      ['github-check-failed', 'credentials', 1],
    ]);
    expect(retry.sleeps).toEqual([125, 250, 500, 1000]);
    expect(result.findings[1]!.message).toContain('HTTP 401: the token was rejected: Bad credentials');
  });

  it('an answer that is not JSON, or too large, is malformed; a hung answer times out per attempt', async () => {
    const f = await start({ users: ACME, script: { '/users/acme': [{ raw: '<html>proxy</html>' }], '/users/beta': [{ raw: JSON.stringify({ login: 'beta', id: 1, pad: 'x'.repeat(5000) }) }], '/users/gamma': [{ hang: true }] } });
    const result = await runGitHubChecks([trust('a.json', ['repo:acme/a:*', 'repo:beta/b:*', 'repo:gamma/c:*'])], opts(f, { maxResponseBytes: 1000, attemptTimeoutMs: 200, retry: { ...recorder(), maxAttempts: 1 } }));
    expect(result.findings.map((x) => [x.ruleId, x.properties?.kind])).toEqual([
      ['github-check-failed', 'malformed'],
      ['github-check-failed', 'malformed'],
      ['github-check-failed', 'timeout'],
    ]);
  });

  it('the overall time limit ends the run: unfinished and unstarted lookups are reported once', async () => {
    const f = await start({ users: ACME, script: { '/users/acme': [{ hang: true }] } });
    const result = await runGitHubChecks([trust('a.json', ['repo:acme/a:*', 'repo:beta/b:*'])], opts(f, { timeoutMs: 150 }));
    expect(result.findings.map((x) => [x.ruleId, x.properties?.kind, x.properties?.values ?? 1])).toEqual([['github-check-failed', 'deadline', 2]]);
  });

  it('an issuer whose names are not on the API given is reported, not looked up', async () => {
    const f = await start({ users: ACME });
    const doc = readPolicyFile(
      'ghes.json',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/ghes.example.com/_services/token' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'ghes.example.com/_services/token:sub': 'repo:acme/app:ref:refs/heads/main' } } }],
      }),
      false,
    ).documents[0] as TrustPolicyDocument;
    const result = await runGitHubChecks([doc], { token: TOKEN, retry: recorder(), timeoutMs: 5_000 });
    expect(result.findings.map((x) => [x.ruleId, x.properties?.kind])).toEqual([['github-check-failed', 'client']]);
    expect(result.findings[0]!.message).toContain('give that server with --github-api');
    expect(f.requests).toEqual([]);
  });

  it('a name-only trust on an existing repository gets the immutable form with the real ids (info)', async () => {
    const f = await start({ users: ACME, repos: [{ id: 42, owner: 'acme', name: 'app' }] });
    const result = await runGitHubChecks([trust('a.json', ['repo:acme/app:ref:refs/heads/main', 'repo:acme@100/app@42:ref:refs/heads/main'], { 'token.actions.githubusercontent.com:repository': 'acme/app' })], opts(f, { config: {} }));
    expect(result.findings.map((x) => [x.ruleId, x.severity, x.suggestion?.description])).toEqual([
      ['github-name-only-trust', 'info', 'Trust the ids: "repository_owner_id": "100" and "repository_id": "42".'],
      ['github-name-only-trust', 'info', 'Use the immutable subject "repo:acme@100/app@42:ref:refs/heads/main" (or add "repository_id": "42" next to the name).'],
    ]);
    expect(result.findings[1]!.message).toBe(
      "'repo:acme/app:ref:refs/heads/main' trusts 'acme/app' by name only: if the name is ever deleted or moved, whoever registers it again gets in. Use the immutable subject \"repo:acme@100/app@42:ref:refs/heads/main\" (or add \"repository_id\": \"42\" next to the name).",
    );
  });
});
