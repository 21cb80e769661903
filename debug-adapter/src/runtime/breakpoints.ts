// The breakpoint table: every kind the runtime knows, bound to pcs (line, function, instruction)
// or to memory ranges (data), each with its parsed condition, hit condition and log message. The
// run loop asks it only at hooked pcs (a Set) and on watched pages, never per instruction.

import type { SourceMap } from '@tessera/vm-core';
import { parseExpression, EvaluateError, type Expr } from '../expressions/parse.js';
import { parseHitCondition, type HitCondition } from '../expressions/hit-condition.js';
import { parseLogMessage, type LogPart } from '../expressions/interpolate.js';
import type {
  BreakpointBinding, BreakpointLocation, BreakpointOptions, DataAccessType, DataBreakpointSpec, FunctionBreakpointSpec,
  InstructionBreakpointSpec, LineBreakpointSpec, StopReason,
} from './types.js';
import type { Labels } from './program.js';

export type PcKind = 'line' | 'function' | 'instruction';

export interface Compiled {
  condition?: Expr;
  hit?: HitCondition;
  log?: LogPart[];
  /** Hits so far (condition true), for the hit condition. */
  hits: number;
  /** The instret of each recent hit, so that going back in time takes back the hits after it. */
  hitAt: number[];
}

/** Hits remembered per breakpoint for rewinding; a step back past older ones leaves them counted. */
const HIT_LOG = 1 << 16;

/** Counts a hit at `instret`. */
export function countHit(b: Compiled, instret: number): void {
  b.hits++;
  b.hitAt.push(instret);
  if (b.hitAt.length > HIT_LOG) b.hitAt.splice(0, HIT_LOG >> 1);
}

export interface PcBreakpoint extends Compiled {
  id: number;
  kind: PcKind;
  pcs: number[];
  binding: BreakpointBinding;
}

export interface DataBreakpoint extends Compiled {
  id: number;
  start: number;
  size: number;
  access: DataAccessType;
  description: string;
  binding: BreakpointBinding;
}

export const REASON_OF: Record<PcKind, StopReason> = { line: 'breakpoint', function: 'function-breakpoint', instruction: 'instruction-breakpoint' };

/** No options, no hits yet. */
const fresh = (): Compiled => ({ hits: 0, hitAt: [] });

/** The compiled options, or none for a breakpoint whose options did not parse (its message is in its binding). */
function counting(compiled: Compiled | string): Compiled {
  return typeof compiled === 'string' ? fresh() : compiled;
}

/** Parses the options; a mistake makes the binding unverified with the message. */
function compile(o: BreakpointOptions): Compiled | string {
  try {
    const c = fresh();
    if (o.condition?.trim()) c.condition = parseExpression(o.condition);
    if (o.hitCondition?.trim()) c.hit = parseHitCondition(o.hitCondition);
    if (o.logMessage !== undefined && o.logMessage !== '') c.log = parseLogMessage(o.logMessage);
    return c;
  } catch (e) {
    if (e instanceof EvaluateError) return e.message;
    throw e;
  }
}

export class BreakpointTable {
  private nextId = 1;
  private readonly lines = new Map<string, PcBreakpoint[]>();
  private readonly lineSpecs = new Map<string, readonly LineBreakpointSpec[]>();
  private functionSpecs: readonly FunctionBreakpointSpec[] = [];
  private functions: PcBreakpoint[] = [];
  private instructions: PcBreakpoint[] = [];
  data: DataBreakpoint[] = [];
  /** pc → breakpoints there, rebuilt on every change. */
  byPc = new Map<number, PcBreakpoint[]>();

  constructor(private readonly sourceMap: () => SourceMap | undefined, private readonly labels: () => Labels | undefined) {}

  /** The run is back at `instret`: hits counted after it have not happened (yet) in this timeline. */
  rewindHits(instret: number): void {
    const all: Compiled[] = [...[...this.lines.values()].flat(), ...this.functions, ...this.instructions, ...this.data];
    for (const b of all) {
      while (b.hitAt.length && b.hitAt[b.hitAt.length - 1]! > instret) {
        b.hitAt.pop();
        b.hits--;
      }
    }
  }

