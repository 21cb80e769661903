// Undebugged runs of the same programs, straight through vm-core: what the debugger's state and
// output must equal.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { assemble, createMachine, execute, memoryHostIO, programFromElf, programFromImage, type Program } from '@tessera/vm-core';

export function loadProgram(path: string): Program {
  const bytes = readFileSync(path);
  if (bytes[0] === 0x7f && bytes[1] === 0x45) {
    const { program, diagnostics } = programFromElf(new Uint8Array(bytes), path);
    if (!program) throw new Error(`${path}: ${diagnostics.map((d) => d.message).join('; ')}`);
    return program;
  }
  const readFile = (p: string): string | undefined => {
    try {
      return readFileSync(p.startsWith('/') ? p : join(dirname(path), p), 'utf8');
    } catch {
      return undefined;
    }
  };
  const r = assemble({ path, text: bytes.toString('utf8') }, { readFile });
  if (!r.image) throw new Error(`${path}: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  return programFromImage(r.image, path);
}

export interface RunOptions {
  args?: string[];
  stdin?: string;
  programName?: string;
}

/** The whole run: stdout and exit code. */
export function referenceRun(path: string, options: RunOptions = {}): { stdout: string; stderr: string; exitCode: number; instret: number } {
  const io = memoryHostIO({ stdin: options.stdin ?? '' });
  const r = execute(loadProgram(path), { io, args: options.args ?? [], programName: options.programName ?? path });
  return { stdout: io.stdoutText(), stderr: io.stderrText(), exitCode: r.exitCode ?? -1, instret: r.instret };
}

/** Registers (x0–x31, then pc) after exactly `steps` instructions. */
export function referenceRegisters(path: string, steps: number, options: RunOptions = {}): number[] {
  const io = memoryHostIO({ stdin: options.stdin ?? '' });
  const m = createMachine(loadProgram(path), { io, args: options.args ?? [], programName: options.programName ?? path });
  let left = steps;
  while (left > 0 && !m.stop) left -= m.runChunk(left);
  if (left > 0) throw new Error(`${path}: stopped after ${steps - left} of ${steps} instructions`);
  return [...Array.from({ length: 32 }, (_, i) => m.x[i]! >>> 0), m.pc >>> 0];
}

/** Bytes of memory after `steps` instructions. */
export function referenceMemory(path: string, steps: number, address: number, count: number, options: RunOptions = {}): Uint8Array {
  const io = memoryHostIO({ stdin: options.stdin ?? '' });
  const m = createMachine(loadProgram(path), { io, args: options.args ?? [], programName: options.programName ?? path });
  let left = steps;
  while (left > 0 && !m.stop) left -= m.runChunk(left);
  const bytes = m.memory.peek(address, count);
  if (!bytes) throw new Error(`${path}: memory at 0x${address.toString(16)} is not mapped`);
  return bytes;
}
