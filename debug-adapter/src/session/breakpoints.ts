// Every breakpoint kind: line (with condition, hit condition, logpoint), function (labels),
// instruction (disassembly view), exception filters, data breakpoints (watchpoints).

import { resolve } from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { BreakpointOptions, DataAccessType, ExceptionFilterId } from '../runtime/types.js';
import { addressOf } from './convert.js';
import { RequestError, arrayArg } from './request-error.js';
import type { SessionCore } from './session.js';

/** Under noDebug every breakpoint request is answered, none is set. */
function notDebugging<T>(specs: readonly T[]): { breakpoints: { verified: false; message: string }[] } {
  return { breakpoints: specs.map(() => ({ verified: false, message: 'the program runs without debugging' })) };
}

function options(command: string, raw: unknown, i: number): BreakpointOptions & Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new RequestError(`${command}: breakpoint ${i} must be an object`);
  const b = raw as Record<string, unknown>;
  const out: BreakpointOptions & Record<string, unknown> = { ...b };
  for (const k of ['condition', 'hitCondition', 'logMessage'] as const) {
    if (b[k] === undefined || b[k] === null || b[k] === '') delete out[k];
    else if (typeof b[k] !== 'string') throw new RequestError(`${command}: breakpoint ${i}: '${k}' must be a string`);
  }
  return out;
}

