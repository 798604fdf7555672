/**
 * A loopback AWS for wire-level tests: IAM and STS in the query protocol (form body, XML answers) and
 * Access Analyzer in REST JSON, on 127.0.0.1 only. Faults are scripted per action, in call order.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const ACCOUNT = '123456789012';
export const GITHUB_PROVIDER_ARN = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;

export interface FakeProvider {
  arn: string;
  url: string;
  clientIds: string[];
  thumbprints?: string[];
}

export interface FakeRole {
  name: string;
  /** A JSON value (encoded like IAM does) or a raw string sent as is. */
  policy: unknown;
  path?: string;
}

export interface FakeKey {
  id: string;
  status: 'Active' | 'Inactive';
  created: string;
  lastUsed?: { date: string; service: string; region: string };
}

export interface FakeUser {
  name: string;
  keys: FakeKey[];
}

export type Fault =
  | 'ok'
  | 'throttle'
  | 'server-error'
  | 'access-denied'
  | 'malformed'
  | 'bad-gateway-html'
  /** 200 with a proxy's HTML sign-in page. */
  | 'html-200'
  /** Takes the request and never answers. */
  | 'silent'
  | { slowMs: number }
  /** Throttled, with `Retry-After: N` (IAM too, where AWS sends none). */
  | { throttle: number }
  /** The normal answer, one byte every N ms. */
  | { trickle: number }
  /** A 200 body that goes on for N bytes. */
  | { flood: number }
  /** An error answer with this code and message (an endpoint may echo anything back). */
  | { error: { status: number; code: string; message: string } }
  | { raw: { status: number; contentType: string; body: string; headers?: Record<string, string> } };

export interface AaFindingJson {
  findingType: string;
  issueCode: string;
  findingDetails: string;
  learnMoreLink: string;
  locations: { path: Record<string, unknown>[]; span: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } } }[];
}

export interface FakeAwsState {
  providers: FakeProvider[];
  roles: FakeRole[];
  users: FakeUser[];
  /** Items per page of the IAM list calls (IsTruncated/Marker). */
  pageSize: number;
  /** Findings ValidatePolicy returns for a document, and how many per page (nextToken). */
  validate?: (policyDocument: string) => AaFindingJson[];
  validatePageSize?: number;
  publicAccess?: (policyDocument: string) => { result: string; message: string; reasons: unknown[] };
  /** Scripted faults per action (`ListRoles`, `ValidatePolicy`, …), consumed one per request. */
  faults: Record<string, Fault[]>;
  /** Actions whose every page announces another one with a token never seen before. */
  endless?: string[];
  /** The account the ARNs name (default ACCOUNT); the organization stand-in serves many. */
  account?: string;
}

export interface RecordedRequest {
  action: string;
  params: Record<string, string>;
  body: string;
  host: string;
  authorization: boolean;
  remoteAddress: string;
  /** Body bytes the server wrote before the answer ended or the client left. */
  bytesSent: number;
}

export interface FakeAws {
  url: string;
  port: number;
  state: FakeAwsState;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** IAM's encoding of policy documents: RFC 3986 percent-encoding (also of `+`, `!`, `'`, `(`, `)`, `*`). */
export function iamEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function members(items: readonly string[]): string {
  return items.map((i) => `<member>${i}</member>`).join('');
}

function el(name: string, value: string | undefined): string {
  return value === undefined ? '' : `<${name}>${xmlEscape(value)}</${name}>`;
}

function iamResponse(action: string, inner: string, ns = 'https://iam.amazonaws.com/doc/2010-05-08/'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${action}Response xmlns="${ns}"><${action}Result>${inner}</${action}Result><ResponseMetadata><RequestId>11111111-2222-3333-4444-555555555555</RequestId></ResponseMetadata></${action}Response>`;
}

