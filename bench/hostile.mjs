// Hostile inputs that must take linear time (the scans robustness/limits.test.ts checks for their
// results only, since tests assert no clock), and the budget's caps reached by an attack: each is
// timed in this process, median of 3 after one warm-up.
//   node bench/hostile.mjs      → JSON on stdout: [{ name, ms, targetMs }]
import { performance } from 'node:perf_hooks';
import { analyze, loadTerraformParser } from '../packages/core/dist/index.js';
import { preparePolicyTemplate } from '../packages/core/dist/sources/policy-file.js';
import { splitExpressions } from '../packages/core/dist/sources/workflow/expressions.js';
import { median } from './measure.mjs';

const run = (file, text) => () => analyze([{ file, text, explicit: true }]);
const HEAD = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n";
const doublings = (n) => `locals {\n  s0 = "0123456789abcdef"\n${Array.from({ length: n }, (_, i) => `  s${i + 1} = "\${local.s${i}}\${local.s${i}}"`).join('\n')}\n}\nresource "aws_iam_role" "r" {\n  assume_role_policy = jsonencode({ Statement = [{ Condition = { StringLike = { sub = local.s${n} } } }] })\n}\n`;

const CASES = [
  // Linear scans of hostile text (each was quadratic or worse once).
  ['60,000 workflow keys with a duplicate', 3000, run('.github/workflows/w.yml', `on: push\nenv:\n${Array.from({ length: 60_000 }, (_, i) => `  K${i}: v`).join('\n')}\n  K7: again\njobs:\n  j:\n    runs-on: x\n`)],
  ['placeholder flood in a policy template', 1000, () => preparePolicyTemplate(`{"Statement": "${'${'.repeat(300_000)}${'{{'.repeat(300_000)}__a_${'a_'.repeat(300_000)}"}`)],
  ['expression flood in a workflow value', 1000, () => splitExpressions(`${'${{ '.repeat(300_000)}x`)],
  ['short-form tag after a long anchor', 1000, run('cfn/t.yaml', `${HEAD}  R:\n    Type: AWS::IAM::Role\n    Properties:\n      RoleName: !Join &${'a&'.repeat(40)}a # c\n        - ''\n        - [a, b]\n`)],
  ['400,000 blank lines', 1000, run('cfn/blank.yaml', '\n'.repeat(400_000))],
  ['2,000,000 spaces inside a workflow value', 2000, run('.github/workflows/w.yml', `on: push\njobs:\n  j:\n    runs-on: "x${' '.repeat(2_000_000)}y"\n    steps:\n      - run: echo\n`)],
  ['20,000 small YAML aliases', 3000, run('cfn/t.yaml', `AWSTemplateFormatVersion: '2010-09-09'\nX: &v 1\nMetadata:\n${Array.from({ length: 20_000 }, (_, i) => `  K${i}: *v`).join('\n')}\nResources: {}\n`)],
  // Attacks stopped by the budget: how long until the cap is crossed.
  ['Terraform: 30 doublings of a string (value-size cap)', 5000, run('infra/main.tf', doublings(30))],
  ['Terraform: range(5,000,000) (step cap)', 5000, run('infra/main.tf', 'locals {\n  l = [for i in range(5000000) : i]\n}\nresource "aws_iam_role" "r" {\n  assume_role_policy = jsonencode({ Statement = local.l })\n}\n')],
  ['CloudFormation: billion laughs (alias cap)', 3000, run('cfn/t.yaml', `AWSTemplateFormatVersion: '2010-09-09'\nMetadata:\n  l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `  l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(', ')}]`).join('\n')}\nResources: {}\n`)],
];

await loadTerraformParser();
const out = [];
for (const [name, targetMs, fn] of CASES) {
  fn();
  const times = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  out.push({ name, ms: median(times), targetMs });
}
process.stdout.write(JSON.stringify(out));
