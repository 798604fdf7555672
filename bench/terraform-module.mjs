#!/usr/bin/env node
// Times one 10,000-line Terraform module (issue 3: "analyse without noticeable delay"): parse and
// evaluate, then the trust rules, each the median of a few runs after a warm-up. Needs `pnpm build`.
import { performance } from 'node:perf_hooks';
import { analyzeTrustPolicy, loadTerraformParser, readTerraformModule } from '../packages/core/dist/index.js';
import { machineLine } from './machine.mjs';

const blocks = ['variable "org" {\n  default = "acme"\n}\n'];
for (let i = 0; blocks.join('').split('\n').length < 10_000; i++) {
  blocks.push(`data "aws_iam_policy_document" "t${i}" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:\${var.org}/app${i}:ref:refs/heads/${i % 3 === 0 ? '*' : 'main'}"]
    }
  }
}
resource "aws_iam_role" "r${i}" {
  name               = "r${i}"
  assume_role_policy = data.aws_iam_policy_document.t${i}.json
}
`);
}
const text = blocks.join('');
const lines = text.split('\n').length;
const t0 = performance.now();
await loadTerraformParser();
const loadMs = performance.now() - t0;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const read = [];
const rules = [];
let roles = 0;
let findings = 0;
for (let run = 0; run < 6; run++) {
  const a = performance.now();
  const result = readTerraformModule('mod', [{ file: 'mod/main.tf', text, explicit: true }]);
  const b = performance.now();
  const docs = result.documents.filter((d) => d.kind === 'trust-policy');
  findings = docs.reduce((n, d) => n + analyzeTrustPolicy(d).length, 0);
  const c = performance.now();
  roles = docs.length;
  if (run > 0) {
    read.push(b - a);
    rules.push(c - b);
  }
}
console.log(machineLine());
console.log(`terraform module: ${lines} lines, ${roles} roles, ${findings} findings`);
console.log(`grammar load ${loadMs.toFixed(0)} ms; parse+evaluate ${median(read).toFixed(0)} ms; trust rules ${median(rules).toFixed(0)} ms (medians of 5)`);
