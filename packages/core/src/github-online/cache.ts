/**
 * Conditional requests: answers GitHub gave with an ETag are kept under the user's cache directory and
 * asked again with If-None-Match; a 304 reuses the body (and does not count against the primary rate
 * limit — docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#use-conditional-requests-if-appropriate).
 * Entries are keyed by the API URL, the path and a hash of the token (a private repository one token
 * sees is not another token's answer); the token itself is never written. A cache that cannot be read
 * or written is no cache: every error here falls back to a plain request.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CachedAnswer {
  etag: string;
  body: unknown;
}

/** `$XDG_CACHE_HOME/trustlint`, else `~/.cache/trustlint` (the CLI passes the environment's values). */
export function defaultCacheDir(env: { XDG_CACHE_HOME?: string | undefined; HOME?: string | undefined; USERPROFILE?: string | undefined }): string | undefined {
  const xdg = env.XDG_CACHE_HOME?.trim();
  if (xdg) return join(xdg, 'trustlint');
  const home = (env.HOME ?? env.USERPROFILE)?.trim();
  return home ? join(home, '.cache', 'trustlint') : undefined;
}

export class EtagCache {
  private readonly dir: string;
  private readonly tokenHash: string;

  constructor(
    root: string,
    token: string | undefined,
    private readonly maxBytes: number,
  ) {
    this.dir = join(root, 'github');
    this.tokenHash = createHash('sha256').update(`trustlint-token\n${token ?? ''}`).digest('hex').slice(0, 16);
  }

  private file(url: string): string {
    return join(this.dir, `${createHash('sha256').update(`${this.tokenHash}\n${url}`).digest('hex')}.json`);
  }

  get(url: string): CachedAnswer | undefined {
    try {
      const file = this.file(url);
      if (statSync(file).size > this.maxBytes) return undefined;
      const entry = JSON.parse(readFileSync(file, 'utf8')) as { url?: unknown; etag?: unknown; body?: unknown };
      return entry.url === url && typeof entry.etag === 'string' && entry.etag !== '' ? { etag: entry.etag, body: entry.body } : undefined;
    } catch {
      return undefined;
    }
  }

  set(url: string, etag: string, body: unknown): void {
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      const file = this.file(url);
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ url, etag, body }), { mode: 0o600 });
      renameSync(tmp, file);
    } catch {
      // Best effort: the answer was used; only the next run's saving is lost.
    }
  }
}
