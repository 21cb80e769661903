#!/usr/bin/env node
// Generates forms.s: every RV32IM + Zicsr + Zifencei instruction in every operand form GNU as
// accepts, every pseudo-instruction of the RISC-V assembly manual, with boundary immediates.
//
//   node test/corpus/forms/gen-forms.mjs
//
// Candidate lines include forms GNU may reject (aliases, other extensions, RV64-only
// pseudos). The generator assembles the candidates with GNU as, drops every line GNU reports
// an error for, repeats until the file assembles cleanly, then checks that it links with the
// reference command. Dropped lines and GNU's messages go to rejected.txt. Run by regen.mjs.
// No dependencies beyond node built-ins; needs riscv64-unknown-elf-as and -gcc on PATH.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'forms.s');
const REJECTED = join(HERE, 'rejected.txt');
const MARCH = 'rv32im_zicsr_zifencei';

// ---------------------------------------------------------------------------------------------
// Candidates. Each group is [title, lines]; a line is an instruction or a label.

const ABI = [
  'zero', 'ra', 'sp', 'gp', 'tp', 't0', 't1', 't2', 's0', 'fp', 's1', 'a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7',
  's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11', 't3', 't4', 't5', 't6',
];
const XREGS = Array.from({ length: 32 }, (_, i) => `x${i}`);

const R_OPS = ['add', 'sub', 'sll', 'slt', 'sltu', 'xor', 'srl', 'sra', 'or', 'and'];
const M_OPS = ['mul', 'mulh', 'mulhsu', 'mulhu', 'div', 'divu', 'rem', 'remu'];
const I_OPS = ['addi', 'slti', 'sltiu', 'xori', 'ori', 'andi'];
const SHIFT_OPS = ['slli', 'srli', 'srai'];
const LOADS = ['lb', 'lh', 'lw', 'lbu', 'lhu'];
const STORES = ['sb', 'sh', 'sw'];
const BRANCHES = ['beq', 'bne', 'blt', 'bge', 'bltu', 'bgeu'];
const IMM12 = ['-2048', '-2047', '-1', '0', '1', '2046', '2047', '0x7ff', '-0x800', "'a'", '(1 << 11) - 1', '-(1 << 11)'];

const groups = [];
const group = (title, lines) => groups.push([title, lines]);

