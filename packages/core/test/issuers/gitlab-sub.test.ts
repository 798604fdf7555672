import { describe, expect, it } from 'vitest';
import { GITLAB, gitlabSub, readGitLabSub } from '../../src/issuers/gitlab.js';
import { issuerLookingLike } from '../../src/issuers/registry.js';

/**
 * GitLab's `sub` is read and written in one place, the registry grammar. The format and its example
 * `project_path:mygroup/myproject:ref_type:branch:ref:main` are GitLab's
 * (https://docs.gitlab.com/ci/secrets/id_token_authentication/#token-payload).
 */
describe('GitLab sub through the registry grammar', () => {
  it('reads the documented example and renders it back', () => {
    expect(readGitLabSub('project_path:mygroup/myproject:ref_type:branch:ref:main')).toEqual({ path: 'mygroup/myproject', refType: 'branch', ref: 'main', exact: true });
    expect(gitlabSub('mygroup/myproject', 'branch', 'main')).toBe('project_path:mygroup/myproject:ref_type:branch:ref:main');
    // Nested groups: the whole path is one value; a ref may contain `/`.
    expect(readGitLabSub('project_path:a/b/c:ref_type:tag:ref:release/v1')).toMatchObject({ path: 'a/b/c', refType: 'tag', ref: 'release/v1', exact: true });
  });

  it('tells the default format cut at a facet boundary from text the template does not account for', () => {
    expect(readGitLabSub('project_path:mygroup/*')).toMatchObject({ path: 'mygroup/*', exact: true });
    expect(readGitLabSub('project_path:mygroup/myproject:ref_type:tag')).toMatchObject({ refType: 'tag', exact: true });
    expect(readGitLabSub('project_path:mygroup/myproject:*')).toMatchObject({ path: 'mygroup/myproject', exact: false });
    // The ref facet is the last one and takes the rest, so text after it is read as part of the ref:
    // such a value still counts as the default format (as the cross-check's earlier regex did).
    expect(readGitLabSub('project_path:mygroup/myproject:ref_type:branch:ref:main:environment:prod')?.exact).toBe(true);
    expect(readGitLabSub('repo:mygroup/myproject:ref:refs/heads/main')).toBeUndefined();
    expect(readGitLabSub('*')).toBeUndefined();
  });

  it('looksLike: a host that names GitLab, or conditions that speak its claims', () => {
    expect(GITLAB.looksLike('gitlab.com')).toBe(true);
    expect(GITLAB.looksLike('gitlab.example.com')).toBe(true);
    expect(GITLAB.looksLike('ci.example.com')).toBe(false);
    expect(GITLAB.looksLike('ci.example.com', { subs: ['project_path:acme/app:ref_type:branch:ref:main'] })).toBe(true);
    expect(GITLAB.looksLike('ci.example.com', { claims: ['aud', 'namespace_path'] })).toBe(true);
    expect(GITLAB.looksLike('ci.example.com', { subs: ['repo:acme/app:*'], claims: ['sub', 'aud'] })).toBe(false);
    expect(issuerLookingLike('gitlab.example.com')?.id).toBe('gitlab');
    expect(issuerLookingLike('ci.example.com', {}, { subs: ['project_path:acme/*'] })?.id).toBe('gitlab');
    expect(issuerLookingLike('ci.example.com')).toBeUndefined();
  });
});
