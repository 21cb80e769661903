// Compiles the bench/run kernels with the GNU toolchain: kernels/NAME.c → kernels/NAME.elf.
// The ELFs are committed, so `npm run bench` runs without the toolchain; rerun this after
// changing a kernel (or rt.h) and commit the ELFs with the sources.
//
//   node bench/run/kernels/build.mjs

import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const GCC = 'riscv64-unknown-elf-gcc';
// -nostdlib -ffreestanding: rt.h is the whole runtime (its _start, write and exit). No -fpic: a
// static executable at ld's default address, as the corpus programs are.
export const CFLAGS = ['-march=rv32im', '-mabi=ilp32', '-O2', '-nostdlib', '-static', '-ffreestanding', '-fno-pic', '-Wall', '-Werror'];

const version = execFileSync(GCC, ['--version'], { encoding: 'utf8' }).split('\n')[0];
console.log(`${version}\n${GCC} ${CFLAGS.join(' ')}`);
for (const f of readdirSync(dir).filter((n) => n.endsWith('.c')).sort()) {
  const out = join(dir, f.replace(/\.c$/, '.elf'));
  execFileSync(GCC, [...CFLAGS, join(dir, f), '-o', out], { stdio: 'inherit' });
  console.log(`  ${f} → ${f.replace(/\.c$/, '.elf')} (${statSync(out).size} bytes)`);
}
