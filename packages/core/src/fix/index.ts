export { synthesizeTrust, synthesizeConditions, conditionsForSubject, provePolicy, rewritePolicy, filterToIam } from './synthesize.js';
export type { Synthesis, SynthesisProof, SynthesizedConditions } from './synthesize.js';
export { applyEdits, type TextEdit } from './edit.js';
export { unifiedDiff } from './diff.js';
export { jsonPolicyEdits, renderJson } from './json-edit.js';
export { planFixes, type FileFix, type FixOptions, type FixPlan, type RoleFix } from './plan.js';
export { planMechanicalFixes, type MechanicalFix, type MechanicalOptions, type MechanicalPlan } from './mechanical.js';
