// Execution control. Each request is answered as soon as the run starts; where it ends arrives
// as a stopped (or exited/terminated) event from the runtime. A run in progress refuses another.

import { OutputEvent, StoppedEvent } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { resolve } from 'node:path';
import type { Granularity } from '../runtime/types.js';
import { hex8 } from './convert.js';
import { ERROR, RequestError, integerArg } from './request-error.js';
import type { Runtime } from './runtime-port.js';
import type { SessionCore } from './session.js';

/** DAP 'instruction' is one instruction; 'statement' and 'line' (the default) are a source line. */
function granularity(args: Record<string, unknown>): Granularity {
  return args.granularity === 'instruction' ? 'instruction' : 'line';
}

export function registerExecution(core: SessionCore): void {
  const run = (command: string, go: (rt: Runtime, args: Record<string, unknown>) => Promise<void>, body?: unknown) => {
    core.handle(command, async (args) => {
      core.checkThread(command, args);
      const rt = core.stoppedRuntime(command);
      await started(rt, command, go(rt, args));
      return body;
    });
  };
  /**
   * The run reports through events; its promise only says it is over. A run that cannot start
   * rejects at once: that is the request's error. One failing later must still end in a stop, or
   * the client would wait for one forever.
   */
  const started = async (rt: Runtime, command: string, run: Promise<void>): Promise<void> => {
    let early: unknown[] | undefined = [];
    run.catch((e: unknown) => {
      if (early) early.push(e);
      else failed(rt, command, e);
    });
    // An async method that throws before its first await has rejected by now.
    await Promise.resolve();
    await Promise.resolve();
    const errors = early;
    early = undefined;
    if (errors.length) {
      const e = errors[0];
      throw new RequestError(`${command}: ${e instanceof Error ? e.message : String(e)}`, ERROR.notStopped);
    }
  };
  const failed = (rt: Runtime, command: string, e: unknown): void => {
    const message = e instanceof Error ? e.message : String(e);
    core.log(`${command}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    core.sendEvent(new OutputEvent(`${command}: ${message}\n`, 'console'));
    if (rt.state === 'stopped') {
      const ev: DebugProtocol.StoppedEvent = new StoppedEvent('step', 1);
      ev.body.description = `${command} failed`;
      ev.body.text = message;
      ev.body.allThreadsStopped = true;
      core.sendEvent(ev);
    }
  };
  run('continue', (rt) => rt.continue(), { allThreadsContinued: true });
  run('next', (rt, a) => rt.stepOver(granularity(a)));
  run('stepIn', (rt, a) => rt.stepIn(granularity(a)));
  run('stepOut', (rt, a) => rt.stepOut(granularity(a)));
  run('stepBack', (rt, a) => rt.stepBack(granularity(a)));
  run('reverseContinue', (rt) => rt.reverseContinue());

  core.handle('pause', (args) => {
    core.checkThread('pause', args);
    const rt = core.runtime('pause');
    if (rt.state === 'running' || rt.state === 'waiting-input') {
      rt.pause();
      return undefined;
    }
    throw new RequestError(`pause: the program is not running (it is ${rt.state})`, ERROR.notStopped);
  });

  // Jump to Cursor: the line's first instruction (or the next line's with code), one target per
  // line; its id is the address, so a target outlives nothing but the program it came from.
  core.handle('gotoTargets', (args) => {
    const rt = core.stoppedRuntime('gotoTargets');
    const source = args.source as DebugProtocol.Source | undefined;
    if (typeof source?.path !== 'string' || source.path === '') throw new RequestError('gotoTargets: the source has no path');
    const line = args.line;
    if (typeof line !== 'number' || !Number.isInteger(line) || line < 0) throw new RequestError("gotoTargets: 'line' must be a line number");
    const targets = rt.jumpTargets(resolve(source.path), core.lineFromClient(line)).map((t) => ({
      id: t.address, label: t.label, line: core.lineToClient(t.line), instructionPointerReference: hex8(t.address),
    }));
    return { targets };
  });

  core.handle('goto', async (args) => {
    core.checkThread('goto', args);
    const rt = core.stoppedRuntime('goto');
    const target = integerArg('goto', args, 'targetId');
    if (target < 0 || target > 0xffffffff) throw new RequestError(`goto: unknown target ${target} (ask gotoTargets for one)`, ERROR.unknownReference);
    await started(rt, 'goto', rt.jumpTo(target));
    return undefined;
  });

  // The trace view's "go to this row": back or forward to the state before instruction `instret`.
  core.handle('tessera/goto', async (args) => {
    const rt = core.stoppedRuntime('tessera/goto');
    const instret = integerArg('tessera/goto', args, 'instret');
    await started(rt, 'tessera/goto', rt.goto(instret));
    return undefined;
  });
}
