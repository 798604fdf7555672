import type { SourceLocation } from './span.js';

/**
 * A GitHub Actions workflow, or a local composite action, in the model. The workflow source
 * (sources/workflow) fills it in from the YAML; rules read it. Every value a rule may report on keeps
 * its location. Values are kept as written: `${{ … }}` expressions stay symbolic (matrix values are
 * never expanded), so a literal, a `secrets.*` reference and a step output remain distinguishable.
 */

/** A piece of a scalar value: literal text, or one `${{ … }}` expression. */
export type WorkflowValuePart = { kind: 'text'; text: string } | { kind: 'expression'; text: string; refs: string[] };

interface ValueBase {
  /** The value as the runner receives it before evaluation (quotes removed, escapes applied). */
  text: string;
  location: SourceLocation;
  /** The node exactly as written in the file (quotes, block indicators, indentation included). */
  source: string;
}

/** A value without expressions. Booleans and numbers keep their source text (`true`, `012`). */
export interface WorkflowLiteral extends ValueBase {
  kind: 'literal';
}

/**
 * A value containing at least one `${{ … }}` expression. `refs` lists the context paths read, in
 * dotted form (`secrets.AWS_KEY`, `vars.ROLE`, `steps.creds.outputs.aws-access-key-id`, `matrix.env`).
 */
export interface WorkflowExpressionValue extends ValueBase {
  kind: 'expression';
  refs: string[];
  parts: WorkflowValuePart[];
}

export type WorkflowValue = WorkflowLiteral | WorkflowExpressionValue;

/** One `name: value` entry of `env`, `with`, `secrets`. */
export interface WorkflowEntry {
  name: string;
  nameLocation: SourceLocation;
  value: WorkflowValue;
}

/** An `env` block at workflow, job or step level. */
export interface WorkflowEnvBlock {
  entries: WorkflowEntry[];
  location: SourceLocation;
  /** `env: ${{ fromJSON(…) }}`: the entries are not known statically. */
  expression?: WorkflowValue;
}

/** A branch or tag filter of a trigger (`branches`, `branches-ignore`, `tags`, `tags-ignore`). */
export interface WorkflowFilter {
  patterns: WorkflowValue[];
  location: SourceLocation;
}

/** An input or secret declared by `workflow_call` / `workflow_dispatch`, or an input of an action. */
export interface WorkflowParam {
  name: string;
  location: SourceLocation;
  required?: WorkflowValue;
  type?: WorkflowValue;
  default?: WorkflowValue;
}

/** One event of `on:` (string, list and map forms all give these). */
export interface WorkflowTrigger {
  event: string;
  /** The event name as written. */
  location: SourceLocation;
  branches?: WorkflowFilter;
  branchesIgnore?: WorkflowFilter;
  tags?: WorkflowFilter;
  tagsIgnore?: WorkflowFilter;
  /** Activity types (`types: [opened, synchronize]`). */
  types: string[];
  /** `workflow_run.workflows`. */
  workflows: string[];
  /** `workflow_call` / `workflow_dispatch` inputs, `workflow_call` secrets. */
  inputs: WorkflowParam[];
  secrets: WorkflowParam[];
}

/** One scope of a `permissions` map, e.g. `id-token: write`. */
export interface PermissionScope {
  /** Scope name in lower case. */
  name: string;
  /** Level as written, lower-cased (`read`, `write`, `none`, or something invalid). */
  level: string;
  nameLocation: SourceLocation;
  location: SourceLocation;
}

/** A `permissions` block at workflow or job level. */
export interface PermissionsBlock {
  /** `read-all`/`write-all`, a map (`{}` is a map naming no scope), or anything else GitHub rejects. */
  kind: 'read-all' | 'write-all' | 'map' | 'invalid';
  scopes: PermissionScope[];
  /** The `permissions` key. */
  keyLocation: SourceLocation;
  /** The value (the string, or the map). */
  location: SourceLocation;
}

/**
 * The job's effective `id-token` permission (spec/domain.md §1.7): a job-level block replaces the
 * workflow level; naming any scope sets the others to none; `write-all` grants write, `read-all` read;
 * the default is none.
 */
