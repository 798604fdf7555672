/**
 * A loopback AWS Organization for wire-level tests and the 1,000-account benchmark: Organizations
 * ListAccounts (JSON 1.1, `X-Amz-Target`), STS AssumeRole into each member account (query protocol),
 * and each member account's IAM served by the single-account stand-in (fake-aws.ts), chosen by the
 * access key the request is signed with — the temporary one AssumeRole handed out for that account.
 * On 127.0.0.1 only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleRead, readBody, xmlEscape, type Fault, type FakeAwsState, type RecordedRequest } from './fake-aws.js';

/** The management account the scan's own (static) credentials belong to. */
export const MANAGEMENT_ACCOUNT = '999999999999';

export interface FakeOrgAccount {
  id: string;
  name: string;
  /** ListAccounts `State` (default ACTIVE); `Status` is sent too, as AWS still does. */
  state?: string;
  /** The member role denies the scan (its trust policy does not trust the caller): AccessDenied. */
  denyAssume?: boolean;
}

export interface FakeOrgState {
  accounts: FakeOrgAccount[];
  /** Accounts per ListAccounts page (the API's maximum is 20). */
  pageSize: number;
  /** The role name every member account has; AssumeRole of any other name is denied. */
  memberRoleName: string;
  /** The IAM contents of a member account (built once per account, on its first request). */
  member: (account: FakeOrgAccount) => Partial<FakeAwsState>;
  /** Scripted faults of ListAccounts and AssumeRole, consumed one per request (AssumeRole: per account). */
  faults: { ListAccounts?: Fault[]; AssumeRole?: Record<string, Fault[]> };
}

export interface OrgRequest {
  action: string;
  /** The account whose credentials signed it (MANAGEMENT_ACCOUNT for the scan's own). */
  account: string;
  params: Record<string, string>;
  remoteAddress: string;
}

export interface FakeOrg {
  url: string;
  state: FakeOrgState;
  requests: OrgRequest[];
  /** Member accounts' states as built (IAM requests recorded in each). */
  members: Map<string, { state: FakeAwsState; requests: RecordedRequest[] }>;
  /** Largest number of member accounts with a request in flight at once. */
  maxAccountsInFlight: number;
  /** TCP connections accepted. */
  connections: number;
  close(): Promise<void>;
}

const ACCESS_KEY = /Credential=([A-Z0-9]+)\//;
/** The temporary access key AssumeRole hands out for an account: the account is read back from it. */
const memberKey = (account: string): string => `ASIAORG${account}`;

function json(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'req-org', ...headers });
  res.end(body);
}

function stsXml(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/xml', ...headers });
  res.end(body);
}

function stsError(code: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error><RequestId>org-1</RequestId></ErrorResponse>`;
}

/** Answers a scripted fault; false when the fault is `ok` (the normal answer follows). */
function faultAnswer(res: ServerResponse, fault: Fault, protocol: 'json' | 'query', action: string): boolean {
  if (fault === 'ok') return false;
  const throttle = fault === 'throttle' || (typeof fault === 'object' && 'throttle' in fault);
  const retryAfter = typeof fault === 'object' && 'throttle' in fault ? { 'retry-after': String(fault.throttle) } : {};
  if (protocol === 'json') {
    if (throttle) json(res, 400, { __type: 'TooManyRequestsException', Message: 'AWS Organizations can\'t complete your request because another request is already in progress. Try again later.' }, retryAfter);
    else if (fault === 'access-denied') json(res, 400, { __type: 'AccessDeniedException', Message: `You don't have permissions to access this resource.` });
    else if (fault === 'server-error') json(res, 500, { __type: 'ServiceException', Message: 'AWS Organizations can\'t complete your request because of an internal service error.' });
    else if (typeof fault === 'object' && 'error' in fault) json(res, fault.error.status, { __type: fault.error.code, Message: fault.error.message });
    else json(res, 200, { Accounts: 'not a list' });
    return true;
  }
  if (throttle) stsXml(res, 400, stsError('Throttling', 'Rate exceeded'), retryAfter);
  else if (fault === 'access-denied') stsXml(res, 403, stsError('AccessDenied', `not authorized to perform: sts:${action}`));
  else if (fault === 'server-error') stsXml(res, 500, stsError('InternalFailure', 'internal failure'));
  else if (typeof fault === 'object' && 'error' in fault) stsXml(res, fault.error.status, stsError(fault.error.code, fault.error.message));
  else stsXml(res, 200, '<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>x</Acc');
  return true;
}

function listAccounts(state: FakeOrgState, body: string, res: ServerResponse): void {
  const input = JSON.parse(body || '{}') as { NextToken?: string; MaxResults?: number };
  const size = Math.min(state.pageSize, input.MaxResults ?? 20);
  const start = input.NextToken ? Number(input.NextToken.replace(/^n/, '')) : 0;
  const page = state.accounts.slice(start, start + size).map((a) => {
    const s = a.state ?? 'ACTIVE';
    return {
      Id: a.id,
      Arn: `arn:aws:organizations::${MANAGEMENT_ACCOUNT}:account/o-exampleorgid/${a.id}`,
      Email: `aws+${a.id}@example.com`,
      Name: a.name,
      State: s,
      Status: s === 'CLOSED' || s === 'PENDING_ACTIVATION' ? 'SUSPENDED' : s,
      JoinedMethod: 'CREATED',
      JoinedTimestamp: 1_600_000_000,
    };
  });
  const next = start + size < state.accounts.length ? { NextToken: `n${start + size}` } : {};
  json(res, 200, { Accounts: page, ...next });
}

