export { synthesizeTrust, synthesizeConditions, conditionsForSubject, provePolicy, rewritePolicy, filterToIam } from './synthesize.js';
export type { Synthesis, SynthesisProof, SynthesizedConditions } from './synthesize.js';
