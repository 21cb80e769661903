// What the adapter tells the client it can do (the initialize response). Every flag here is
// backed by a handler in this folder and a protocol test in test/dap.

import type { DebugProtocol } from '@vscode/debugprotocol';
import type { FaultKind } from '@tessera/vm-core';

/**
 * Exception filters: one per fault kind the machine reports (a Record over FaultKind, so a new
 * kind in vm-core fails to compile here until it has a filter), and `ebreak`.
 */
const FAULT_FILTERS: Record<FaultKind, [label: string, description: string]> = {
  'illegal-instruction': ['Illegal instruction', 'A word that is no instruction of the machine or its environment'],
  'fetch-fault': ['Fetch fault', 'A jump into memory that is unmapped or not executable'],
  'misaligned-fetch': ['Misaligned jump', 'A jump or branch to a pc that is not a multiple of 4'],
  'load-fault': ['Load fault', 'A load from unmapped or unreadable memory'],
  'store-fault': ['Store fault', 'A store to unmapped or read-only memory'],
  'misaligned-load': ['Misaligned load', 'With strict alignment (and under openvm)'],
  'misaligned-store': ['Misaligned store', 'With strict alignment (and under openvm)'],
  'environment-call': ['Environment call', 'An ecall the environment does not know, or refuses'],
  'memory-limit': ['Memory limit', 'The guest asked for more memory than the limit allows'],
  breakpoint: ['Unhandled ebreak', 'An ebreak while "ebreak instruction" is off: the guest faults (exit 139) unless this stops it'],
};

export const EBREAK_FILTER = 'ebreak';

export const EXCEPTION_FILTERS: readonly DebugProtocol.ExceptionBreakpointsFilter[] = [
  { filter: EBREAK_FILTER, label: 'ebreak instruction', description: 'Stop at every ebreak instruction, as a breakpoint; continuing skips it', default: true },
  ...Object.entries(FAULT_FILTERS).map(([filter, [label, description]]) => ({ filter, label, description, default: true })),
];

export function capabilities(): DebugProtocol.Capabilities {
  return {
    supportsConfigurationDoneRequest: true,
    supportsConditionalBreakpoints: true,
    supportsHitConditionalBreakpoints: true,
    supportsLogPoints: true,
    supportsFunctionBreakpoints: true,
    supportsInstructionBreakpoints: true,
    exceptionBreakpointFilters: [...EXCEPTION_FILTERS],
    supportsExceptionInfoRequest: true,
    supportsDataBreakpoints: true,
    supportsDataBreakpointBytes: true,
    supportsBreakpointLocationsRequest: true,
    supportsGotoTargetsRequest: true,
    supportsStepBack: true,
    supportsSteppingGranularity: true,
    supportsRestartRequest: true,
    supportsTerminateRequest: true,
    supportsSetVariable: true,
    supportsEvaluateForHovers: true,
    supportsCompletionsRequest: true,
    completionTriggerCharacters: ['.', '/'],
    supportsReadMemoryRequest: true,
    supportsWriteMemoryRequest: true,
    supportsDisassembleRequest: true,
    supportsLoadedSourcesRequest: true,
    supportsCancelRequest: true,
    supportsValueFormattingOptions: true,
    supportsDelayedStackTraceLoading: false,
  };
}
