// The rules' public face: the registry (every rule file), the runner, and the provenance notes the
// AWS scan reuses. Each concern has its own module; this one only re-exports them.
export { IMPLEMENTED_RULE_IDS, META_ONLY, RULES, WORKFLOW_RULES, type RuleId } from './registry.js';
export { runPolicyRules, runRules, type PolicyJob, type PolicyRunner } from './runner.js';
export { provenanceNotes } from './provenance.js';
