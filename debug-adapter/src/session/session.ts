// The DAP side of the adapter: a DebugSession whose requests go through one table of async
// handlers. Every handler either returns the response body or throws a RequestError; the
// dispatcher turns both into a response, so no request can crash the adapter or leave the client
// waiting, and no stack trace reaches the user. Feature files (breakpoints.ts, execution.ts, …)
// register their handlers against the SessionCore below.

import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import {
  BreakpointEvent, ContinuedEvent, DebugSession, ExitedEvent, InitializedEvent, InvalidatedEvent, OutputEvent, Response, StoppedEvent, TerminatedEvent,
} from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { RootedFileSystem, formatDiagnostic } from '@tessera/vm-core';
import { DebugRuntime } from '../runtime/runtime.js';
import type { BreakpointBinding, LaunchConfig, LaunchResult, StoppedEvent as RuntimeStop } from '../runtime/types.js';
import { capabilities } from './capabilities.js';
import { hex8, sourceOf } from './convert.js';
import { parseLaunchArguments, type LaunchArguments } from './launch-args.js';
import { ERROR, RequestError, argsObject, describeError } from './request-error.js';
import type { Runtime, RuntimeFactory } from './runtime-port.js';
import { VariableStore } from './variables.js';
import { registerBreakpoints } from './breakpoints.js';
import { registerExecution } from './execution.js';
import { registerInspection } from './inspection.js';
import { registerMemory } from './memory.js';
import { registerEvaluate } from './evaluate.js';
import { registerTrace } from './trace-requests.js';

export type Handler = (args: Record<string, unknown>, request: DebugProtocol.Request) => unknown;

export interface SessionOptions {
  /** Makes the runtime the session drives (default: the vm-core DebugRuntime). */
  createRuntime?: RuntimeFactory;
  /** Where the adapter's own diagnostics go (never the protocol stream). */
  log?: (line: string) => void;
}

/** The one thread: a RISC-V hart. */
export const THREAD_ID = 1;

const STOP_REASON: Record<RuntimeStop['reason'], string> = {
  entry: 'entry',
  step: 'step',
  breakpoint: 'breakpoint',
  'function-breakpoint': 'function breakpoint',
  'instruction-breakpoint': 'instruction breakpoint',
  'data-breakpoint': 'data breakpoint',
  exception: 'exception',
  pause: 'pause',
  goto: 'goto',
};

/** What feature files see of the session. */
export interface SessionCore {
  handle(command: string, handler: Handler): void;
  /** The launched runtime, or a RequestError when there is none yet. */
  runtime(command: string): Runtime;
  /** The runtime when it is stopped (inspection and stepping need that). */
  stoppedRuntime(command: string): Runtime;
  checkThread(command: string, args: Record<string, unknown>): void;
  sendEvent(event: DebugProtocol.Event): void;
  lineToClient(line: number): number;
  lineFromClient(line: number): number;
  columnToClient(column: number): number;
  /** A DAP breakpoint from a runtime binding. */
  breakpoint(b: BreakpointBinding): DebugProtocol.Breakpoint;
  readonly variables: VariableStore;
  readonly lastStop: RuntimeStop | undefined;
  /** The guest waits for standard input: REPL text goes to it. */
  inputPending: boolean;
  launchArgs(): LaunchArguments | undefined;
  /** Launched with `noDebug` (VS Code's Run Without Debugging): nothing stops the program. */
  readonly noDebug: boolean;
  /** A `cancel` request named this request (long handlers check it between chunks of work). */
  isCancelled(request: DebugProtocol.Request): boolean;
  /** Resolves a path the user gave against the launch's cwd. */
  resolvePath(path: string): string;
  log(line: string): void;
}

export class TesseraSession extends DebugSession implements SessionCore {
  protected readonly handlers = new Map<string, Handler>();
  /** Requests still being answered, so that `cancel` can reach them. */
  private readonly inFlight = new Set<number>();
  private readonly cancelled = new Set<number>();
  private readonly createRuntime: RuntimeFactory;
  private readonly logLine: (line: string) => void;
  private initialized = false;
  /** Events raised while a request is being answered wait for its response (DAP order: a step's response, then its stop). */
  private holding = 0;
  private held: DebugProtocol.Event[] = [];
  private current: Runtime | undefined;
  private args: LaunchArguments | undefined;
  private configured = false;
  private restarting = false;
  private ended = false;
  /** Runtimes whose events no longer reach the client (a refused launch, after disconnect). */
  private readonly detached = new WeakSet<Runtime>();
  readonly variables = new VariableStore();
  noDebug = false;
  lastStop: RuntimeStop | undefined;
  inputPending = false;

