import type { Range } from './estree.js';
import { objectOf, prop } from './json.js';
import { documentJson, statementJson } from './statements.js';
import { mapOptions, text, unknown, type CValue, type Segment } from './values.js';

/**
 * The AWS CDK classes trustlint knows: IAM principals (what a role's `assumedBy` is made of), OIDC
 * providers, users, and the constructs of GitHub-OIDC construct libraries. Recognised by import, not
 * by type information: `iam.X` from `aws-cdk-lib/aws-iam` (or `aws_iam` of `aws-cdk-lib`, or CDK v1's
 * `@aws-cdk/aws-iam`); a library's classes only when imported from that library's package.
 */

const WEB_IDENTITY = 'sts:AssumeRoleWithWebIdentity';
export const GITHUB_ISSUER = 'token.actions.githubusercontent.com';

export type SimplePrincipal =
  | { kind: 'federated'; federated: CValue; action: CValue; conditions: CValue[]; range: Range }
  | { kind: 'plain'; key: 'AWS' | 'Service' | '*'; value: CValue; action: CValue; conditions: CValue[]; range: Range };

export type Principal = SimplePrincipal | { kind: 'composite'; members: CValue[]; range: Range };

/** An OIDC provider: created here (`url`, `clientIds`) or referenced by ARN. */
export interface ProviderConstruct {
  url?: CValue;
  clientIds?: CValue;
  arn?: CValue;
}

export type CdkConstruct =
  | { type: 'principal'; principal: Principal }
  | { type: 'provider'; provider: ProviderConstruct }
  | { type: 'user'; userName: CValue | undefined }
  /** `new iam.PolicyStatement(…)` / `new iam.PolicyDocument(…)`: the IAM JSON CDK renders (statements.ts). */
  | { type: 'statement'; json: CValue }
  | { type: 'document'; json: CValue }
  /** `role.assumeRolePolicy`: the trust of the role constructed at `role` (its `new` expression). */
  | { type: 'trust-of'; role: Range }
  | { type: 'other'; name: string };

const IAM_MODULES = new Set(['aws-cdk-lib/aws-iam', '@aws-cdk/aws-iam']);
/** Package → the classes of it trustlint models. */
const THIRD_PARTY_CLASSES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  // aripalo/aws-cdk-github-oidc, npm `aws-cdk-github-oidc` (v1.0.0 … v2.4.1, src/role.ts, src/provider.ts).
  ['aws-cdk-github-oidc', new Set(['GithubActionsRole', 'GithubActionsIdentityProvider'])],
  // cdklabs/cdk-pipelines-github, npm `cdk-pipelines-github` (0.4.x, src/oidc-provider.ts).
  ['cdk-pipelines-github', new Set(['GitHubActionRole'])],
]);

const ROLE_CLASSES = new Set(['Role', 'GithubActionsRole']);

const PROVIDER_CLASSES = new Set(['OpenIdConnectProvider', 'OidcProviderNative', 'CfnOIDCProvider', 'GithubActionsIdentityProvider']);

/** The class name a callee stands for, when it is one trustlint knows. */
export function recognisedName(value: CValue): string | undefined {
  if (value.kind !== 'module') return undefined;
  const viaCdkLib = value.source === 'aws-cdk-lib' && value.path[0] === 'aws_iam';
  const path = viaCdkLib ? value.path.slice(1) : value.path;
  const name = path.at(-1);
  if (name === undefined) return undefined;
  // A construct library's class only from that package: a project file's class of the same name is its own code.
  if (THIRD_PARTY_CLASSES.get(value.source)?.has(name) === true) return path.length === 1 ? name : undefined;
  return (viaCdkLib || IAM_MODULES.has(value.source)) && path.length === 1 ? name : undefined;
}

export function moduleMember(value: Extract<CValue, { kind: 'module' }>, key: string, use: Range): CValue {
  // The library's issuer constant (aws-cdk-github-oidc, provider.ts).
  if (recognisedName(value) === 'GithubActionsIdentityProvider' && key === 'issuer') return text(GITHUB_ISSUER, use);
  return { kind: 'module', source: value.source, path: [...value.path, key], range: use };
}

const construct = (c: CdkConstruct, range: Range): CValue => ({ kind: 'construct', construct: c, range });

