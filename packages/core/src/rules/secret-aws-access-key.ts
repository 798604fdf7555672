import { lineStarts, positionAt } from '../model/span.js';
import { defineRule } from './define.js';
import { findAwsKeys, type KeyMatch } from '../secrets/detectors.js';

/** What to do about the key, in the message after the masked key. */
function advice(key: KeyMatch): string {
  const where = 'it is in every clone, fork and backup, and in the history after the line is deleted.';
  if (key.temporary) {
    // STS credentials cannot be revoked, only their permissions (spec/domain.md has no entry; AWS IAM
    // User Guide, "Disabling permissions for temporary security credentials").
    return `is written in this file: with its secret and session token it works until it expires (up to 36 hours), and ${where} Cut off its permissions first (for a role session: revoke the role's active sessions; for a user's session token: deny the user until it expires), then remove it from the file; never commit credentials a job obtained.`;
  }
  return `is written in this file: ${where} Deactivate the key in IAM first, then remove it from the file; use a role (OIDC for CI, SSO for people) instead of keys.`;
}

/** Literal AWS keys in any scanned file; messages and properties carry only the masked key. */
export default defineRule({
  id: 'secret-aws-access-key',
  meta: {
    title: 'AWS access key written in a file',
    defaultSeverity: 'error',
    category: 'long-lived-keys',
    description:
      'A literal access key id (long-term `AKIA…`, temporary `ASIA…`, or `ABIA`, `ACCA`, `A3T?`), or a 40-character secret assigned to a secret-key name, in any scanned file; every output masks all but the last four characters.',
    variants: "info for AWS's documented example key",
  },
  file(ctx) {
    const keys = findAwsKeys(ctx.text);
    if (keys.length === 0) return;
    const starts = lineStarts(ctx.text);
    for (const key of keys) {
      const location = { file: ctx.file, span: { start: positionAt(starts, key.start), end: positionAt(starts, key.end) } };
      const what = key.kind === 'secret-access-key' ? 'AWS secret access key' : key.temporary ? 'temporary AWS access key id' : 'AWS access key id';
      const properties = { keyKind: key.kind, masked: key.masked, example: key.example, ...(key.temporary ? { temporary: true } : {}) };
      if (key.example) {
        ctx.report({
          location,
          severity: 'info',
          properties,
          message: `${what} ${key.masked} is AWS's documented example key: harmless here, but a real key in its place would be readable by everyone who can read this file and its history.`,
        });
        continue;
      }
      ctx.report({ location, properties, message: `${what} ${key.masked} ${advice(key)}` });
    }
  },
});
