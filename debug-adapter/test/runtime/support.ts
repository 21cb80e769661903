// Helpers for runtime tests: programs from strings or from the run corpus, a launched runtime
// whose events are collected, and an undebugged reference run to compare with.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assemble, createMachine, memoryHostIO, programFromElf, toProgram, type Machine, type Program } from '@tessera/vm-core';
import { DebugRuntime, type ExitedEvent, type LaunchConfig, type OutputEvent, type StoppedEvent } from '../../src/runtime/index.js';

export const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../test/run-corpus');

export interface Session {
  rt: DebugRuntime;
  stops: StoppedEvent[];
  output: OutputEvent[];
  exited: ExitedEvent[];
  terminated: number;
  inputRequests: number;
  stdout(): string;
  console(): string;
  last(): StoppedEvent;
}

/** Launches `program` with the files given (path → text or bytes); does not start it. */
export async function launch(files: Record<string, string | Uint8Array>, program: string, options: Partial<LaunchConfig> = {}): Promise<Session> {
  const rt = new DebugRuntime();
  const s: Session = {
    rt, stops: [], output: [], exited: [], terminated: 0, inputRequests: 0,
    stdout: () => s.output.filter((o) => o.category === 'stdout').map((o) => o.text).join(''),
    console: () => s.output.filter((o) => o.category === 'console').map((o) => o.text).join(''),
    last: () => {
      const e = s.stops[s.stops.length - 1];
      if (!e) throw new Error('no stop yet');
      return e;
    },
  };
  rt.on('stopped', (e) => s.stops.push(e));
  rt.on('output', (e) => s.output.push(e));
  rt.on('exited', (e) => s.exited.push(e));
  rt.on('terminated', () => s.terminated++);
  rt.on('inputRequested', () => s.inputRequests++);
  const host = {
    readFile(path: string): Uint8Array | undefined {
      const f = files[path];
      return f === undefined ? undefined : typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
  };
  const r = await rt.launch({ program, host, ...options });
  if (!r.ok) throw new Error(`launch failed: ${r.message}`);
  return s;
}

export function corpusFile(name: string): Uint8Array {
  return readFileSync(resolve(CORPUS, name));
}

/** The program as the runtime loads it, for reference runs. */
export function programOf(files: Record<string, string | Uint8Array>, path: string): Program {
  const f = files[path]!;
  if (typeof f !== 'string') return programFromElf(f, path).program!;
  const r = assemble({ path, text: f }, { readFile: (p) => (typeof files[p] === 'string' ? (files[p] as string) : undefined) });
  if (!r.image) throw new Error('assembly failed');
  return toProgram(r.image, path);
}

/** An undebugged fast machine stepped to exactly `instret` instructions. */
export function referenceAt(program: Program, instret: number, options: { stdin?: string; args?: string[]; programName?: string } = {}): Machine {
  const m = createMachine(program, { io: memoryHostIO({ stdin: options.stdin ?? '' }), args: options.args ?? [], programName: options.programName ?? program.path });
  while (m.instret < instret && !m.stop) m.runChunk(instret - m.instret);
  return m;
}

/** Registers, pc and a hash of every allocated page: what "the same state" means here. */
export function stateOf(m: Machine): string {
  const pages = [...m.memory.allocatedPages].sort((a, b) => a - b);
  let h = 0;
  for (const p of pages) for (const v of m.memory.pages[p]!.i32) h = (Math.imul(h, 31) + v) | 0;
  return JSON.stringify({ x: [...m.x.slice(1, 32)], pc: m.pc, instret: m.instret, brk: m.brkEnd, pages: pages.length, h });
}

/** 1-based line of the first line containing marker. */
export function lineOf(text: string, marker: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(marker));
  if (i < 0) throw new Error(`no line with ${marker}`);
  return i + 1;
}
