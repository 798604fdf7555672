import { isCarryableSubject } from '../github/subject.js';
import { collectUnresolved, displayValue, hasMarker, replaceMarkers } from '../model/policy.js';
import { defineRule } from './define.js';
import { variablesAsWildcards } from '../scope/trust-analysis.js';
import { githubEntries } from './github-entries.js';

const STAR_FILLERS = ['', 'x', 'main', 'x/x', '1', 'refs/heads/main', 'ref:refs/heads/main', 'x:ref:refs/heads/main', 'x/x:ref:refs/heads/main', 'pull_request', 'environment:x', 'x@1/x@1:ref:refs/heads/main'];
const QUESTION_FILLERS = ['x', '1', ':', '/', '@', '-', '.'];
const MAX_COMPLETIONS = 4000;

/** True when some completion of the pattern's wildcards is a subject a GitHub token can carry. */
export function patternCanMatchSubject(pattern: string, wildcards: boolean): boolean {
  if (!wildcards) return isCarryableSubject(pattern);
  const pieces = pattern.split(/([*?])/);
  const slots = pieces.filter((p) => p === '*' || p === '?').length;
  let combos = 1;
  for (const p of pieces) if (p === '*') combos *= STAR_FILLERS.length; else if (p === '?') combos *= QUESTION_FILLERS.length;
  // Too many wildcards to enumerate: assume some completion fits rather than guess "broken".
  if (slots === 0) return isCarryableSubject(pattern);
  if (combos > MAX_COMPLETIONS) return true;
  const walk = (i: number, acc: string): boolean => {
    if (i === pieces.length) return isCarryableSubject(acc);
    const piece = pieces[i] ?? '';
    const options = piece === '*' ? STAR_FILLERS : piece === '?' ? QUESTION_FILLERS : [piece];
    return options.some((o) => walk(i + 1, acc + o));
  };
  return walk(0, '');
}

export default defineRule({
  id: 'oidc-subject-unmatchable',
  meta: {
    title: 'No GitHub token can carry this subject',
    defaultSeverity: 'warning',
    category: 'trust',
    description:
      'A `sub` value in neither the default, the immutable nor a customised format (`…:ref/refs/heads/main`, a bare `…:main`, a name ending in `.git`): the role is broken for that value.',
  },
  policy(ctx) {
    const parts = collectUnresolved(ctx.document.root).map((u) => u.part);
    for (const { entry, claim } of githubEntries(ctx)) {
      const base = entry.parsed?.base;
      if (claim !== 'sub' || !entry.parsed || entry.parsed.negated) continue;
      if (base !== 'StringEquals' && base !== 'StringLike' && base !== 'StringEqualsIgnoreCase') continue;
      for (const v of entry.values) {
        // An unresolved part may stand for any text: the value is unmatchable only if no text fits.
        const unresolved = hasMarker(v.value);
        // A policy variable is substituted by IAM at evaluation time (a request claim): it may hold any text.
        const substituted = ctx.policy.variablesEnabled ? variablesAsWildcards(v.value) !== v.value : false;
        const escaped = ctx.policy.variablesEnabled ? variablesAsWildcards(v.value).replace(/\$\{\*\}/g, '*').replace(/\$\{\?\}/g, '?').replace(/\$\{\$\}/g, '$') : v.value;
        const value = replaceMarkers(escaped, '*');
        const wildcards = (base === 'StringLike' && /[*?]/.test(escaped)) || unresolved || substituted;
        if (patternCanMatchSubject(value, wildcards)) continue;
        // A literal wildcard under StringEquals is reported by oidc-stringequals-wildcard.
        if (base !== 'StringLike' && /[*?]/.test(escaped)) continue;
        ctx.report({
          path: v.path,
          message: `no GitHub token carries a sub like "${displayValue(v.value, parts)}"${unresolved ? ' (whatever its unresolved parts hold)' : ''}: it is neither "repo:OWNER/REPO:" followed by environment:NAME, pull_request, ref:refs/heads/BRANCH or ref:refs/tags/TAG, nor the immutable "repo:OWNER@ID/REPO@ID:…" form, nor a customised claim template${/\.git(:|$|\*)/.test(v.value) ? ' (repository names never end in .git)' : ''}. The role is unusable for this value; write e.g. "repo:OWNER/REPO:ref:refs/heads/main".`,
        });
      }
    }
  },
});
