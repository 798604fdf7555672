import type { SourceLocation } from './span.js';

/**
 * A GitLab CI/CD pipeline (`.gitlab-ci.yml` and the files it includes locally) in the model. The
 * source (sources/gitlab-ci) reads each file into its raw definitions; the pipeline's jobs are those
 * definitions resolved as GitLab does before a pipeline starts: `include: local`, `default:`, global
 * `variables:`, `extends:` and `!reference` (https://docs.gitlab.com/ci/yaml/). What it cannot
 * resolve (a remote, project, template or component include, a missing template) is kept as a note,
 * so that no rule takes a partial pipeline for a complete one.
 */

/** A scalar as written: GitLab expands `$VAR`/`${VAR}` at run time, so it stays symbolic here. */
export interface GitLabValue {
  /** The value (quotes removed, escapes applied). */
  text: string;
  /** The node exactly as written (quotes, block indicators). */
  source: string;
  location: SourceLocation;
}

/** One `NAME: value` (or `NAME: { value: … }`) entry of `variables:`. */
export interface GitLabVariable {
  name: string;
  nameLocation: SourceLocation;
  value: GitLabValue;
  /** From the pipeline's global `variables:`, not the job's own (or its templates'). */
  global?: true;
}

/** One line (one list item) of `before_script`, `script` or `after_script`. */
export interface GitLabScriptLine {
  section: 'before_script' | 'script' | 'after_script';
  text: string;
  /** The item exactly as written: offsets of matches inside it are counted in it. */
  source: string;
  /** Where the item is written (for an item reached through `!reference`, where the referenced item is). */
  location: SourceLocation;
}

/** One entry of `id_tokens:` (https://docs.gitlab.com/ci/yaml/#id_tokens). */
export interface GitLabIdToken {
  /** The variable the token is exposed as (`GITLAB_OIDC_TOKEN`). */
  name: string;
  nameLocation: SourceLocation;
  /** The `aud` values (a string or a list); empty when `aud` is missing. */
  aud: GitLabValue[];
  location: SourceLocation;
}

/** One item of `rules:`: the `if:` expression and `when:`. */
export interface GitLabRule {
  if?: GitLabValue;
  when?: string;
  location: SourceLocation;
}

/** `only:`/`except:` in their ref forms (a list, or `refs:` of the map form). */
export interface GitLabRefFilter {
  refs: GitLabValue[];
  location: SourceLocation;
}

/** Where a job's value came from when it is not written in the job itself. */
export type GitLabInherited = 'job' | 'default' | 'extends';

export interface GitLabJob {
  name: string;
  nameLocation: SourceLocation;
  /** The job mapping. */
  location: SourceLocation;
  /** The job's variables after merging global variables (job wins), as GitLab passes them. */
  variables: GitLabVariable[];
  /** Script lines in run order: before_script, script, after_script. */
  scripts: GitLabScriptLine[];
  /** `id_tokens:` after `default:` and `extends:`; undefined when the job has none. */
  idTokens?: { tokens: GitLabIdToken[]; location: SourceLocation; from: GitLabInherited };
  rules?: GitLabRule[];
  only?: GitLabRefFilter;
  except?: GitLabRefFilter;
  environment?: GitLabValue;
  /** `artifacts: reports: dotenv`: the job passes variables to later jobs (https://docs.gitlab.com/ci/yaml/artifacts_reports/#artifactsreportsdotenv). */
  dotenv: boolean;
  /** Templates named by `extends:` that the scan does not define (a remote include may): the job is partial. */
  missingTemplates: string[];
}

/** One `include:` entry. */
export interface GitLabInclude {
  kind: 'local' | 'remote' | 'project' | 'template' | 'component' | 'unknown';
  /** The path, URL, project/file or template name as written. */
  target: string;
  location: SourceLocation;
}

/** Something of the pipeline trustlint could not follow; reported, never silently passed. */
export interface GitLabUnresolved {
  /**
   * An include not followed; a template or reference not found; a GitLab limit crossed; a
   * downstream pipeline a job starts (`trigger:`); spec inputs (`$[[ inputs.x ]]`) a job uses.
   */
  kind: 'include' | 'extends' | 'reference' | 'limit' | 'trigger' | 'input';
  message: string;
  location: SourceLocation;
}

export interface GitLabPipelineDocument {
  kind: 'gitlab-pipeline';
  file: string;
  /** The whole document. */
  location: SourceLocation;
  /** Resolved jobs (hidden `.template` jobs excluded); with the included files once the scan is read. */
  jobs: GitLabJob[];
  includes: GitLabInclude[];
  unresolved: GitLabUnresolved[];
  /** Root pipelines of the scan that include this file: its jobs are analysed as part of them. */
  includedBy: string[];
  /** Files merged into this pipeline through `include: local` (this file first). */
  files: string[];
}
