// `pnpm corpus --repos DIR`: scores trustlint on each whole repository of corpus/repositories.json,
// materialised in DIR by scripts/fetch-corpus-repos.mjs. One repository that cannot be analysed is
// reported as disagreeing and the others still run; the last line is the agreement figure.
import { resolve } from 'node:path';
import { analyseRepository } from './analyse.mjs';
import { compareRepository, describeFinding, formatComparison } from './compare.mjs';
import { DEFAULT_LIST, readRepositoryList, selectEntries } from './list.mjs';
import { staleReason } from './materialise.mjs';

function labelOf(entry) {
  return `${entry.id} (${entry.repo}@${entry.commit.slice(0, 12)})`;
}

/** Scores the selected entries; prints one block per repository and the summary line. */
export async function scoreRepositories({ repos, list = DEFAULT_LIST, only, verbose = false, log = console.log }) {
  const dir = resolve(repos);
  const entries = selectEntries(readRepositoryList(list), only);
  let agreeing = 0;
  for (const entry of entries) {
    const stale = staleReason(entry, dir);
    if (stale) {
      log(`DISAGREE ${labelOf(entry)}: ${stale}`);
      continue;
    }
    let findings;
    try {
      findings = await analyseRepository(entry, resolve(dir, entry.id));
    } catch (err) {
      log(`DISAGREE ${labelOf(entry)}: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    const result = compareRepository(entry, findings);
    if (result.agree) agreeing++;
    for (const line of formatComparison(labelOf(entry), result)) log(line);
    if (verbose) for (const finding of findings) log(`  reported   ${describeFinding(finding)} [${finding.tool}]`);
  }
  log(`repositories: ${agreeing}/${entries.length} agree`);
  return { agreeing, total: entries.length };
}
