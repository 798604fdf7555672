import { GITHUB_ISSUER, newConstruct, providerArnOf } from './constructs.js';
import { objectOf, prop } from './json.js';
import type { Range } from './estree.js';
import { concatOptions, segmentsToValue, stringOptions } from './strings.js';
import { mapOptions, text, unknown, withFallback, type CValue, type Segment } from './values.js';

/**
 * Third-party GitHub-OIDC construct libraries, recognised by the package a class is imported from
 * (a class of the same name from a project file is that file's code, analysed as such), with the
 * trust each released version builds, read from the package source.
 */

/**
 * `GithubActionsRole` of aws-cdk-github-oidc: every released version (v1.0.0 to v2.4.1) builds
 * `new iam.WebIdentityPrincipal(provider.openIdConnectProviderArn, { StringLike: { '<issuer>:sub':
 * formatSubject(props) }, StringEquals: { '<issuer>:aud': 'sts.amazonaws.com' } })`, where
 * formatSubject is `repo:${owner}/${repo}:${filter}` with `filter = '*'` by default: one string, one
 * repository. (A `ForAnyValue:StringLike` list over `trustedRepositories` exists only on an unmerged
 * branch of the repository, never in a release.)
 */
export function githubActionsRolePrincipal(props: CValue | undefined, site: Range): CValue {
  const range = props?.range ?? site;
  const provider = prop(props, 'provider', range);
  const conditions = objectOf(
    [
      ['StringLike', objectOf([[`${GITHUB_ISSUER}:sub`, subjectOf(props, range)]], range)],
      ['StringEquals', objectOf([[`${GITHUB_ISSUER}:aud`, text('sts.amazonaws.com', range)]], range)],
    ],
    range,
  );
  const providerValue = provider.kind === 'undefined' ? unknown('provider', 'missing in the props', range) : provider;
  return newConstruct('WebIdentityPrincipal', [providerArnOf(providerValue, range), conditions], site);
}

/** `repo:${owner}/${repo}:${filter ?? '*'}`, located at `filter` when given, else at the props. */
function subjectOf(props: CValue | undefined, range: Range): CValue {
  const filter = prop(props, 'filter', range);
  const literal = (s: string): Segment[][] => [[{ kind: 'text', text: s, range }]];
  const parts = [
    literal('repo:'),
    stringOptions(prop(props, 'owner', range)),
    literal('/'),
    stringOptions(prop(props, 'repo', range)),
    literal(':'),
    stringOptions(withFallback(filter, () => text('*', range), range)),
  ];
  return segmentsToValue(concatOptions(parts, range), filter.kind === 'undefined' ? range : filter.range);
}

/**
 * `GitHubActionRole` of cdk-pipelines-github (src/oidc-provider.ts): `new iam.FederatedPrincipal(
 * provider.openIdConnectProviderArn, { StringLike: { '<issuer>:sub': formatRepos(props.repos ?? [])
 * .concat(props.subjectClaims ?? []) } }, 'sts:AssumeRoleWithWebIdentity')` — each of `repos` becomes
 * `repo:${repo}:*`, no `aud` condition — on `props.provider`, or on a provider it creates itself with
 * the GitHub URL and client id `sts.amazonaws.com`.
 */
export function pipelinesGitHubActionRole(props: CValue | undefined, site: Range): { principal: CValue; createsProvider: boolean } {
  const range = props?.range ?? site;
  const given = prop(props, 'provider', range);
  const createsProvider = given.kind === 'undefined';
  const provider = withFallback(given, () => newConstruct('GithubActionsIdentityProvider', [], site), range);
  const repos = withFallback(prop(props, 'repos', range), () => ({ kind: 'array', items: [], range }), range);
  const claims = withFallback(prop(props, 'subjectClaims', range), () => ({ kind: 'array', items: [], range }), range);
  const subjects: CValue = { kind: 'array', items: [...listItems(repos).map((r) => repoSubject(r, range)), ...listItems(claims)], range };
  const conditions = objectOf([['StringLike', objectOf([[`${GITHUB_ISSUER}:sub`, subjects]], range)]], range);
  const principal = newConstruct('FederatedPrincipal', [providerArnOf(provider, range), conditions, text('sts:AssumeRoleWithWebIdentity', range)], site);
  return { principal, createsProvider };
}

function repoSubject(repo: CValue, range: Range): CValue {
  return mapOptions(repo, (r) => segmentsToValue(concatOptions([[[{ kind: 'text', text: 'repo:', range }]], stringOptions(r), [[{ kind: 'text', text: ':*', range }]]], range), r.range));
}

/** The items of a list value; an unresolved list stands for one unknown item. */
function listItems(value: CValue): CValue[] {
  switch (value.kind) {
    case 'alternatives':
      return value.options.flatMap(listItems);
    case 'array':
      return value.items;
    case 'unknown':
      return [unknown(`${value.expression}[i]`, value.reason, value.range)];
    case 'undefined':
      return [];
    default:
      return [value];
  }
}
