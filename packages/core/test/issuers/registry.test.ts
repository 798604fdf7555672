import { describe, expect, it } from 'vitest';
import { STS_GITHUB_CLAIMS } from '../../src/github/claims.js';
import { githubIssuerKind } from '../../src/github/issuers.js';
import { issuerLookingLike, ISSUERS, recogniseIssuer } from '../../src/issuers/registry.js';

describe('issuer registry', () => {
  it('GitHub is one entry, recognised exactly as githubIssuerKind does', () => {
    for (const prefix of [
      'token.actions.githubusercontent.com',
      'token.actions.githubusercontent.com/acme',
      'token.actions.acme.ghe.com',
      'ghes.example.com/_services/token',
      'vstoken.actions.githubusercontent.com',
    ]) {
      const r = recogniseIssuer(prefix);
      expect(r?.entry.id, prefix).toBe('github');
      expect(r?.match.kind).toBe(githubIssuerKind(prefix));
      expect(r?.entry.stsClaims(r.match)).toEqual(STS_GITHUB_CLAIMS);
    }
    // A configured URL string stays a GitHub issuer (the `issuers` setting of earlier versions).
    expect(recogniseIssuer('proxy.example.com/token', { issuers: ['https://proxy.example.com/token'] })?.match.kind).toBe('configured');
  });

  it('recognises the shared issuers by their exact host', () => {
    expect(recogniseIssuer('gitlab.com')?.entry.id).toBe('gitlab');
    expect(recogniseIssuer('app.terraform.io')?.entry.id).toBe('terraform');
    expect(recogniseIssuer('agent.buildkite.com')?.entry.id).toBe('buildkite');
    expect(recogniseIssuer('gitlab.example.com')).toBeUndefined();
    expect(recogniseIssuer('evil-gitlab.com')).toBeUndefined();
  });

  it('recognises private issuers with the organisation their URL names', () => {
    const circle = recogniseIssuer('oidc.circleci.com/org/0b9a1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d');
    expect(circle?.entry.id).toBe('circleci');
    expect(circle?.entry.private).toBe(true);
    expect(circle?.match.organisation).toBe('0b9a1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d');
    const bb = recogniseIssuer('api.bitbucket.org/2.0/workspaces/acme/pipelines-config/identity/oidc');
    expect(bb?.entry.id).toBe('bitbucket');
    expect(bb?.match.organisation).toBe('acme');
    expect(recogniseIssuer('oidc.circleci.com')).toBeUndefined();
  });

  it('STS condition keys per issuer follow the Service Authorization Reference list', () => {
    const gitlab = recogniseIssuer('gitlab.com');
    expect(gitlab?.entry.stsClaims(gitlab.match)).toEqual(expect.arrayContaining(['project_id', 'namespace_id', 'ref_protected']));
    // project_path and ref are token claims but not condition keys.
    expect(gitlab?.entry.stsClaims(gitlab.match)).not.toContain('project_path');
    expect(gitlab?.entry.tokenClaims).toContain('project_path');
    // A self-managed instance gets sub and aud only (the reference lists gitlab.com keys).
    const selfManaged = recogniseIssuer('gitlab.example.com', { issuers: [{ url: 'https://gitlab.example.com', like: 'gitlab' }] });
    expect(selfManaged?.entry.id).toBe('gitlab');
    expect(selfManaged?.entry.stsClaims(selfManaged.match)).toEqual(['sub', 'aud']);
    const tf = recogniseIssuer('app.terraform.io');
    expect(tf?.entry.stsClaims(tf.match)).toEqual(['sub', 'aud']);
    const bk = recogniseIssuer('agent.buildkite.com');
    expect(bk?.entry.stsClaims(bk.match)).toEqual(expect.arrayContaining(['organization_id', 'pipeline_id', 'pipeline_slug', 'build_branch']));
    const circle = recogniseIssuer('oidc.circleci.com/org/x');
    expect(circle?.entry.stsClaims(circle.match)).toContain('oidc.circleci.com/project-id');
  });

  it('expected audiences come from each issuer\'s AWS guide', () => {
    const aud = (prefix: string): readonly string[] => {
      const r = recogniseIssuer(prefix);
      return r ? r.entry.audiences(prefix, r.match) : [];
    };
    expect(aud('token.actions.githubusercontent.com')).toEqual(['sts.amazonaws.com']);
    expect(aud('gitlab.com')).toEqual(['https://gitlab.com']);
    expect(aud('app.terraform.io')).toEqual(['aws.workload.identity']);
    expect(aud('oidc.circleci.com/org/abc')).toEqual(['abc']);
  });

  it('every non-GitHub entry has a grammar whose templates name declared facets', () => {
    for (const e of ISSUERS) {
      if (e.id === 'github') continue;
      expect(e.grammar, e.id).toBeDefined();
      for (const t of [...(e.grammar?.sub ?? []), ...Object.values(e.grammar?.claims ?? {})]) {
        for (const m of t.matchAll(/<([A-Za-z]+)>/g)) expect(Object.keys(e.grammar?.facets ?? {}), `${e.id}: ${t}`).toContain(m[1]);
      }
      for (const k of e.stsClaims({ kind: e.id === 'gitlab' ? 'gitlab.com' : 'x' })) expect(e.tokenClaims, `${e.id}: ${k}`).toContain(k);
      // Private issuers have no "another organisation" class.
      if (e.private) expect(e.classes).not.toContain('other-owner');
    }
  });

  it('a condition-key prefix of a provider the policy does not trust is still placed', () => {
    expect(issuerLookingLike('gitlab.com')?.id).toBe('gitlab');
    expect(issuerLookingLike('oidc.circleci.com')?.id).toBe('circleci');
    expect(issuerLookingLike('token.actions.githubusercontent.com/other')?.id).toBe('github');
    expect(issuerLookingLike('example.com')).toBeUndefined();
  });
});
