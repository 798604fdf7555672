import { DEFAULT_AUDIENCES } from '../github/audiences.js';
import { githubIssuerKind, providerPrefix } from '../github/issuers.js';
import { globMatches } from '../github/patterns.js';
import { configuredGitHubIssuers } from '../issuers/registry.js';
import { displayValue, hasMarker, replaceMarkers } from '../model/policy.js';
import { defineRule } from './define.js';

export default defineRule({
  id: 'oidc-provider-audience',
  meta: {
    title: 'OIDC provider does not accept sts.amazonaws.com',
    defaultSeverity: 'error',
    category: 'trust',
    description:
      "An OIDC provider resource for a GitHub issuer whose client-id list lacks `sts.amazonaws.com` (or the configured audiences).",
  },
  provider(ctx) {
    const doc = ctx.document;
    const prefix = providerPrefix(doc.url);
    if (!githubIssuerKind(prefix, configuredGitHubIssuers(ctx.config))) return;
    if (doc.clientIds === 'unresolved') return;
    const audiences = ctx.config.audiences ?? DEFAULT_AUDIENCES;
    // An unresolved part could be anything, so a client id only fails when even then it cannot be
    // an expected audience (`https://github.com/<org>` never is sts.amazonaws.com).
    const couldBe = (id: string, audience: string): boolean =>
      hasMarker(id) ? globMatches(replaceMarkers(id, '*').replace(/[?]/g, '\\?'), audience) : id === audience;
    if (doc.clientIds.some((c) => audiences.some((a) => couldBe(c.value, a)))) return;
    const ids = doc.clientIds.map((c) => displayValue(c.value));
    ctx.report({
      location: doc.clientIdsLocation ?? doc.location,
      ...(doc.resource ? { resource: doc.resource } : {}),
      ...(doc.clientIdsRelated ? { related: doc.clientIdsRelated } : {}),
      message: `the OIDC provider for ${prefix} accepts the audiences [${ids.map((i) => `"${i}"`).join(', ') || 'none'}] but not ${audiences.map((a) => `"${a}"`).join(' or ')}: configure-aws-credentials requests "${audiences[0] ?? 'sts.amazonaws.com'}", so every role trusting this provider fails to assume. Add "${audiences[0] ?? 'sts.amazonaws.com'}" to the client-id list.`,
      properties: { provider: prefix, clientIds: ids },
    });
  },
});
