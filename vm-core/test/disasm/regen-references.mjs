#!/usr/bin/env node
// Regenerates every reference the disassembler tests compare against, from the real GNU
// toolchain (binutils 2.40: riscv64-unknown-elf-{as,gcc,objcopy,objdump}). Nothing under
// fixtures/gnu is edited by hand; run this script instead:
//
//   node vm-core/test/disasm/regen-references.mjs
//
// 1. words: a deterministic stream of ~45k words (every major opcode × funct3 × funct7 with
//    sampled registers, boundary immediates, all 4096 CSR numbers, all fence sets, lui/auipc
//    pairs, then random words) placed in the .text of an otherwise empty rv32im_zicsr_zifencei
//    object, listed by `objdump -d` with and without `-M no-aliases`; and `csrrs a0,N,a1` for
//    every CSR number N under each `-M priv-spec=` objdump knows; and the M/Zicsr/Zifencei
//    words of the stream in objects whose ISA attribute lacks some of those extensions.
// 2. programs: each fixtures/programs/*.s built into an ELF with gcc -nostdlib, and the objdump
//    listings named in fixtures/programs/cases.json.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const gnu = join(here, 'fixtures', 'gnu');
const programs = join(here, 'fixtures', 'programs');
const PREFIX = 'riscv64-unknown-elf-';
const ARCH = 'rv32im_zicsr_zifencei';
// ISA strings (as .riscv.attributes records them) for the partial-ISA references.
const PARTIAL_ISAS = ['rv32i2p1', 'rv32i2p1_zicsr2p0_zmmul1p0', 'rv32i2p1_m2p0_zifencei2p0_zmmul1p0'];

const run = (tool, args, cwd) => execFileSync(PREFIX + tool, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });

// mulberry32: a fixed seed keeps the word stream identical from run to run.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0);
  };
}

