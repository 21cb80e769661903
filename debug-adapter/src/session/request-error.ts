// Errors a request answers with: the message is what the user reads (no stack), the code is
// stable for clients and tests.

import { EvaluateError } from '../expressions/parse.js';
import { RuntimeCancelled, RuntimeError } from '../runtime/runtime.js';

export const ERROR = {
  badArguments: 3001,
  notLaunched: 3002,
  unknownReference: 3003,
  launchFailed: 3004,
  notStopped: 3005,
  unsupported: 3006,
  cancelled: 3007,
  memory: 3008,
  evaluate: 3009,
  internal: 3999,
} as const;

export class RequestError extends Error {
  constructor(message: string, readonly code: number = ERROR.badArguments) {
    super(message);
  }
}

/** The argument object of a request, or a RequestError naming what is missing. */
export function argsObject(command: string, raw: unknown): Record<string, unknown> {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new RequestError(`${command}: the arguments must be an object`);
  return raw as Record<string, unknown>;
}

export function integerArg(command: string, args: Record<string, unknown>, name: string): number {
  const v = args[name];
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new RequestError(`${command}: '${name}' must be an integer, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`);
  return v;
}

export function optionalIntegerArg(command: string, args: Record<string, unknown>, name: string): number | undefined {
  return args[name] === undefined || args[name] === null ? undefined : integerArg(command, args, name);
}

export function stringArg(command: string, args: Record<string, unknown>, name: string): string {
  const v = args[name];
  if (typeof v !== 'string') throw new RequestError(`${command}: '${name}' must be a string, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`);
  return v;
}

export function optionalStringArg(command: string, args: Record<string, unknown>, name: string): string | undefined {
  return args[name] === undefined || args[name] === null ? undefined : stringArg(command, args, name);
}

export function arrayArg(command: string, args: Record<string, unknown>, name: string): unknown[] {
  const v = args[name];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new RequestError(`${command}: '${name}' must be an array`);
  return v;
}

/** A message for anything thrown that is not a RequestError: the text, never the stack. */
export function describeError(e: unknown): { message: string; code: number } {
  if (e instanceof RequestError) return { message: e.message, code: e.code };
  // DAP: a cancelled request's error response has the message 'cancelled'.
  if (e instanceof RuntimeCancelled) return { message: 'cancelled', code: ERROR.cancelled };
  // The runtime's refusals (bad register name, not stopped …) are the user's to read, not bugs.
  if (e instanceof RuntimeError) return { message: e.message, code: ERROR.badArguments };
  if (e instanceof EvaluateError) return { message: e.message, code: ERROR.evaluate };
  if (e instanceof Error) return { message: `internal error: ${e.message}`, code: ERROR.internal };
  return { message: `internal error: ${String(e)}`, code: ERROR.internal };
}
