/** The CDK reader lives in the core (it takes an ESTree Program; the core has no parser dependency). */
export { readCdkProgram, type EsProgram } from '@trustlint/core';
