import { posix } from 'node:path';
import type { Block, Body } from './ast.js';
import { attr } from './ast.js';
import { normalizePath, TerraformModule, type CallInstance, type ModuleLoader } from './module.js';
import type { ResourceDecl } from './references.js';
import type { Value } from './values.js';

/** A module directory as parsed once for the whole scan: its texts and top-level bodies. */
export interface ParsedModuleDir {
  dir: string;
  texts: Map<string, string>;
  bodies: Body[];
}

/**
 * Arguments of a `module` block that are Terraform's meta-arguments, not the module's variables
 * (https://developer.hashicorp.com/terraform/language/modules/syntax#meta-arguments).
 */
const META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

/** Nesting past this many module calls is not followed (Terraform has no cap; real trees are shallow). */
const MAX_CALL_DEPTH = 16;

/** The directory a local module source (`./m`, `../m`) names, relative to the caller's directory. */
export function localSourceDir(callerDir: string, source: string): string | undefined {
  if (!source.startsWith('./') && !source.startsWith('../')) return undefined;
  return normalizePath(posix.join(normalizePath(callerDir || '.'), source)) || '.';
}

/** The source of a module block when it is a literal string (Terraform allows nothing else). */
export function literalSource(block: Block, text: (start: number, end: number) => string): string | undefined {
  const a = attr(block.body, 'source');
  if (!a) return undefined;
  const raw = text(a.expr.r.start, a.expr.r.end).trim();
  const m = /^"([^"\\$%]*)"$/.exec(raw);
  return m ? m[1] : undefined;
}

/**
 * Follows `module` blocks whose source is a directory of the scan: each instance of a call is a
 * TerraformModule of that directory whose variables are bound from the call's arguments.
 */
export class ScanModuleLoader implements ModuleLoader {
  /** Directories some call was followed into (analysed through their callers). */
  readonly followed = new Set<string>();
  private readonly dirs = new Map<string, ParsedModuleDir>();

  /**
   * @param manifest The module directories `terraform init` recorded for the root module, by call
   * key (`.terraform/modules/modules.json`), as paths of the scan.
   */
  constructor(
    dirs: Iterable<ParsedModuleDir>,
    private readonly allTexts: ReadonlyMap<string, string>,
    private readonly manifest: ReadonlyMap<string, string> = new Map(),
  ) {
    for (const d of dirs) this.dirs.set(normalizePath(d.dir) || '.', d);
  }

  private keyOf(caller: TerraformModule, name: string): string {
    const k = caller.sources.call?.key;
    return k ? `${k}.${name}` : name;
  }

  private target(caller: TerraformModule, name: string): { dir: ParsedModuleDir } | { why: string } {
    const block = caller.moduleCalls.get(name);
    if (!block) return { why: `module ${name} is not called in this module` };
    const source = literalSource(block, (s, e) => caller.text({ file: block.r.file, start: s, end: e }));
    if (source === undefined) return { why: 'its source is not a literal string' };
    const installed = this.manifest.get(this.keyOf(caller, name));
    const local = localSourceDir(caller.sources.dir, source) ?? installed;
    if (local === undefined) {
      return { why: `its source "${source}" is downloaded by terraform init; run \`terraform init\` so that trustlint can follow it (it reads .terraform/modules/modules.json)` };
    }
    const dir = this.dirs.get(local);
    if (!dir) return { why: `its source "${source}" (${local}) is not in the scan` };
    const chain = [...(caller.sources.call?.chain ?? []), normalizePath(caller.sources.dir) || '.'];
    if (chain.includes(local)) return { why: `its source "${source}" calls back into a module that calls it` };
    if (chain.length > MAX_CALL_DEPTH) return { why: `it is nested more than ${MAX_CALL_DEPTH} module calls deep` };
    return { dir };
  }

  unfollowed(caller: TerraformModule, name: string): string | undefined {
    const t = this.target(caller, name);
    return 'why' in t ? t.why : undefined;
  }

  instances(caller: TerraformModule, name: string): CallInstance[] {
    const block = caller.moduleCalls.get(name);
    if (!block) return [];
    // count and for_each expand a module block exactly as they expand a resource.
    const decl: ResourceDecl = { mode: 'managed', type: 'module', name, block, address: `${caller.prefix}module.${name}` };
    const target = this.target(caller, name);
    if ('why' in target && feedsTrust(block, (s, e) => caller.text({ file: block.r.file, start: s, end: e }))) {
      caller.addNote(block.headerR, `module ${name} was not followed: ${target.why}; the IAM roles and trust policies it may create were not analysed`);
    }
    const chain = [...(caller.sources.call?.chain ?? []), normalizePath(caller.sources.dir) || '.'];
    return caller.instances(decl).map((inst): CallInstance => {
      const base = { address: inst.address, ...(inst.key !== undefined ? { key: inst.key } : {}) };
      if ('why' in target) return base;
      this.followed.add(normalizePath(target.dir.dir) || '.');
      const args = new Map<string, () => Value>();
      for (const a of block.body.attributes) {
        if (META_ARGUMENTS.has(a.name)) continue;
        let cached: Value | undefined;
        args.set(a.name, () => (cached ??= caller.evaluate(a.expr, inst.scope)));
      }
      const module = new TerraformModule({
        dir: target.dir.dir,
        texts: target.dir.texts,
        bodies: target.dir.bodies,
        varFiles: [],
        cliVars: {},
        budget: caller.budget,
        loader: this,
        call: { prefix: `${inst.address}.`, args, unknowns: caller.unknowns, allTexts: this.allTexts, chain, key: this.keyOf(caller, name) },
      });
      return { ...base, module };
    });
  }
}

/** Argument names and sources of modules that build GitHub OIDC trust (role modules, OIDC providers). */
const TRUST_ARGUMENT = /subject|oidc|github|trust|assume_role|audience|provider_url|federated|repositor/i;
const TRUST_SOURCE = /oidc|github|iam|role/i;

/**
 * Whether a module call not followed may create a role or trust policy: its source or one of its
 * arguments is about OIDC trust. Such a call is reported (unresolved), never silently skipped.
 */
function feedsTrust(block: Block, text: (start: number, end: number) => string): boolean {
  const source = literalSource(block, text) ?? '';
  if (TRUST_SOURCE.test(source)) return true;
  return block.body.attributes.some((a) => !META_ARGUMENTS.has(a.name) && TRUST_ARGUMENT.test(a.name));
}
