import type { OutsiderClass } from '../github/witness.js';

/** Who an outsider class is, in words (scope messages and `explain`). */
const CLASS_PHRASE: Record<OutsiderClass, string> = {
  'other-owner': 'repositories of other owners',
  'reusable-caller': 'callers of the reusable workflow',
  'other-repo': 'other repositories of the owner',
  'repo-name-match': 'repositories whose names match the wildcard',
  'other-ids': 're-registered names with new ids',
  'new-branch': 'new branches',
  'new-tag': 'new tags',
  'new-environment': 'new environments',
  'pull-request': 'pull requests',
  'run-phase': 'another run phase',
};

export function classPhrase(cls: OutsiderClass): string {
  return CLASS_PHRASE[cls];
}
