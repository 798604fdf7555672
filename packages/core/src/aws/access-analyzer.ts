import { ruleMeta } from '../catalog/rules.js';
import type { TrustPolicyDocument } from '../model/document.js';
import type { Finding, RelatedLocation, Severity } from '../model/finding.js';
import { UNRESOLVED_OPEN, getMember, nodeAt, type PolicyNode, type PolicyPath } from '../model/policy.js';
import type { SourceLocation, Span } from '../model/span.js';
import { AwsCallError, callAws, mapLimit, type AwsOperation, type CallContext } from './call.js';
import { readListing } from './listing.js';
import { FailureLog, type FailureSubject } from './failures.js';
import type { AaLocation, AaValidateFinding, AccessAnalyzerPort } from './ports.js';
import { pathAtPosition, pathKey, renderPolicy, type RenderedPolicy } from './render.js';
import { provenanceNotes } from '../rules/index.js';

export const VALIDATE_POLICY: AwsOperation = { service: 'access-analyzer', action: 'ValidatePolicy' };
export const CHECK_NO_PUBLIC_ACCESS: AwsOperation = { service: 'access-analyzer', action: 'CheckNoPublicAccess' };

export interface AccessAnalyzerOptions {
  /** Run ValidatePolicy (default true). */
  validate?: boolean;
  /** Also run CheckNoPublicAccess: a charged custom policy check, so opt-in. */
  checkNoPublicAccess?: boolean;
  /** Documents checked at once (default 4). */
  concurrency?: number;
  calls: CallContext;
  failures: FailureLog;
}

export interface AccessAnalyzerRun {
  /** `access-analyzer` and `access-analyzer-public` findings (failures go to the FailureLog). */
  findings: Finding[];
  /** Documents for which at least one call succeeded. */
  checked: number;
  /** Documents not sent because they hold unresolved values: AWS would validate a made-up policy. */
  skipped: TrustPolicyDocument[];
}

/** True when some key or string of the tree holds an unresolved marker. */
export function hasUnresolvedValue(node: PolicyNode): boolean {
  switch (node.type) {
    case 'string':
      return node.value.includes(UNRESOLVED_OPEN);
    case 'array':
      return node.items.some(hasUnresolvedValue);
    case 'object':
      return node.members.some((m) => m.key.includes(UNRESOLVED_OPEN) || hasUnresolvedValue(m.value));
    default:
      return false;
  }
}

function severityOf(findingType: string): Severity {
  if (findingType === 'ERROR' || findingType === 'SECURITY_WARNING') return 'error';
  if (findingType === 'SUGGESTION') return 'info';
  return ruleMeta('access-analyzer').defaultSeverity;
}

/** The subject of a failed call on this document. */
export function documentSubject(doc: TrustPolicyDocument): FailureSubject {
  return {
    label: doc.resource ?? doc.file,
    ...(doc.resource !== undefined ? { resource: doc.resource } : {}),
    location: doc.sourceKind === 'live' ? null : doc.location,
  };
}

/**
 * Runs ValidatePolicy (every page) and, when asked, CheckNoPublicAccess on each trust policy, and maps
 * every Access Analyzer location back to the user's source through the rendered document.
 */
export async function checkWithAccessAnalyzer(
  documents: readonly TrustPolicyDocument[],
  port: AccessAnalyzerPort,
  options: AccessAnalyzerOptions,
): Promise<AccessAnalyzerRun> {
  const findings: Finding[] = [];
  const skipped: TrustPolicyDocument[] = [];
  let checked = 0;
  const sendable = documents.filter((doc) => {
    if (!hasUnresolvedValue(doc.root)) return true;
    skipped.push(doc);
    return false;
  });
  await mapLimit(sendable, options.concurrency ?? 4, async (doc) => {
    const rendered = renderPolicy(doc.root);
    let ok = false;
    if (options.validate !== false) {
      const listing = await readListing(VALIDATE_POLICY, port.validatePolicy(rendered.text), options.calls);
      if (listing.pages > 0) ok = true;
      for (const f of listing.items) findings.push(validateFinding(doc, rendered, f));
      if (listing.failure) {
        const consequence = listing.pages > 0 ? `Access Analyzer findings after page ${listing.pages} are missing` : 'the policy was not validated by Access Analyzer';
        options.failures.record(listing.failure, consequence, documentSubject(doc));
      }
    }
    if (options.checkNoPublicAccess) {
      try {
        const result = await callAws(CHECK_NO_PUBLIC_ACCESS, () => port.checkNoPublicAccess(rendered.text), options.calls);
        ok = true;
        if (result.result === 'FAIL') findings.push(publicAccessFinding(doc, result.message, result.reasons));
      } catch (err) {
        if (!(err instanceof AwsCallError)) throw err;
        options.failures.record(err, 'public access was not checked', documentSubject(doc));
      }
    }
    if (ok) checked++;
  });
  return { findings, checked, skipped };
}

/** An Access Analyzer location as a path in the rendered document, and what it points at. */
export interface MappedLocation {
  path: PolicyPath;
  at: 'key' | 'value';
  /** A `substring` element: characters of the string value. */
  substring?: { start: number; length: number };
}

/**
 * Turns a location into a path of the rendered document: its `path` when that exists there, else the
 * start line and column of its `span` (never the offset, whose unit for non-ASCII text is unknown).
 */
