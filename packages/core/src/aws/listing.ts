/**
 * Reading a paginated listing within its caps: each page is one call (callAws), and a listing that
 * reaches its page or item cap stops there and says so — an endpoint that returns a fresh token for
 * ever must not keep the run busy, nor cut the listing silently.
 */
import { AwsCallError, callAws, type AwsOperation, type CallContext } from './call.js';
import type { Pages } from './ports.js';
import type { ListingAction, ListingCap } from './run.js';

/** What was read; `failure` when a page failed or a cap cut the listing (kind `truncated`). */
export interface Listing<T> {
  items: T[];
  /** Pages read (one successful call each). */
  pages: number;
  failure?: AwsCallError;
}

/** The failure recorded for a listing a cap cut short. */
export function truncatedListing(op: AwsOperation, reason: string): AwsCallError {
  return new AwsCallError(op, { kind: 'truncated', code: 'ListingTruncated', message: reason, retryable: false }, 1);
}

function capOf(ctx: CallContext, op: AwsOperation): ListingCap {
  return ctx.run.listings[op.action as ListingAction];
}

/** Keeps at most the item cap of `items`, the rest reported as truncated. */
export function capItems<T>(op: AwsOperation, items: readonly T[], ctx: CallContext): Listing<T> {
  const cap = capOf(ctx, op);
  if (items.length <= cap.items) return { items: [...items], pages: 1 };
  return { items: items.slice(0, cap.items), pages: 1, failure: truncatedListing(op, `${items.length} items returned, more than the cap of ${cap.items}`) };
}

/**
 * Reads pages until the listing ends, a page fails, or a cap is reached. The page after the last one
 * allowed is still requested: only a page that exists proves the cap cut something.
 */
export async function readListing<T>(op: AwsOperation, source: Pages<T>, ctx: CallContext, onPage?: (items: readonly T[]) => void): Promise<Listing<T>> {
  const cap = capOf(ctx, op);
  const items: T[] = [];
  const iterator = source[Symbol.asyncIterator]();
  let failure: AwsCallError | undefined;
  let pages = 0;
  try {
    for (;;) {
      const step = await callAws(op, () => iterator.next(), ctx, (r) => r.done !== true);
      if (step.done === true) break;
      if (pages === cap.pages) {
        failure = truncatedListing(op, `more than the cap of ${cap.pages} page${cap.pages === 1 ? '' : 's'}`);
        break;
      }
      pages++;
      const room = cap.items - items.length;
      for (const item of step.value.slice(0, room)) items.push(item);
      onPage?.(items);
      if (step.value.length > room) {
        failure = truncatedListing(op, `more than the cap of ${cap.items} items`);
        break;
      }
    }
  } catch (err) {
    if (!(err instanceof AwsCallError)) throw err;
    failure = err;
  }
  // Ends the SDK's paginator (no further request); not awaited, as a page cut off by the deadline may
  // still be settling.
  if (failure) void iterator.return?.().catch(() => undefined);
  return failure ? { items, pages, failure } : { items, pages };
}