function assumeRole(state: FakeOrgState, params: Record<string, string>, res: ServerResponse): void {
  const arn = params.RoleArn ?? '';
  const match = /^arn:aws:iam::(\d{12}):role\/(.+)$/.exec(arn);
  const account = match ? state.accounts.find((a) => a.id === match[1]) : undefined;
  if (!match || !account || account.denyAssume || match[2] !== state.memberRoleName) {
    stsXml(res, 403, stsError('AccessDenied', `User: arn:aws:iam::${MANAGEMENT_ACCOUNT}:user/auditor is not authorized to perform: sts:AssumeRole on resource: ${arn}`));
    return;
  }
  stsXml(
    res,
    200,
    `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><AssumedRoleUser><AssumedRoleId>AROAMEMBER:${xmlEscape(params.RoleSessionName ?? '')}</AssumedRoleId><Arn>arn:aws:sts::${account.id}:assumed-role/${xmlEscape(match[2])}/${xmlEscape(params.RoleSessionName ?? '')}</Arn></AssumedRoleUser><Credentials><AccessKeyId>${memberKey(account.id)}</AccessKeyId><SecretAccessKey>member-secret-${account.id}</SecretAccessKey><SessionToken>member-token-${account.id}</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult><ResponseMetadata><RequestId>org-2</RequestId></ResponseMetadata></AssumeRoleResponse>`,
  );
}

export async function startFakeOrg(initial: Partial<FakeOrgState> & { accounts: FakeOrgAccount[] }): Promise<FakeOrg> {
  const state: FakeOrgState = { pageSize: 20, memberRoleName: 'OrganizationAccountAccessRole', member: () => ({}), faults: {}, ...initial };
  const requests: OrgRequest[] = [];
  const members = new Map<string, { state: FakeAwsState; requests: RecordedRequest[] }>();
  const inFlight = new Map<string, number>();
  const fake: FakeOrg = {
    url: '',
    state,
    requests,
    members,
    maxAccountsInFlight: 0,
    connections: 0,
    close: () => Promise.resolve(),
  };
  const memberOf = (id: string): { state: FakeAwsState; requests: RecordedRequest[] } | undefined => {
    let entry = members.get(id);
    if (!entry) {
      const account = state.accounts.find((a) => a.id === id);
      if (!account) return undefined;
      entry = { state: { providers: [], roles: [], users: [], pageSize: 100, faults: {}, ...state.member(account), account: id }, requests: [] };
      members.set(id, entry);
    }
    return entry;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const key = ACCESS_KEY.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const account = key.startsWith('ASIAORG') ? key.slice('ASIAORG'.length) : MANAGEMENT_ACCOUNT;
    const target = req.headers['x-amz-target'];
    const params: Record<string, string> = {};
    if (typeof target !== 'string') for (const [k, v] of new URLSearchParams(body)) params[k] = v;
    const action = typeof target === 'string' ? target.replace(/^AWSOrganizationsV20161128\./, '') : (params.Action ?? '');
    requests.push({ action, account, params, remoteAddress: req.socket.remoteAddress ?? '' });

    if (action === 'ListAccounts') {
      if (!faultAnswer(res, state.faults.ListAccounts?.shift() ?? 'ok', 'json', action)) listAccounts(state, body, res);
      return;
    }
    if (action === 'AssumeRole') {
      const roleAccount = /::(\d{12}):/.exec(params.RoleArn ?? '')?.[1] ?? '';
      if (!faultAnswer(res, state.faults.AssumeRole?.[roleAccount]?.shift() ?? 'ok', 'query', action)) assumeRole(state, params, res);
      return;
    }
    const member = account === MANAGEMENT_ACCOUNT ? undefined : memberOf(account);
    if (!member) {
      stsXml(res, 403, stsError('InvalidClientTokenId', 'The security token included in the request is invalid.'));
      return;
    }
    inFlight.set(account, (inFlight.get(account) ?? 0) + 1);
    fake.maxAccountsInFlight = Math.max(fake.maxAccountsInFlight, inFlight.size);
    try {
      await handleRead(member.state, member.requests, req, res, body);
    } finally {
      const n = (inFlight.get(account) ?? 1) - 1;
      if (n === 0) inFlight.delete(account);
      else inFlight.set(account, n);
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err));
    });
  });
  server.on('connection', () => {
    fake.connections++;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.url = `http://127.0.0.1:${port}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => {
        resolve();
      });
    });
  return fake;
}

/** `count` accounts with ids 100000000000, 100000000001, … named `acct-0`, `acct-1`, … */
export function numberedAccounts(count: number): FakeOrgAccount[] {
  return Array.from({ length: count }, (_, i) => ({ id: String(100_000_000_000 + i), name: `acct-${i}` }));
}
