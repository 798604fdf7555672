import { appendAll } from '../../arrays.js';
import type { EvaluationBudget } from '../../budget.js';
import type { AccessKeyDocument, ModelDocument, OidcProviderDocument, TrustPolicyDocument } from '../../model/document.js';
import type { Finding } from '../../model/finding.js';
import { onlyMarkers } from '../../model/policy.js';
import type { SourceLocation } from '../../model/span.js';
import { GITHUB_ISSUER, newConstruct, type ProviderConstruct, type SimplePrincipal } from './constructs.js';
import { prop } from './json.js';
import type { Range } from './estree.js';
import { githubActionsRolePrincipal, pipelinesGitHubActionRole } from './github-oidc.js';
import type { SpanMaker } from '../../model/located.js';
import { PolicyRenderer } from './to-policy.js';
import { unfollowedPart } from './mutations.js';
import { flattenPrincipals, inlinePolicyOf, trustPolicyOf } from './trust-policy.js';
import { literalText, text, type CValue } from './values.js';

/** Classes whose construction creates a document (a resource), not just a value. */
export const RESOURCE_CLASSES: ReadonlySet<string> = new Set([
  'Role',
  'CfnRole',
  'GithubActionsRole',
  'GitHubActionRole',
  'OpenIdConnectProvider',
  'OidcProviderNative',
  'CfnOIDCProvider',
  'GithubActionsIdentityProvider',
  'AccessKey',
  'CfnAccessKey',
]);

/** One construction of a resource: `new iam.Role(this, 'Deploy', {…})` or a `super(…)` call. */
export interface ResourceSite {
  className: string;
  args: CValue[];
  range: Range;
  /** How findings name it, e.g. `iam.Role "Deploy"`. */
  resource: string;
  /** Set when the enclosing class was evaluated with the props of one of its instantiations. */
  variant?: string;
}

/** A role built from `assumedBy`: statements added to its trust later are judged with it. */
interface RoleEntry {
  site: ResourceSite;
  principals: SimplePrincipal[];
  extra: CValue[];
  doc: TrustPolicyDocument | undefined;
  defaultRoleName: string | undefined;
  /** Its trust was changed where trustlint does not follow: reported once, not analysed. */
  withdrawn: boolean;
}

/**
 * Collects the model documents of a file. CDK synthesizes CloudFormation, and the model has no CDK
 * kind of its own, so documents are marked `cloudformation`; their spans point into the TypeScript.
 */
export class DocumentBuilder {
  readonly documents: ModelDocument[] = [];
  readonly findings: Finding[] = [];
  /** The objects and arrays each trust policy was built from, to see them changed after it is created. */
  private readonly consumers = new Map<CValue, TrustPolicyDocument[]>();
  /** Roles built from `assumedBy`, by the offset of their construction: statements added later join them. */
  private readonly roles = new Map<number, RoleEntry>();

  constructor(
    private readonly file: string,
    private readonly spans: SpanMaker,
    private readonly budget: EvaluationBudget,
  ) {}

  private location(range: Range): SourceLocation {
    return { file: this.file, span: this.spans.span(range) };
  }

  add(site: ResourceSite): void {
    const props = site.args[2];
    switch (site.className) {
      case 'Role':
        this.trustPolicy(site, prop(props, 'assumedBy', site.range));
        return;
      case 'GithubActionsRole':
        this.trustPolicy(site, githubActionsRolePrincipal(props, site.range), undefined, props);
        return;
      case 'GitHubActionRole': {
        const built = pipelinesGitHubActionRole(props, site.range);
        // Without `provider` the construct creates one: the GitHub URL, client id sts.amazonaws.com.
        if (built.createsProvider) this.provider({ ...site, resource: `${site.resource} (its OIDC provider)` }, { url: text(`https://${GITHUB_ISSUER}`, site.range), clientIds: { kind: 'array', items: [text('sts.amazonaws.com', site.range)], range: site.range } });
        this.trustPolicy(site, built.principal, 'GitHubActionRole', props);
        return;
      }
      case 'CfnRole':
        this.inlinePolicy(site, prop(props, 'assumeRolePolicyDocument', site.range));
        return;
      case 'AccessKey':
      case 'CfnAccessKey':
        this.accessKey(site, props);
        return;
      default: {
        const made = newConstruct(site.className, site.args, site.range);
        if (made.kind === 'construct' && made.construct.type === 'provider') this.provider(site, made.construct.provider);
      }
    }
  }

