// Stack trace, scopes and variables (Registers, Counters, Symbols, Environment), setVariable,
// loaded sources and exception info: the runtime's inspection calls as DAP shapes.

import { readFileSync } from 'node:fs';
import { InvalidatedEvent } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { EnvironmentState, RegisterValue, SymbolInfo } from '../runtime/types.js';
import { quickCounters } from './counters.js';
import { hex8, registerText, sourceOf } from './convert.js';
import { ERROR, RequestError, optionalIntegerArg, stringArg } from './request-error.js';
import type { Runtime } from './runtime-port.js';
import type { SessionCore } from './session.js';
import type { VariableNode } from './variables.js';

/** DAP frame ids are the runtime's plus one: 0 reads as "no frame" to some clients. */
export const frameToRuntime = (frameId: number): number => frameId - 1;

export function checkFrame(core: SessionCore, rt: Runtime, command: string, frameId: unknown): number {
  if (typeof frameId !== 'number' || !Number.isInteger(frameId)) throw new RequestError(`${command}: 'frameId' must be an integer`);
  const id = frameToRuntime(frameId);
  if (!rt.callStack().some((f) => f.id === id)) throw new RequestError(`${command}: unknown frame ${frameId} (frames last until the program resumes)`, ERROR.unknownReference);
  return id;
}

const readOnly: DebugProtocol.VariablePresentationHint = { attributes: ['readOnly'] };

/** Parses a value typed into the Variables view: any expression the runtime evaluates to a number. */
function numberFrom(rt: Runtime, command: string, text: string): number {
  const r = rt.evaluate(text, 'watch');
  if (r.value === undefined) throw new RequestError(`${command}: '${text}' is not a number`, ERROR.evaluate);
  return r.value >>> 0;
}

function registersNode(core: SessionCore, rt: Runtime): VariableNode {
  const variable = (r: RegisterValue, format?: DebugProtocol.ValueFormat): DebugProtocol.Variable => {
    const v: DebugProtocol.Variable = {
      // A changed register is marked by a leading '*' (and VS Code highlights the new value).
      name: r.changed ? `*${r.name}` : r.name,
      value: registerText(r.value, format),
      type: r.alias,
      evaluateName: r.name,
      variablesReference: 0,
    };
    if (r.index === 0) v.presentationHint = readOnly;
    else if (rt.readMemory(r.value >>> 0, 1).data.length) v.memoryReference = hex8(r.value);
    return v;
  };
  return {
    label: 'Registers',
    children: (format) => rt.registers().map((r) => variable(r, format)),
    set: (name, value, format) => {
      const reg = name.replace(/^\*/, '');
      rt.setRegister(reg, numberFrom(rt, 'setVariable', value));
      const now = rt.registers().find((r) => r.name === reg || r.alias === reg);
      core.sendEvent(new InvalidatedEvent(['variables']));
      return { value: now ? registerText(now.value, format) : value };
    },
  };
}

function timestampText(t: number | undefined): string {
  return t === undefined ? 'n/a (the history no longer reaches the start of the run)' : String(t);
}

function countersNode(core: SessionCore, rt: Runtime): VariableNode {
  return {
    label: 'Counters',
    children: () => {
      const c = quickCounters(rt);
      const chips = Object.entries(c.chipRows).filter(([, n]) => n > 0);
      return [
        { name: 'instret', value: String(c.instret), variablesReference: 0, presentationHint: readOnly },
        // The runtime keeps the traced clock of the history's windows (measured while stopped), so
        // this is cheap after the first stop that follows a long run.
        { name: 'timestamp', value: timestampText(rt.counters().timestamp), variablesReference: 0, presentationHint: readOnly },
        { name: 'gas', value: String(c.gas), variablesReference: 0, presentationHint: readOnly },
        { name: 'segment', value: String(c.segment), variablesReference: 0, presentationHint: readOnly },
        {
          name: 'chip rows',
          value: `${chips.length} chips, ${chips.reduce((n, [, r]) => n + r, 0)} rows`,
          presentationHint: readOnly,
          variablesReference: core.variables.add({
            label: 'chip rows',
            children: () => chips.map(([chip, n]) => ({ name: chip, value: String(n), variablesReference: 0, presentationHint: readOnly })),
          }),
        },
        {
          name: 'segments',
          value: `${c.segments.length}`,
          presentationHint: readOnly,
          variablesReference: core.variables.add({
            label: 'segments',
            children: () => c.segments.map((s) => {
              const rows = Object.entries(s.chipRows).filter(([, n]) => (n ?? 0) > 0);
              const value = `instructions ${s.startInstret}–${s.startInstret + s.instructions - 1} (${s.instructions}), ${rows.map(([chip, n]) => `${chip} ${n}`).join(', ')}`;
              return { name: `[${s.index}]`, value, variablesReference: 0, presentationHint: readOnly };
            }),
          }),
        },
      ];
    },
  };
}

