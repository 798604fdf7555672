import type { GitLabPipelineDocument } from '../../model/gitlab-ci.js';
import type { RawMap } from './tree.js';

/** The root pipeline file GitLab reads by default (https://docs.gitlab.com/ci/yaml/). */
export const GITLAB_CI_PATH = /(^|\/)\.gitlab-ci\.ya?ml$/;

/** Each pipeline document's raw top-level mapping, for `include: local` once every file is read. */
const RAW = new WeakMap<GitLabPipelineDocument, RawMap>();

export function setRaw(doc: GitLabPipelineDocument, root: RawMap): void {
  RAW.set(doc, root);
}

export function rawOf(doc: GitLabPipelineDocument): RawMap | undefined {
  return RAW.get(doc);
}