  setLines(file: string, specs: readonly LineBreakpointSpec[], ids?: readonly number[]): BreakpointBinding[] {
    const map = this.sourceMap();
    this.lineSpecs.set(file, specs);
    const list = specs.map((spec, i) => {
      const id = ids?.[i] ?? this.nextId++;
      const compiled = compile(spec);
      const found = this.codeAt(file, spec.line);
      const code = found?.addrs ?? [];
      let binding: BreakpointBinding;
      if (typeof compiled === 'string') binding = { id, verified: false, file, line: spec.line, message: compiled };
      else if (!map) binding = { id, verified: false, file, line: spec.line, message: 'no program loaded yet' };
      else if (!found || !code.length) binding = { id, verified: false, file, line: spec.line, message: map.files().includes(file) ? `no instruction on or after line ${spec.line}` : `${file} is not part of the program` };
      else {
        binding = { id, verified: true, file, line: found.line, address: code[0]! };
        if (found.line !== spec.line) binding.message = `moved to line ${found.line}`;
      }
      // Consecutive instructions of a line are one statement (`call` is auipc + jalr): stop at the
      // first of each run only, or stepping over the line would stop again inside it.
      const starts = code.filter((a) => !code.includes(a - 4));
      return { id, kind: 'line' as const, pcs: binding.verified ? starts : [], binding, ...counting(compiled) };
    });
    this.lines.set(file, list);
    this.rebuild();
    return list.map((b) => b.binding);
  }

  setFunctions(specs: readonly FunctionBreakpointSpec[], ids?: readonly number[]): BreakpointBinding[] {
    const labels = this.labels();
    this.functionSpecs = specs;
    this.functions = specs.map((spec, i) => {
      const id = ids?.[i] ?? this.nextId++;
      const compiled = compile(spec);
      const addr = labels?.address(spec.name.trim());
      let binding: BreakpointBinding;
      if (typeof compiled === 'string') binding = { id, verified: false, message: compiled };
      else if (addr === undefined) binding = { id, verified: false, message: `no label '${spec.name}'` };
      else binding = this.boundAt(id, addr);
      return { id, kind: 'function' as const, pcs: binding.verified ? [addr!] : [], binding, ...counting(compiled) };
    });
    this.rebuild();
    return this.functions.map((b) => b.binding);
  }

  /** A verified binding at an address, with its source line when the program has one there. */
  private boundAt(id: number, address: number): BreakpointBinding {
    const src = this.sourceMap()?.locate(address);
    return src ? { id, verified: true, address, file: src.file, line: src.start.line } : { id, verified: true, address };
  }

  setInstructions(specs: readonly InstructionBreakpointSpec[], mapped: (addr: number) => boolean): BreakpointBinding[] {
    this.instructions = specs.map((spec) => {
      const id = this.nextId++;
      const compiled = compile(spec);
      const addr = spec.address >>> 0;
      let binding: BreakpointBinding;
      if (typeof compiled === 'string') binding = { id, verified: false, address: addr, message: compiled };
      else if (addr & 3) binding = { id, verified: false, address: addr, message: 'instruction addresses are multiples of 4' };
      else if (!mapped(addr)) binding = { id, verified: false, address: addr, message: `0x${addr.toString(16)} is not executable code` };
      else binding = this.boundAt(id, addr);
      return { id, kind: 'instruction' as const, pcs: binding.verified ? [addr] : [], binding, ...counting(compiled) };
    });
    this.rebuild();
    return this.instructions.map((b) => b.binding);
  }

