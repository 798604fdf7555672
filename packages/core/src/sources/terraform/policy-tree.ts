import type { PolicyMember, PolicyNode, UnresolvedPart } from '../../model/policy.js';
import { UnresolvedAllocator, unresolvedMarker } from '../../model/policy.js';
import type { Provenance, Span } from '../../model/span.js';
import { NODE_SIZE } from '../../budget.js';
import type { Range } from './ast.js';
import { describeSite, type Chooser } from './choices.js';
import type { TerraformModule } from './module.js';
import { siteOf } from './scope.js';
import { EVAL_MARKER_RE, type Prov, type Value } from './values.js';

/**
 * Turns an evaluated policy value into the model's PolicyNode tree for one document: spans from
 * each value's location, `file` where a value lives elsewhere (a variable default), provenance,
 * and the module's unknowns as document markers with their UnresolvedParts.
 */
export class PolicyTreeBuilder {
  private readonly parts = new Map<number, UnresolvedPart>();
  private readonly alloc = new UnresolvedAllocator();

  constructor(
    private readonly m: TerraformModule,
    private readonly docFile: string,
    private readonly ch: Chooser,
  ) {}

  private fileOf(r: Range): { file?: string } {
    return r.file !== this.docFile ? { file: r.file } : {};
  }

  private provenance(p: Prov | undefined): { provenance?: Provenance } {
    if (!p) return {};
    const location = this.m.location(p.loc);
    return { provenance: p.kind === 'module-argument' ? { kind: p.kind, name: p.name, module: p.module ?? 'module', location } : { kind: p.kind, name: p.name, location } };
  }

  /** The document part for one module unknown (shared by every string of the document that holds it). */
  private part(evalId: number, at: Range): UnresolvedPart {
    const known = this.parts.get(evalId);
    if (known) return known;
    const info = this.m.unknowns.get(evalId) ?? { expression: this.m.text(at), reason: 'not a value', loc: at };
    const { part } = this.alloc.part(info.expression, info.reason, this.m.span(info.loc), info.loc.file !== this.docFile ? info.loc.file : undefined);
    this.parts.set(evalId, part);
    return part;
  }

  /** A string with evaluation markers replaced by document markers. */
  text(s: string, at: Range): { value: string; parts: UnresolvedPart[] } {
    const parts: UnresolvedPart[] = [];
    const value = s.replace(EVAL_MARKER_RE, (_m, id: string) => {
      const part = this.part(Number(id), at);
      if (!parts.includes(part)) parts.push(part);
      return unresolvedMarker(part.id);
    });
    return { value, parts };
  }

  /**
   * A string a called module builds from its caller's argument (`"repo:${trimprefix(s, "repo:")}"`
   * over the caller's subjects) is located at the caller's part when that part decides: it holds
   * the wildcard while the module's own text holds none, or, with no wildcard at all, it is most of
   * the string. The module's line is then its related location (issue 13: a finding caused by a
   * caller's argument is reported at that argument). Otherwise the string stays at the module.
   */
  private atCaller(v: Extract<Value, { k: 'str' }>, at: Range): { span?: Span; file?: string; provenance?: Provenance } {
    const own = this.m.sources.texts;
    // Only a string built in the module: one written by the caller is already located there.
    if (!this.m.sources.call || !own.has(at.file)) return {};
    const glob = (x: string): boolean => /[*?]/.test(x);
    let callerLen = 0;
    let moduleGlob = false;
    let best: { seg: (typeof v.segs)[number]; len: number; glob: boolean } | undefined;
    for (const seg of v.segs) {
      const text = v.s.slice(seg.start, seg.end);
      if (!seg.loc || own.has(seg.loc.file)) {
        if (glob(text)) moduleGlob = true;
        continue;
      }
      callerLen += text.length;
      const candidate = { seg, len: text.length, glob: glob(text) };
      if (!best || (candidate.glob && !best.glob) || (candidate.glob === best.glob && candidate.len > best.len)) best = candidate;
    }
    if (!best?.seg.loc || moduleGlob) return {};
    if (!best.glob && callerLen * 2 <= v.s.length) return {};
    const prov = best.seg.prov;
    const moved = { span: this.m.span(best.seg.loc), file: best.seg.loc.file };
    // The module's line, as the note of the variable the argument was passed to.
    if (prov?.kind !== 'module-argument') return moved;
    return { ...moved, provenance: { kind: 'module-argument', name: prov.name, module: prov.module ?? 'module', location: this.m.location(at) } };
  }

  node(v: Value, at: Range): PolicyNode {
    const loc = v.loc ?? at;
    // A value shared many times over (a local used twice per level) becomes that many nodes: each is charged.
    this.m.budget.grow(NODE_SIZE, siteOf(loc));
    const base = { span: this.m.span(loc), ...this.fileOf(loc), ...this.provenance(v.prov) };
    switch (v.k) {
      case 'str': {
        const { value, parts } = this.text(v.s, loc);
        return { type: 'string', value, ...(parts.length ? { unresolved: parts } : {}), ...base, ...this.atCaller(v, loc) };
      }
      case 'num':
        return { type: 'number', value: v.n, text: v.text, ...base };
      case 'bool':
        return { type: 'boolean', value: v.b, text: String(v.b), ...base };
      case 'null':
        return { type: 'null', value: null, text: 'null', ...base };
      case 'unk': {
        const part = this.part(v.id, loc);
        return { type: 'string', value: unresolvedMarker(part.id), unresolved: [part], ...base };
      }
      case 'alt': {
        const option = v.options[this.ch.pick(v, () => describeSite(this.m, v.loc))];
        return option ? this.node(option, loc) : this.node({ k: 'unk', id: v.cause, loc }, loc);
      }
      case 'list':
        // In a list, every branch of a conditional on an unknown contributes its element.
        return { type: 'array', items: v.items.flatMap((i) => (i.k === 'alt' ? i.options : [i]).map((x) => this.node(x, loc))), ...base };
      case 'obj': {
        const members: PolicyMember[] = v.entries.map((e) => {
          const key = this.text(e.key, e.keyLoc ?? loc);
          return {
            key: key.value,
            keySpan: this.m.span(e.keyLoc ?? loc),
            ...(this.fileOf(e.keyLoc ?? loc).file !== undefined ? { keyFile: this.fileOf(e.keyLoc ?? loc).file } : {}),
            ...(key.parts.length ? { keyUnresolved: key.parts } : {}),
            value: this.node(e.value, loc),
          };
        });
        return { type: 'object', members, ...base };
      }
      case 'ref': {
        const { part } = this.alloc.part(this.m.text(loc), `${v.ref.describe} is not a value`, this.m.span(loc), this.fileOf(loc).file);
        return { type: 'string', value: unresolvedMarker(part.id), unresolved: [part], ...base };
      }
    }
  }
}