export interface EffectiveIdToken {
  level: 'write' | 'read' | 'none';
  /** The block that decides: the job's, the workflow's, or none (GitHub's default). */
  source: 'job' | 'workflow' | 'default';
  /** The deciding line: the `id-token` scope, the `read-all`/`write-all` value, or the block leaving it out. */
  location?: SourceLocation;
  /** No block and the workflow is `workflow_call`: the caller's permissions apply. */
  callerDecides: boolean;
  /** Write is downgraded to read for fork pull requests (`pull_request*` triggers): no token there. */
  forkPullRequestsDowngraded: boolean;
}

export interface WorkflowEnvironment {
  name: WorkflowValue;
  url?: WorkflowValue;
  location: SourceLocation;
}

export interface WorkflowRunsOn {
  /** The labels (string, list, or `labels:` of the map form). */
  labels: WorkflowValue[];
  group?: WorkflowValue;
  location: SourceLocation;
}

/** What a `uses:` names. `location` is the value of `uses`. */
export type ActionRef =
  | {
      /** `owner/repo[/path]@ref`: an action, or a reusable workflow when `path` is a workflow file. */
      kind: 'repository';
      owner: string;
      repo: string;
      path?: string;
      /** Absent when the `@ref` part is missing (GitHub rejects it). */
      ref?: string;
      text: string;
      location: SourceLocation;
    }
  | { kind: 'docker'; image: string; tag?: string; digest?: string; text: string; location: SourceLocation }
  | { kind: 'local'; path: string; text: string; location: SourceLocation }
  | { kind: 'unknown'; text: string; location: SourceLocation };

export interface WorkflowStep {
  index: number;
  /** The step mapping. */
  location: SourceLocation;
  id?: WorkflowValue;
  name?: WorkflowValue;
  if?: WorkflowValue;
  uses?: ActionRef;
  with: WorkflowEntry[];
  run?: WorkflowValue;
  env?: WorkflowEnvBlock;
  /**
   * For `uses: ./…`: the local composite action it names, when that `action.yml` is in the scan
   * (set by `linkLocalActions`).
   */
  localAction?: WorkflowDocument;
}

export interface WorkflowJob {
  id: string;
  idLocation: SourceLocation;
  /** The job mapping. */
  location: SourceLocation;
  name?: WorkflowValue;
  if?: WorkflowValue;
  needs: string[];
  runsOn?: WorkflowRunsOn;
  permissions?: PermissionsBlock;
  idToken: EffectiveIdToken;
  environment?: WorkflowEnvironment;
  env?: WorkflowEnvBlock;
  /** `container:` image (string or `image:`). */
  container?: WorkflowValue;
  /** `strategy.matrix` keys, left symbolic; `expression` when the matrix itself is an expression. */
  matrix?: { keys: string[]; location: SourceLocation; expression?: WorkflowValue };
  steps: WorkflowStep[];
  /** A reusable-workflow call (`uses:` at job level). */
  uses?: ActionRef;
  with: WorkflowEntry[];
  secrets?: { kind: 'inherit'; location: SourceLocation } | { kind: 'map'; entries: WorkflowEntry[]; location: SourceLocation };
}

/** A workflow (`.github/workflows/*.yml`) or a local composite action (`action.yml`, `runs.using: composite`). */
export interface WorkflowDocument {
  kind: 'workflow';
  workflowKind: 'workflow' | 'composite-action';
  file: string;
  /** The whole document. */
  location: SourceLocation;
  name?: WorkflowValue;
  triggers: WorkflowTrigger[];
  /** The `on` key (workflows only). */
  triggersLocation?: SourceLocation;
  permissions?: PermissionsBlock;
  env?: WorkflowEnvBlock;
  jobs: WorkflowJob[];
  /** Composite actions: their `inputs` (empty for workflows). */
  inputs: WorkflowParam[];
  /** Composite actions: `runs.steps` (empty for workflows). */
  steps: WorkflowStep[];
}
