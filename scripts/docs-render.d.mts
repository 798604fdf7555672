// Types of docs-render.mjs for the TypeScript test (test/docs.test.ts).

/** The catalog fields the docs use; `RuleMeta` from @trustlint/core satisfies it. */
export interface RuleDocMeta {
  readonly id: string;
  readonly title: string;
  readonly defaultSeverity: string;
  readonly category: string;
  readonly description: string;
  readonly variants?: string;
}

export declare const GENERATED_START: string;
export declare const GENERATED_END: string;
export declare const README_START: string;
export declare const README_END: string;
export declare const REQUIRED_HEADINGS: readonly string[];
export declare const CATEGORY_LABELS: Readonly<Record<string, string>>;

export declare function categoryLabel(category: string): string;
export declare function rulePagePath(id: string): string;
export declare function renderGeneratedBlock(rule: RuleDocMeta): string;
export declare function findGeneratedBlock(page: string): { start: number; end: number; text: string } | null;
export declare function updatePage(page: string, rule: RuleDocMeta): string | null;
export declare function renderReadmeTable(catalog: readonly RuleDocMeta[]): string;
export declare function updateReadme(readme: string, catalog: readonly RuleDocMeta[]): string | null;
