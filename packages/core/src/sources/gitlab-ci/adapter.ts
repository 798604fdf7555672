import { isYamlLike, type SourceAdapter } from '../adapter.js';
import { linkLocalIncludes, readGitLabCi } from './index.js';
import { GITLAB_CI_PATH } from './raw.js';

/** A top-level `stages:` list, or a top-level `include:` of GitLab's forms. */
const GLOBAL_RE = /^stages[ \t]*:[ \t]*(?:\[|(?:#.*)?\r?\n[ \t]*-)|^include[ \t]*:[\s\S]{0,200}?\b(?:local|remote|template|project|component)[ \t]*:/m;
/** An indented job keyword that only GitLab CI spells this way (`script:` under a job, `extends:`, `id_tokens:`). */
const JOB_KEYWORD_RE = /^[ \t]+(?:script|before_script|after_script|extends|id_tokens)[ \t]*:/m;
/** A top-level key that can name a job (not a list item, not a comment). */
const TOP_KEY_RE = /^[A-Za-z0-9_.$-][^\n:#]*:[ \t]*(?:#.*)?\r?$/m;

/**
 * GitLab CI/CD pipelines: `.gitlab-ci.yml` by its path, and the YAML files it includes (`include:
 * local`, usually under `ci/` or `.gitlab/`) by content: a top-level `stages:`/`include:`, or a
 * top-level key whose job keywords only GitLab uses. Asked after CloudFormation and GitHub workflows.
 */
export const gitlabCiAdapter: SourceAdapter = {
  kinds: ['gitlab-ci'],
  inputName: /\.ya?ml$/,
  kindTokens: ['stages', 'include', 'script', 'extends', 'id_tokens'],
  byPath: (path) => (GITLAB_CI_PATH.test(path) ? 'gitlab-ci' : undefined),
  byContent(path, text) {
    if (!isYamlLike(path, text) || /(^|\/)\.github\//.test(path)) return undefined;
    if (GLOBAL_RE.test(text)) return 'gitlab-ci';
    return JOB_KEYWORD_RE.test(text) && TOP_KEY_RE.test(text) ? 'gitlab-ci' : undefined;
  },
  read: (_kind, source, options, budget) => readGitLabCi(source, options, budget),
  // `include: local` files are merged into the pipeline that includes them once every file is read.
  finish: (documents) => {
    linkLocalIncludes(documents);
  },
};
