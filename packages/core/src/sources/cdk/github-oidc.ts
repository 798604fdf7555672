import { GITHUB_ISSUER, newConstruct, objectOf, prop, providerArnOf } from './constructs.js';
import type { Range } from './estree.js';
import { concatOptions, segmentsToValue, stringOptions } from './strings.js';
import { text, unknown, withFallback, type CValue, type Segment } from './values.js';

/**
 * `GithubActionsRole` of the aws-cdk-github-oidc package: the principal its constructor builds from
 * its props (library source, role.ts): a WebIdentityPrincipal on `provider` with
 * `ForAnyValue:StringLike` on `sub` = `repo:${owner}/${repo}:${filter}` for the top-level
 * owner/repo/filter or each of `trustedRepositories`, `filter` defaulting to `*`, and `StringEquals`
 * on `aud` = `sts.amazonaws.com`. (Releases before `trustedRepositories` used plain `StringLike`; the
 * admitted subjects are the same.)
 */
export function githubActionsRolePrincipal(props: CValue | undefined, site: Range): CValue {
  const range = props?.range ?? site;
  const provider = prop(props, 'provider', range);
  const topLevel = objectOf(
    [
      ['owner', prop(props, 'owner', range)],
      ['repo', prop(props, 'repo', range)],
      ['filter', prop(props, 'filter', range)],
    ],
    range,
  );
  const repositories = withFallback(prop(props, 'trustedRepositories', range), () => ({ kind: 'array', items: [topLevel], range }), range);
  const subjects = repositoryItems(repositories).map((r) => subjectOf(r, range));
  const conditions = objectOf(
    [
      ['ForAnyValue:StringLike', objectOf([[`${GITHUB_ISSUER}:sub`, { kind: 'array', items: subjects, range }]], range)],
      ['StringEquals', objectOf([[`${GITHUB_ISSUER}:aud`, text('sts.amazonaws.com', range)]], range)],
    ],
    range,
  );
  const providerValue = provider.kind === 'undefined' ? unknown('provider', 'missing in the props', range) : provider;
  return newConstruct('WebIdentityPrincipal', [providerArnOf(providerValue, range), conditions], site);
}

function repositoryItems(value: CValue): CValue[] {
  switch (value.kind) {
    case 'alternatives':
      return value.options.flatMap(repositoryItems);
    case 'array':
      return value.items.flatMap(repositoryItems);
    case 'unknown':
      return [unknown(`${value.expression}[i]`, value.reason, value.range)];
    case 'undefined':
      return [];
    default:
      return [value];
  }
}

/** `repo:${owner}/${repo}:${filter ?? '*'}`, located at `filter` when given, else at the repository. */
function subjectOf(repository: CValue, fallback: Range): CValue {
  const range = repository.kind === 'object' ? repository.range : fallback;
  const filter = prop(repository, 'filter', range);
  const literal = (s: string): Segment[][] => [[{ kind: 'text', text: s, range }]];
  const parts = [
    literal('repo:'),
    stringOptions(prop(repository, 'owner', range)),
    literal('/'),
    stringOptions(prop(repository, 'repo', range)),
    literal(':'),
    stringOptions(withFallback(filter, () => text('*', range), range)),
  ];
  return segmentsToValue(concatOptions(parts, range), filter.kind === 'undefined' ? range : filter.range);
}
