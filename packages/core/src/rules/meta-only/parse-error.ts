import { defineMetaOnly } from '../define.js';

export default defineMetaOnly({
  id: 'parse-error',
  meta: {
    title: 'File cannot be parsed',
    defaultSeverity: 'error',
    category: 'input',
    description:
      "A workflow, a `.gitlab-ci.yml`, a `*.tf`/`*.tf.json`, a `*.template`, or an explicitly named file cannot be parsed; the location is the parser's. Walked `*.json`, `*.y{a,}ml` and `*.tpl` files that do not parse are skipped.",
  },
});
