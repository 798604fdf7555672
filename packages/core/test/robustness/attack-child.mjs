// One process per attack class (spawned by attacks-growth.test.ts with a capped heap, so that an
// attack that still grows the process fails as an out-of-memory exit): reads the cases as JSON on
// stdin, analyses each with the built core, and prints one JSON line per case with its findings,
// the budgets spent and the process's peak RSS so far.
//   node --max-old-space-size=N attack-child.mjs < cases.json
import { readFileSync } from 'node:fs';

const core = await import(process.env.TRUSTLINT_CORE_DIST ?? new URL('../../dist/index.js', import.meta.url).href);
await core.loadTerraformParser();

/** CDK code is read as the ESLint plugin reads it: parsed by typescript-eslint, then the core's reader. */
async function readCdk(input) {
  const { parser } = (await import('typescript-eslint')).default;
  const program = parser.parseForESLint(input.text, { range: true, loc: true }).ast;
  const budget = core.EvaluationBudget ? new core.EvaluationBudget() : undefined;
  const read = budget ? core.readCdkProgram(program, input.file, input.text, {}, budget) : core.readCdkProgram(program, input.file, input.text);
  const findings = read.findings.concat(core.runRules(read.documents, [{ file: input.file, text: input.text }], {}));
  return { findings, budgets: budget ? [{ file: input.file, usage: budget.usage() }] : [] };
}

const cases = JSON.parse(readFileSync(0, 'utf8'));
const startRssKiB = process.resourceUsage().maxRSS;
for (const c of cases) {
  const cdk = c.inputs.filter((i) => i.cdk);
  const others = c.inputs.filter((i) => !i.cdk);
  // Files a module reads (template files) are found by walking, as a scan of the folder finds them.
  const result = await core.analyzeFiles(others.map(({ file, text, explicit }) => ({ file, text, explicit: explicit ?? true })));
  const findings = [...result.findings];
  const budgets = [...(result.budgets ?? [])];
  for (const input of cdk) {
    const read = await readCdk(input);
    for (const f of read.findings) findings.push(f);
    for (const b of read.budgets) budgets.push(b);
  }
  process.stdout.write(`${JSON.stringify({ name: c.name, findings, budgets, peakRssKiB: process.resourceUsage().maxRSS, startRssKiB })}\n`);
}
