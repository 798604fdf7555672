export * from './model/index.js';
export * from './catalog/rules.js';
export * from './config.js';
export { analyze, analyzeTrustPolicy, compareFindings } from './analyze.js';
export type { AnalyzeInput, AnalyzeOptions, AnalyzeResult } from './analyze.js';
export { detectKind } from './sources/detect.js';
export { readPolicyFile } from './sources/policy-file.js';