export function mapAaLocation(rendered: RenderedPolicy, location: AaLocation): MappedLocation {
  const path: PolicyPath = [];
  let at: 'key' | 'value' = 'value';
  let substring: { start: number; length: number } | undefined;
  for (const el of location.path) {
    at = 'value';
    if (typeof el.index === 'number') path.push(el.index);
    else if (typeof el.value === 'string') path.push(el.value);
    else if (typeof el.key === 'string') {
      path.push(el.key);
      at = 'key';
    } else {
      if (el.substring) substring = el.substring;
      break;
    }
  }
  if (path.length > 0 && rendered.byPath.has(pathKey(path))) return { path, at, ...(substring ? { substring } : {}) };
  const start = location.span?.start;
  if (start && Number.isInteger(start.line) && Number.isInteger(start.column)) {
    const found = pathAtPosition(rendered, start);
    if (found) return found;
  }
  // The deepest prefix of the path that exists (AWS named something the rendering does not have).
  for (let n = path.length - 1; n >= 0; n--) {
    if (rendered.byPath.has(pathKey(path.slice(0, n)))) return { path: path.slice(0, n), at: 'value' };
  }
  return { path: [], at: 'value' };
}

/** The source location of a rendered path: the node's span (or its key's), in the node's own file. */
export function sourceLocationOf(doc: TrustPolicyDocument, mapped: MappedLocation): SourceLocation | null {
  if (doc.sourceKind === 'live') return null;
  let node: PolicyNode = doc.root;
  let path = mapped.path;
  for (let n = path.length; n >= 0; n--) {
    const found = nodeAt(doc.root, path.slice(0, n));
    if (found) {
      node = found;
      path = path.slice(0, n);
      break;
    }
  }
  const file = node.file ?? doc.file;
  const last = path.at(-1);
  if (mapped.at === 'key' && typeof last === 'string') {
    const parent = nodeAt(doc.root, path.slice(0, -1));
    const member = parent?.type === 'object' ? getMember(parent, last) : undefined;
    if (member) return { file: parent?.file ?? doc.file, span: member.keySpan };
  }
  if (mapped.substring && node.type === 'string') {
    const narrowed = narrowToSubstring(node.value, node.span, mapped.substring);
    if (narrowed) return { file, span: narrowed };
  }
  return { file, span: node.span };
}

/**
 * Narrows a string's span to a substring only when the source text is certainly the quoted value
 * itself (one line, ASCII, no escapes): otherwise character counts in AWS's and our text may differ.
 */
function narrowToSubstring(value: string, span: Span, sub: { start: number; length: number }): Span | undefined {
  if (span.start.line !== span.end.line) return undefined;
  if (!/^[\x20-\x7e]*$/.test(value) || /["\\]/.test(value)) return undefined;
  if (span.end.column - span.start.column !== value.length + 2) return undefined;
  if (sub.start < 0 || sub.length < 0 || sub.start + sub.length > value.length) return undefined;
  const col = span.start.column + 1 + sub.start;
  const off = span.start.offset + 1 + sub.start;
  return {
    start: { line: span.start.line, column: col, offset: off },
    end: { line: span.start.line, column: col + sub.length, offset: off + sub.length },
  };
}

function withVariant(doc: TrustPolicyDocument, message: string): string {
  return doc.variant ? `${message} (${doc.variant})` : message;
}

function validateFinding(doc: TrustPolicyDocument, rendered: RenderedPolicy, f: AaValidateFinding): Finding {
  const mapped = f.locations.map((l) => mapAaLocation(rendered, l));
  const primary = mapped[0] ?? { path: [], at: 'value' as const };
  const location = sourceLocationOf(doc, primary) ?? null;
  const related: RelatedLocation[] = doc.sourceKind === 'live' ? [] : provenanceNotes(nodeAt(doc.root, primary.path));
  for (const m of mapped.slice(1)) {
    const loc = sourceLocationOf(doc, m);
    if (loc) related.push({ location: loc, message: `also reported here: ${JSON.stringify(m.path)}` });
  }
  const details = f.findingDetails.replace(/\s+/g, ' ').trim();
  return {
    ruleId: 'access-analyzer',
    severity: severityOf(f.findingType),
    message: withVariant(doc, `Access Analyzer ${f.findingType} ${f.issueCode}: ${details}`),
    location,
    path: primary.path,
    ...(doc.resource !== undefined ? { resource: doc.resource } : {}),
    ...(related.length ? { related } : {}),
    properties: {
      issueCode: f.issueCode,
      findingType: f.findingType,
      ...(f.learnMoreLink ? { learnMoreLink: f.learnMoreLink } : {}),
    },
  };
}

function publicAccessFinding(
  doc: TrustPolicyDocument,
  message: string | undefined,
  reasons: readonly { description?: string; statementIndex?: number; statementId?: string }[],
): Finding {
  const statements = getMember(doc.root, 'Statement')?.value;
  const index = reasons.find((r) => typeof r.statementIndex === 'number')?.statementIndex;
  let path: PolicyPath = [];
  if (index !== undefined && statements?.type === 'array' && statements.items[index]) path = ['Statement', index];
  else if (statements?.type === 'object') path = ['Statement'];
  const why = reasons
    .map((r) => [r.statementId ? `statement ${r.statementId}` : typeof r.statementIndex === 'number' ? `statement ${r.statementIndex}` : '', r.description ?? ''].filter(Boolean).join(': '))
    .filter(Boolean);
  const text = [message?.trim(), ...why].filter((s): s is string => s !== undefined && s !== '').join('; ');
  return {
    ruleId: 'access-analyzer-public',
    severity: ruleMeta('access-analyzer-public').defaultSeverity,
    message: withVariant(doc, `Access Analyzer CheckNoPublicAccess: FAIL, the trust policy grants public access${text ? ` (${text})` : ''}`),
    location: sourceLocationOf(doc, { path, at: 'value' }),
    path,
    ...(doc.resource !== undefined ? { resource: doc.resource } : {}),
    properties: { result: 'FAIL', reasons: reasons.map((r) => ({ ...r })) },
  };
}
