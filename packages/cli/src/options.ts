import { resolve } from 'node:path';
import { CliError } from './errors.js';

/** Values for the source adapters (Terraform `--var`/`--var-file`, CloudFormation `--parameter`). */
export interface SourceOptions {
  /** `--var k=v`, in command-line order (a later one wins, as in Terraform). */
  vars: [string, string][];
  /** `--var-file F`, absolute, in command-line order. */
  varFiles: string[];
  parameters: [string, string][];
}

/** AWS settings of the online checks, validated now even though the checks come later. */
export interface AwsOptions {
  accessAnalyzer: boolean;
  accessAnalyzerPublic: boolean;
  profile?: string;
  region?: string;
  endpointUrl?: string;
  /** `--timeout SECONDS`: the time limit of all online work (the core's default, 300 s, otherwise). */
  timeoutMs?: number;
}

/** `--github` and `--github-api URL`: the GitHub online checks (issue 17). */
export interface GitHubOptions {
  github: boolean;
  /** API base URL (GitHub Enterprise Server: https://HOST/api/v3); api.github.com otherwise. */
  apiUrl?: string;
}

/**
 * The token travels with every call, so plain http is refused except to a loopback address (a
 * stand-in, a local proxy).
 */
export function parseGitHubOptions(raw: { github?: boolean; githubApi?: string }): GitHubOptions {
  const options: GitHubOptions = { github: raw.github === true };
  if (raw.githubApi !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(raw.githubApi);
    } catch {
      url = undefined;
    }
    const loopback = url !== undefined && /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(url.hostname);
    if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
      throw new CliError(`--github-api expects an https URL such as https://github.example.com/api/v3 (http only to a loopback address), got '${raw.githubApi}'`);
    }
    if (!options.github) throw new CliError('--github-api needs --github');
    options.apiUrl = url.href.replace(/\/+$/, '');
  }
  return options;
}

/** Commander collector for repeatable options. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** `k=v` → [k, v]; the value may contain `=` and may be empty, the key may not. */
export function parseAssignment(flag: string, raw: string): [string, string] {
  const eq = raw.indexOf('=');
  const key = eq > 0 ? raw.slice(0, eq).trim() : '';
  if (key === '') throw new CliError(`${flag} expects NAME=VALUE, got '${raw}'`);
  return [key, raw.slice(eq + 1)];
}

export function parseMaxWarnings(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim())) throw new CliError(`--max-warnings expects a non-negative integer, got '${raw}'`);
  return Number(raw.trim());
}

export function parseSourceOptions(
  raw: { var?: string[]; varFile?: string[]; parameter?: string[] },
  cwd: string,
): SourceOptions {
  // Read (and checked) with every other file, by the bounded reader.
  const varFiles = (raw.varFile ?? []).map((f) => resolve(cwd, f));
  return {
    vars: (raw.var ?? []).map((v) => parseAssignment('--var', v)),
    varFiles,
    parameters: (raw.parameter ?? []).map((p) => parseAssignment('--parameter', p)),
  };
}

/** Region names like `us-east-1`, `eu-central-2`, `us-gov-west-1`, `us-isob-east-1`. */
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

export function parseAwsOptions(raw: {
  accessAnalyzer?: boolean;
  accessAnalyzerPublic?: boolean;
  profile?: string;
  region?: string;
  endpointUrl?: string;
  timeout?: string;
}): AwsOptions {
  const options: AwsOptions = {
    accessAnalyzer: raw.accessAnalyzer === true,
    accessAnalyzerPublic: raw.accessAnalyzerPublic === true,
  };
  if (raw.profile !== undefined) {
    if (raw.profile.trim() === '') throw new CliError('--profile expects a profile name');
    options.profile = raw.profile;
  }
  if (raw.region !== undefined) {
    if (!REGION.test(raw.region)) throw new CliError(`--region expects an AWS region such as us-east-1, got '${raw.region}'`);
    options.region = raw.region;
  }
  if (raw.endpointUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(raw.endpointUrl);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new CliError(`--endpoint-url expects an http(s) URL, got '${raw.endpointUrl}'`);
    }
    options.endpointUrl = raw.endpointUrl;
  }
  if (raw.timeout !== undefined) options.timeoutMs = parseTimeout(raw.timeout);
  return options;
}

/** Seconds, whole or with up to three decimals, at most a day: the flag bounds the run, so it must be finite. */
function parseTimeout(raw: string): number {
  const text = raw.trim();
  const seconds = /^\d+(\.\d{1,3})?$/.test(text) ? Number(text) : NaN;
  if (!(seconds > 0 && seconds <= 86_400)) throw new CliError(`--timeout expects a number of seconds between 0.001 and 86400, got '${raw}'`);
  return Math.round(seconds * 1000);
}

/** Help of `--config-from-base`, the same on every command that reads the configuration. */
export const CONFIG_FROM_BASE_HELP =
  'read the configuration and .gitignore files from this commit (the pull request base), not the working tree';

/** `--config` / `--config-from-base` as the configuration loader takes them. */
export function configChoice(flags: { config?: string; configFromBase?: string }): { configFile?: string; configFromBase?: string } {
  return {
    ...(flags.config !== undefined ? { configFile: flags.config } : {}),
    ...(flags.configFromBase !== undefined ? { configFromBase: flags.configFromBase } : {}),
  };
}
