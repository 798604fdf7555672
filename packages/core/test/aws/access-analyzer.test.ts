import { describe, expect, it } from 'vitest';
import { checkWithAccessAnalyzer, hasUnresolvedValue, mapAaLocation, sourceLocationOf } from '../../src/aws/access-analyzer.js';
import { newCallContext } from '../../src/aws/call.js';
import { FailureLog } from '../../src/aws/failures.js';
import type { AaLocation, AaValidateFinding, AccessAnalyzerPort } from '../../src/aws/ports.js';
import { pathKey, renderPolicy } from '../../src/aws/render.js';
import type { TrustPolicyDocument } from '../../src/model/document.js';
import { lineStarts, positionAt, type Span } from '../../src/model/span.js';
import { readPolicyFile } from '../../src/sources/policy-file.js';

function policyDoc(file: string, text: string, template = false): TrustPolicyDocument {
  const doc = readPolicyFile(file, text, template).documents[0];
  if (!doc) throw new Error(`not a policy: ${file}`);
  return doc;
}

/** The span of the `occurrence`-th `needle` in `text` (offsets and UTF-16 columns, as the sources use). */
function spanOf(text: string, needle: string, occurrence = 0): Span {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not found`);
  const starts = lineStarts(text);
  return { start: positionAt(starts, at), end: positionAt(starts, at + needle.length) };
}

/** A user's file: CRLF, tabs, everything on few lines, non-ASCII before and inside the values. */
const USER_FILE = [
  '{"Version": "2012-10-17", "Statement": [{"Sid": "Zugriff für 🚀 Ünïcødé-Team",',
  '\t"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},',
  '\t"Action": "sts:AssumeRoleWithWebIdentity",',
  '\t"Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:äcme/app:environment:prüfung-🚀"}}}]}',
].join('\r\n');

const SUB_PATH = ['Statement', 0, 'Condition', 'StringLike', 'token.actions.githubusercontent.com:sub'];

/** Where AWS would put the sub value in the rendered text, with its column counted in some unit. */
function awsLocationOfSub(doc: TrustPolicyDocument, unit: 'utf16' | 'codePoints' | 'utf8'): AaLocation {
  const rendered = renderPolicy(doc.root);
  const entry = rendered.byPath.get(pathKey(SUB_PATH))!;
  const line = rendered.text.split('\n')[entry.value.start.line - 1]!;
  const count = (s: string): number => (unit === 'utf16' ? s.length : unit === 'codePoints' ? Array.from(s).length : Buffer.byteLength(s));
  const startCol = count(line.slice(0, entry.value.start.column));
  const endCol = count(line.slice(0, entry.value.end.column));
  // A nonsense offset: the mapping must never read it.
  return { path: [], span: { start: { line: entry.value.start.line, column: startCol, offset: -12345 }, end: { line: entry.value.end.line, column: endCol, offset: 9e9 } } };
}

function fakePort(findings: (doc: string) => AaValidateFinding[], pageSize = 100, publicResult?: (doc: string) => 'PASS' | 'FAIL'): AccessAnalyzerPort & { sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    async *validatePolicy(doc) {
      const all = findings(doc);
      let start = 0;
      do {
        // One request per page, as the SDK's paginator makes them.
        sent.push(doc);
        yield await Promise.resolve(all.slice(start, start + pageSize));
        start += pageSize;
      } while (start < all.length);
    },
    checkNoPublicAccess(doc) {
      return Promise.resolve({ result: publicResult?.(doc) ?? 'PASS', message: 'The policy grants public access.', reasons: [{ description: 'Principal * with no condition', statementIndex: 0 }] });
    },
  };
}

function aaFinding(type: string, code: string, locations: AaLocation[]): AaValidateFinding {
  return { findingType: type, issueCode: code, findingDetails: `details of ${code}`, learnMoreLink: 'https://docs.aws.amazon.com/x', locations };
}

describe('mapping Access Analyzer locations to the user\'s file', () => {
  const doc = policyDoc('infra/trust.json', USER_FILE);
  const subSpan = spanOf(USER_FILE, '"repo:äcme/app:environment:prüfung-🚀"');

  it('maps a path to the source node, whatever the rendering', () => {
    const rendered = renderPolicy(doc.root);
    const mapped = mapAaLocation(rendered, { path: [{ value: 'Statement' }, { index: 0 }, { value: 'Condition' }, { value: 'StringLike' }, { value: 'token.actions.githubusercontent.com:sub' }] });
    expect(mapped).toEqual({ path: SUB_PATH, at: 'value' });
    expect(sourceLocationOf(doc, mapped)).toEqual({ file: 'infra/trust.json', span: subSpan });
  });

  for (const unit of ['utf16', 'codePoints', 'utf8'] as const) {
    it(`maps a span alone (columns in ${unit}, offset ignored) to the same node`, () => {
      const mapped = mapAaLocation(renderPolicy(doc.root), awsLocationOfSub(doc, unit));
      expect(mapped).toEqual({ path: SUB_PATH, at: 'value' });
      expect(sourceLocationOf(doc, mapped)).toEqual({ file: 'infra/trust.json', span: subSpan });
    });
  }

  it('maps a key element to the key, and a span at the key\'s indentation to the key', () => {
    const rendered = renderPolicy(doc.root);
    const byKey = mapAaLocation(rendered, { path: [{ value: 'Statement' }, { index: 0 }, { key: 'Sid' }] });
    expect(byKey).toEqual({ path: ['Statement', 0, 'Sid'], at: 'key' });
    expect(sourceLocationOf(doc, byKey)?.span).toEqual(spanOf(USER_FILE, '"Sid"'));
    const entry = rendered.byPath.get(pathKey(['Statement', 0, 'Sid']))!;
    expect(mapAaLocation(rendered, { path: [], span: { start: entry.key!.start, end: entry.key!.end } })).toEqual({ path: ['Statement', 0, 'Sid'], at: 'key' });
  });

  it('falls back to the span, then to the deepest known prefix, when AWS names a path the rendering lacks', () => {
    const rendered = renderPolicy(doc.root);
    const sub = awsLocationOfSub(doc, 'utf8');
    expect(mapAaLocation(rendered, { path: [{ value: 'Statement' }, { index: 7 }], ...(sub.span ? { span: sub.span } : {}) }).path).toEqual(SUB_PATH);
    expect(mapAaLocation(rendered, { path: [{ value: 'Statement' }, { index: 0 }, { value: 'Resource' }] })).toEqual({ path: ['Statement', 0], at: 'value' });
    expect(mapAaLocation(rendered, { path: [] })).toEqual({ path: [], at: 'value' });
  });

  it('narrows a substring only inside a plain ASCII literal', () => {
    const asciiText = '{"Statement": [{"Effect": "Allow", "Action": "sts:AssumeRoleWithWebIdentity", "Principal": "*"}]}';
    const ascii = policyDoc('p.json', asciiText);
    const action = { path: [{ value: 'Statement' }, { index: 0 }, { value: 'Action' }, { substring: { start: 4, length: 10 } }] };
    const mapped = mapAaLocation(renderPolicy(ascii.root), action);
    expect(mapped.substring).toEqual({ start: 4, length: 10 });
    const span = sourceLocationOf(ascii, mapped)!.span;
    expect(span).toEqual(spanOf(asciiText, 'AssumeRole'));
    // Non-ASCII: the whole value, never a guessed part of it.
    const nonAscii = mapAaLocation(renderPolicy(doc.root), { path: [...awsPath(SUB_PATH), { substring: { start: 5, length: 4 } }] });
    expect(sourceLocationOf(doc, nonAscii)?.span).toEqual(subSpan);
  });

  it('reports live documents without a location', () => {
    const live: TrustPolicyDocument = { ...doc, sourceKind: 'live', resource: 'arn:aws:iam::123456789012:role/x' };
    expect(sourceLocationOf(live, { path: SUB_PATH, at: 'value' })).toBeNull();
  });
});

function awsPath(path: (string | number)[]): AaLocation['path'] {
  return path.map((seg) => (typeof seg === 'number' ? { index: seg } : { value: seg }));
}

describe('checkWithAccessAnalyzer', () => {
  const doc = policyDoc('infra/trust.json', USER_FILE);

  it('sends the rendered document, reads every page and maps severities and issue codes', async () => {
    const findings = [
      aaFinding('SECURITY_WARNING', 'MISSING_GITHUB_REPO_CONDITION_KEY', [{ path: awsPath(SUB_PATH) }]),
      aaFinding('ERROR', 'MISMATCHED_ACTION_FOR_PRINCIPAL', [{ path: awsPath(['Statement', 0, 'Action']) }]),
      aaFinding('WARNING', 'SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED', [awsLocationOfSub(doc, 'codePoints')]),
      aaFinding('SUGGESTION', 'CONFIRM_AUDIENCE_CLAIM_TYPE', [{ path: awsPath(['Statement', 0, 'Condition']) }, { path: awsPath(SUB_PATH) }]),
      aaFinding('ERROR', 'EMPTY_OBJECT', []),
    ];
    const port = fakePort(() => findings, 2);
    const calls = newCallContext();
    const failures = new FailureLog();
    const run = await checkWithAccessAnalyzer([doc], port, { calls, failures });
    expect(port.sent).toHaveLength(3);
    expect(port.sent[0]).toBe(JSON.stringify(JSON.parse(USER_FILE), null, 2));
    expect(run.checked).toBe(1);
    expect(failures.size).toBe(0);
    expect(run.findings.map((f) => [f.severity, f.properties?.issueCode, f.path])).toEqual([
      ['error', 'MISSING_GITHUB_REPO_CONDITION_KEY', SUB_PATH],
      ['error', 'MISMATCHED_ACTION_FOR_PRINCIPAL', ['Statement', 0, 'Action']],
      ['warning', 'SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED', SUB_PATH],
      ['info', 'CONFIRM_AUDIENCE_CLAIM_TYPE', ['Statement', 0, 'Condition']],
      ['error', 'EMPTY_OBJECT', []],
    ]);
    const first = run.findings[0]!;
    expect(first.message).toBe('Access Analyzer SECURITY_WARNING MISSING_GITHUB_REPO_CONDITION_KEY: details of MISSING_GITHUB_REPO_CONDITION_KEY');
    expect(first.location).toEqual({ file: 'infra/trust.json', span: spanOf(USER_FILE, '"repo:äcme/app:environment:prüfung-🚀"') });
    expect(first.properties).toEqual({ issueCode: 'MISSING_GITHUB_REPO_CONDITION_KEY', findingType: 'SECURITY_WARNING', learnMoreLink: 'https://docs.aws.amazon.com/x' });
    expect(run.findings[3]!.related?.[0]?.location.span).toEqual(spanOf(USER_FILE, '"repo:äcme/app:environment:prüfung-🚀"'));
    expect(run.findings[4]!.location).toEqual(doc.location);
    expect(calls.stats).toEqual({ attempted: 3, succeeded: 3, failed: 0 });
  });

  it('does not send a policy holding unresolved values', async () => {
    const template = policyDoc('trust.json.tpl', '{"Statement": [{"Effect": "Allow", "Principal": {"Federated": "${provider_arn}"}, "Action": "sts:AssumeRoleWithWebIdentity"}]}', true);
    expect(hasUnresolvedValue(template.root)).toBe(true);
    const port = fakePort(() => []);
    const run = await checkWithAccessAnalyzer([template, doc], port, { calls: newCallContext(), failures: new FailureLog() });
    expect(port.sent).toHaveLength(1);
    expect(run.skipped).toEqual([template]);
    expect(run.findings).toEqual([]);
  });

  it('runs CheckNoPublicAccess only when asked, and reports FAIL at the statement', async () => {
    const port = fakePort(() => [], 100, () => 'FAIL');
    const quiet = await checkWithAccessAnalyzer([doc], port, { calls: newCallContext(), failures: new FailureLog() });
    expect(quiet.findings).toEqual([]);
    const run = await checkWithAccessAnalyzer([doc], port, { validate: false, checkNoPublicAccess: true, calls: newCallContext(), failures: new FailureLog() });
    expect(run.findings).toHaveLength(1);
    expect(run.findings[0]).toMatchObject({
      ruleId: 'access-analyzer-public',
      severity: 'error',
      path: ['Statement', 0],
      location: { file: 'infra/trust.json', span: (doc.root.members[1]!.value as { items: { span: Span }[] }).items[0]!.span },
    });
    expect(run.findings[0]!.message).toContain('Principal * with no condition');
  });

  it('bounds the calls in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const port: AccessAnalyzerPort = {
      async *validatePolicy() {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        yield [];
      },
      checkNoPublicAccess: () => Promise.reject(new Error('not used')),
    };
    const docs = Array.from({ length: 20 }, (_, i) => policyDoc(`p${i}.json`, USER_FILE));
    const run = await checkWithAccessAnalyzer(docs, port, { concurrency: 3, calls: newCallContext(), failures: new FailureLog() });
    expect(run.checked).toBe(20);
    expect(peak).toBe(3);
  });

  it('turns a failure into one aws-check-failed per document, or one for AccessDenied', async () => {
    // As the SDK leaves it after its retries (they are tested over the wire, wire.test.ts).
    const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 429, attempts: 5 } });
    const denied = Object.assign(new Error('User: x is not authorized to perform: access-analyzer:ValidatePolicy'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } });
    const docs = [policyDoc('a.json', USER_FILE), policyDoc('b.json', USER_FILE)];
    // eslint-disable-next-line require-yield -- a listing whose first page fails
    const failing = async function* (err: Error): AsyncGenerator<AaValidateFinding[]> {
      await Promise.resolve();
      throw err;
    };

    const failures = new FailureLog();
    const calls = newCallContext();
    await checkWithAccessAnalyzer(docs, { validatePolicy: () => failing(throttled), checkNoPublicAccess: () => Promise.reject(throttled) }, { calls, failures, concurrency: 1 });
    expect(calls.stats).toEqual({ attempted: 2, succeeded: 0, failed: 2 });
    const perDoc = failures.findings();
    expect(perDoc.map((f) => f.location?.file)).toEqual(['a.json', 'b.json']);
    expect(perDoc[0]!.message).toMatch(/^access-analyzer:ValidatePolicy failed for a\.json: still throttled after 5 attempts \(ThrottlingException: Rate exceeded\); the policy was not validated by Access Analyzer$/);

    const deniedLog = new FailureLog();
    const deniedCalls = newCallContext();
    let sent = 0;
    const countedDenial = async function* (): AsyncGenerator<AaValidateFinding[]> {
      sent++;
      yield* failing(denied);
    };
    await checkWithAccessAnalyzer(docs, { validatePolicy: countedDenial, checkNoPublicAccess: () => Promise.reject(denied) }, { calls: deniedCalls, failures: deniedLog, concurrency: 1 });
    expect(sent).toBe(1);
    const [one, ...rest] = deniedLog.findings();
    expect(rest).toEqual([]);
    expect(one).toMatchObject({ ruleId: 'aws-check-failed', severity: 'warning', location: null, properties: { missingPermission: 'access-analyzer:ValidatePolicy', resources: ['a.json', 'b.json'] } });
    expect(one!.message).toContain('lacks the permission access-analyzer:ValidatePolicy');
  });
});
