#!/usr/bin/env node
// Materialises the whole-repository corpus (corpus/repositories.json) into DIR from local git copies:
// for each entry, `git archive <commit> <paths>` into DIR/<id>, and the `.terraform/modules` layout
// the entry labels. No network: each repository must already be in a mirror folder, as
// MIRROR/<owner>+<name>/repo (the layout of the search tool's `fetch`), MIRROR/<owner>+<name>, or
// MIRROR/<owner>/<name>[.git] (a clone). The files stay outside the project; nothing is committed.
// Usage: node scripts/fetch-corpus-repos.mjs --to DIR --mirror MIRROR [--mirror MIRROR…] [--list FILE] [--only ID[,ID…]]
import { resolve } from 'node:path';
import { readRepositoryList, selectEntries, DEFAULT_LIST } from './corpus-repos/list.mjs';
import { materialise } from './corpus-repos/materialise.mjs';

const USAGE = 'usage: node scripts/fetch-corpus-repos.mjs --to DIR --mirror MIRROR [--mirror MIRROR…] [--list FILE] [--only ID[,ID…]]';

function parseArgs(argv) {
  const options = { mirrors: [] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (!['--to', '--mirror', '--list', '--only'].includes(flag) || value === undefined) throw new Error(USAGE);
    i++;
    if (flag === '--mirror') options.mirrors.push(resolve(value));
    else options[flag.slice(2)] = value;
  }
  if (options.to === undefined || options.mirrors.length === 0) throw new Error(USAGE);
  return options;
}

let options;
let entries;
try {
  options = parseArgs(process.argv.slice(2));
  entries = selectEntries(readRepositoryList(options.list ?? DEFAULT_LIST), options.only);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(2);
}

// One entry that cannot be materialised is reported and the others still are.
let failed = 0;
for (const entry of entries) {
  try {
    const dest = materialise(entry, options.mirrors, resolve(options.to));
    console.log(`fetched  ${entry.id}: ${entry.repo}@${entry.commit.slice(0, 12)} → ${dest}`);
  } catch (err) {
    failed++;
    console.error(`FAILED   ${entry.id}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
console.log(`${entries.length - failed}/${entries.length} repositories materialised in ${resolve(options.to)}`);
process.exit(failed > 0 ? 1 : 0);