  constructor(options: SessionOptions = {}) {
    super();
    this.createRuntime = options.createRuntime ?? (() => new DebugRuntime());
    this.logLine = options.log ?? (() => {});
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
    this.handle('initialize', (args) => this.initialize(args));
    this.handle('launch', (args) => this.launch(args));
    this.handle('attach', () => {
      throw new RequestError('attach: Tessera debugs programs it launches; use "request": "launch"', ERROR.unsupported);
    });
    this.handle('configurationDone', () => this.configurationDone());
    this.handle('disconnect', () => this.disconnect());
    this.handle('terminate', () => this.terminate());
    this.handle('restart', (args) => this.restart(args));
    this.handle('cancel', (args) => {
      if (typeof args.requestId === 'number' && this.inFlight.has(args.requestId)) this.cancelled.add(args.requestId);
      return undefined;
    });
    this.handle('threads', () => ({ threads: [{ id: THREAD_ID, name: 'hart 0' }] }));
    registerBreakpoints(this);
    registerExecution(this);
    registerInspection(this);
    registerMemory(this);
    registerEvaluate(this);
    registerTrace(this);
  }

  handle(command: string, handler: Handler): void {
    this.handlers.set(command, handler);
  }

  log(line: string): void {
    this.logLine(line);
  }

  runtime(command: string): Runtime {
    if (!this.current) throw new RequestError(`${command}: no program is being debugged (send launch first)`, ERROR.notLaunched);
    return this.current;
  }

  stoppedRuntime(command: string): Runtime {
    const rt = this.runtime(command);
    if (rt.state === 'stopped') return rt;
    const why: Record<string, string> = {
      running: 'the program is running (pause it first)',
      'waiting-input': 'the program is waiting for input (type it in the Debug Console, or pause)',
      ended: 'the program has ended',
      'not-launched': 'no program is being debugged',
    };
    throw new RequestError(`${command}: ${why[rt.state] ?? `the program is ${rt.state}`}`, ERROR.notStopped);
  }

  checkThread(command: string, args: Record<string, unknown>): void {
    if (args.threadId !== THREAD_ID) throw new RequestError(`${command}: unknown thread ${JSON.stringify(args.threadId)} (the only thread is ${THREAD_ID})`, ERROR.unknownReference);
  }

  lineToClient(line: number): number {
    return this.convertDebuggerLineToClient(line);
  }

  lineFromClient(line: number): number {
    return this.convertClientLineToDebugger(line);
  }

  columnToClient(column: number): number {
    return this.convertDebuggerColumnToClient(column);
  }

  breakpoint(b: BreakpointBinding): DebugProtocol.Breakpoint {
    const bp: DebugProtocol.Breakpoint = { id: b.id, verified: b.verified };
    if (b.file !== undefined) bp.source = sourceOf(b.file);
    if (b.line !== undefined) bp.line = this.lineToClient(b.line);
    if (b.address !== undefined) bp.instructionReference = hex8(b.address);
    if (b.message !== undefined) bp.message = b.message;
    return bp;
  }

  launchArgs(): LaunchArguments | undefined {
    return this.args;
  }

  isCancelled(request: DebugProtocol.Request): boolean {
    return this.cancelled.has(request.seq);
  }

  resolvePath(path: string): string {
    return isAbsolute(path) ? path : resolve(this.args?.cwd ?? process.cwd(), path);
  }

  // ---- dispatch --------------------------------------------------------------------------------