  /** `defaultRoleName`: the name a construct gives its role when the props name none. */
  private trustPolicy(site: ResourceSite, assumedBy: CValue, defaultRoleName?: string, props?: CValue): void {
    const principals = flattenPrincipals(assumedBy);
    const entry: RoleEntry = { site, principals, extra: [], doc: undefined, defaultRoleName, withdrawn: false };
    // A class walked once per instantiation builds the role once per walk: the latest is the one its code adds to.
    this.roles.set(site.range[0], entry);
    if (principals.length === 0) return;
    const renderer = new PolicyRenderer(this.spans, this.budget);
    const built = trustPolicyOf(principals, { file: this.file, range: site.range, resource: site.resource }, renderer, this.spans);
    appendAll(this.findings, built.findings);
    if (built.root) {
      const doc = this.push(site, built.root, defaultRoleName);
      entry.doc = doc;
      this.consumedBy(doc, [assumedBy, ...(props ? [props] : [])]);
    }
  }

  /**
   * `role.assumeRolePolicy?.addStatements(…)`: the statements join the trust policy of the role built
   * at `role` (aws-cdk-lib Role: `assumeRolePolicy` is the PolicyDocument its trust is synthesized
   * from). Added off the straight line of the code that built the role (`notFollowed`: where), to a
   * role this file does not build once, or with a statement changed where trustlint does not follow:
   * the trust is withdrawn and reported unresolved, not judged without them.
   */
  addTrustStatements(role: Range | undefined, statements: readonly CValue[], call: { what: string; range: Range; notFollowed?: string }): void {
    const entry = role ? this.roles.get(role[0]) : undefined;
    const unresolved = (resource: string, why: string): void => {
      this.findings.push({
        ruleId: 'oidc-unresolved',
        severity: 'warning',
        message: `"${call.what}" adds to the trust of ${resource} ${why}, so this trust policy was not analysed`,
        location: this.location(call.range),
        resource,
      });
    };
    if (!entry) {
      unresolved('a role', `that trustlint does not build in this file${call.notFollowed !== undefined ? ` (${call.notFollowed})` : ''}`);
      return;
    }
    const notFollowed = call.notFollowed ?? statements.map((st) => unfollowedPart(st)).find((p) => p !== undefined)?.reason;
    if (notFollowed !== undefined || entry.withdrawn) {
      if (!entry.withdrawn) unresolved(entry.site.resource, `(${notFollowed ?? ''}): trustlint does not follow it there`);
      entry.withdrawn = true;
      if (entry.doc) this.withdraw(entry.doc);
      entry.doc = undefined;
      return;
    }
    appendAll(entry.extra, statements);
    const renderer = new PolicyRenderer(this.spans, this.budget);
    const built = trustPolicyOf(entry.principals, { file: this.file, range: entry.site.range, resource: entry.site.resource }, renderer, this.spans, entry.extra);
    if (!built.root) return;
    if (entry.doc) {
      const index = this.documents.indexOf(entry.doc);
      if (index < 0) return;
      const doc: TrustPolicyDocument = { ...entry.doc, root: built.root };
      this.documents[index] = doc;
      this.retarget(entry.doc, doc);
      entry.doc = doc;
    } else {
      // Findings of the role's own statements were reported when it was built.
      entry.doc = this.push(entry.site, built.root, entry.defaultRoleName);
    }
    this.consumedBy(entry.doc, statements);
  }

  private withdraw(doc: TrustPolicyDocument): void {
    const index = this.documents.indexOf(doc);
    if (index >= 0) this.documents.splice(index, 1);
  }

  /** A rebuilt document replaces the old one among the consumers of what it was built from. */
  private retarget(from: TrustPolicyDocument, to: TrustPolicyDocument): void {
    for (const [key, docs] of this.consumers) this.consumers.set(key, docs.map((d) => (d === from ? to : d)));
  }

  private consumedBy(doc: TrustPolicyDocument, sources: readonly CValue[]): void {
    const seen = new Set<CValue>();
    const visit = (v: CValue, depth: number): void => {
      if (depth > 16 || seen.has(v)) return;
      seen.add(v);
      switch (v.kind) {
        case 'object':
          if (!this.consumers.get(v)?.includes(doc)) this.consumers.set(v, [...(this.consumers.get(v) ?? []), doc]);
          for (const m of v.members) visit(m.value, depth + 1);
          return;
        case 'array':
          this.consumers.set(v, [...(this.consumers.get(v) ?? []), doc]);
          for (const i of v.items) visit(i, depth + 1);
          return;
        case 'alternatives':
          for (const o of v.options) visit(o, depth + 1);
          return;
        case 'construct': {
          const c = v.construct;
          if (c.type === 'statement' || c.type === 'document') visit(c.json, depth + 1);
          if (c.type !== 'principal') return;
          const p = c.principal;
          if (p.kind === 'composite') for (const m of p.members) visit(m, depth + 1);
          else for (const x of p.conditions) visit(x, depth + 1);
          return;
        }
        default:
          return;
      }
    };
    for (const s of sources) visit(s, 0);
  }