function iamError(code: string, message: string, type = 'Sender'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>${type}</Type><Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error><RequestId>11111111-2222-3333-4444-555555555555</RequestId></ErrorResponse>`;
}

/** One page of `items` starting at `marker` (an index), with IsTruncated/Marker. */
function paginate<T>(items: readonly T[], marker: string | undefined, size: number): { page: T[]; truncated: string } {
  const start = marker === undefined ? 0 : Number(marker.replace(/^m/, ''));
  const page = items.slice(start, start + size);
  const next = start + size;
  return { page, truncated: next < items.length ? `<IsTruncated>true</IsTruncated><Marker>m${next}</Marker>` : '<IsTruncated>false</IsTruncated>' };
}

function arnOfRole(r: FakeRole, account = ACCOUNT): string {
  return `arn:aws:iam::${account}:role${r.path ?? '/'}${r.name}`;
}

function arnOfUser(u: FakeUser, account = ACCOUNT): string {
  return `arn:aws:iam::${account}:user/${u.name}`;
}

function policyText(policy: unknown): string {
  return typeof policy === 'string' ? policy : iamEncode(JSON.stringify(policy));
}

function iamAnswer(state: FakeAwsState, action: string, p: Record<string, string>): { status: number; body: string } {
  switch (action) {
    case 'ListOpenIDConnectProviders':
      return { status: 200, body: iamResponse(action, `<OpenIDConnectProviderList>${members(state.providers.map((x) => el('Arn', x.arn)))}</OpenIDConnectProviderList>`) };
    case 'GetOpenIDConnectProvider': {
      const provider = state.providers.find((x) => x.arn === p.OpenIDConnectProviderArn);
      if (!provider) return { status: 404, body: iamError('NoSuchEntity', `OpenIDConnect provider not found for arn ${p.OpenIDConnectProviderArn ?? ''}`) };
      return {
        status: 200,
        body: iamResponse(
          action,
          `<ThumbprintList>${members((provider.thumbprints ?? []).map(xmlEscape))}</ThumbprintList><CreateDate>2021-06-01T10:00:00Z</CreateDate><ClientIDList>${members(provider.clientIds.map(xmlEscape))}</ClientIDList>${el('Url', provider.url)}`,
        ),
      };
    }
    case 'ListRoles': {
      const { page, truncated } = paginate(state.roles, p.Marker, state.pageSize);
      const roles = page
        .map(
          (r) =>
            `<member>${el('Path', r.path ?? '/')}${el('AssumeRolePolicyDocument', policyText(r.policy))}<MaxSessionDuration>3600</MaxSessionDuration>${el('RoleId', `AROA${r.name.toUpperCase().replace(/[^A-Z0-9]/g, 'X').padEnd(17, 'X').slice(0, 17)}`)}${el('RoleName', r.name)}${el('Arn', arnOfRole(r, state.account))}<CreateDate>2022-02-02T02:02:02Z</CreateDate></member>`,
        )
        .join('');
      return { status: 200, body: iamResponse(action, `${truncated}<Roles>${roles}</Roles>`) };
    }
    case 'ListUsers': {
      const { page, truncated } = paginate(state.users, p.Marker, state.pageSize);
      const users = page.map((u) => `<member>${el('Path', '/')}${el('UserName', u.name)}${el('Arn', arnOfUser(u, state.account))}${el('UserId', `AIDA${u.name.toUpperCase()}`)}<CreateDate>2019-01-01T00:00:00Z</CreateDate></member>`).join('');
      return { status: 200, body: iamResponse(action, `${truncated}<Users>${users}</Users>`) };
    }
    case 'ListAccessKeys': {
      const user = state.users.find((u) => u.name === p.UserName);
      if (!user) return { status: 404, body: iamError('NoSuchEntity', `The user with name ${p.UserName ?? ''} cannot be found.`) };
      const { page, truncated } = paginate(user.keys, p.Marker, state.pageSize);
      const keys = page.map((k) => `<member>${el('UserName', user.name)}${el('AccessKeyId', k.id)}${el('Status', k.status)}${el('CreateDate', k.created)}</member>`).join('');
      return { status: 200, body: iamResponse(action, `${truncated}<AccessKeyMetadata>${keys}</AccessKeyMetadata>`) };
    }
    case 'GetAccessKeyLastUsed': {
      const owner = state.users.find((u) => u.keys.some((k) => k.id === p.AccessKeyId));
      const key = owner?.keys.find((k) => k.id === p.AccessKeyId);
      if (!owner || !key) return { status: 403, body: iamError('AccessDenied', 'unknown key') };
      const used = key.lastUsed
        ? `${el('LastUsedDate', key.lastUsed.date)}${el('ServiceName', key.lastUsed.service)}${el('Region', key.lastUsed.region)}`
        : '<ServiceName>N/A</ServiceName><Region>N/A</Region>';
      return { status: 200, body: iamResponse(action, `${el('UserName', owner.name)}<AccessKeyLastUsed>${used}</AccessKeyLastUsed>`) };
    }
    case 'AssumeRole':
      return {
        status: 200,
        body: iamResponse(
          action,
          `<AssumedRoleUser><AssumedRoleId>AROAAUDIT:${xmlEscape(p.RoleSessionName ?? '')}</AssumedRoleId><Arn>${xmlEscape(p.RoleArn ?? '')}</Arn></AssumedRoleUser><Credentials><AccessKeyId>ASIAASSUMED</AccessKeyId><SecretAccessKey>assumed-secret</SecretAccessKey><SessionToken>assumed-token</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials>`,
          'https://sts.amazonaws.com/doc/2011-06-15/',
        ),
      };
    default:
      return { status: 400, body: iamError('InvalidAction', `Could not find operation ${action}`) };
  }
}

function faultFor(state: FakeAwsState, action: string): Fault {
  return state.faults[action]?.shift() ?? 'ok';
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/** One HTTP answer, before it is delivered (at once, trickled, or not at all). */
interface Answer {
  status: number;
  contentType: string;
  body: string;
  headers?: Record<string, string>;
}

function json(status: number, value: unknown, headers: Record<string, string> = {}): Answer {
  return { status, contentType: 'application/json', body: JSON.stringify(value), headers };
}

function jsonError(status: number, type: string, message: string, headers: Record<string, string> = {}): Answer {
  return json(status, { message }, { 'x-amzn-errortype': type, ...headers });
}

function xml(status: number, body: string, headers: Record<string, string> = {}): Answer {
  return { status, contentType: 'text/xml', body, headers };
}

/** A token that was never returned before: the endless-pagination attack. */
let endlessCounter = 0;

function restAnswer(state: FakeAwsState, action: string, params: Record<string, string>, body: string, fault: Fault): Answer {
  const throttleAfter = typeof fault === 'object' && 'throttle' in fault ? fault.throttle : fault === 'throttle' ? 1 : undefined;
  if (throttleAfter !== undefined) return jsonError(429, 'ThrottlingException', 'Rate exceeded', { 'retry-after': String(throttleAfter) });
  if (fault === 'server-error') return jsonError(500, 'InternalServerException', 'Internal failure', { 'retry-after': '0' });
  if (fault === 'access-denied') return jsonError(403, 'AccessDeniedException', `User: arn:aws:iam::${ACCOUNT}:user/ci is not authorized to perform: access-analyzer:${action}`);
  if (fault === 'malformed') return { status: 200, contentType: 'application/json', body: '{"findings": [ {"findingType": "ERR' };
  const input = JSON.parse(body || '{}') as { policyDocument?: string };
  const doc = input.policyDocument ?? '';
  if (action === 'ValidatePolicy') {
    const all = state.validate?.(doc) ?? [];
    if (state.endless?.includes(action)) return json(200, { findings: all, nextToken: `t-endless-${++endlessCounter}` });
    const size = state.validatePageSize ?? 100;
    const start = params.nextToken ? Number(params.nextToken.replace(/^t/, '')) : 0;
    const page = all.slice(start, start + size);
    const next = start + size < all.length ? { nextToken: `t${start + size}` } : {};
    return json(200, { findings: page, ...next });
  }
  if (action === 'CheckNoPublicAccess') {
    return json(200, state.publicAccess?.(doc) ?? { result: 'PASS', message: 'The resource policy does not grant public access for the given resource type.', reasons: [] });
  }
  return jsonError(404, 'ResourceNotFoundException', 'no such path');
}

function queryAnswer(state: FakeAwsState, action: string, params: Record<string, string>, fault: Fault): Answer {
  const throttleAfter = typeof fault === 'object' && 'throttle' in fault ? fault.throttle : fault === 'throttle' ? 1 : undefined;
  if (throttleAfter !== undefined) return xml(400, iamError('Throttling', 'Rate exceeded'), typeof fault === 'object' ? { 'retry-after': String(throttleAfter) } : {});
  if (fault === 'server-error') return xml(500, iamError('ServiceFailure', 'Request processing has failed due to some unknown error, exception or failure.', 'Receiver'));
  if (fault === 'access-denied') {
    return xml(403, iamError('AccessDenied', `User: arn:aws:iam::${ACCOUNT}:user/ci is not authorized to perform: ${action === 'AssumeRole' ? 'sts' : 'iam'}:${action} on resource: *`));
  }
  if (fault === 'malformed') return xml(200, `<${action}Response><${action}Result><Roles><member><RoleName>x</Rol`);
  const endless = state.endless?.includes(action) === true;
  const first = { ...params };
  delete first.Marker;
  const answer = iamAnswer(state, action, endless ? first : params);
  if (endless && answer.status === 200) {
    // The first page again, announced as truncated with a marker never seen before.
    return xml(200, answer.body.replace(/<IsTruncated>false<\/IsTruncated>|<IsTruncated>true<\/IsTruncated><Marker>[^<]*<\/Marker>/, `<IsTruncated>true</IsTruncated><Marker>m-endless-${++endlessCounter}</Marker>`));
  }
  return xml(answer.status, answer.body);
}

function answerFor(state: FakeAwsState, action: string, params: Record<string, string>, body: string, rest: boolean, fault: Fault): Answer {
  if (typeof fault === 'object' && 'raw' in fault) return fault.raw;
  if (typeof fault === 'object' && 'error' in fault) {
    const { status, code, message } = fault.error;
    return rest ? jsonError(status, code, message) : xml(status, iamError(code, message));
  }
  if (fault === 'html-200') return { status: 200, contentType: 'text/html', body: '<!DOCTYPE html><html><head><title>Sign in</title></head><body><p>Please sign in to the proxy.</p></body></html>' };
  if (fault === 'bad-gateway-html') return { status: 502, contentType: 'text/html', body: '<html><body>502 Bad Gateway</body></html>' };
  return rest ? restAnswer(state, action, params, body, fault) : queryAnswer(state, action, params, fault);
}

function closed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    if (res.destroyed || res.socket?.destroyed !== false) resolve();
    else res.socket.once('close', () => {
      resolve();
    });
  });
}

/** Writes `chunk` unless the client left; waits for the socket to drain (so a flood is paced by the reader). */
async function write(res: ServerResponse, chunk: string): Promise<boolean> {
  if (res.destroyed || res.writableEnded) return false;
  if (res.write(chunk)) return true;
  await Promise.race([new Promise((r) => res.once('drain', r)), closed(res)]);
  return !res.destroyed;
}

/** Delivers the answer as the fault says; records the body bytes the server wrote. */
async function deliver(res: ServerResponse, record: RecordedRequest, answer: Answer, fault: Fault): Promise<void> {
  if (fault === 'silent') {
    // Accepts the request and never answers: only the client can end this.
    await closed(res);
    return;
  }
  if (res.destroyed) return;
  const headers = { 'content-type': answer.contentType, 'x-amzn-requestid': 'req-1', ...answer.headers };
  if (typeof fault === 'object' && 'flood' in fault) {
    // A 200 whose body never ends (up to `flood` bytes), without a content-length.
    res.writeHead(200, headers);
    const chunk = `<member><RoleName>${'x'.repeat(64 * 1024)}</RoleName></member>`;
    await write(res, `<ListRolesResponse><ListRolesResult><Roles>`);
    while (record.bytesSent < fault.flood && (await write(res, chunk))) record.bytesSent += chunk.length;
    res.end();
    return;
  }
  if (typeof fault === 'object' && 'trickle' in fault) {
    // The real answer, one byte every `trickle` ms: each byte resets an idle timeout.
    res.writeHead(answer.status, { ...headers, 'content-length': String(Buffer.byteLength(answer.body)) });
    for (const ch of answer.body) {
      await new Promise((r) => setTimeout(r, fault.trickle));
      if (!(await write(res, ch))) return;
      record.bytesSent += Buffer.byteLength(ch);
    }
    res.end();
    return;
  }
  res.writeHead(answer.status, headers);
  res.end(answer.body);
  record.bytesSent += Buffer.byteLength(answer.body);
}

async function handle(state: FakeAwsState, requests: RecordedRequest[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  await handleRead(state, requests, req, res, await readBody(req));
}

/** Answers a request whose body was already read (the organization stand-in routes by credentials first). */
export async function handleRead(state: FakeAwsState, requests: RecordedRequest[], req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const rest = url.pathname.startsWith('/policy/');
  const params: Record<string, string> = {};
  if (rest) for (const [k, v] of url.searchParams) params[k] = v;
  else for (const [k, v] of new URLSearchParams(body)) params[k] = v;
  const action = rest ? (url.pathname === '/policy/validation' ? 'ValidatePolicy' : url.pathname === '/policy/check-no-public-access' ? 'CheckNoPublicAccess' : url.pathname) : (params.Action ?? '');
  const record: RecordedRequest = { action, params, body, host: req.headers.host ?? '', authorization: typeof req.headers.authorization === 'string', remoteAddress: req.socket.remoteAddress ?? '', bytesSent: 0 };
  requests.push(record);

  const fault = faultFor(state, action);
  if (typeof fault === 'object' && 'slowMs' in fault) {
    await new Promise((r) => setTimeout(r, fault.slowMs));
  }
  await deliver(res, record, answerFor(state, action, params, body, rest, fault), fault);
}

/** Starts the fake on 127.0.0.1 (a free port); `close()` also drops kept-alive sockets. */
export async function startFakeAws(initial: Partial<FakeAwsState> = {}): Promise<FakeAws> {
  const state: FakeAwsState = { providers: [], roles: [], users: [], pageSize: 100, faults: {}, ...initial };
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    handle(state, requests, req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    state,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** A GitHub-OIDC trust policy on `sub` values (StringLike) with an aud condition. */
export function githubTrust(sub: string | string[], options: { aud?: boolean; providerArn?: string } = {}): Record<string, unknown> {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: options.providerArn ?? GITHUB_PROVIDER_ARN },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          ...(options.aud === false ? {} : { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } }),
          StringLike: { 'token.actions.githubusercontent.com:sub': sub },
        },
      },
    ],
  };
}

/** A trust policy of an AWS service (not OIDC): the scan skips it. */
export const EC2_TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};

/** The planted account of the end-to-end test: one problem of each kind, and clean neighbours. */
export function plantedAccount(): Partial<FakeAwsState> {
  return {
    pageSize: 2,
    providers: [
      { arn: GITHUB_PROVIDER_ARN, url: 'token.actions.githubusercontent.com', clientIds: ['sts.amazonaws.com'], thumbprints: ['6938fd4d98bab03faadb97b34396831e3780aea1'] },
      {
        arn: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com/acme`,
        url: 'token.actions.githubusercontent.com/acme',
        clientIds: ['https://github.com/acme'],
      },
      { arn: `arn:aws:iam::${ACCOUNT}:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC`, url: 'oidc.eks.us-east-1.amazonaws.com/id/ABC', clientIds: ['sts.amazonaws.com'] },
    ],
    roles: [
      { name: 'deploy-any-repo', policy: githubTrust('repo:*') },
      { name: 'deploy-app-main', policy: githubTrust('repo:acme/app:ref:refs/heads/main') },
      { name: 'ec2-instance', policy: EC2_TRUST },
      { name: 'deploy-app-prod', path: '/ci/', policy: githubTrust(['repo:acme/app:environment:prod']) },
      { name: 'batch', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'sts:AssumeRole' }] } },
    ],
    users: [
      { name: 'legacy-ci', keys: [{ id: 'AKIAIOSFODNN7LEGACY1', status: 'Active', created: '2018-03-04T05:06:07Z' }] },
      { name: 'alice', keys: [{ id: 'AKIAIOSFODNN7ALICE01', status: 'Inactive', created: '2020-01-01T00:00:00Z' }] },
      { name: 'bob', keys: [] },
    ],
  };
}
