// Types of compare.mjs for the TypeScript test (test/corpus-repos.test.ts).

export type Severity = 'error' | 'warning' | 'info';

/** A finding as scripts/corpus-repos/analyse.mjs returns it. */
export interface CorpusFinding {
  readonly tool: 'cli' | 'eslint';
  readonly ruleId: string;
  readonly severity: Severity;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly resource?: string | undefined;
  readonly message: string;
}

/** A labelled finding (corpus/README.md): every given field must match. */
export interface Matcher {
  readonly ruleId?: string;
  readonly file?: string | readonly string[];
  readonly severity?: Severity | readonly Severity[];
  readonly line?: number;
  readonly resource?: string;
  readonly note: string;
  readonly unsure?: boolean;
}

export interface ExpectedFinding extends Matcher {
  readonly ruleId: string;
  readonly count?: number;
  readonly optional?: boolean;
}

export interface LabelledEntry {
  readonly expected: readonly ExpectedFinding[];
  readonly mustNot?: readonly Matcher[];
}

export interface Comparison {
  readonly agree: boolean;
  readonly missing: readonly { readonly expected: ExpectedFinding; readonly found: number }[];
  readonly forbidden: readonly { readonly mustNot: Matcher; readonly finding: CorpusFinding }[];
  readonly unexpected: readonly CorpusFinding[];
}

export declare function matches(matcher: Matcher, finding: CorpusFinding): boolean;
export declare function compareRepository(entry: LabelledEntry, findings: readonly CorpusFinding[]): Comparison;
export declare function describeMatcher(matcher: Matcher): string;
export declare function describeFinding(finding: CorpusFinding): string;
export declare function formatComparison(label: string, result: Comparison): string[];
