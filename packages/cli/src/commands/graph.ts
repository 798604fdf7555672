import { explainPolicy, roleUsesOf, sanitizeValue, toJson, type TrustPolicyDocument } from '@trustlint/core';
import { Option, type Command } from 'commander';
import { analyzeLocalFiles } from '../analysis.js';
import type { CommandContext } from '../context.js';
import { collect, parseSourceOptions } from '../options.js';

interface GraphFlags {
  format: 'mermaid' | 'dot';
  config?: string;
  var?: string[];
  varFile?: string[];
  parameter?: string[];
}

/** One edge of the trust graph; `wide` marks an outsider class the role admits. */
interface Edge {
  from: string;
  to: string;
  label?: string;
  wide?: boolean;
}

type NodeKind = 'issuer' | 'subject' | 'job' | 'outsider' | 'role' | 'account';

interface Graph {
  nodes: Map<string, { label: string; kind: NodeKind }>;
  edges: Edge[];
}

export function register(program: Command, ctx: CommandContext): void {
  program
    .command('graph')
    .description('draw who can reach which role: issuers, subjects, workflow jobs and admitted outsiders → roles → accounts')
    .argument('[paths...]', 'files, folders or glob patterns (default .)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['mermaid', 'dot']).default('mermaid'))
    .option('--config <file>', 'configuration file (else trustlint.config.json or .trustlintrc.json is looked up)')
    .option('--var <name=value>', 'Terraform variable value (repeatable)', collect)
    .option('--var-file <file>', 'Terraform variables file (repeatable)', collect)
    .option('--parameter <name=value>', 'CloudFormation parameter value (repeatable)', collect)
    .action(async (paths: string[], flags: GraphFlags) => {
      const { analysis, config } = await analyzeLocalFiles(
        paths,
        { sources: parseSourceOptions(flags, ctx.io.cwd), ...(flags.config !== undefined ? { configFile: flags.config } : {}) },
        ctx.io,
      );
      const graph = buildGraph(analysis.documents.filter((d): d is TrustPolicyDocument => d.kind === 'trust-policy'), analysis.documents, config);
      const safe = sanitizeValue({ nodes: [...graph.nodes], edges: graph.edges }, 'terminal');
      const g: Graph = { nodes: new Map(safe.nodes), edges: safe.edges };
      ctx.io.stdout.write(flags.format === 'dot' ? toDot(g) : toMermaid(g));
      ctx.setExitCode(0);
    });
}

/** The `sub` values a document's conditions name, as written (strings under any `…:sub` key). */
function subjects(doc: TrustPolicyDocument, prefix: string): string[] {
  const out = new Set<string>();
  const visit = (value: unknown, key: string | undefined): void => {
    if (typeof value === 'string') {
      if (key?.toLowerCase() === `${prefix}:sub`) out.add(value);
    } else if (Array.isArray(value)) for (const v of value) visit(v, key);
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value as Record<string, unknown>)) visit(v, k);
  };
  visit(toJson(doc.root), undefined);
  return [...out].sort();
}

export function buildGraph(policies: readonly TrustPolicyDocument[], documents: Parameters<typeof roleUsesOf>[1], config: Parameters<typeof explainPolicy>[1]): Graph {
  const nodes: Graph['nodes'] = new Map();
  const edges: Edge[] = [];
  const seen = new Set<string>();
  const node = (id: string, label: string, kind: NodeKind): string => {
    if (!nodes.has(id)) nodes.set(id, { label, kind });
    return id;
  };
  const edge = (e: Edge): void => {
    const key = `${e.from}\0${e.to}\0${e.label ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    edges.push(e);
  };
  for (const doc of policies) {
    const roleLabel = doc.resource ?? doc.roleName ?? doc.file;
    const role = node(`role:${doc.resourceFile ?? doc.file}:${roleLabel}`, `role ${roleLabel}`, 'role');
    const explained = explainPolicy(doc, config);
    for (const p of explained.providers) {
      const issuer = node(`issuer:${p.prefix}`, p.prefix, 'issuer');
      for (const sub of subjects(doc, p.prefix)) {
        const s = node(`subject:${p.prefix}:${sub}`, sub, 'subject');
        edge({ from: issuer, to: s });
        edge({ from: s, to: role });
      }
      for (const st of p.statements) {
        for (const c of st.classes) {
          if (!c.admitted) continue;
          edge({ from: node(`outsider:${c.cls}`, c.outsider, 'outsider'), to: role, label: 'admitted', wide: true });
        }
      }
      const account = /^arn:[^:]+:iam::(\d{12}):/.exec(p.arn)?.[1];
      if (account) edge({ from: role, to: node(`account:${account}`, `account ${account}`, 'account') });
    }
    for (const use of roleUsesOf(doc, documents)) {
      edge({ from: node(`job:${use.workflow.file}:${use.job.id}`, `${use.workflow.file} job ${use.job.id}`, 'job'), to: role, label: 'assumes' });
    }
  }
  return { nodes, edges };
}

function ids(g: Graph): Map<string, string> {
  return new Map([...g.nodes.keys()].map((k, i) => [k, `n${i}`]));
}

function mermaidLabel(text: string): string {
  return `"${text.replace(/&/g, '#amp;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;')}"`;
}

/** Mermaid flowchart: wide edges (admitted outsiders) thick and labelled. */
export function toMermaid(g: Graph): string {
  const id = ids(g);
  const shape: Record<string, [string, string]> = { issuer: ['([', '])'], subject: ['[', ']'], job: ['[/', '/]'], outsider: ['((', '))'], role: ['[[', ']]'], account: ['[(', ')]'] };
  const lines = ['flowchart LR'];
  for (const [key, n] of g.nodes) {
    const [open, close] = shape[n.kind] ?? ['[', ']'];
    lines.push(`  ${id.get(key) ?? ''}${open}${mermaidLabel(n.label)}${close}`);
  }
  for (const e of g.edges) {
    const arrow = e.wide ? `==>|${e.label ?? 'wide'}|` : e.label ? `-->|${e.label}|` : '-->';
    lines.push(`  ${id.get(e.from) ?? ''} ${arrow} ${id.get(e.to) ?? ''}`);
  }
  return `${lines.join('\n')}\n`;
}

function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Graphviz DOT: wide edges red and bold. */
export function toDot(g: Graph): string {
  const id = ids(g);
  const shape: Record<string, string> = { issuer: 'oval', subject: 'box', job: 'parallelogram', outsider: 'octagon', role: 'box3d', account: 'cylinder' };
  const lines = ['digraph trust {', '  rankdir=LR;'];
  for (const [key, n] of g.nodes) lines.push(`  ${id.get(key) ?? ''} [label=${dotString(n.label)}, shape=${shape[n.kind] ?? 'box'}];`);
  for (const e of g.edges) {
    const attrs = [e.label ? `label=${dotString(e.label)}` : '', e.wide ? 'color=red, style=bold' : ''].filter((a) => a !== '').join(', ');
    lines.push(`  ${id.get(e.from) ?? ''} -> ${id.get(e.to) ?? ''}${attrs ? ` [${attrs}]` : ''};`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