group('R-type, every register name in every position', [
  ...ABI.map((r) => `add ${r}, ${r}, ${r}`),
  ...XREGS.map((r, i) => `add ${r}, ${XREGS[(i + 1) % 32]}, ${XREGS[(i + 2) % 32]}`),
]);
group('R-type base and M instructions', [...R_OPS, ...M_OPS].flatMap((op) => [`${op} a0, a1, a2`, `${op} t6, zero, s11`, `${op} x31, x0, x1`]));
group('R-type mnemonics with an immediate operand (GNU aliases for the I-type forms)', R_OPS.map((op) => `${op} a0, a1, 5`));
group('I-type ALU, boundary immediates', I_OPS.flatMap((op) => IMM12.map((imm) => `${op} a0, a1, ${imm}`)));
group('I-type ALU with %lo', I_OPS.map((op) => `${op} a0, a1, %lo(data_sym)`));
group('shifts by an immediate', SHIFT_OPS.flatMap((op) => ['0', '1', '15', '31', '0x1f', '32'].map((s) => `${op} a0, a1, ${s}`)));
group('lui / auipc', [
  ...['0', '1', '0x7ffff', '0x80000', '0xfffff', '0x100000', '-1', '%hi(data_sym)', '%hi(data_sym + 0x800)', '%hi(0x12345678)', '%hi(0x12345fff)']
    .map((v) => `lui a0, ${v}`),
  ...['0', '1', '0x7ffff', '0x80000', '0xfffff', '0x100000'].map((v) => `auipc a0, ${v}`),
  'pc_hi_1: auipc a0, %pcrel_hi(data_sym)',
  'addi a0, a0, %pcrel_lo(pc_hi_1)',
  'lw a1, %pcrel_lo(pc_hi_1)(a0)',
  'sw a1, %pcrel_lo(pc_hi_1)(a0)',
  'pc_hi_2: auipc a0, %pcrel_hi(data_sym + 8)',
  'lbu a1, %pcrel_lo(pc_hi_2)(a0)',
  'auipc a0, %pcrel_hi(text_sym)',
]);
group('loads', LOADS.flatMap((op) => [
  `${op} a0, 0(a1)`, `${op} a0, -2048(a1)`, `${op} a0, 2047(a1)`, `${op} a0, (a1)`, `${op} a0, 4 (sp)`,
  `${op} a0, %lo(data_sym)(a1)`, `${op} a0, data_sym`, `${op} a0, data_sym + 4`, `${op} a0, 4`,
  `${op} a0, 0x12345678`, `${op} a0, -2049(a1)`, `${op} a0, 2048(a1)`,
]));
group('stores', STORES.flatMap((op) => [
  `${op} a0, 0(a1)`, `${op} a0, -2048(a1)`, `${op} a0, 2047(a1)`, `${op} a0, (a1)`, `${op} zero, 8(sp)`,
  `${op} a0, %lo(data_sym)(a1)`, `${op} a0, data_sym, t0`, `${op} a0, data_sym + 4, t1`, `${op} a0, data_sym`,
  `${op} a0, 4, t0`, `${op} a0, 2048(a1)`,
]));
group('branches: labels backwards and forwards, numeric labels, extreme offsets', [
  'branch_back:',
  ...BRANCHES.flatMap((op) => [
    `${op} a0, a1, branch_back`, `${op} a0, a1, branch_fwd`, `${op} zero, t6, 1f`, '1:', `${op} x1, x2, 1b`,
    `${op} a0, a1, .`, `${op} a0, a1, .+4094`, `${op} a0, a1, .-4096`, `${op} a0, a1, .+8`,
    `${op} a0, 5, branch_back`, `${op} a0, a1, .+4096`,
  ]),
  'beq a0, a1, 0x10000', 'bltu t0, t1, 0x10000',
  'branch_fwd:',
]);
group('jal and jalr', [
  'jal_back:',
  'jal jal_back', 'jal ra, jal_back', 'jal zero, jal_fwd', 'jal t0, jal_fwd', 'jal x0, .', 'jal .+8',
  'jal x0, .+0xffffe', 'jal ra, .-0x100000', 'jal 1f', '1:', 'jal 0x10000', 'jal zero, 0x10000',
  'jal_fwd:',
  'jalr a0', 'jalr ra', 'jalr ra, a0', 'jalr ra, 0(a0)', 'jalr ra, -2048(a0)', 'jalr ra, 2047(a0)', 'jalr ra, (a0)',
  'jalr a1, a2, 8', 'jalr a1, a2, -2048', 'jalr zero, 0(ra)', 'jalr 4(a1)', 'jalr (a1)', 'jalr x0, x1, 0',
  'jalr ra, %lo(text_sym)(a0)', 'jalr a1, 2048(a0)',
]);
group('fences, environment calls', [
  'fence', 'fence iorw, iorw', 'fence rw, rw', 'fence r, w', 'fence w, r', 'fence i, o', 'fence io, rw', 'fence r, r',
  'fence rw, w', 'fence 0, 0', 'fence.tso', 'fence.i', 'pause', 'ecall', 'ebreak', 'scall', 'sbreak', 'unimp',
]);
const CSRS = [
  'cycle', 'time', 'instret', 'cycleh', 'timeh', 'instreth', 'hpmcounter3', 'hpmcounter31h',
  'fflags', 'frm', 'fcsr',
  'sstatus', 'sie', 'stvec', 'scounteren', 'sscratch', 'sepc', 'scause', 'stval', 'sip', 'satp',
  'mvendorid', 'marchid', 'mimpid', 'mhartid', 'mstatus', 'misa', 'medeleg', 'mideleg', 'mie', 'mtvec',
  'mcounteren', 'mstatush', 'mscratch', 'mepc', 'mcause', 'mtval', 'mip', 'mcycle', 'minstret', 'mcycleh', 'minstreth',
  'mhpmcounter3', 'mhpmevent3', 'pmpcfg0', 'pmpaddr0', 'dcsr', 'dpc', 'tselect', 'ustatus', 'utvec',
  '0', '1', '0x7ff', '0x800', '0xc00', '0xfff', '0x1000', '-1',
];
group('CSR instructions', [
  ...['csrrw', 'csrrs', 'csrrc'].flatMap((op) => [`${op} a0, mstatus, a1`, `${op} zero, 0x340, t0`, `${op} a0, cycle, zero`, `${op} a0, mscratch, 5`]),
  ...['csrrwi', 'csrrsi', 'csrrci'].flatMap((op) => ['0', '1', '31', '32', '-1'].map((u) => `${op} a0, mstatus, ${u}`)),
  ...CSRS.map((c) => `csrrs a0, ${c}, zero`),
]);
group('CSR pseudo-instructions', [
  'csrr a0, mstatus', 'csrr a0, 0xc00', 'csrw mscratch, a0', 'csrs mie, a0', 'csrc mie, a0',
  'csrwi mscratch, 0', 'csrwi mscratch, 31', 'csrsi mstatus, 8', 'csrci mstatus, 8',
  'csrw mscratch, 5', 'csrs mie, 3', 'csrc mie, 3',
  'rdcycle a0', 'rdcycleh a0', 'rdtime a0', 'rdtimeh a0', 'rdinstret a0', 'rdinstreth a0',
  'frcsr a0', 'fscsr a0', 'fscsr a0, a1', 'frrm a0', 'fsrm a0', 'fsrm a0, a1', 'frflags a0', 'fsflags a0', 'fsflags a0, a1',
  'fsrmi 1', 'fsflagsi 1',
]);
const LI_VALUES = [
  '0', '1', '-1', '2047', '-2048', '2048', '-2049', '0x7ff', '0x800', '0xfff', '0x1000', '0x1001', '4096', '-4096',
  '0x12345', '0x12345000', '0x12345678', '0x12345fff', '0x7ffff7ff', '0x7ffff800', '0x7fffffff', '0x80000000',
  '-0x80000000', '0x80000001', '0x80000800', '0xfffff000', '0xfffff7ff', '0xfffff800', '0xffffffff', '-2147483648',
  '0xdeadbeef', '0x100000000', '0xffffffffffffffff', '0x123456789', '-0x80000001', '0x7fffffffffffffff',
  '0x8000000000000000', '((1 << (32 - 1) << 1) - 1)', "'x'", '1 << 31', '0b1010', '0777',
];
group('pseudo-instructions: li with values that need addi only, lui only, lui+addi, and 64-bit values that wrap', [
  ...LI_VALUES.map((v) => `li a0, ${v}`),
  'li x15, 0xffffffffffffffff', 'li zero, 5', 'li t6, %lo(data_sym)',
]);
group('pseudo-instructions: addresses', [
  'la a0, data_sym', 'la a0, data_sym + 4', 'la a0, data_sym - 4', 'la a0, text_sym', 'la t6, _start',
  'lla a0, data_sym', 'lla a0, data_sym + 0x1000', 'lga a0, data_sym', 'la a0, 0x1234', 'lla a0, 0x1234',
]);
group('pseudo-instructions: register moves and comparisons', [
  'nop', 'mv a0, a1', 'mv zero, zero', 'not a0, a1', 'neg a0, a1', 'negw a0, a1', 'seqz a0, a1', 'snez a0, a1',
  'sltz a0, a1', 'sgtz a0, a1', 'sgt a0, a1, a2', 'sgtu a0, a1, a2', 'sgt t0, zero, t6', 'sext.b a0, a1', 'sext.h a0, a1', 'zext.b a0, a1', 'zext.h a0, a1',
  'sext.w a0, a1', 'zext.w a0, a1',
]);
group('pseudo-instructions: branches', [
  'pseudo_back:',
  ...['beqz', 'bnez', 'blez', 'bgez', 'bltz', 'bgtz'].flatMap((op) => [`${op} a0, pseudo_back`, `${op} a0, pseudo_fwd`, `${op} t6, .+4094`, `${op} t6, .-4096`]),
  ...['bgt', 'ble', 'bgtu', 'bleu'].flatMap((op) => [`${op} a0, a1, pseudo_back`, `${op} a0, a1, pseudo_fwd`, `${op} t6, zero, .+4094`, `${op} t6, zero, .-4096`]),
  'pseudo_fwd:',
]);
group('pseudo-instructions: jumps and calls', [
  'j pseudo_back', 'j pseudo_fwd2', 'j .+0xffffe', 'j .-0x100000', 'j 0x10000', 'jal pseudo_back', 'jr a0', 'jr ra', 'jr 4(a0)',
  'ret', 'call text_sym', 'call ra, text_sym', 'call t0, text_sym', 'call pseudo_back', 'call _start',
  'tail text_sym', 'tail pseudo_back', 'jump text_sym, t0', 'jump pseudo_fwd2, t1', 'call text_sym + 8',
  'pseudo_fwd2:',
]);