const ELEMENT: Record<string, 1 | 2 | 4 | undefined> = { words: 4, halves: 2, bytes: 1 };

function elementText(kind: string, v: number, format?: DebugProtocol.ValueFormat): string {
  const size = ELEMENT[kind] ?? 4;
  const unsigned = size === 4 ? v >>> 0 : v & ((1 << (size * 8)) - 1);
  const hex = `0x${unsigned.toString(16).padStart(size * 2, '0')}`;
  return format?.hex ? hex : `${v} (${hex})`;
}

function writeNumber(rt: Runtime, address: number, size: number, value: number): void {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (value >>> (8 * i)) & 0xff;
  if (rt.writeMemory(address, bytes) !== size) throw new RequestError(`setVariable: memory at ${hex8(address)} cannot be written`, ERROR.memory);
}

/** C-like: `word`, `word[4]`, `half[8]`, `byte[3]`, `char[6]` (a string's bytes, NUL included), `code`. */
function symbolType(s: SymbolInfo): string {
  const element = { words: 'word', halves: 'half', bytes: 'byte' }[s.kind as 'words' | 'halves' | 'bytes'];
  if (element && Array.isArray(s.value)) return s.value.length === 1 ? element : `${element}[${s.value.length}]`;
  if (s.kind === 'string') return `char[${s.size}]`;
  return s.kind;
}

function symbolVariable(core: SessionCore, rt: Runtime, s: SymbolInfo, format?: DebugProtocol.ValueFormat): DebugProtocol.Variable {
  const v: DebugProtocol.Variable = { name: s.name, value: '', type: symbolType(s), evaluateName: s.name, variablesReference: 0, memoryReference: hex8(s.address) };
  if (typeof s.value === 'string') {
    v.value = JSON.stringify(s.value);
  } else if (s.kind === 'code' || s.kind === 'absolute') {
    v.value = `${hex8(s.address)}${s.section ? ` (${s.section})` : ''}`;
    v.presentationHint = readOnly;
  } else if (s.value.length === 1) {
    v.value = elementText(s.kind, s.value[0]!, format);
  } else {
    const values = s.value;
    const shown = values.slice(0, 8).map((x) => String(x)).join(', ');
    v.value = `[${shown}${values.length > 8 ? ', …' : ''}]`;
    v.indexedVariables = values.length;
    const size = ELEMENT[s.kind] ?? 4;
    v.variablesReference = core.variables.add({
      label: s.name,
      children: (fmt) => values.map((x, i) => ({ name: `[${i}]`, value: elementText(s.kind, x, fmt), variablesReference: 0, memoryReference: hex8(s.address + i * size) })),
      dataExpression: (name) => {
        const m = /^\[(\d+)\]$/.exec(name);
        return m ? `${hex8(s.address + Number(m[1]) * size)}:${size}` : undefined;
      },
      set: (name, text, fmt) => {
        const m = /^\[(\d+)\]$/.exec(name);
        const i = m ? Number(m[1]) : -1;
        if (i < 0 || i >= values.length) throw new RequestError(`setVariable: ${s.name} has no element ${name}`, ERROR.unknownReference);
        const n = numberFrom(rt, 'setVariable', text);
        writeNumber(rt, s.address + i * size, size, n);
        const now = rt.symbols().find((x) => x.name === s.name);
        const value = now && Array.isArray(now.value) ? now.value[i]! : n;
        return { value: elementText(s.kind, value, fmt) };
      },
    });
  }
  return v;
}

