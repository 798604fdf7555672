import { CATALOG } from '@trustlint/core';
import { Option, type Command } from 'commander';
import type { CommandContext } from '../context.js';

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('rules')
    .description('list the rule catalog (id, default severity, title)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((flags: { format: 'text' | 'json' }) => {
      ctx.io.stdout.write(flags.format === 'json' ? `${JSON.stringify(CATALOG, null, 2)}\n` : formatRuleTable());
      ctx.setExitCode(0);
    });
}

export function formatRuleTable(): string {
  const idWidth = CATALOG.reduce((w, r) => Math.max(w, r.id.length), 0);
  const sevWidth = CATALOG.reduce((w, r) => Math.max(w, r.defaultSeverity.length), 0);
  return CATALOG.map((r) => `${r.id.padEnd(idWidth)}  ${r.defaultSeverity.padEnd(sevWidth)}  ${r.title}\n`).join('');
}