  protected override dispatchRequest(request: DebugProtocol.Request): void {
    const response: DebugProtocol.Response = new Response(request);
    const handler = this.handlers.get(request.command);
    this.inFlight.add(request.seq);
    this.holding++;
    void (async () => {
      try {
        if (!handler) throw new RequestError(`unknown request '${String(request.command)}'`, ERROR.unsupported);
        if (!this.initialized && request.command !== 'initialize' && request.command !== 'disconnect') {
          throw new RequestError(`${request.command}: the session is not initialized (send initialize first)`, ERROR.notLaunched);
        }
        const body = await handler(argsObject(request.command, request.arguments), request);
        if (this.cancelled.has(request.seq)) throw new RequestError('cancelled', ERROR.cancelled);
        if (body !== undefined) response.body = body;
        this.sendResponse(response);
      } catch (e) {
        const { message, code } = this.cancelled.has(request.seq) ? { message: 'cancelled', code: ERROR.cancelled } : describeError(e);
        if (code === ERROR.internal) this.log(`${request.command}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        // variables: {} because the library formats `{name}` in the message and reads them from it.
        this.sendErrorResponse(response, { id: code, format: message, showUser: code !== ERROR.cancelled, variables: {} });
      } finally {
        this.inFlight.delete(request.seq);
        this.cancelled.delete(request.seq);
        if (--this.holding === 0) {
          const events = this.held;
          this.held = [];
          for (const e of events) super.sendEvent(e);
        }
      }
    })();
  }

  override sendEvent(event: DebugProtocol.Event): void {
    if (this.holding > 0) this.held.push(event);
    else super.sendEvent(event);
  }

  // ---- lifecycle -------------------------------------------------------------------------------

  private initialize(args: Record<string, unknown>): DebugProtocol.Capabilities {
    if (this.initialized) throw new RequestError('initialize: the session is already initialized');
    if (args.pathFormat !== undefined && args.pathFormat !== 'path') throw new RequestError(`initialize: only native paths are supported, not '${String(args.pathFormat)}'`);
    const self = this as unknown as { _clientLinesStartAt1: boolean; _clientColumnsStartAt1: boolean };
    if (typeof args.linesStartAt1 === 'boolean') self._clientLinesStartAt1 = args.linesStartAt1;
    if (typeof args.columnsStartAt1 === 'boolean') self._clientColumnsStartAt1 = args.columnsStartAt1;
    this.initialized = true;
    return capabilities();
  }

  private async launch(raw: Record<string, unknown>): Promise<undefined> {
    if (this.current) throw new RequestError('launch: a program is already being debugged in this session');
    const { args, config } = this.prepare('launch', raw);
    this.args = args;
    this.noDebug = raw.noDebug === true;
    if (this.noDebug) config.stopOnEntry = false;
    const rt = this.createRuntime();
    this.wire(rt);
    let result: LaunchResult;
    try {
      result = await rt.launch(config);
    } catch (e) {
      this.detached.add(rt);
      this.args = undefined;
      throw e;
    }
    if (!result.ok) {
      this.detached.add(rt);
      this.args = undefined;
      throw new RequestError(this.launchFailure(result), ERROR.launchFailed);
    }
    // Without debugging, faults and ebreak end the program as they would outside the debugger.
    if (this.noDebug) rt.setExceptionFilters([]);
    this.current = rt;
    // Breakpoints bind against the loaded program, so configuration starts only now.
    setImmediate(() => this.sendEvent(new InitializedEvent()));
    return undefined;
  }

  /** Checks launch (or restart) arguments and turns them into the runtime's config; nothing changes on refusal. */
  private prepare(command: string, raw: Record<string, unknown>): { args: LaunchArguments; config: LaunchConfig } {
    const parsed = parseLaunchArguments(raw);
    if (!parsed.ok) throw new RequestError(command === 'launch' ? parsed.message : `${command}: ${parsed.message}`, ERROR.launchFailed);
    const args = parsed.args;
    if (args.cwd !== undefined) args.cwd = resolve(args.cwd);
    // Paths in the config resolve against its own cwd, also when a restart brings a new one.
    const previous = this.args;
    this.args = args;
    try {
      return { args, config: this.launchConfig(args) };
    } finally {
      this.args = previous;
    }
  }

  private launchConfig(args: LaunchArguments): LaunchConfig {
    const readBytes = (what: string, path: string): Uint8Array => {
      try {
        return new Uint8Array(readFileSync(this.resolvePath(path)));
      } catch (e) {
        throw new RequestError(`launch: cannot read ${what} '${path}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, ERROR.launchFailed);
      }
    };
    return {
      program: this.resolvePath(args.program),
      host: {
        readFile: (path) => {
          try {
            return new Uint8Array(readFileSync(this.resolvePath(path)));
          } catch {
            return undefined;
          }
        },
      },
      args: args.args,
      env: args.env,
      cwd: args.cwd,
      stdin: args.stdin ?? (args.stdinFile !== undefined ? readBytes('stdinFile', args.stdinFile) : undefined),
      environment: args.environment,
      hints: args.hints.map((h) => readBytes('hint file', h)),
      stopOnEntry: args.stopOnEntry,
      maxSteps: args.maxSteps,
      maxMemory: args.maxMemory,
      traceHistory: args.traceHistory,
      includePaths: args.includePaths.map((p) => this.resolvePath(p)),
      ...(args.fsRoot !== undefined ? { fs: this.guestFileSystem(args.fsRoot) } : {}),
    };
  }

  private guestFileSystem(root: string): RootedFileSystem {
    try {
      return new RootedFileSystem(this.resolvePath(root));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new RequestError(`launch: fsRoot '${root}' ${code === 'ENOENT' ? 'does not exist' : code ? `cannot be used (${code})` : (e as Error).message.replace(/^.* is not/, 'is not')}`, ERROR.launchFailed);
    }
  }

  /** The error text of a refused launch: the runtime's message and every diagnostic, GNU-style. */
  private launchFailure(result: Extract<LaunchResult, { ok: false }>): string {
    const text = (file: string): string | undefined => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
    };
    const diags = result.diagnostics.filter((d) => d.severity === 'error');
    const report = diags.map((d) => formatDiagnostic(d, text)).join('');
    if (report) this.sendEvent(new OutputEvent(report, 'stderr'));
    const lines = diags.map((d) => `${d.range.file}:${d.range.start.line}:${d.range.start.col}: error: ${d.message}`);
    return [result.message, ...lines.filter((l) => !result.message.includes(l))].join('\n');
  }

  private configurationDone(): undefined {
    const rt = this.runtime('configurationDone');
    if (this.configured) return undefined;
    this.configured = true;
    setImmediate(() => this.startRun(rt));
    return undefined;
  }

  /** After launch or restart: the runtime stops at the entry (stopOnEntry) or runs. */
  private startRun(rt: Runtime): void {
    rt.start().catch((err: unknown) => this.log(`start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
  }

  /** DAP's RestartArguments.arguments is the launch configuration again, possibly edited: it replaces the old one. */
  private async restart(raw: Record<string, unknown>): Promise<undefined> {
    const rt = this.runtime('restart');
    let next: { args: LaunchArguments; config: LaunchConfig } | undefined;
    if (raw.arguments !== undefined && raw.arguments !== null) {
      if (typeof raw.arguments !== 'object' || Array.isArray(raw.arguments)) throw new RequestError("restart: 'arguments' must be a launch configuration", ERROR.launchFailed);
      next = this.prepare('restart', raw.arguments as Record<string, unknown>);
      // Run Without Debugging stays what the session was launched as.
      if (this.noDebug) next.config.stopOnEntry = false;
    }
    this.restarting = true;
    let result: LaunchResult;
    try {
      result = await rt.restart(next?.config);
    } finally {
      this.restarting = false;
    }
    if (!result.ok) throw new RequestError(this.launchFailure(result), ERROR.launchFailed);
    if (next) this.args = next.args;
    this.ended = false;
    this.inputPending = false;
    this.variables.reset();
    // The runtime starts the new run itself (stopping at the entry when asked to).
    this.sendEvent(new InvalidatedEvent(['all']));
    return undefined;
  }

  private terminate(): undefined {
    const rt = this.runtime('terminate');
    if (rt.state === 'ended') {
      this.endSession();
      return undefined;
    }
    rt.terminate();
    return undefined;
  }

  private disconnect(): undefined {
    if (this.current && this.current.state !== 'ended' && this.current.state !== 'not-launched') this.current.terminate();
    if (this.current) this.detached.add(this.current);
    // The stdio adapter exits shortly after the response; in server or inline mode nothing happens.
    setTimeout(() => this.shutdown(), 0);
    return undefined;
  }

  private endSession(): void {
    if (this.ended) return;
    this.ended = true;
    this.sendEvent(new TerminatedEvent());
  }

  // ---- runtime events → DAP events ---------------------------------------------------------------

  private wire(rt: Runtime): void {
    const on: Runtime['on'] = (event, listener) =>
      rt.on(event, (...args) => {
        if (!this.detached.has(rt)) listener(...args);
      });
    on('stopped', (stop) => {
      this.lastStop = stop;
      this.inputPending = false;
      this.variables.reset();
      const e: DebugProtocol.StoppedEvent = new StoppedEvent(STOP_REASON[stop.reason] ?? stop.reason, THREAD_ID);
      e.body.description = stop.description;
      if (stop.text !== undefined) e.body.text = stop.text;
      if (stop.hitBreakpointIds.length) e.body.hitBreakpointIds = [...stop.hitBreakpointIds];
      e.body.allThreadsStopped = true;
      if (stop.dataHits?.length) this.sendEvent(new OutputEvent(`${stop.description}${stop.text ? `: ${stop.text}` : ''}\n`, 'console'));
      this.sendEvent(e);
    });
    on('continued', () => {
      this.inputPending = false;
      this.sendEvent(new ContinuedEvent(THREAD_ID, true));
    });
    on('output', (o) => this.sendEvent(new OutputEvent(o.text, o.category)));
    on('inputRequested', ({ prompt }) => {
      this.inputPending = true;
      const text = prompt ? `${prompt}\n` : 'The program is waiting for standard input: type a line in the Debug Console (an empty evaluation ends the input).\n';
      this.sendEvent(new OutputEvent(text, 'console'));
    });
    on('exited', (x) => {
      this.inputPending = false;
      if (x.status !== 'exited') this.sendEvent(new OutputEvent(`The program ended: ${x.status} (exit code ${x.exitCode}).\n`, 'console'));
      this.sendEvent(new ExitedEvent(x.exitCode));
    });
    on('terminated', () => {
      if (!this.restarting) this.endSession();
    });
    on('breakpointChanged', (b) => this.sendEvent(new BreakpointEvent('changed', this.breakpoint(b))));
  }
}
