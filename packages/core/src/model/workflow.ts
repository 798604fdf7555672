import type { SourceLocation } from './span.js';

/**
 * A GitHub Actions workflow (or a local composite action) in the model. The workflow source fills
 * this in; rules read it. Placeholder shape owned by the workflow source: extended there.
 */
export interface WorkflowDocument {
  kind: 'workflow';
  file: string;
  location: SourceLocation;
}
