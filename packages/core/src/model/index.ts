export * from './span.js';
export * from './policy.js';
export * from './finding.js';
export * from './document.js';
export * from './workflow.js';
export * from './gitlab-ci.js';
