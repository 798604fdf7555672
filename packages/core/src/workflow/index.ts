export { readCompositeAction, readWorkflow, linkLocalActions } from '../sources/workflow/index.js';
export { documentRoleName, roleUses, roleUsesOf, trustPoliciesFor, type RoleUse } from './role-uses.js';
export { crossChecks, type CrossCheck } from './cross-check.js';
