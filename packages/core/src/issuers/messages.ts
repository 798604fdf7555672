import type { OutsiderClass, Witness } from '../github/witness.js';
import { render } from './synthesis.js';
import type { FacetRole, IssuerEntry, IssuerMatch, SubGrammar } from './types.js';

/**
 * Scope-finding text in an issuer's own terms ("any GitLab project outside group acme", "the plan
 * phase of workspace prod"). GitHub's text stays in its rule files.
 */

export interface IssuerNames {
  /** The namespaces the policy or configuration names, for "outside …". */
  owners: string[];
  owner: string;
  project: string;
  branch: string;
  display: (value: string) => string;
}

function facetOf(grammar: SubGrammar | undefined, role: FacetRole): string | undefined {
  return grammar ? Object.entries(grammar.facets).find(([, f]) => f.role === role)?.[0] : undefined;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The subject the role most likely means, in the issuer's grammar; free facets stay `*`. */
export function exampleSubject(entry: IssuerEntry, match: IssuerMatch, names: IssuerNames, witness?: Witness): string | undefined {
  const grammar = entry.grammar;
  const template = grammar?.sub[0];
  if (!grammar || !template) return undefined;
  const values: Record<string, string> = {};
  for (const [facet, spec] of Object.entries(grammar.facets)) {
    switch (spec.role) {
      case 'namespace':
        values[facet] = match.organisation ?? names.owner;
        break;
      case 'project':
        values[facet] = names.project;
        break;
      case 'ref':
        values[facet] = names.branch;
        break;
      case 'ref-type':
        values[facet] = spec.values?.[0] ?? spec.example;
        break;
      case 'phase':
        values[facet] = 'apply';
        break;
      case 'group':
        values[facet] = witness?.facets?.[facet] ?? spec.example;
        break;
      default:
        values[facet] = '*';
    }
  }
  return render(template, values);
}

/** Who gets in, for a scope finding of a grammar-driven issuer. */
export function issuerWho(entry: IssuerEntry, match: IssuerMatch, ruleId: string, w: Witness, names: IssuerNames): string {
  const t = entry.terms;
  const d = names.display;
  const ns = match.organisation ?? (w.identity.owner || names.owner);
  const slug = entry.grammar && facetOf(entry.grammar, 'namespace') && !entry.private ? `${d(names.owner)}/${d(names.project)}` : d(names.project);
  const ofProject = `${t.project} ${slug}`;
  switch (ruleId) {
    case 'oidc-any-owner':
      return names.owners.length
        ? `Any ${entry.name} ${t.project} outside ${t.namespace} ${names.owners.map(d).join(', ')}`
        : `Any ${entry.name} ${t.project} of any ${t.namespace}`;
    case 'oidc-owner-wide':
      return entry.private
        ? `Every ${t.project} of the ${entry.name} ${t.namespace} this provider belongs to (${d(ns)}), including ones created later,`
        : names.owners.includes(ns) || !w.identity.ownerId
          ? `Every ${t.project} of ${entry.name} ${t.namespace} ${d(ns)}, including ones created later,`
          : `Every ${t.project} of the ${entry.name} ${t.namespace} with id ${d(w.identity.ownerId)}, including ones created later,`;
    case 'oidc-repo-prefix':
      return `Another ${t.project} of ${t.namespace} ${d(ns)} whose name matches the wildcard (such as ${d(w.identity.repo)})`;
    case 'oidc-id-wildcard':
      return `Whoever re-registers ${t.project} ${d(w.identity.owner)}/${d(w.identity.repo)} after a deletion or rename (same path, new ids)`;
    case 'oidc-any-context':
      return `Any branch, tag${t.change ? ` or ${t.change}` : ''} of ${ofProject}`;
    case 'oidc-pull-request':
      return `${capitalise(t.change ?? 'change request')} pipelines of ${ofProject} (code from any branch a developer pushes, before review)`;
    case 'oidc-run-phase': {
      const phase = w.facets?.[facetOf(entry.grammar, 'phase') ?? ''] ?? 'plan';
      const named = names.project && !names.project.startsWith('<');
      return `The ${phase} phase of ${named ? `${t.project} ${d(names.project)}` : `any ${t.project}`}${phase === 'plan' ? ' (speculative plans of pull requests included, before review)' : ''}`;
    }
    default: {
      const what = w.cls === 'new-tag' ? 'new tags' : w.cls === 'new-environment' ? 'other environments (or none)' : 'new branches';
      const mr = t.change && w.cls === 'new-branch' ? `; ${t.change} pipelines run on their source branch` : '';
      return `Runs of ${ofProject} from ${what} (anyone who can push a branch or tag${mr})`;
    }
  }
}

/** The smallest fix, in the issuer's grammar. */
export function issuerFix(entry: IssuerEntry, match: IssuerMatch, prefix: string, ruleId: string, w: Witness, names: IssuerNames): string {
  const example = exampleSubject(entry, match, names, w);
  const op = example?.includes('*') ? 'StringLike' : 'StringEquals';
  const sub = example ? `restrict sub with ${op} to the full subject, e.g. "${names.display(example)}"` : 'restrict sub to the intended subject';
  switch (ruleId) {
    case 'oidc-id-wildcard': {
      const ids = Object.entries(entry.grammar?.claims ?? {})
        .filter(([claim, t]) => entry.stsClaims(match).includes(claim) && /<(namespaceId|projectId)>/.test(t))
        .map(([claim]) => `${prefix}:${claim}`);
      return ids.length ? `pin the immutable ids with StringEquals on ${ids.join(' and ')} (literal values)` : sub;
    }
    case 'oidc-run-phase':
      return `${sub}, and give the plan phase its own read-only role`;
    case 'oidc-any-owner': {
      const nsFacet = facetOf(entry.grammar, 'namespace');
      const grouped = entry.id === 'gitlab' && nsFacet ? ` (a group-wide pattern needs the slash: "project_path:${names.display(names.owner)}/*")` : '';
      return `${sub}${grouped}`;
    }
    default:
      return sub;
  }
}

/** "Also admitted: …" in the issuer's terms, per scope rule id. */
export function issuerRulePhrase(entry: IssuerEntry, ruleId: string): string {
  const t = entry.terms;
  switch (ruleId) {
    case 'oidc-any-owner':
      return `any ${t.namespace}`;
    case 'oidc-owner-wide':
      return `other ${t.projects} of the ${t.namespace}`;
    case 'oidc-repo-prefix':
      return `${t.projects} matching the name wildcard`;
    case 'oidc-id-wildcard':
      return 're-registered paths';
    case 'oidc-any-context':
      return `any branch or tag${t.change ? ` or ${t.change}` : ''}`;
    case 'oidc-pull-request':
      return `${t.change ?? 'change request'}s`;
    case 'oidc-run-phase':
      return 'another run phase';
    default:
      return 'new branches or tags';
  }
}

/** Words for `explain` rows of an issuer's class. */
export function issuerClassPhrase(entry: IssuerEntry, cls: OutsiderClass): string {
  const t = entry.terms;
  switch (cls) {
    case 'other-owner':
      return `${t.projects} of other ${t.namespace}s`;
    case 'other-repo':
      return `other ${t.projects} of the ${t.namespace}`;
    case 'repo-name-match':
      return `${t.projects} whose names match the wildcard`;
    case 'other-ids':
      return 're-registered paths with new ids';
    case 'new-branch':
      return 'new branches';
    case 'new-tag':
      return 'new tags';
    case 'new-environment':
      return 'other environments';
    case 'pull-request':
      return `${t.change ?? 'change request'}s`;
    case 'run-phase':
      return 'another run phase';
    case 'reusable-caller':
      return 'callers of the reusable workflow';
  }
}
