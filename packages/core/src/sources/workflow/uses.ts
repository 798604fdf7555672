import type { ActionRef, WorkflowValue } from '../../model/workflow.js';

const REPOSITORY_RE = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)((?:\/[^@\s]*)?)(?:@(\S*))?$/;

/** Parses a `uses:` value: `owner/repo[/path]@ref`, `docker://image[:tag|@digest]`, or `./local`. */
export function parseUses(value: WorkflowValue): ActionRef {
  const { text, location } = value;
  // GitHub evaluates no expressions in `uses`; such a value is kept, but not interpreted.
  if (value.kind === 'expression') return { kind: 'unknown', text, location };
  if (text.startsWith('./') || text.startsWith('../')) return { kind: 'local', path: text, text, location };
  if (text.startsWith('docker://')) {
    const image = text.slice('docker://'.length);
    const at = image.indexOf('@');
    if (at >= 0) return { kind: 'docker', image: image.slice(0, at), digest: image.slice(at + 1), text, location };
    // The tag follows the last `:` after the last `/` (a registry host may carry a port).
    const colon = image.lastIndexOf(':');
    if (colon > image.lastIndexOf('/')) return { kind: 'docker', image: image.slice(0, colon), tag: image.slice(colon + 1), text, location };
    return { kind: 'docker', image, text, location };
  }
  const m = REPOSITORY_RE.exec(text);
  if (!m?.[1] || !m[2]) return { kind: 'unknown', text, location };
  const path = (m[3] ?? '').replace(/^\//, '');
  return {
    kind: 'repository',
    owner: m[1],
    repo: m[2],
    ...(path ? { path } : {}),
    ...(m[4] !== undefined ? { ref: m[4] } : {}),
    text,
    location,
  };
}