function lineArg(command: string, args: Record<string, unknown>, key: string): number {
  const v = args[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new RequestError(`${command}: '${key}' must be a line number`);
  return v;
}

const ACCESS: readonly DataAccessType[] = ['read', 'write', 'readWrite'];

export function registerBreakpoints(core: SessionCore): void {
  core.handle('setBreakpoints', (args) => {
    const rt = core.runtime('setBreakpoints');
    const source = args.source as DebugProtocol.Source | undefined;
    if (typeof source?.path !== 'string' || source.path === '') throw new RequestError('setBreakpoints: the source has no path (Tessera binds breakpoints in files)');
    // Old clients send only the deprecated `lines`.
    const given = args.breakpoints === undefined && Array.isArray(args.lines) ? args.lines.map((line) => ({ line })) : arrayArg('setBreakpoints', args, 'breakpoints');
    const specs = given.map((raw, i) => {
      const b = options('setBreakpoints', raw, i);
      if (typeof b.line !== 'number' || !Number.isInteger(b.line) || b.line < 0) throw new RequestError(`setBreakpoints: breakpoint ${i}: 'line' must be a line number`);
      return { line: core.lineFromClient(b.line), condition: b.condition, hitCondition: b.hitCondition, logMessage: b.logMessage };
    });
    if (core.noDebug) return notDebugging(specs);
    return { breakpoints: rt.setLineBreakpoints(resolve(source.path), specs).map((b) => core.breakpoint(b)) };
  });

  // Where a breakpoint can bind in a range of lines (VS Code asks while the user sets one, and
  // for inline breakpoints): every line with instructions, at its statement's column.
  core.handle('breakpointLocations', (args) => {
    const source = args.source as DebugProtocol.Source | undefined;
    if (typeof source?.path !== 'string' || source.path === '') throw new RequestError('breakpointLocations: the source has no path');
    const line = lineArg('breakpointLocations', args, 'line');
    const endLine = args.endLine === undefined || args.endLine === null ? line : lineArg('breakpointLocations', args, 'endLine');
    // Asked before the program is loaded (a click in the gutter during startup): nothing binds yet,
    // and VS Code would show an error as a popup.
    if (core.launchArgs() === undefined) return { breakpoints: [] };
    const rt = core.runtime('breakpointLocations');
    const found = rt.breakpointLocations(resolve(source.path), core.lineFromClient(line), core.lineFromClient(endLine));
    return { breakpoints: found.map((l) => ({ line: core.lineToClient(l.line), column: core.columnToClient(l.column) })) };
  });

  core.handle('setFunctionBreakpoints', (args) => {
    const rt = core.runtime('setFunctionBreakpoints');
    const specs = arrayArg('setFunctionBreakpoints', args, 'breakpoints').map((raw, i) => {
      const b = options('setFunctionBreakpoints', raw, i);
      if (typeof b.name !== 'string' || !b.name.trim()) throw new RequestError(`setFunctionBreakpoints: breakpoint ${i}: 'name' must be a label`);
      return { name: b.name.trim(), condition: b.condition, hitCondition: b.hitCondition };
    });
    if (core.noDebug) return notDebugging(specs);
    return { breakpoints: rt.setFunctionBreakpoints(specs).map((b) => core.breakpoint(b)) };
  });

  core.handle('setInstructionBreakpoints', (args) => {
    const rt = core.runtime('setInstructionBreakpoints');
    const specs = arrayArg('setInstructionBreakpoints', args, 'breakpoints').map((raw, i) => {
      const b = options('setInstructionBreakpoints', raw, i);
      return { address: addressOf('setInstructionBreakpoints', b.instructionReference, b.offset), condition: b.condition, hitCondition: b.hitCondition };
    });
    if (core.noDebug) return notDebugging(specs);
    return { breakpoints: rt.setInstructionBreakpoints(specs).map((b) => core.breakpoint(b)) };
  });

  core.handle('setExceptionBreakpoints', (args) => {
    const rt = core.runtime('setExceptionBreakpoints');
    const known = new Set(rt.exceptionFilters().map((f) => f.id as string));
    const ids = [
      ...arrayArg('setExceptionBreakpoints', args, 'filters'),
      ...arrayArg('setExceptionBreakpoints', args, 'filterOptions').map((o) => (o as { filterId?: unknown } | null)?.filterId),
    ];
    const bad = ids.filter((id) => typeof id !== 'string' || !known.has(id));
    if (bad.length) throw new RequestError(`setExceptionBreakpoints: unknown filter ${bad.map((b) => JSON.stringify(b)).join(', ')} (known: ${[...known].join(', ')})`);
    const unique = [...new Set(ids as ExceptionFilterId[])];
    if (!core.noDebug) rt.setExceptionFilters(unique);
    return { breakpoints: unique.map(() => ({ verified: true })) };
  });

  core.handle('dataBreakpointInfo', (args) => {
    const rt = core.runtime('dataBreakpointInfo');
    const name = typeof args.name === 'string' ? args.name.replace(/^\*/, '') : undefined;
    if (!name) throw new RequestError("dataBreakpointInfo: 'name' must be a variable name or an address");
    let expression: string | undefined = name;
    if (args.asAddress === true) {
      const bytes = typeof args.bytes === 'number' && Number.isInteger(args.bytes) && args.bytes > 0 ? args.bytes : 4;
      expression = `${name}:${bytes}`;
    } else if (args.variablesReference !== undefined && args.variablesReference !== null) {
      const node = core.variables.get('dataBreakpointInfo', args.variablesReference);
      expression = node.dataExpression?.(name);
      if (expression === undefined) return { dataId: null, description: `${name}: only memory can be watched (symbols and their elements), not ${node.label}`, accessTypes: [] };
    }
    const info = rt.dataBreakpointInfo(expression);
    const body: DebugProtocol.DataBreakpointInfoResponse['body'] = { dataId: info.dataId ?? null, description: info.description, accessTypes: [...info.accessTypes], canPersist: false };
    return body;
  });

  core.handle('setDataBreakpoints', (args) => {
    const rt = core.runtime('setDataBreakpoints');
    const specs = arrayArg('setDataBreakpoints', args, 'breakpoints').map((raw, i) => {
      const b = options('setDataBreakpoints', raw, i);
      if (typeof b.dataId !== 'string') throw new RequestError(`setDataBreakpoints: breakpoint ${i}: 'dataId' must come from dataBreakpointInfo`);
      const accessType = (b.accessType ?? 'write') as DataAccessType;
      if (!ACCESS.includes(accessType)) throw new RequestError(`setDataBreakpoints: breakpoint ${i}: 'accessType' must be read, write or readWrite`);
      return { dataId: b.dataId, accessType, condition: b.condition, hitCondition: b.hitCondition };
    });
    if (core.noDebug) return notDebugging(specs);
    return { breakpoints: rt.setDataBreakpoints(specs).map((b) => core.breakpoint(b)) };
  });
}