// Lines GNU as accepts but that may fail only when linked (out-of-range offsets, register
// names taken as symbols). Each is linked on its own; the ones that link join forms.s.
const LINK_PROBES = [
  ['branches', 'beq a0, a1, .+4096'],
  ['jal and jalr', 'jal a0, .+0x100000'],
  ['jal and jalr', 'jal a0, .-0x100002'],
  ['loads', 'lw a0, a1'],
];

// ---------------------------------------------------------------------------------------------

function render(kept) {
  const out = [
    '# GENERATED by gen-forms.mjs (node test/corpus/forms/gen-forms.mjs); do not edit.',
    '# Every RV32IM + Zicsr + Zifencei instruction in every operand form GNU as accepts, and every',
    '# pseudo-instruction of the RISC-V assembly manual, with boundary immediates. Lines GNU as',
    '# rejects are listed in rejected.txt. Not meant to be run.',
    '# tessera-corpus: no-run',
    '',
    '        .text',
    '        .globl  _start',
    '_start:',
  ];
  for (const [title, lines] of kept) {
    if (!lines.length) continue;
    out.push('', `# --- ${title}`);
    for (const l of lines) out.push(/^[\w.$]+:$/.test(l) ? l : /^[\w.$]+: /.test(l) ? l : `        ${l}`);
  }
  out.push(
    '',
    '# --- targets',
    '        .globl  text_sym',
    '        .type   text_sym, @function',
    'text_sym:',
    '        ret',
    '',
    '        .data',
    '        .p2align 2',
    '        .globl  data_sym',
    'data_sym:',
    '        .word   1, 2, 3, 4',
    '',
  );
  return out.join('\n');
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (r.error) throw r.error;
  return r;
}

