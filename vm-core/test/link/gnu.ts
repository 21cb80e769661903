// The GNU toolchain as an oracle for the differential tests: found on PATH or not at all.

import { execFileSync, spawnSync } from 'node:child_process';

const PREFIX = 'riscv64-unknown-elf-';
export const GCC_FLAGS = ['-march=rv32im', '-mabi=ilp32'];

function has(cmd: string): boolean {
  const r = spawnSync(cmd, ['--version'], { stdio: 'ignore' });
  return r.status === 0;
}

/** Why the differential tests cannot run here, or undefined when they can. */
export function gnuMissing(): string | undefined {
  for (const t of ['gcc', 'as', 'ld']) if (!has(PREFIX + t)) return `${PREFIX}${t} is not installed`;
  return undefined;
}

export function qemuMissing(): string | undefined {
  return has('qemu-riscv32') ? undefined : 'qemu-riscv32 is not installed';
}

export function assemble(src: string, out: string): void {
  execFileSync(PREFIX + 'gcc', [...GCC_FLAGS, '-c', src, '-o', out], { stdio: 'pipe' });
}

/** gcc -c: a C file straight to a GNU as object. */
export function compileC(src: string, out: string, flags: string[] = []): void {
  execFileSync(PREFIX + 'gcc', [...GCC_FLAGS, ...flags, '-c', src, '-o', out], { stdio: 'pipe' });
}

export function gnuLink(objs: string[], out: string, extra: string[] = [], cwd?: string): void {
  execFileSync(PREFIX + 'gcc', [...GCC_FLAGS, '-nostdlib', '-Wl,--no-relax', ...extra, ...objs, '-o', out], { stdio: 'pipe', cwd });
}

export function run(elf: string): { status: number | null; stdout: string } {
  const r = spawnSync('qemu-riscv32', [elf], { timeout: 10_000, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout };
}

export function tool(name: string, args: string[]): string {
  return execFileSync(PREFIX + name, args, { encoding: 'utf8', stdio: 'pipe', maxBuffer: 512 * 1024 * 1024 });
}