  setData(specs: readonly DataBreakpointSpec[], resolve: (dataId: string) => { start: number; size: number; description: string } | string): BreakpointBinding[] {
    this.data = specs.map((spec) => {
      const id = this.nextId++;
      const compiled = compile(spec);
      const target = resolve(spec.dataId);
      let binding: BreakpointBinding;
      if (typeof compiled === 'string') binding = { id, verified: false, message: compiled };
      else if (typeof target === 'string') binding = { id, verified: false, message: target };
      else binding = { id, verified: true, address: target.start };
      const t = typeof target === 'string' ? { start: 0, size: 0, description: '' } : target;
      return { id, ...t, access: spec.accessType, binding, ...counting(compiled) };
    });
    return this.data.map((b) => b.binding);
  }

  /** Verified data breakpoints. */
  activeData(): DataBreakpoint[] {
    return this.data.filter((d) => d.binding.verified);
  }

  /** Binds line and function breakpoints again, keeping their ids (after a restart reassembled the program). */
  rebind(): BreakpointBinding[] {
    const out: BreakpointBinding[] = [];
    for (const [file, specs] of this.lineSpecs) out.push(...this.setLines(file, specs, this.lines.get(file)?.map((b) => b.id)));
    out.push(...this.setFunctions(this.functionSpecs, this.functions.map((b) => b.id)));
    return out;
  }

  /**
   * Lines of file in [line, endLine] with instructions, each at the column of its statement (for
   * a macro's invocation line, the invocation's column). Lines that emit only data are not places
   * to stop.
   */
  locations(file: string, line: number, endLine: number): BreakpointLocation[] {
    const map = this.sourceMap();
    if (!map || !Number.isFinite(line) || !Number.isFinite(endLine)) return [];
    const out: BreakpointLocation[] = [];
    for (const l of map.lines(file)) {
      if (l < line) continue;
      if (l > endLine) break;
      const addrs = this.codeAddrs(map.addressesOf(file, l)?.addrs ?? []);
      if (!addrs.length) continue;
      const e = map.entryAt(addrs[0]!);
      const range = e && [e.range, ...(e.expandedFrom ?? [])].find((r) => r.file === file && r.start.line === l);
      out.push({ line: l, column: range?.start.col ?? 1 });
    }
    return out;
  }

  /** The instructions of `line`, or of the next line that has some (data lines are passed over). */
  codeAt(file: string, line: number): { line: number; addrs: number[] } | undefined {
    const map = this.sourceMap();
    if (!map || !Number.isFinite(line)) return undefined;
    for (const l of map.lines(file)) {
      if (l < line) continue;
      const addrs = this.codeAddrs(map.addressesOf(file, l)?.addrs ?? []);
      if (addrs.length) return { line: l, addrs };
    }
    return undefined;
  }

  private codeAddrs(addrs: number[]): number[] {
    const map = this.sourceMap();
    // Only instructions (not data a line emitted), and each only once.
    return addrs.filter((a) => map?.entryAt(a)?.kind !== 'data' && (a & 3) === 0);
  }

  private rebuild(): void {
    this.byPc = new Map();
    const all = [...[...this.lines.values()].flat(), ...this.functions, ...this.instructions];
    for (const b of all) {
      for (const pc of b.pcs) {
        const at = this.byPc.get(pc);
        if (at) at.push(b);
        else this.byPc.set(pc, [b]);
      }
    }
  }

  describe(): string {
    const rows: string[] = [];
    const all = [...[...this.lines.values()].flat(), ...this.functions, ...this.instructions];
    for (const b of all) {
      const where = b.binding.file ? `${b.binding.file}:${b.binding.line}` : b.binding.address !== undefined ? `0x${b.binding.address.toString(16).padStart(8, '0')}` : '';
      rows.push(`#${b.id} ${b.kind} ${where} ${b.binding.verified ? '' : `(unverified: ${b.binding.message})`} hits ${b.hits}`.replace(/\s+/g, ' ').trim());
    }
    for (const d of this.data) rows.push(`#${d.id} data ${d.access} ${d.description} hits ${d.hits}`);
    return rows.join('\n') || 'no breakpoints';
  }
}
