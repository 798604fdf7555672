/**
 * A GitHub REST API stand-in on 127.0.0.1 for wire-level tests: users and organisations, repositories
 * (renamed and transferred ones answer 301 to /repositories/{id}, as GitHub does), OIDC subject
 * customisation, environments with paginated lists, and scripted misbehaviour (rate limits, 5xx, slow
 * answers) per route. Every request is logged with its headers so tests can check what was sent.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRepo {
  id: number;
  owner: string;
  name: string;
  private?: boolean;
  /** Repository-level sub customisation: absent = no repository setting (use_default true). */
  sub?: { use_default: boolean; include_claim_keys?: string[]; use_immutable_subject?: boolean; sub_claim_prefix?: string };
  environments?: FakeEnvironment[];
  /** Branches (GET /repos/{o}/{r}/branches, `?protected=true` filters on `protected`). */
  branches?: { name: string; protected?: boolean }[];
}

export interface FakeEnvironment {
  name: string;
  /** Required reviewers (ids). */
  reviewers?: number[];
  /** deployment_branch_policy as GitHub returns it, or null. */
  branchPolicy?: { protected_branches: boolean; custom_branch_policies: boolean } | null;
  /** Custom deployment branch/tag policies (listed, paginated); `type` absent as older policies answer. */
  branchPolicies?: { name: string; type?: 'branch' | 'tag' }[];
}

export interface FakeGitHubState {
  users: Record<string, { id: number; type?: 'User' | 'Organization' }>;
  repos: FakeRepo[];
  /** Old full names (lower case) → repository id: answered with a 301. */
  moved: Record<string, number>;
  /** Organisation sub templates by org login (lower case). */
  orgSub: Record<string, string[]>;
  /** Page size the fake uses for lists (overrides per_page). */
  pageSize?: number;
  /**
   * Scripted answers: for a request whose path starts with the key, the next entry of the list is
   * answered instead of the real one (then the list is consumed).
   */
  script: Record<string, Scripted[]>;
  /** Every answer with a Link rel=next to itself (a list that never ends). */
  endlessLists?: boolean;
  /** 200 answers carry an ETag; a request whose If-None-Match has it gets 304 with no body. */
  etags?: boolean;
}

export type Scripted =
  | { status: number; headers?: Record<string, string>; body?: unknown }
  | { hang: true }
  | { raw: string; status?: number };

export interface LoggedRequest {
  method: string;
  path: string;
  authorization?: string;
  ifNoneMatch?: string;
}

export interface FakeGitHub {
  url: string;
  state: FakeGitHubState;
  requests: LoggedRequest[];
  close(): Promise<void>;
}

/** Always true, so that a handler can `return send(…)`. */
function send(res: ServerResponse & { etags?: boolean }, status: number, body: unknown, headers: Record<string, string> = {}): true {
  const text = body === undefined ? '' : JSON.stringify(body);
  if (res.etags === true && status === 200) {
    const etag = `W/"${createHash('sha256').update(text).digest('hex').slice(0, 20)}"`;
    if (res.req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag, 'x-ratelimit-remaining': '4999' });
      res.end();
      return true;
    }
    headers = { ...headers, etag };
  }
  res.writeHead(status, { 'content-type': 'application/json', 'x-ratelimit-remaining': '4999', 'x-ratelimit-limit': '5000', ...headers });
  res.end(text);
  return true;
}

function repoJson(r: FakeRepo, users: FakeGitHubState['users']): unknown {
  const owner = users[r.owner.toLowerCase()];
  return { id: r.id, name: r.name, full_name: `${r.owner}/${r.name}`, private: r.private ?? false, owner: { login: r.owner, id: owner?.id ?? 0, type: owner?.type ?? 'User' } };
}

