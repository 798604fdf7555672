import type { PolicyPath } from './policy.js';
import type { SourceLocation } from './span.js';

export type Severity = 'error' | 'warning' | 'info';

export interface RelatedLocation {
  location: SourceLocation;
  message: string;
}

/**
 * One finding. `location` is null only for live-account findings (then `resource` is the ARN).
 * Line/column conversion to 1-based happens in reporters.
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  location: SourceLocation | null;
  /** JSON path into the policy document as AWS would see it; absent when not about a policy. */
  path?: PolicyPath;
  /** Terraform address, `Resources.<LogicalId>`, or an ARN; absent for bare policy files. */
  resource?: string;
  /** Bare claim names → values of a token that gets in. */
  witness?: Record<string, string>;
  related?: RelatedLocation[];
  properties?: Record<string, unknown>;
  /** Suggested change for the ESLint plugin and messages (never applied automatically by the CLI). */
  suggestion?: { description: string; replacement?: { location: SourceLocation; text: string } };
}
