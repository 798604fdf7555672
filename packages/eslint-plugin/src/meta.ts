import { ruleDocsUrl } from '@trustlint/core';

/** Package name and version (a test keeps them equal to package.json). */
export const PLUGIN_NAME = 'eslint-plugin-trustlint';
export const PLUGIN_VERSION = '0.1.0';
/** Rule names are `trustlint/<catalog id>`. */
export const NAMESPACE = 'trustlint';
/** Where each rule's page lives: `<base><id>.md` (the core's ruleDocsUrl, the one place it is written). */
export const DOCS_BASE_URL = ruleDocsUrl('').replace(/\.md$/, '');