export async function startFakeGitHub(partial: Partial<FakeGitHubState> = {}): Promise<FakeGitHub> {
  const state: FakeGitHubState = { users: {}, repos: [], moved: {}, orgSub: {}, script: {}, ...partial };
  const requests: LoggedRequest[] = [];
  const hanging: ServerResponse[] = [];
  let base = '';

  const page = <T>(req: URL, items: T[], res: ServerResponse, wrap: (items: T[]) => unknown): true => {
    const size = state.pageSize ?? Number(req.searchParams.get('per_page') ?? '30');
    const n = Number(req.searchParams.get('page') ?? '1');
    const slice = items.slice((n - 1) * size, n * size);
    const headers: Record<string, string> = {};
    if (state.endlessLists || n * size < items.length) {
      const next = new URL(req.href);
      next.searchParams.set('page', String(n + 1));
      headers.link = `<${next.href}>; rel="next", <${base}${req.pathname}?page=999>; rel="last"`;
    }
    return send(res, 200, wrap(slice), headers);
  };

  const handle = (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', base);
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      ...(req.headers.authorization !== undefined ? { authorization: req.headers.authorization } : {}),
      ...(typeof req.headers['if-none-match'] === 'string' ? { ifNoneMatch: req.headers['if-none-match'] } : {}),
    });
    for (const [prefix, list] of Object.entries(state.script)) {
      if (!url.pathname.startsWith(prefix) || list.length === 0) continue;
      const next = list.shift() as Scripted;
      if ('hang' in next) {
        hanging.push(res);
        return false;
      }
      if ('raw' in next) {
        res.writeHead(next.status ?? 200, { 'content-type': 'application/json' });
        res.end(next.raw);
        return true;
      }
      return send(res, next.status, next.body ?? { message: `scripted ${next.status}` }, next.headers);
    }
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const findRepo = (owner: string, name: string): FakeRepo | undefined =>
      state.repos.find((r) => r.owner.toLowerCase() === owner.toLowerCase() && r.name.toLowerCase() === name.toLowerCase());
    if (parts[0] === 'users' && parts.length === 2) {
      const login = parts[1] ?? '';
      const user = state.users[login.toLowerCase()];
      if (!user) return send(res, 404, { message: 'Not Found' });
      return send(res, 200, { login, id: user.id, type: user.type ?? 'User' });
    }
    if (parts[0] === 'repositories' && parts.length === 2) {
      const r = state.repos.find((x) => String(x.id) === parts[1]);
      return r ? send(res, 200, repoJson(r, state.users)) : send(res, 404, { message: 'Not Found' });
    }
    if (parts[0] === 'orgs' && parts[2] === 'actions' && parts[3] === 'oidc') {
      const user = state.users[(parts[1] ?? '').toLowerCase()];
      if (!user || user.type !== 'Organization') return send(res, 404, { message: 'Not Found' });
      return send(res, 200, { include_claim_keys: state.orgSub[(parts[1] ?? '').toLowerCase()] ?? ['repo', 'context'] });
    }
    if (parts[0] === 'repos' && parts.length >= 3) {
      const owner = parts[1] ?? '';
      const name = parts[2] ?? '';
      const r = findRepo(owner, name);
      if (!r) {
        const id = state.moved[`${owner}/${name}`.toLowerCase()];
        if (id !== undefined) {
          const rest = parts.slice(3).map(encodeURIComponent).join('/');
          res.writeHead(301, { location: `${base}/repositories/${id}${rest ? `/${rest}` : ''}`, 'content-type': 'application/json' });
          res.end(JSON.stringify({ message: 'Moved Permanently', url: `${base}/repositories/${id}` }));
          return true;
        }
        return send(res, 404, { message: 'Not Found' });
      }
      if (parts.length === 3) return send(res, 200, repoJson(r, state.users));
      if (parts[3] === 'actions' && parts[4] === 'oidc') return send(res, 200, r.sub ?? { use_default: true });
      if (parts[3] === 'environments' && parts.length === 4) {
        return page(url, r.environments ?? [], res, (items) => ({ total_count: (r.environments ?? []).length, environments: items.map(envJson) }));
      }
      if (parts[3] === 'environments' && parts.length === 6 && parts[5] === 'deployment-branch-policies') {
        const env = (r.environments ?? []).find((e) => e.name === parts[4]);
        if (!env) return send(res, 404, { message: 'Not Found' });
        const list = env.branchPolicies ?? [];
        return page(url, list, res, (items) => ({
          total_count: list.length,
          branch_policies: items.map((b) => ({ id: list.indexOf(b) + 1, node_id: `BP${list.indexOf(b) + 1}`, name: b.name, ...(b.type ? { type: b.type } : {}) })),
        }));
      }
      if (parts[3] === 'branches' && parts.length === 4) {
        const want = url.searchParams.get('protected');
        const list = (r.branches ?? []).filter((b) => want === null || String(b.protected === true) === want);
        return page(url, list, res, (items) => items.map((b) => ({ name: b.name, protected: b.protected === true, commit: { sha: '0'.repeat(40) } })));
      }
      if (parts[3] === 'environments' && parts.length === 5) {
        const env = (r.environments ?? []).find((e) => e.name === parts[4]);
        return env ? send(res, 200, envJson(env)) : send(res, 404, { message: 'Not Found' });
      }
    }
    return send(res, 404, { message: 'Not Found' });
  };

  const server: Server = createServer((req, res) => {
    handle(req, Object.assign(res, { etags: state.etags === true }));
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    state,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

function envJson(e: FakeEnvironment): unknown {
  const rules: unknown[] = [];
  if (e.reviewers?.length) rules.push({ type: 'required_reviewers', reviewers: e.reviewers.map((id) => ({ type: 'User', reviewer: { id } })) });
  if (e.branchPolicy) rules.push({ type: 'branch_policy' });
  return { name: e.name, protection_rules: rules, deployment_branch_policy: e.branchPolicy ?? null };
}