function federated(arn: CValue, action: CValue, conditions: CValue | undefined, range: Range): CValue {
  return construct({ type: 'principal', principal: { kind: 'federated', federated: arn, action, conditions: conditions ? [conditions] : [], range } }, range);
}

function plain(key: 'AWS' | 'Service' | '*', value: CValue, range: Range, conditions: CValue[] = []): CValue {
  return construct({ type: 'principal', principal: { kind: 'plain', key, value, action: text('sts:AssumeRole', range), conditions, range } }, range);
}

/** The value of `new Name(...args)` for a recognised class. */
export function newConstruct(name: string, args: readonly CValue[], range: Range): CValue {
  const [a0, a1, a2] = args;
  const missing = (what: string): CValue => unknown(what, 'missing in this call', range);
  switch (name) {
    case 'WebIdentityPrincipal':
      return federated(a0 ?? missing('identityProvider'), text(WEB_IDENTITY, range), a1, range);
    case 'OpenIdConnectPrincipal':
      return federated(providerArnOf(a0 ?? missing('openIdConnectProvider'), range), text(WEB_IDENTITY, range), a1, range);
    case 'FederatedPrincipal':
      // CDK's default action for FederatedPrincipal is sts:AssumeRole, which a GitHub token cannot use.
      return federated(a0 ?? missing('federated'), a2 ?? text('sts:AssumeRole', range), a1, range);
    case 'PrincipalWithConditions':
      return principalWithConditions(a0 ?? missing('principal'), a1, range);
    case 'CompositePrincipal':
      return construct({ type: 'principal', principal: { kind: 'composite', members: [...args], range } }, range);
    case 'AnyPrincipal':
      return plain('AWS', text('*', range), range);
    case 'StarPrincipal':
      return plain('*', text('*', range), range);
    case 'ArnPrincipal':
      return plain('AWS', a0 ?? missing('arn'), range);
    case 'AccountRootPrincipal':
      return plain('AWS', unknown('AccountRootPrincipal', 'the account, known at deploy time', range), range);
    case 'ServicePrincipal':
      return plain('Service', a0 ?? missing('service'), range);
    case 'PolicyStatement':
      return construct({ type: 'statement', json: statementJson(a0, range) }, range);
    case 'PolicyDocument':
      return construct({ type: 'document', json: documentJson(a0, range) }, range);
    case 'OrganizationPrincipal': {
      const orgGuard: CValue = objectOf([['StringEquals', objectOf([['aws:PrincipalOrgID', a0 ?? missing('organizationId')]], range)]], range);
      return plain('AWS', text('*', range), range, [orgGuard]);
    }
    case 'OpenIdConnectProvider':
    case 'OidcProviderNative':
      return construct({ type: 'provider', provider: { url: prop(a2, 'url', range), clientIds: prop(a2, 'clientIds', range) } }, range);
    case 'CfnOIDCProvider':
      return construct({ type: 'provider', provider: { url: prop(a2, 'url', range), clientIds: prop(a2, 'clientIdList', range) } }, range);
    case 'GithubActionsIdentityProvider':
      return construct({ type: 'provider', provider: githubProvider(range) }, range);
    case 'User':
    case 'CfnUser':
      return construct({ type: 'user', userName: prop(a2, 'userName', range) }, range);
    default:
      return construct({ type: 'other', name }, range);
  }
}

/** What `new GithubActionsIdentityProvider(scope, id)` creates (the library's fixed settings). */
function githubProvider(range: Range): ProviderConstruct {
  return { url: text(`https://${GITHUB_ISSUER}`, range), clientIds: { kind: 'array', items: [text('sts.amazonaws.com', range)], range } };
}

/** `principal.withConditions(c)` / `new PrincipalWithConditions(principal, c)`. */
export function principalWithConditions(principal: CValue, conditions: CValue | undefined, range: Range): CValue {
  return mapOptions(principal, (p) => {
    if (p.kind !== 'construct' || p.construct.type !== 'principal') return p;
    const inner = p.construct.principal;
    if (!conditions) return p;
    if (inner.kind === 'composite') {
      return construct({ type: 'principal', principal: { ...inner, members: inner.members.map((m) => principalWithConditions(m, conditions, range)) } }, range);
    }
    return construct({ type: 'principal', principal: { ...inner, conditions: [...inner.conditions, conditions] } }, p.range);
  });
}

