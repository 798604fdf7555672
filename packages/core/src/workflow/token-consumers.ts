import { readCacStep } from './aws.js';
import { actionName, inputOf, type StepInJob } from './steps.js';

/**
 * Whether a job uses its `id-token: write`: assuming an AWS role through OIDC, or another known
 * consumer of GitHub's OIDC tokens (other clouds, attestations, trusted publishing, Pages). A local
 * action that is not in the scan might, so it counts as a consumer: better silent than wrong.
 */

const TOKEN_ACTIONS = [
  'google-github-actions/auth',
  'azure/login',
  'hashicorp/vault-action',
  'actions/attest',
  'actions/attest-build-provenance',
  'actions/attest-sbom',
  'actions/deploy-pages',
  'pypa/gh-action-pypi-publish',
  'sigstore/gh-action-sigstore-python',
];

const TOKEN_SCRIPT = /ACTIONS_ID_TOKEN_REQUEST|getIDToken|--provenance|\bcosign\s+(sign|attest)|\bnpm\s+publish\b[^\n]*provenance/;

export function usesIdToken(s: StepInJob): boolean {
  const cac = readCacStep(s);
  if (cac) return cac.mode === 'oidc' || cac.mode === 'unknown';
  const name = actionName(s.step);
  if (name !== undefined && TOKEN_ACTIONS.includes(name)) return true;
  if (s.step.uses?.kind === 'local' && !s.step.localAction) return true;
  if (s.step.uses?.kind === 'unknown') return true;
  if (name === 'actions/github-script' && TOKEN_SCRIPT.test(inputOf(s.step, 'script')?.value.text ?? '')) return true;
  return s.step.run !== undefined && TOKEN_SCRIPT.test(s.step.run.text);
}
