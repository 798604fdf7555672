/**
 * The state file of `aws scan --organization --resume FILE`: the accounts a run finished, so that a
 * run interrupted (Ctrl-C, the time limit, a lost connection) goes on where it stopped. It is
 * rewritten whole, to a temporary file renamed over the old one (rename is atomic on one file
 * system), so that a run killed while writing leaves the previous state, never half of one. Only
 * accounts scanned to the end are kept; the others are scanned again.
 */
import { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Finding, Severity } from '../model/finding.js';
import type { AccountRecord } from './organization.js';

export const RESUME_VERSION = 1;
/** A state file larger than this is not read (1,000 accounts of an ordinary organization take a few MiB). */
export const MAX_RESUME_BYTES = 256 * 1024 * 1024;

export class ResumeFileError extends Error {
  override readonly name = 'ResumeFileError';
}

interface ResumeFile {
  version: number;
  kind: 'trustlint-organization-scan';
  memberRoleName: string;
  accounts: AccountRecord[];
}

function readBounded(file: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ResumeFileError(`${file}: cannot be read: ${(err as Error).message}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ResumeFileError(`${file}: is not a regular file`);
    if (stat.size > MAX_RESUME_BYTES) throw new ResumeFileError(`${file}: ${stat.size} bytes, more than the ${MAX_RESUME_BYTES} a state file may have`);
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

const SEVERITIES = new Set<Severity>(['error', 'warning', 'info']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** The shape of one stored account, checked: the file may have been edited by hand (or by anyone). */
function accountProblem(a: unknown): string | undefined {
  if (!isObject(a)) return 'is not an object';
  if (typeof a.id !== 'string' || !/^\d{12}$/.test(a.id)) return 'has no 12-digit id';
  if (typeof a.name !== 'string') return 'has no name';
  if (a.status !== 'scanned') return `has the status ${JSON.stringify(a.status)}, not "scanned"`;
  if (!isCount(a.durationMs) || !isCount(a.suppressed)) return 'has no durationMs or suppressed count';
  const c = a.counts;
  if (!isObject(c) || !['providers', 'roles', 'rolesTrustingOidc', 'users', 'activeAccessKeys'].every((k) => isCount(c[k]))) return 'has no counts';
  if (!Array.isArray(a.findings)) return 'has no findings list';
  for (const [i, f] of a.findings.entries()) {
    if (!isObject(f) || typeof f.ruleId !== 'string' || typeof f.message !== 'string' || !SEVERITIES.has(f.severity as Severity) || f.location !== null) {
      return `has a malformed finding at index ${i}`;
    }
  }
  if (!Array.isArray(a.roles) || !a.roles.every((r) => isObject(r) && typeof r.arn === 'string' && typeof r.roleName === 'string' && typeof r.policy === 'string')) {
    return 'has a malformed roles list';
  }
  const s = a.stats;
  if (!isObject(s) || !isCount(s.attempted) || !isCount(s.succeeded) || !isCount(s.failed)) return 'has no call stats';
  return undefined;
}

/**
 * The finished accounts of an earlier run, by id; empty when the file does not exist yet. A file
 * that is not a state file of this kind, or was written for another member role, is an error.
 */
export function readResumeState(file: string, memberRoleName: string): Map<string, AccountRecord> {
  const text = readBounded(file);
  const done = new Map<string, AccountRecord>();
  if (text === undefined) return done;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ResumeFileError(`${file}: not a trustlint state file: ${(err as Error).message}`);
  }
  if (!isObject(value) || value.kind !== 'trustlint-organization-scan' || !Array.isArray(value.accounts)) {
    throw new ResumeFileError(`${file}: not a trustlint state file of aws scan --organization`);
  }
  if (value.version !== RESUME_VERSION) throw new ResumeFileError(`${file}: state file version ${JSON.stringify(value.version)}, this trustlint reads version ${RESUME_VERSION}`);
  if (value.memberRoleName !== memberRoleName) {
    throw new ResumeFileError(
      `${file}: written by a scan through the member role ${JSON.stringify(value.memberRoleName)}, not ${JSON.stringify(memberRoleName)}: use the same --member-role-name, or another --resume file`,
    );
  }
  for (const [i, a] of value.accounts.entries()) {
    const problem = accountProblem(a);
    if (problem !== undefined) throw new ResumeFileError(`${file}: accounts[${i}] ${problem}`);
    const record = a as AccountRecord;
    done.set(record.id, record);
  }
  return done;
}

/** What of a record is stored: the findings without the account properties (added again when read). */
function stored(record: AccountRecord): AccountRecord {
  const findings = record.findings.map((f): Finding => {
    const properties = { ...f.properties };
    delete properties.accountId;
    delete properties.accountName;
    const out: Finding = { ...f };
    if (Object.keys(properties).length) out.properties = properties;
    else delete out.properties;
    return out;
  });
  return { ...record, findings };
}

/**
 * Collects finished accounts and rewrites the state file atomically: at most once per `intervalMs`
 * while the scan runs (a write is O(file size)), and once more at the end (`flush`).
 */
export class ResumeWriter {
  private readonly accounts = new Map<string, AccountRecord>();
  /** The first finished account is written at once. */
  private lastWrite = -Infinity;
  private dirty = false;

  constructor(
    readonly file: string,
    private readonly memberRoleName: string,
    previous: ReadonlyMap<string, AccountRecord> = new Map(),
    private readonly intervalMs = 2_000,
    private readonly clock: () => number = Date.now,
  ) {
    for (const [id, r] of previous) this.accounts.set(id, r);
  }

  /** A finished account; only `scanned` ones are kept (the others are scanned again next time). */
  add(record: AccountRecord): void {
    if (record.status !== 'scanned') return;
    this.accounts.set(record.id, stored(record));
    this.dirty = true;
    if (this.clock() - this.lastWrite >= this.intervalMs) this.flush();
  }

  get size(): number {
    return this.accounts.size;
  }

  /** Writes the state now if anything changed (or the file was never written). */
  flush(force = false): void {
    if (!this.dirty && !force) return;
    const content: ResumeFile = { version: RESUME_VERSION, kind: 'trustlint-organization-scan', memberRoleName: this.memberRoleName, accounts: [...this.accounts.values()] };
    const tmp = join(dirname(this.file), `.${basename(this.file)}.${process.pid}.tmp`);
    try {
      writeFileSync(tmp, `${JSON.stringify(content)}\n`, { mode: 0o600 });
      renameSync(tmp, this.file);
    } catch (err) {
      rmSync(tmp, { force: true });
      throw new ResumeFileError(`${this.file}: cannot be written: ${(err as Error).message}`);
    }
    this.lastWrite = this.clock();
    this.dirty = false;
  }
}
