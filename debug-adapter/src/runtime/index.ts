// The runtime: a program under the debugger, with no DAP in sight.
export * from './types.js';
export { DebugRuntime, RuntimeCancelled, RuntimeError, DEFAULT_TRACE_HISTORY, FAULT_EXIT_CODE, LIMIT_EXIT_CODE } from './runtime.js';