function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'tessera-forms-'));
  const rejected = [];
  try {
    // Work on a copy: lines are [groupIndex, lineIndex] so rejects can be dropped by file line.
    let kept = groups.map(([t, ls]) => [t, [...ls]]);
    for (const [prefix, line] of LINK_PROBES) {
      const probe = join(tmp, 'probe.s');
      writeFileSync(probe, render([['probe', [line]]]));
      const r = run('riscv64-unknown-elf-gcc', [`-march=${MARCH}`, '-mabi=ilp32', '-nostdlib', '-Wl,--no-relax', 'probe.s', '-o', 'probe.elf'], { cwd: tmp });
      if (r.status === 0) {
        const g = kept.find(([t]) => t.startsWith(prefix));
        if (!g) throw new Error(`no group ${prefix}`);
        g[1].push(line);
      } else {
        const asm = r.stderr.match(/^probe\.s:\d+: Error: (.*)$/m);
        const ld = r.stderr.match(/^\(\.text\+0x[0-9a-f]+\): (.*)$/m);
        rejected.push({ line, msg: asm ? asm[1] : `by ld: ${ld ? ld[1] : r.stderr.trim()}` });
      }
    }
    for (let round = 0; round < 20; round++) {
      const text = render(kept);
      const src = join(tmp, 'forms.s');
      writeFileSync(src, text);
      const r = run('riscv64-unknown-elf-as', [`-march=${MARCH}`, '-mabi=ilp32', '-o', join(tmp, 'forms.o'), 'forms.s'], { cwd: tmp });
      const bad = new Map();
      for (const m of r.stderr.matchAll(/^forms\.s:(\d+): Error: (.*)$/gm)) {
        const n = Number(m[1]);
        if (!bad.has(n)) bad.set(n, m[2]);
      }
      if (r.status === 0 && bad.size === 0) break;
      if (bad.size === 0) throw new Error(`GNU as failed without line errors:\n${r.stderr}`);
      // Map file lines back to candidate lines.
      const fileLines = text.split('\n');
      const dropped = new Set();
      for (const [n, msg] of bad) {
        const line = fileLines[n - 1].trim();
        rejected.push({ line, msg });
        dropped.add(line);
      }
      kept = kept.map(([t, ls]) => [t, ls.filter((l) => !dropped.has(l))]);
      if (round === 19) throw new Error('gen-forms: did not converge');
    }
    const text = render(kept);
    writeFileSync(OUT, text);
    // The reference command must link it too.
    const link = run('riscv64-unknown-elf-gcc', [`-march=${MARCH}`, '-mabi=ilp32', '-nostdlib', '-Wl,--no-relax', 'forms.s', '-o', join(tmp, 'forms.elf')], { cwd: HERE });
    if (link.status !== 0) throw new Error(`forms.s does not link:\n${link.stderr}`);
    const seen = new Set();
    const uniq = rejected.filter((r) => (seen.has(r.line) ? false : (seen.add(r.line), true)));
    writeFileSync(
      REJECTED,
      [
        '# Candidate lines GNU as 2.40 rejects with -march=' + MARCH + ' -mabi=ilp32,',
        '# written by gen-forms.mjs; forms.s contains every other candidate.',
        '',
        ...uniq.map((r) => `${r.line.padEnd(44)} # ${r.msg}`),
        '',
      ].join('\n'),
    );
    const count = kept.reduce((n, [, ls]) => n + ls.filter((l) => !/^[\w.$]+:$/.test(l)).length, 0);
    process.stdout.write(`gen-forms: ${count} lines in forms.s, ${uniq.length} rejected (see rejected.txt)\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