/** Static factories: provider references and `PolicyDocument.fromJson`. */
export function staticCall(value: Extract<CValue, { kind: 'module' }>, method: string, args: readonly CValue[], range: Range): CValue | undefined {
  const name = recognisedName(value);
  if (name === undefined) return undefined;
  if (name === 'GithubActionsIdentityProvider' && method === 'fromAccount') {
    return construct({ type: 'provider', provider: { arn: providerArnFromUrl(text(`https://${GITHUB_ISSUER}`, range), range) } }, range);
  }
  // cdk-pipelines-github: `arn:${Aws.PARTITION}:iam::${Aws.ACCOUNT_ID}:oidc-provider/token.actions.githubusercontent.com`.
  if (name === 'GitHubActionRole' && method === 'existingGitHubActionsProvider') {
    return construct({ type: 'provider', provider: { arn: providerArnFromUrl(text(`https://${GITHUB_ISSUER}`, range), range) } }, range);
  }
  if (PROVIDER_CLASSES.has(name) && /^from.*Arn$/.test(method)) {
    return construct({ type: 'provider', provider: { arn: args[2] ?? unknown(`${name}.${method}`, 'missing in this call', range) } }, range);
  }
  if (name === 'PolicyDocument' && method === 'fromJson') return args[0];
  return undefined;
}

/** An attribute of a construct: provider ARNs are derived from their URL; the rest is deploy-time. */
export function constructAttribute(value: Extract<CValue, { kind: 'construct' }>, key: string, use: Range): CValue {
  const c = value.construct;
  if (c.type === 'provider' && ['openIdConnectProviderArn', 'oidcProviderArn', 'attrArn', 'ref'].includes(key)) return providerArnOf(value, use);
  if (c.type === 'user' && key === 'userName' && c.userName && c.userName.kind !== 'undefined') return c.userName;
  // The role's trust document: `role.assumeRolePolicy?.addStatements(…)` adds to what is analysed.
  if (c.type === 'other' && ROLE_CLASSES.has(c.name) && key === 'assumeRolePolicy') return construct({ type: 'trust-of', role: value.range }, use);
  const name = c.type === 'other' ? c.name : c.type;
  return unknown(`${name}.${key}`, 'an attribute of a construct, known at deploy time', use);
}

/** The ARN of an OIDC provider value (a provider construct, or an unresolved reference). */
export function providerArnOf(value: CValue, use: Range): CValue {
  return mapOptions(value, (v) => {
    if (v.kind === 'construct' && v.construct.type === 'provider') {
      const p = v.construct.provider;
      if (p.arn) return p.arn;
      if (p.url && p.url.kind !== 'undefined') return providerArnFromUrl(p.url, use);
      return unknown('openIdConnectProviderArn', 'the provider has no URL in this file', use);
    }
    if (v.kind === 'unknown') return unknown(`${v.expression}.openIdConnectProviderArn`, v.reason, v.range);
    return unknown('openIdConnectProviderArn', 'not an OIDC provider construct', use);
  });
}

/** `arn:aws:iam::<account>:oidc-provider/<host[/path]>`, as IAM names a provider created from its URL. */
function providerArnFromUrl(url: CValue, use: Range): CValue {
  return mapOptions(url, (u) => {
    const segments: Segment[] =
      u.kind === 'string' ? stripScheme(u.segments) : [{ kind: 'unresolved', expression: 'url', reason: 'the provider URL could not be resolved', range: u.range }];
    return {
      kind: 'string',
      range: use,
      segments: [
        { kind: 'text', text: 'arn:aws:iam::', range: use },
        { kind: 'unresolved', expression: 'AWS::AccountId', reason: 'the account, known at deploy time', range: use },
        { kind: 'text', text: ':oidc-provider/', range: use },
        ...segments,
      ],
    };
  });
}

function stripScheme(segments: readonly Segment[]): Segment[] {
  const out = [...segments];
  const first = out[0];
  if (first?.kind === 'text') out[0] = { ...first, text: first.text.replace(/^https?:\/\//i, '') };
  const last = out.at(-1);
  if (last?.kind === 'text') out[out.length - 1] = { ...last, text: last.text.replace(/\/+$/, '') };
  return out;
}
