import { ruleMeta } from '../catalog/rules.js';
import { redactSecrets } from '../secrets/redact.js';
import type { Finding } from '../model/finding.js';
import type { SourceLocation } from '../model/span.js';
import { permissionOf, type AwsCallError } from './call.js';

/** What a failed call was about: a resource (ARN), a file location, and a short label for messages. */
export interface FailureSubject {
  label: string;
  resource?: string;
  location?: SourceLocation | null;
}

interface Entry {
  failure: AwsCallError;
  /** What was not checked because of it, e.g. "roles were not scanned". */
  consequence: string;
  subjects: FailureSubject[];
}

const MAX_LISTED = 5;

/** What happened to the call, where "failed" would not say it. */
const VERB: Partial<Record<AwsCallError['error']['kind'], string>> = {
  deadline: 'did not finish',
  truncated: 'was cut short',
};

/**
 * Collects failed calls and turns them into `aws-check-failed` findings. AccessDenied, rejected
 * credentials and the expired time limit are systemic, so they become one finding per operation
 * listing every call they affected; other failures are reported per resource.
 */
export class FailureLog {
  private readonly entries = new Map<string, Entry>();
  private seq = 0;

  record(failure: AwsCallError, consequence: string, subject?: FailureSubject): void {
    const systemic = failure.error.kind === 'access-denied' || failure.error.kind === 'credentials' || failure.error.kind === 'deadline';
    const key = systemic ? `${permissionOf(failure.operation)} ${failure.error.kind} ${failure.error.code}` : `#${this.seq++}`;
    const entry = this.entries.get(key);
    if (entry) {
      if (subject) entry.subjects.push(subject);
      return;
    }
    this.entries.set(key, { failure, consequence, subjects: subject ? [subject] : [] });
  }

  get size(): number {
    return this.entries.size;
  }

  findings(): Finding[] {
    return [...this.entries.values()].map(toFinding);
  }
}

function what(failure: AwsCallError): string {
  const { error, attempts } = failure;
  const permission = permissionOf(failure.operation);
  const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
  const stopped = error.retryStopped !== undefined ? `; not retried further: ${error.retryStopped}` : '';
  const detail = (error.message && error.message !== error.code ? ` (${error.code}: ${truncate(error.message, 300)})` : ` (${error.code})`) + stopped;
  switch (error.kind) {
    case 'access-denied':
      return `access denied: the identity running the scan lacks the permission ${permission}${detail}`;
    case 'credentials':
      return `the AWS credentials were missing or rejected${detail}`;
    case 'throttled':
      return `still throttled${tries}${detail}`;
    case 'server':
      return `server error${error.status !== undefined ? ` ${error.status}` : ''}${tries}${detail}`;
    case 'timeout':
      return `timed out${tries}${detail}`;
    case 'network':
      return `network error${tries}${detail}`;
    case 'malformed':
      return `the response could not be read${detail}`;
    case 'client':
      return `the request was rejected${detail}`;
    case 'deadline':
    case 'truncated':
      return error.message;
  }
}

/** Masked before it is cut: a key cut in half is no longer recognisable as one. */
function truncate(text: string, max: number): string {
  const safe = redactSecrets(text);
  return safe.length <= max ? safe : `${safe.slice(0, max - 1)}…`;
}

function toFinding(entry: Entry): Finding {
  const { failure, subjects, consequence } = entry;
  const permission = permissionOf(failure.operation);
  const single = subjects.length === 1 ? subjects[0] : undefined;
  let scope = '';
  if (single) scope = ` for ${single.label}`;
  else if (subjects.length > 1) {
    const listed = subjects.slice(0, MAX_LISTED).map((s) => s.label).join(', ');
    scope = ` for ${subjects.length} resources (${listed}${subjects.length > MAX_LISTED ? `, and ${subjects.length - MAX_LISTED} more` : ''})`;
  }
  const error = failure.error;
  return {
    ruleId: 'aws-check-failed',
    severity: ruleMeta('aws-check-failed').defaultSeverity,
    message: `${permission} ${VERB[error.kind] ?? 'failed'}${scope}: ${what(failure)}; ${consequence}`,
    location: single?.location ?? null,
    ...(single?.resource !== undefined ? { resource: single.resource } : {}),
    properties: {
      operation: permission,
      errorCode: error.code,
      kind: error.kind,
      attempts: failure.attempts,
      ...(error.kind === 'access-denied' ? { missingPermission: permission } : {}),
      ...(error.retryStopped !== undefined ? { retryStopped: error.retryStopped } : {}),
      ...(error.status !== undefined ? { httpStatus: error.status } : {}),
      ...(subjects.length > 1 ? { resources: subjects.map((s) => s.resource ?? s.label) } : {}),
    },
  };
}
