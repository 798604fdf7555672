// trustlint in ESLint: copy this file (and `npm i -D eslint eslint-plugin-trustlint @eslint/json
// yaml-eslint-parser typescript-eslint`). `recommended` wires *.json to @eslint/json, *.yml/*.yaml
// to yaml-eslint-parser and *.ts to typescript-eslint's parser, with every rule at its default
// severity. Add your own JavaScript/TypeScript rules in separate objects with their own `files`.
import trustlint from 'eslint-plugin-trustlint';

export default [
  ...trustlint.configs.recommended,
  {
    // trustlint's own settings that apply per file; `deployBranch` enables the "pin the branch" suggestion.
    settings: { trustlint: { deployBranch: 'main' } },
  },
];
