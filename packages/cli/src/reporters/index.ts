import { formatGithub as githubReport } from './github.js';
import { formatJson as jsonReport } from './json.js';
import { sanitizedReporter } from './sanitize.js';
import { formatSarif as sarifReport } from './sarif.js';
import { formatStylish as stylishReport } from './stylish.js';
import type { Reporter } from './types.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Every reporter behind the output sanitiser: stylish and GitHub annotations are shown as text
 * (control characters escaped), JSON and SARIF escape their own.
 */
export const formatStylish = sanitizedReporter(stylishReport, 'terminal');
export const formatGithub = sanitizedReporter(githubReport, 'terminal');
export const formatJson = sanitizedReporter(jsonReport, 'data');
export const formatSarif = sanitizedReporter(sarifReport, 'data');

export const REPORTERS: Readonly<Record<Format, Reporter>> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
};

export type { Reporter, ReportInput } from './types.js';