function words() {
  const out = [];
  const push = (w) => out.push(w >>> 0);
  const R = (f7, rs2, rs1, f3, rd, op) => (f7 << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op;
  const I = (imm, rs1, f3, rd, op) => ((imm & 0xfff) << 20) | (rs1 << 15) | (f3 << 12) | (rd << 7) | op;
  const S = (imm, rs2, rs1, f3, op) => (((imm >> 5) & 0x7f) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | ((imm & 31) << 7) | op;
  const B = (imm, rs2, rs1, f3) =>
    (((imm >> 12) & 1) << 31) | (((imm >> 5) & 63) << 25) | (rs2 << 20) | (rs1 << 15) | (f3 << 12) | (((imm >> 1) & 15) << 8) | (((imm >> 11) & 1) << 7) | 0x63;
  const J = (imm, rd) =>
    (((imm >> 20) & 1) << 31) | (((imm >> 1) & 1023) << 21) | (((imm >> 11) & 1) << 20) | (((imm >> 12) & 255) << 12) | (rd << 7) | 0x6f;
  const regs = [[0, 0, 0], [1, 2, 3], [10, 11, 12], [0, 10, 11], [10, 0, 11], [10, 11, 0], [31, 31, 31], [2, 2, 4], [3, 3, 3], [4, 4, 5], [1, 1, 0], [0, 1, 0]];
  // Every 32-bit major opcode × funct3 × a spread of funct7 values, registers sampled.
  for (let op5 = 0; op5 < 32; op5++) {
    if ((op5 & 7) === 7) continue; // 48-bit and longer encodings come later, in the random part
    const op = (op5 << 2) | 3;
    for (let f3 = 0; f3 < 8; f3++) {
      for (const f7 of [0x00, 0x01, 0x20, 0x21, 0x40, 0x7f]) {
        for (const [rd, rs1, rs2] of regs) push(R(f7, rs2, rs1, f3, rd, op));
      }
    }
  }
  const imms = [0, 1, -1, 2, 4, 5, 16, 24, 31, 32, 255, 256, 1024, 2047, -2048, -2, -16, 0x7ff, 0x555, -0x555];
  for (const op of [0x03, 0x13, 0x67, 0x73, 0x0f]) {
    for (let f3 = 0; f3 < 8; f3++) {
      for (const imm of imms) {
        for (const [rd, rs1] of [[0, 0], [10, 0], [0, 10], [10, 11], [1, 1], [5, 4], [6, 3]]) push(I(imm, rs1, f3, rd, op));
      }
    }
  }
  for (let f3 = 0; f3 < 8; f3++) for (const imm of imms) for (const [rs1, rs2] of [[0, 0], [2, 10], [4, 11], [3, 12]]) push(S(imm, rs2, rs1, f3, 0x23));
  const targets = [0, 2, 4, 8, -4, -8, 4094, -4096, 2048, -2048, 6];
  for (let f3 = 0; f3 < 8; f3++) for (const imm of targets) for (const [rs1, rs2] of [[0, 0], [10, 0], [0, 10], [10, 11]]) push(B(imm, rs2, rs1, f3));
  for (const imm of [0, 4, -4, 8, 0xffffe, -0x100000, 0x800, 2, 0x1000]) for (const rd of [0, 1, 5, 10]) push(J(imm, rd));
  for (const op of [0x37, 0x17]) for (const imm of [0, 1, 0x7ffff, 0x80000, 0xfffff, 0x12345]) for (const rd of [0, 1, 3, 10]) push((imm << 12) | (rd << 7) | op);
  // Every CSR number, in the plain form and the forms objdump turns into aliases.
  for (let csr = 0; csr < 4096; csr++) push(I(csr, 11, 2, 10, 0x73));
  for (const csr of [0x000, 0x001, 0x002, 0x003, 0xc00, 0xc01, 0xc02, 0xc80, 0xc81, 0xc82, 0x300, 0x7c0, 0xfff]) {
    for (let f3 = 1; f3 < 8; f3++) for (const [rd, rs1] of [[0, 0], [0, 11], [10, 0], [10, 11]]) push(I(csr, rs1, f3, rd, 0x73));
  }
  // Fences: every predecessor/successor pair, then fm, rs1 and rd variations.
  for (let pred = 0; pred < 16; pred++) for (let succ = 0; succ < 16; succ++) push(((pred << 4) | succ) << 20 | 0x0f);
  for (const w of [0x8330000f, 0x8ff0000f, 0x0ff5000f, 0x0ff0050f, 0x0000100f, 0x0010100f, 0x0000150f, 0x8330100f, 0x1ff0000f]) push(w);
  for (const w of [0x00000073, 0x00100073, 0x00200073, 0x10200073, 0x30200073, 0x10500073, 0x00000873, 0x00008073, 0xc0001073]) push(w);
  // lui/auipc followed by instructions that use (or not) the register they set: objdump's `# addr` comments.
  const users = (r) => [
    I(0x10, r, 0, r, 0x13), I(-4, r, 2, 10, 0x03), S(8, 11, r, 2, 0x23), I(4, r, 0, 1, 0x67), I(4, r, 0, 0, 0x67),
    I(0, r, 0, 12, 0x13), I(0x7ff, r, 4, 13, 0x03), I(5, 0, 0, r, 0x13),
  ];
  for (const r of [1, 3, 4, 5, 10, 0]) {
    for (const use of users(r)) {
      for (const op of [0x37, 0x17]) {
        for (const imm of [0x12345, 0x80000, 0xfffff, 0]) {
          push((imm << 12) | (r << 7) | op);
          push(use);
        }
      }
    }
  }
  for (const w of [I(8, 4, 2, 10, 0x03), I(-1, 4, 0, 10, 0x67), I(100, 3, 2, 10, 0x03), S(-8, 10, 4, 0, 0x23), S(12, 10, 0, 1, 0x23)]) push(w);
  // Random words last: their 16-bit and long encodings shift the alignment of what follows.
  const rand = prng(0x7e55e7a);
  const known = [0x03, 0x0f, 0x13, 0x17, 0x23, 0x33, 0x37, 0x63, 0x67, 0x6f, 0x73];
  for (let i = 0; i < 6000; i++) push((rand() & ~0x7f) | known[rand() % known.length]);
  for (let i = 0; i < 4000; i++) push(rand() | 3);
  for (let i = 0; i < 4000; i++) push(rand());
  for (let i = 0; i < 16; i++) push(0x00000013);
  return out;
}

function regenWords(tmp) {
  const list = words();
  const bin = Buffer.alloc(list.length * 4);
  list.forEach((w, i) => bin.writeUInt32LE(w, i * 4));
  writeFileSync(join(tmp, 'empty.s'), '\t.text\n');
  run('as', [`-march=${ARCH}`, '-mabi=ilp32', 'empty.s', '-o', 'empty.o'], tmp);
  writeFileSync(join(tmp, 'words.bin'), bin);
  run('objcopy', ['--update-section', '.text=words.bin', 'empty.o', 'words.o'], tmp);
  writeFileSync(join(gnu, 'words.bin.gz'), gzipSync(bin, { level: 9 }));
  for (const [suffix, extra] of [['', []], ['.no-aliases', ['-M', 'no-aliases']]]) {
    const text = run('objdump', ['-d', ...extra, 'words.o'], tmp);
    writeFileSync(join(gnu, `words${suffix}.objdump.gz`), gzipSync(Buffer.from(text), { level: 9 }));
  }
  console.log(`words: ${list.length} words`);

  // Which instructions decode depends on the ISA string the file declares: the M, Zicsr and
  // Zifencei parts of the stream under ISA strings that lack some of them.
  const partial = list.filter((w) => [0x33, 0x73, 0x0f].includes(w & 0x7f) && ((w & 0x7f) !== 0x33 || (w >>> 25) === 1));
  const partialBin = Buffer.alloc(partial.length * 4);
  partial.forEach((w, i) => partialBin.writeUInt32LE(w, i * 4));
  writeFileSync(join(tmp, 'partial.bin'), partialBin);
  writeFileSync(join(gnu, 'partial.bin.gz'), gzipSync(partialBin, { level: 9 }));
  for (const isa of PARTIAL_ISAS) {
    writeFileSync(join(tmp, 'isa.s'), `\t.attribute arch, "${isa}"\n\t.text\n`);
    run('as', ['-march=rv32imafd_zicsr_zifencei', '-mabi=ilp32', 'isa.s', '-o', 'isa.o'], tmp);
    run('objcopy', ['--update-section', '.text=partial.bin', 'isa.o', 'partial.o'], tmp);
    for (const [suffix, extra] of [['', []], ['.no-aliases', ['-M', 'no-aliases']]]) {
      const text = run('objdump', ['-d', ...extra, 'partial.o'], tmp);
      writeFileSync(join(gnu, `partial.${isa}${suffix}.objdump.gz`), gzipSync(Buffer.from(text), { level: 9 }));
    }
  }
  console.log(`partial ISAs: ${partial.length} words`);

  // CSR names depend on the privileged spec: every number under each spec objdump knows.
  const csrs = Buffer.alloc(4096 * 4);
  for (let csr = 0; csr < 4096; csr++) csrs.writeUInt32LE(((csr << 20) | (11 << 15) | (2 << 12) | (10 << 7) | 0x73) >>> 0, csr * 4);
  writeFileSync(join(tmp, 'csrs.bin'), csrs);
  run('objcopy', ['--update-section', '.text=csrs.bin', 'empty.o', 'csrs.o'], tmp);
  for (const spec of ['1.9.1', '1.10', '1.11', '1.12']) {
    const text = run('objdump', ['-d', '-M', `priv-spec=${spec}`, 'csrs.o'], tmp);
    writeFileSync(join(gnu, `csrs.priv-${spec}.objdump.gz`), gzipSync(Buffer.from(text), { level: 9 }));
  }
}

function regenPrograms(tmp) {
  const cases = JSON.parse(readFileSync(join(programs, 'cases.json'), 'utf8'));
  const built = new Set();
  for (const c of cases) {
    if (!built.has(c.elf)) {
      built.add(c.elf);
      const src = c.src ?? c.elf.replace(/\.(elf|o)$/, '.s');
      // The prefix map keeps this checkout's path out of the debug info.
      const flags = [`-march=${ARCH}`, '-mabi=ilp32', `-fdebug-prefix-map=${programs}=.`, ...(c.build ?? [])];
      if (c.elf.endsWith('.o')) run('gcc', [...flags, '-c', src, '-o', c.elf], programs);
      else {
        // Assembling separately names the object (and so its STT_FILE symbol) after the source,
        // where gcc's one-step build would use a random temporary name.
        const object = join(tmp, c.elf.replace(/\.elf$/, '.o'));
        run('gcc', [...flags, '-c', src, '-o', object], programs);
        run('gcc', [...flags, '-nostdlib', '-static', object, '-o', c.elf], programs);
      }
    }
    const text = run('objdump', [...c.objdump, c.elf], programs);
    writeFileSync(join(programs, c.reference), text);
    if (c.lines) {
      // The DWARF line table as objdump decodes it, for the -S cases: file, line, address rows.
      const dump = run('objdump', ['--dwarf=decodedline', c.elf], programs);
      const rows = [];
      for (const line of dump.split('\n')) {
        const m = /^(\S+)\s+(\d+|-)\s+0x([0-9a-f]+)/.exec(line);
        if (m) rows.push([m[1], m[2] === '-' ? 0 : Number(m[2]), parseInt(m[3], 16)]);
      }
      writeFileSync(join(programs, c.lines), `${JSON.stringify(rows)}\n`);
    }
    console.log(`${c.reference}`);
  }
}

mkdirSync(gnu, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), 'tessera-disasm-'));
try {
  regenWords(tmp);
  regenPrograms(tmp);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

