import { DEFAULT_AUDIENCES } from '../config.js';
import { githubIssuerKind, providerPrefix } from '../github/issuers.js';
import { hasMarker } from '../model/policy.js';
import { defineRule } from './define.js';

export default defineRule({
  id: 'oidc-provider-audience',
  provider(ctx) {
    const doc = ctx.document;
    const prefix = providerPrefix(doc.url);
    if (!githubIssuerKind(prefix, ctx.config.issuers)) return;
    if (doc.clientIds === 'unresolved' || doc.clientIds.some((c) => hasMarker(c.value))) return;
    const audiences = ctx.config.audiences ?? DEFAULT_AUDIENCES;
    const ids = doc.clientIds.map((c) => c.value);
    if (ids.some((id) => audiences.includes(id))) return;
    ctx.report({
      location: doc.clientIdsLocation ?? doc.location,
      ...(doc.resource ? { resource: doc.resource } : {}),
      message: `the OIDC provider for ${prefix} accepts the audiences [${ids.map((i) => `"${i}"`).join(', ') || 'none'}] but not ${audiences.map((a) => `"${a}"`).join(' or ')}: configure-aws-credentials requests "${audiences[0] ?? 'sts.amazonaws.com'}", so every role trusting this provider fails to assume. Add "${audiences[0] ?? 'sts.amazonaws.com'}" to the client-id list.`,
      properties: { provider: prefix, clientIds: ids },
    });
  },
});