function symbolsNode(core: SessionCore, rt: Runtime): VariableNode {
  return {
    label: 'Symbols',
    children: (format) => rt.symbols().map((s) => symbolVariable(core, rt, s, format)),
    dataExpression: (name) => name,
    set: (name, text, format) => {
      const s = rt.symbols().find((x) => x.name === name);
      if (!s) throw new RequestError(`setVariable: no symbol '${name}'`, ERROR.unknownReference);
      if (s.kind === 'string') {
        let str: unknown;
        try {
          str = JSON.parse(text);
        } catch {
          str = undefined;
        }
        if (typeof str !== 'string') throw new RequestError(`setVariable: ${name} is a string: type a quoted string such as "hello"`);
        const bytes = new TextEncoder().encode(`${str}\0`);
        if (bytes.length > s.size) throw new RequestError(`setVariable: ${name} holds ${s.size} bytes; "${str}" needs ${bytes.length}`);
        if (rt.writeMemory(s.address, bytes) !== bytes.length) throw new RequestError(`setVariable: memory at ${hex8(s.address)} cannot be written`, ERROR.memory);
      } else if (Array.isArray(s.value) && s.value.length === 1 && ELEMENT[s.kind]) {
        writeNumber(rt, s.address, ELEMENT[s.kind]!, numberFrom(rt, 'setVariable', text));
      } else {
        throw new RequestError(`setVariable: ${name} is ${s.kind === 'code' || s.kind === 'absolute' ? 'not data' : 'an array: expand it and set an element'}`);
      }
      const now = rt.symbols().find((x) => x.name === name)!;
      return { value: symbolVariable(core, rt, now, format).value };
    },
  };
}

function environmentNode(core: SessionCore, rt: Runtime): VariableNode {
  return {
    label: 'Environment',
    children: () => {
      const e: EnvironmentState = rt.environmentState();
      const out: DebugProtocol.Variable[] = [
        { name: 'environment', value: e.environment, variablesReference: 0, presentationHint: readOnly },
        { name: 'brk start', value: hex8(e.brkStart), variablesReference: 0, memoryReference: hex8(e.brkStart), presentationHint: readOnly },
        { name: 'brk', value: `${hex8(e.brk)} (${e.brk - e.brkStart} bytes of heap)`, variablesReference: 0, presentationHint: readOnly },
        {
          name: 'open fds',
          value: e.openFds.map((f) => f.fd).join(', '),
          presentationHint: readOnly,
          variablesReference: core.variables.add({ label: 'open fds', children: () => e.openFds.map((f) => ({ name: String(f.fd), value: f.description, variablesReference: 0, presentationHint: readOnly })) }),
        },
        { name: 'stdin buffered', value: `${e.stdinBuffered} bytes`, variablesReference: 0, presentationHint: readOnly },
      ];
      if (e.publicValues.length || e.environment === 'openvm') {
        out.push({ name: 'public values', value: Buffer.from(e.publicValues).toString('hex') || '(none)', variablesReference: 0, presentationHint: readOnly });
      }
      if (e.hintsLeft) out.push({ name: 'hints left', value: `${e.hintsLeft.inputs} inputs, ${e.hintsLeft.streamBytes} bytes in the stream`, variablesReference: 0, presentationHint: readOnly });
      return out;
    },
  };
}

