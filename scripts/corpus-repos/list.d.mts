// Types of list.mjs for the TypeScript test (test/corpus-repos.test.ts).
import type { ExpectedFinding, Matcher } from './compare.mjs';

export interface TerraformModuleRecord {
  readonly Key: string;
  readonly Source: string;
  readonly Version?: string;
  readonly Dir: string;
  readonly package?: { readonly repo: string; readonly commit: string };
}

export interface RepositoryEntry {
  readonly id: string;
  readonly repo: string;
  readonly commit: string;
  readonly paths?: readonly string[];
  readonly terraformInit?: readonly { readonly root: string; readonly modules: readonly TerraformModuleRecord[] }[];
  readonly eslint?: readonly string[];
  readonly config?: Readonly<Record<string, unknown>>;
  readonly patterns: readonly string[];
  readonly why: string;
  readonly expected: readonly ExpectedFinding[];
  readonly mustNot?: readonly Matcher[];
  readonly notes: string;
}

export declare const DEFAULT_LIST: string;
export declare function parseRepositoryList(text: string, source: string): RepositoryEntry[];
export declare function readRepositoryList(path?: string): RepositoryEntry[];
export declare function selectEntries(entries: readonly RepositoryEntry[], only: string | undefined): RepositoryEntry[];
