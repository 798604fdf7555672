import type { Rule } from 'eslint';
import { CATALOG, findCredentials, hasSecrets, ruleDocsUrl, sanitizeText, sanitizeValue, type Finding, type RuleMeta } from '@trustlint/core';
import { analysisFor } from './analysis.js';
import { SUGGESTING_RULES, suggestionsFor } from './suggestions.js';

/**
 * Catalog rules that have no ESLint counterpart, and why. Everything else in the catalog is an ESLint
 * rule with the same id, so a rule added to the catalog appears here without code changes.
 */
export const NOT_IN_ESLINT: Readonly<Record<string, string>> = {
  'workflow-role-mismatch': 'cross-file: needs the workflow and the role in one scan (use the CLI)',
  'workflow-audience-mismatch': 'cross-file: needs the workflow and the role in one scan (use the CLI)',
  'aws-user-access-key': 'live account scan (CLI `aws scan`)',
  'access-analyzer': 'calls AWS; ESLint never goes to the network',
  'access-analyzer-public': 'calls AWS; ESLint never goes to the network',
  'aws-check-failed': 'calls AWS; ESLint never goes to the network',
  'github-owner-missing': 'calls the GitHub API; ESLint never goes to the network',
  'github-repo-missing': 'calls the GitHub API; ESLint never goes to the network',
  'github-repo-moved': 'calls the GitHub API; ESLint never goes to the network',
  'github-id-mismatch': 'calls the GitHub API; ESLint never goes to the network',
  'github-check-failed': 'calls the GitHub API; ESLint never goes to the network',
  'github-sub-template-mismatch': 'calls the GitHub API; ESLint never goes to the network',
  'github-sub-template-forgeable': 'calls the GitHub API; ESLint never goes to the network',
  'github-environment-unprotected': 'calls the GitHub API; ESLint never goes to the network',
  'github-name-only-trust': 'calls the GitHub API; ESLint never goes to the network',
};

export const ESLINT_RULE_IDS: readonly string[] = CATALOG.map((r) => r.id).filter((id) => !(id in NOT_IN_ESLINT));

const MESSAGES = {
  finding: '{{ message }}',
  addAudience: 'Add the condition "{{ key }}": "{{ audience }}" (StringEquals).',
  useStringLike: 'Use StringLike, so that the wildcard matches as meant (what it then admits gives no scope finding).',
  pinBranch: 'Pin the subject to the deploy branch: ref:refs/heads/{{ branch }}.',
  moveIdToken: 'Move id-token: write from the workflow permissions to the jobs that request a token (with the workflow\'s other scopes).',
  removeStaticKeys: 'Remove the static key inputs, so that configure-aws-credentials assumes role-to-assume through OIDC.',
};

/** Where ESLint should put a finding: its span, converted by the file's own SourceCode. */
function locOf(f: Finding, context: Rule.RuleContext, file: string): { start: { line: number; column: number }; end: { line: number; column: number } } {
  const { sourceCode } = context;
  const span = f.location?.file === file ? f.location.span : undefined;
  const max = sourceCode.text.length;
  const at = (offset: number): { line: number; column: number } => sourceCode.getLocFromIndex(Math.min(Math.max(offset, 0), max));
  if (!span) return { start: at(0), end: at(0) };
  return { start: at(span.start.offset), end: at(span.end.offset) };
}

/**
 * Whether an edit's text carries a credential found in the file: the core's edits rewrite whole
 * objects (a Condition with its values), and a credential that is recognised only in its context in
 * the file (a secret key beside its name) must not be copied out as a suggestion either.
 */
function copiesCredential(editText: string, fileText: string): boolean {
  if (editText === '') return false;
  return findCredentials(fileText).some((m) => editText.includes(fileText.slice(m.start, m.end)));
}

/** The one replacement ESLint makes of several: the edited text from the first edit's start to the last one's end. */
function mergedText(edits: readonly { range: [number, number]; text: string }[], fileText: string): string {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0]);
  let out = '';
  let cursor = sorted[0]?.range[0] ?? 0;
  for (const e of sorted) {
    out += fileText.slice(cursor, Math.max(cursor, e.range[0])) + e.text;
    cursor = Math.max(cursor, e.range[1]);
  }
  return out;
}

/** The ESLint rule for one catalog entry: reports that rule's findings from the shared analysis. */
export function createRule(meta: RuleMeta): Rule.RuleModule {
  const report = (context: Rule.RuleContext): void => {
    const analysis = analysisFor(context);
    for (const f of analysis.findings) {
      if (f.ruleId !== meta.id) continue;
      // What ESLint prints passes the output sanitiser; a fix that would write a credential (copied
      // from the file) is not offered at all: masked, it would corrupt the file.
      const suggest = SUGGESTING_RULES.has(meta.id)
        ? suggestionsFor(f, analysis)
            .filter((s) => {
              // ESLint merges a suggestion's replacements into one, whose text holds the file between them.
              const merged = mergedText(s.edits, analysis.text);
              return !hasSecrets(merged) && !copiesCredential(merged, analysis.text);
            })
            .map((s) => ({
              messageId: s.messageId,
              data: sanitizeValue(s.data, 'terminal'),
              // Several replacements of one suggestion are applied together (ESLint merges them).
              fix: (fixer: Rule.RuleFixer) => s.edits.map((e) => fixer.replaceTextRange(e.range, e.text)),
            }))
        : [];
      context.report({ loc: locOf(f, context, analysis.file), messageId: 'finding', data: { message: sanitizeText(f.message) }, ...(suggest.length ? { suggest } : {}) });
    }
  };
  return {
    meta: {
      type: 'problem',
      docs: { description: meta.title, url: ruleDocsUrl(meta.id), recommended: true },
      messages: MESSAGES,
      schema: [],
      ...(SUGGESTING_RULES.has(meta.id) ? { hasSuggestions: true } : {}),
      // JSON through @eslint/json; YAML and TypeScript through parsers of the JavaScript language.
      languages: ['js/js', 'json/json'],
    },
    create(context) {
      // `Program` for YAML and TypeScript ASTs, `Document` for @eslint/json's.
      return { Program: () => { report(context); }, Document: () => { report(context); } };
    },
  };
}

export const rules: Record<string, Rule.RuleModule> = Object.fromEntries(
  ESLINT_RULE_IDS.map((id) => {
    const meta = CATALOG.find((r) => r.id === id);
    if (!meta) throw new Error(`unknown rule ${id}`);
    return [id, createRule(meta)];
  }),
);
