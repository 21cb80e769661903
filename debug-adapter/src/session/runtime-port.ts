// The runtime as the session sees it: the contract of runtime/types.ts plus its typed events.
// The session is handed a factory, so tests and the inline host can give it any implementation.

import type { DebugRuntimeApi, RuntimeEvents } from '../runtime/types.js';

export interface RuntimeEmitter {
  on<K extends keyof RuntimeEvents>(event: K, listener: (...args: RuntimeEvents[K]) => void): unknown;
}

export type Runtime = DebugRuntimeApi & RuntimeEmitter;

export type RuntimeFactory = () => Runtime;
