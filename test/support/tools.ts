// The GNU tools and qemu, when installed: used to check the ELF files Tessera writes.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const OBJDUMP = 'riscv64-unknown-elf-objdump';
export const READELF = 'riscv64-unknown-elf-readelf';
export const QEMU = 'qemu-riscv32';

const present = new Map<string, boolean>();

export function hasTool(tool: string): boolean {
  let p = present.get(tool);
  if (p === undefined) {
    const r = spawnSync(tool, ['--version'], { stdio: 'ignore', timeout: 10_000 });
    p = !r.error && r.status === 0;
    present.set(tool, p);
  }
  return p;
}

export interface ToolRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: string;
  timedOut: boolean;
}

export function runTool(tool: string, args: string[], timeoutMs = 20_000): ToolRun {
  const r = spawnSync(tool, args, { timeout: timeoutMs, maxBuffer: 64 << 20 });
  const timedOut = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  if (r.error && !timedOut) throw r.error;
  return {
    status: r.status,
    signal: r.signal,
    stdout: r.stdout ?? Buffer.alloc(0),
    stderr: r.stderr ? r.stderr.toString('utf8') : '',
    timedOut,
  };
}

let scratch: string | undefined;

/** Writes an executable file into a per-process scratch folder, removed by cleanupScratch(). */
export function writeScratch(name: string, bytes: Uint8Array): string {
  scratch ??= mkdtempSync(join(tmpdir(), 'tessera-differential-'));
  const path = join(scratch, name.replace(/[^\w.-]+/g, '_'));
  writeFileSync(path, bytes, { mode: 0o755 });
  return path;
}

export function cleanupScratch(): void {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
}