export function registerInspection(core: SessionCore): void {
  core.handle('stackTrace', (args) => {
    core.checkThread('stackTrace', args);
    const rt = core.stoppedRuntime('stackTrace');
    const all = rt.callStack();
    const start = optionalIntegerArg('stackTrace', args, 'startFrame') ?? 0;
    const levels = optionalIntegerArg('stackTrace', args, 'levels') ?? 0;
    const frames = all.slice(Math.max(0, start), levels > 0 ? Math.max(0, start) + levels : undefined);
    const stackFrames: DebugProtocol.StackFrame[] = frames.map((f) => {
      const frame: DebugProtocol.StackFrame = { id: f.id + 1, name: f.name, line: 0, column: 0, instructionPointerReference: hex8(f.pc) };
      // A fetch fault's pc has no source: its frame shows the jump that led there.
      const fault = f.id === 0 && !f.source ? core.lastStop?.fault?.source : undefined;
      if (f.source) {
        frame.source = sourceOf(f.source.file);
        frame.line = core.lineToClient(f.source.line);
        frame.column = core.columnToClient(f.source.column);
      } else if (fault) {
        frame.source = sourceOf(fault.file);
        frame.line = core.lineToClient(fault.start.line);
        frame.column = core.columnToClient(fault.start.col);
      } else {
        frame.presentationHint = 'subtle';
      }
      return frame;
    });
    return { stackFrames, totalFrames: all.length };
  });

  core.handle('scopes', (args) => {
    const rt = core.stoppedRuntime('scopes');
    checkFrame(core, rt, 'scopes', args.frameId);
    const scope = (name: string, node: VariableNode, hint?: string, expensive = false): DebugProtocol.Scope => ({
      name, variablesReference: core.variables.add(node), expensive, ...(hint ? { presentationHint: hint } : {}),
    });
    return {
      scopes: [
        scope('Registers', registersNode(core, rt), 'registers'),
        scope('Counters', countersNode(core, rt)),
        scope('Symbols', symbolsNode(core, rt), 'globals'),
        scope('Environment', environmentNode(core, rt)),
      ],
    };
  });

  core.handle('variables', (args) => {
    core.stoppedRuntime('variables');
    const node = core.variables.get('variables', args.variablesReference);
    let vars = node.children(args.format as DebugProtocol.ValueFormat | undefined);
    const start = optionalIntegerArg('variables', args, 'start');
    const count = optionalIntegerArg('variables', args, 'count');
    if (start !== undefined || count !== undefined) vars = vars.slice(start ?? 0, count ? (start ?? 0) + count : undefined);
    return { variables: vars };
  });

  core.handle('setVariable', (args) => {
    core.stoppedRuntime('setVariable');
    const node = core.variables.get('setVariable', args.variablesReference);
    const name = stringArg('setVariable', args, 'name');
    const value = stringArg('setVariable', args, 'value');
    if (!node.set) throw new RequestError(`setVariable: ${node.label} cannot be changed`);
    const body = node.set(name, value, args.format as DebugProtocol.ValueFormat | undefined);
    return body;
  });

  core.handle('loadedSources', () => {
    const rt = core.runtime('loadedSources');
    return { sources: rt.sourceFiles().map(sourceOf) };
  });

  core.handle('source', (args) => {
    const rt = core.runtime('source');
    const src = args.source as DebugProtocol.Source | undefined;
    const path = src?.path;
    if (typeof path !== 'string' || !rt.sourceFiles().includes(path)) {
      throw new RequestError(`source: ${path === undefined ? 'no source path given' : `'${path}' is not a source of the program`}`, ERROR.unknownReference);
    }
    try {
      return { content: readFileSync(path, 'utf8'), mimeType: 'text/x-riscv-asm' };
    } catch (e) {
      throw new RequestError(`source: cannot read '${path}': ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
  });

  core.handle('exceptionInfo', (args) => {
    core.checkThread('exceptionInfo', args);
    core.stoppedRuntime('exceptionInfo');
    const stop = core.lastStop;
    if (!stop || stop.reason !== 'exception') throw new RequestError('exceptionInfo: the program did not stop on an exception', ERROR.notStopped);
    const f = stop.fault;
    const where = f ? `pc ${hex8(f.pc)}${f.instruction ? `: ${f.instruction}` : ''}${f.source ? `\n${f.source.file}:${f.source.start.line}:${f.source.start.col}` : ''}` : undefined;
    return {
      exceptionId: f?.kind ?? 'ebreak',
      description: f?.message ?? stop.text ?? stop.description,
      breakMode: 'always',
      details: { message: f?.message ?? stop.description, typeName: f?.kind ?? 'ebreak', ...(where ? { stackTrace: where } : {}) },
    };
  });
}
