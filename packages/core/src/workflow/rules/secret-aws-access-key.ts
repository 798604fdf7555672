import { lineStarts, positionAt } from '../../model/span.js';
import { defineRule } from '../../rules/define.js';
import { findAwsKeys } from '../secrets.js';

/** Literal AWS keys in any scanned file; messages and properties carry only the masked key. */
export default defineRule({
  id: 'secret-aws-access-key',
  file(ctx) {
    const keys = findAwsKeys(ctx.text);
    if (keys.length === 0) return;
    const starts = lineStarts(ctx.text);
    for (const key of keys) {
      const location = { file: ctx.file, span: { start: positionAt(starts, key.start), end: positionAt(starts, key.end) } };
      const what = key.kind === 'access-key-id' ? 'AWS access key id' : 'AWS secret access key';
      const properties = { keyKind: key.kind, masked: key.masked, example: key.example };
      if (key.example) {
        ctx.report({
          location,
          severity: 'info',
          properties,
          message: `${what} ${key.masked} is AWS's documented example key: harmless here, but a real key in its place would be readable by everyone who can read this file and its history.`,
        });
        continue;
      }
      ctx.report({
        location,
        properties,
        message: `${what} ${key.masked} is written in this file: it is in every clone, fork and backup, and in the history after the line is deleted. Deactivate the key in IAM first, then remove it from the file; use a role (OIDC for CI, SSO for people) instead of keys.`,
      });
    }
  },
});