  /**
   * An object or array was changed (sources/cdk/mutations.ts): a trust policy already built from it
   * no longer shows what is deployed — CDK keeps condition objects by reference, so a later change
   * may or may not reach the synthesized policy — and is withdrawn, with the reason.
   */
  changed(target: CValue, what: string, range: Range): void {
    for (const doc of this.consumers.get(target) ?? []) {
      const index = this.documents.indexOf(doc);
      if (index < 0) continue;
      this.documents.splice(index, 1);
      this.findings.push({
        ruleId: 'oidc-unresolved',
        severity: 'warning',
        message: `"${what}" changes the trust of ${doc.resource} after it is created (line ${String(doc.location.span.start.line)}); trustlint does not follow changes made after creation, so this trust policy was not analysed. Finish the conditions before creating the role.`,
        location: this.location(range),
        resource: doc.resource,
      });
    }
  }

  private inlinePolicy(site: ResourceSite, given: CValue): void {
    // `new iam.PolicyDocument({ statements })` renders to the IAM JSON CloudFormation takes.
    const doc = given.kind === 'construct' && given.construct.type === 'document' ? given.construct.json : given;
    if (doc.kind === 'undefined') return;
    if (doc.kind === 'unknown') {
      this.findings.push({
        ruleId: 'oidc-unresolved',
        severity: 'warning',
        message: `the trust policy of ${site.resource} is "${doc.expression}" (${doc.reason}): it could not be resolved statically and was not analysed`,
        location: this.location(doc.range),
        resource: site.resource,
      });
      return;
    }
    const notFollowed = unfollowedPart(doc);
    if (notFollowed) {
      this.findings.push({
        ruleId: 'oidc-unresolved',
        severity: 'warning',
        message: `the trust policy of ${site.resource} is changed by "${notFollowed.expression}" (${notFollowed.reason}): it was not analysed`,
        location: this.location(notFollowed.range),
        resource: site.resource,
      });
      return;
    }
    const root = inlinePolicyOf(doc, new PolicyRenderer(this.spans, this.budget));
    if (root) this.consumedBy(this.push(site, root), [doc]);
  }

  private push(site: ResourceSite, root: TrustPolicyDocument['root'], defaultRoleName?: string): TrustPolicyDocument {
    const named = prop(site.args[2], 'roleName', site.range);
    const roleName = named.kind === 'undefined' ? defaultRoleName : literalText(named);
    const doc: TrustPolicyDocument = {
      kind: 'trust-policy',
      file: this.file,
      resource: site.resource,
      ...(roleName !== undefined ? { roleName } : {}),
      ...(site.variant !== undefined ? { variant: site.variant } : {}),
      root,
      location: this.location(site.range),
      sourceKind: 'cloudformation',
    };
    this.documents.push(doc);
    return doc;
  }

  private provider(site: ResourceSite, provider: ProviderConstruct): void {
    const renderer = new PolicyRenderer(this.spans, this.budget);
    const url = provider.url ? renderer.render(provider.url) : undefined;
    const ids = provider.clientIds;
    const doc: OidcProviderDocument = {
      kind: 'oidc-provider',
      file: this.file,
      resource: site.resource,
      url: url?.type === 'string' ? url.value : '',
      urlLocation: url ? this.location(provider.url?.range ?? site.range) : null,
      clientIds: this.clientIds(ids, renderer),
      clientIdsLocation: this.location(ids && ids.kind !== 'undefined' ? ids.range : site.range),
      location: this.location(site.range),
      sourceKind: 'cloudformation',
    };
    this.documents.push(doc);
  }

  /** The client ids; 'unresolved' when the list, or one whole item, cannot be known. */
  private clientIds(ids: CValue | undefined, renderer: PolicyRenderer): OidcProviderDocument['clientIds'] {
    // CDK's default is no client ids at all.
    if (!ids || ids.kind === 'undefined') return [];
    const node = renderer.render(ids);
    if (node?.type !== 'array') return 'unresolved';
    const out: { value: string; location: SourceLocation }[] = [];
    for (const item of node.items) {
      if (item.type !== 'string' || onlyMarkers(item.value)) return 'unresolved';
      out.push({ value: item.value, location: { file: this.file, span: item.span } });
    }
    return out;
  }

  private accessKey(site: ResourceSite, props: CValue | undefined): void {
    const user = prop(props, site.className === 'CfnAccessKey' ? 'userName' : 'user', site.range);
    const userName = user.kind === 'construct' && user.construct.type === 'user' ? literalText(user.construct.userName) : literalText(user);
    const doc: AccessKeyDocument = {
      kind: 'access-key',
      file: this.file,
      resource: site.resource,
      location: this.location(site.range),
      ...(userName !== undefined ? { userName } : {}),
      sourceKind: 'cloudformation',
    };
    this.documents.push(doc);
  }
}
