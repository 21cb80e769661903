// Every capability the adapter advertises is backed by a handler: a client that trusts the
// initialize answer never meets "unknown request" (VS Code showed that popup for
// breakpointLocations when a flag and its handler disagreed).
import type { DebugProtocol } from '@vscode/debugprotocol';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, launch, program, startClient, stopped, type Client } from './harness.js';

beforeAll(() => ensureBuilt());

let dc: Client;
afterEach(async () => {
  await dc?.stop();
});

/** The requests each capability flag promises (flags that promise none map to []). */
const REQUESTS: Record<string, string[]> = {
  supportsConfigurationDoneRequest: ['configurationDone'],
  supportsConditionalBreakpoints: [],
  supportsHitConditionalBreakpoints: [],
  supportsLogPoints: [],
  supportsFunctionBreakpoints: ['setFunctionBreakpoints'],
  supportsInstructionBreakpoints: ['setInstructionBreakpoints'],
  supportsExceptionInfoRequest: ['exceptionInfo'],
  supportsDataBreakpoints: ['dataBreakpointInfo', 'setDataBreakpoints'],
  supportsDataBreakpointBytes: [],
  supportsBreakpointLocationsRequest: ['breakpointLocations'],
  supportsGotoTargetsRequest: ['gotoTargets', 'goto'],
  supportsStepBack: ['stepBack', 'reverseContinue'],
  supportsSteppingGranularity: [],
  supportsRestartRequest: ['restart'],
  supportsTerminateRequest: ['terminate'],
  supportsSetVariable: ['setVariable'],
  supportsEvaluateForHovers: ['evaluate'],
  supportsCompletionsRequest: ['completions'],
  supportsReadMemoryRequest: ['readMemory'],
  supportsWriteMemoryRequest: ['writeMemory'],
  supportsDisassembleRequest: ['disassemble'],
  supportsLoadedSourcesRequest: ['loadedSources'],
  supportsCancelRequest: ['cancel'],
  supportsValueFormattingOptions: [],
  supportsDelayedStackTraceLoading: [],
};

describe('capabilities', () => {
  it('every advertised request has a handler, and every flag is known here', async () => {
    const fresh = await startClient();
    const flags = (await fresh.initializeRequest()).body as DebugProtocol.Capabilities & Record<string, unknown>;
    await fresh.stop();
    dc = await startClient();
    await launch(dc, { program: program('loop.s'), stopOnEntry: true });
    await stopped(dc, 'entry');
    const advertised = Object.entries(flags).filter(([k, v]) => k.startsWith('supports') && v === true).map(([k]) => k);
    expect(advertised.filter((k) => !(k in REQUESTS)), 'flags without a known request list').toEqual([]);
    for (const flag of advertised) {
      for (const command of REQUESTS[flag]!) {
        // Arguments may be wrong on purpose: only "unknown request" would be a broken promise.
        const answer = await dc.customRequest(command, {}).then(() => 'ok', (e: Error) => e.message);
        expect(answer, `${flag} → ${command}`).not.toMatch(/unknown request/);
      }
    }
  });
});
