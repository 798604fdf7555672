/**
 * What the wire-level tests share: fake AWS servers closed after each test, SDK settings pointing at
 * one, and an injected sleep that records each retry wait and returns at once.
 */
import { afterEach } from 'vitest';
import type { AwsSettings, RetryOptions } from '../../src/aws/index.js';
import { startFakeAws, type FakeAws, type FakeAwsState } from './fake-aws.js';

const running: FakeAws[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((f) => f.close()));
});

/** A fake AWS on 127.0.0.1, closed after the test. */
export async function start(state: Partial<FakeAwsState>): Promise<FakeAws> {
  const fake = await startFakeAws(state);
  running.push(fake);
  return fake;
}

/** Static fake credentials, every client at the fake's URL. */
export function settings(f: FakeAws, extra: Partial<AwsSettings> = {}): AwsSettings {
  return { region: 'us-east-1', endpoint: f.url, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, ...extra };
}

/** No jitter; `sleeps` holds each wait asked for. */
export function recorder(): RetryOptions & { sleeps: number[] } {
  const sleeps: number[] = [];
  return { sleeps, random: () => 0, sleep: (ms: number) => (sleeps.push(ms), Promise.resolve()) };
}

export const NOW = (): Date => new Date('2026-07-01T00:00:00Z');
