// Fuzz input generators. Each takes a seeded Rng and returns one input; the same seed gives the
// same input, so any failure can be regenerated from (seed, campaign, index).
//
// - bytes:      random bytes (NUL, controls, invalid UTF-8 decoded, lone surrogates, CR/LF mixes)
// - soup:       random token soup from the assembler's own vocabulary
// - structured: programs of plausible statements (every instruction, pseudo and directive form,
//               macros, .rept/.irp, conditionals, includes), sometimes corrupted
// - corpus:     real programs from test/corpus, cut, spliced and mutated

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { INSTRUCTIONS, type OperandKind } from '../../src/isa/instructions.js';
import { PSEUDO_INSTRUCTIONS, type PseudoOperand } from '../../src/isa/pseudo.js';
import { ABI_NAMES } from '../../src/isa/registers.js';
import { CSRS } from '../../src/isa/csr.js';
import { DIRECTIVE_NAMES } from '../../src/asm/directives.js';
import { INSN_OPCODES } from '../../src/asm/insn-directive.js';
import type { FuzzInput } from './check.js';
import { Rng } from './prng.js';

export const REPO = join(import.meta.dirname, '../../..');

// ---- vocabulary ----

const MNEMONICS = [...new Set([...INSTRUCTIONS.map((i) => i.mnemonic), ...PSEUDO_INSTRUCTIONS.map((p) => p.name)])];
const REGISTERS = [...Array.from({ length: 32 }, (_, i) => `x${i}`), ...ABI_NAMES, 'fp'];
const BAD_REGISTERS = ['x32', 'x-1', 'X5', 'A0', 'pc', 'f0', 'x', 'x00', 'x1x', 'zero0', 'v0', '$a0', '%a0', 'r1'];
const CSR_NAMES = CSRS.map((c) => c.name);
const DIRECTIVES = [...DIRECTIVE_NAMES, '.foo', '.incbin', '.cfi_startproc', '.cfi_endproc', '.cfi_def_cfa_offset', '.endmacro', '.TEXT', '.Word', '.loc', '.file', '.size', '.type', '.ident', '.section', '.pushsection', '.popsection', '.insn'];
const NUMBERS = [
  '0', '1', '-1', '2', '3', '4', '7', '8', '12', '16', '31', '32', '33', '63', '64', '100', '255', '256', '2047', '2048', '-2048', '-2049', '4095', '4096',
  '0x7ff', '0x800', '0xfff', '0xfffff', '0x100000', '0x7fffffff', '0x80000000', '0xffffffff', '0x100000000', '0xffffffffffffffff',
  '0x10000000000000000', '18446744073709551615', '18446744073709551616', '-9223372036854775808', '9223372036854775807', '99999999999999999999999999999999999999',
  '0b101', '0b', '0B11', '0777', '08', '09', '00', '0x', '0X1F', '1f', '1b', '2f', '2b', '0f', '0b1', "'a'", "'\\n'", "'\\\\'", "'", "'ab'", "'\\", '1e3', '1.5', '0x1p3', '123abc',
];
const STRINGS = ['""', '"hello"', '"a\\nb\\t\\0"', '"\\x41\\101\\777\\9"', '"\\""', '"unterminated', '"\\', '"\\x"', '"🙂é"', '"a,b"', '"#not a comment"', '";"', '"\\\n"'];
const RELOCS = ['%hi(', '%lo(', '%pcrel_hi(', '%pcrel_lo(', '%tprel_hi(', '%tprel_lo(', '%tprel_add(', '%got_pcrel_hi(', '%foo(', '%hi', '%', '%lo ('];
const PUNCT = [',', ',', ',', '(', ')', '(', ')', ':', ';', '+', '-', '*', '/', '%', '<<', '>>', '&', '|', '^', '~', '!', '==', '!=', '<>', '<', '>', '<=', '>=', '&&', '||', '=', '@', '#', '/*', '*/', '\\', '\\@', '\\()', '\\x', '$', '.', '"', "'", '`', '{', '}', '[', ']', '?', '\t', '\0', '\r'];
const SYMBOLS = ['foo', 'bar', 'baz', '_start', 'main', '.L1', '.Lfoo', '$x', '$d', 'L', 'a.b', 'loop', '__global_pointer$', '.', 'end', 'x', 'a0x', '_', '.text', 'nop', 'li', 'addi', 'data', 'tab', 'm'];
const KEYWORDS = ['@function', '@object', '@progbits', '@nobits', '@note', '%function', '@', 'iorw', 'rw', 'io', 'w', 'r', 'iorwx', 'cycle', 'mstatus', 'push', 'pop', 'norelax', 'relax', 'rvc', 'norvc', 'pic', 'arch', '+m', '-c', 'rv32im', 'rv32imc', 'rv64gc', 'Tag_RISCV_arch', 'Tag_RISCV_stack_align', 'OP', 'OP_IMM', 'LOAD', 'CUSTOM_0', 'r', 'i', 's', 'sb', 'b', 'u', 'j', 'uj', 'r4'];
const BLOCKS = [
  '.macro m a b=1', '.macro m', '.macro m2 x:req, y:vararg', '.macro', '.macro 1', '.macro m a=', '.endm', '.endm', '.endmacro', '.rept 3', '.rept 0', '.rept -1', '.rept 50', '.rept foo', '.rept', '.endr', '.endr',
  '.irp r, a0, a1', '.irp', '.irpc c, 0123', '.irpc c', '.if 1', '.if 0', '.if', '.if foo', '.else', '.elseif 1', '.endif', '.endif', '.ifdef foo', '.ifndef foo', '.ifc a, b', '.ifb', '.ifnb x', '.exitm',
  '.include "self.s"', '.include "other.s"', '.include "missing.s"', '.include', '.end', '.purgem m', 'm', 'm 1, 2', 'm2', 'm2 a0', '\\a', '\\b', '\\@', '\\()', '\\x', '\\r',
];

const ALL_TOKENS: string[][] = [MNEMONICS, REGISTERS, BAD_REGISTERS, CSR_NAMES, DIRECTIVES, NUMBERS, STRINGS, RELOCS, PUNCT, SYMBOLS, KEYWORDS, BLOCKS];

// ---- helpers ----

function ident(rng: Rng): string {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.$';
  const rest = first + '0123456789';
  let s = first[rng.int(first.length)]!;
  const n = rng.size(12);
  for (let i = 0; i < n; i++) s += rest[rng.int(rest.length)];
  return s;
}

function hugeNumber(rng: Rng, maxDigits: number): string {
  const n = rng.range(20, maxDigits);
  const kind = rng.int(3);
  if (kind === 0) return '9'.repeat(n);
  if (kind === 1) return '0x' + 'f'.repeat(n);
  return '0b' + '1'.repeat(n);
}

function deepParens(rng: Rng, max: number): string {
  const d = rng.range(1, max);
  const inner = rng.pick(['1', 'foo', '-1', '%hi(x)', '']);
  return '('.repeat(d) + inner + (rng.chance(0.8) ? ')'.repeat(rng.chance(0.8) ? d : rng.int(d + 2)) : '');
}

function lineEnd(rng: Rng): string {
  return rng.weighted([[85, '\n'], [6, '\r\n'], [3, '\r'], [4, ';'], [1, '\n\n'], [1, '\f\n']]);
}

// ---- bytes ----

export function genBytes(rng: Rng): FuzzInput {
  const n = rng.size(3000);
  const mode = rng.int(4);
  let text: string;
  if (mode === 3) {
    // UTF-16 code units directly: lone surrogates, U+FFFE, astral pairs.
    let s = '';
    for (let i = 0; i < n; i++) {
      s += String.fromCharCode(rng.weighted([[40, 0x20 + rng.int(0x5f)], [10, 0x0a], [5, 0x0d], [5, 0], [10, rng.int(0x10000)], [5, 0xd800 + rng.int(0x800)], [3, 0xfffe], [2, 0x2028]]));
    }
    text = s;
  } else {
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      bytes[i] = rng.weighted([
        [mode === 0 ? 10 : 50, 0x20 + rng.int(0x5f)],
        [8, 0x0a],
        [3, 0x0d],
        [3, 0x00],
        [3, 0x09],
        [mode === 0 ? 60 : 10, rng.int(256)],
        [4, 0x80 + rng.int(0x80)],
        [2, rng.pick([0x23, 0x3b, 0x22, 0x27, 0x5c, 0x2f, 0x2a, 0x3a, 0x2c, 0x28, 0x29, 0x2e, 0x25, 0x40])],
      ]);
    }
    text = mode === 2 ? new TextDecoder('latin1').decode(bytes) : new TextDecoder('utf-8').decode(bytes);
  }
  return { name: 'bytes', path: 'fuzz.s', text, alsoFile: rng.chance(0.25) };
}

// ---- token soup ----

function soupToken(rng: Rng): string {
  const r = rng.next();
  if (r < 0.01) return hugeNumber(rng, 400);
  if (r < 0.02) return deepParens(rng, 200);
  if (r < 0.05) return ident(rng);
  if (r < 0.06) return '-'.repeat(rng.range(1, 50)) + '1';
  return rng.pick(rng.pick(ALL_TOKENS));
}

function soupLine(rng: Rng): string {
  const parts: string[] = [];
  if (rng.chance(0.15)) parts.push(rng.pick([...SYMBOLS, '1', '2', ident(rng)]) + ':');
  if (rng.chance(0.7)) parts.push(rng.chance(0.5) ? rng.pick(MNEMONICS) : rng.pick(rng.chance(0.5) ? DIRECTIVES : BLOCKS));
  const n = rng.size(10);
  for (let i = 0; i < n; i++) parts.push(soupToken(rng));
  let line = '';
  for (const p of parts) line += (line ? rng.pick([' ', ' ', ', ', ',', '', '\t']) : rng.pick(['', '\t', '  '])) + p;
  if (rng.chance(0.05)) line += ' # ' + rng.pick(['comment', '"', "'", '\\', '/*']);
  return line;
}

export function genSoup(rng: Rng): FuzzInput {
  const lines = rng.size(60) + 1;
  let text = '';
  for (let i = 0; i < lines; i++) text += soupLine(rng) + lineEnd(rng);
  if (rng.chance(0.3)) text = text.replace(/\n$/, '');
  const other = rng.chance(0.2) ? { 'other.s': Array.from({ length: rng.range(1, 10) }, () => soupLine(rng)).join('\n') } : undefined;
  return { name: 'soup', path: 'self.s', text, ...(other ? { files: other } : {}), alsoFile: rng.chance(0.25) };
}

// ---- structured programs ----

interface Ctx {
  rng: Rng;
  labels: string[];
  macros: Array<{ name: string; params: number }>;
  depth: number;
  /** The macro whose body is being written: it calls itself at most once (no exponential expansion). */
  current?: string;
}

function reg(c: Ctx): string {
  return c.rng.chance(0.97) ? c.rng.pick(REGISTERS) : c.rng.pick(BAD_REGISTERS);
}

function label(c: Ctx): string {
  const { rng } = c;
  if (c.labels.length && rng.chance(0.7)) return rng.pick(c.labels);
  if (rng.chance(0.3)) return `${rng.int(4)}${rng.pick(['f', 'b'])}`;
  return rng.pick(['undefined_sym', '_start', 'ext', '.', '.+8', '.-4', 'foo+4', 'bar-foo', '0x10000', '-4']);
}

function imm(c: Ctx, bits = 12): string {
  const { rng } = c;
  const lim = 2 ** (bits - 1);
  return rng.weighted([
    [30, String(rng.range(-lim, lim - 1))],
    [10, rng.pick(['-2048', '2047', '2048', '-2049', '4095', '0x7ff', '0x800', '0xfff', '-1', '0'])],
    [8, rng.pick(NUMBERS)],
    [6, `%lo(${label(c)})`],
    [4, `${rng.int(100)} ${rng.pick(['+', '-', '*', '/', '%', '<<', '>>', '&', '|', '^', '!', '==', '<', '&&', '||'])} ${rng.int(100)}`],
    [3, `${label(c)} - ${label(c)}`],
    [3, 'CONST'],
    [2, `(${rng.int(8)})`],
    [1, deepParens(rng, 30)],
    [1, `'${String.fromCharCode(32 + rng.int(95))}'`],
  ]);
}

function operandFor(c: Ctx, kind: OperandKind | PseudoOperand): string {
  const { rng } = c;
  switch (kind) {
    case 'rd': case 'rs1': case 'rs2': case 'rs': case 'rt':
      return reg(c);
    case 'imm12': case 'imm':
      return rng.chance(0.1) ? rng.pick(NUMBERS) : imm(c, kind === 'imm' ? rng.pick([12, 20, 32, 33]) : 12);
    case 'shamt': case 'zimm':
      return String(rng.range(-1, 33));
    case 'load': case 'store': case 'offset(rs)':
      return rng.weighted([[60, `${imm(c)}(${reg(c)})`], [10, `(${reg(c)})`], [10, `%lo(${label(c)})(${reg(c)})`], [5, label(c)], [3, `${reg(c)}`], [2, `(${reg(c)}`]]);
    case 'branch': case 'jump': case 'offset': case 'symbol':
      return rng.chance(0.9) ? label(c) : rng.pick([...NUMBERS, '%hi(foo)', reg(c)]);
    case 'uimm20':
      return rng.weighted([[50, String(rng.range(0, 0xfffff))], [20, `%hi(${label(c)})`], [10, `%pcrel_hi(${label(c)})`], [10, rng.pick(NUMBERS)], [5, String(-rng.int(10))]]);
    case 'csr':
      return rng.chance(0.7) ? rng.pick(CSR_NAMES) : rng.pick(['0x300', '0xc00', '4096', '-1', 'bogus', '0']);
    case 'pred': case 'succ':
      return rng.pick(['iorw', 'rw', 'r', 'w', 'i', 'o', 'io', 'iorwx', 'x', '0', 'rr']);
  }
}

function instruction(c: Ctx): string {
  const { rng } = c;
  let mnemonic: string;
  let kinds: ReadonlyArray<OperandKind | PseudoOperand>;
  if (rng.chance(0.55)) {
    const s = rng.pick(INSTRUCTIONS);
    mnemonic = s.mnemonic;
    kinds = s.operands;
  } else {
    const p = rng.pick(PSEUDO_INSTRUCTIONS);
    mnemonic = p.name;
    kinds = p.operands;
  }
  let ops = kinds.map((k) => operandFor(c, k));
  if (rng.chance(0.05)) ops = ops.slice(0, rng.int(ops.length + 1));
  if (rng.chance(0.05)) ops.push(operandFor(c, rng.pick<OperandKind>(['rd', 'imm12', 'branch'])));
  if (mnemonic === 'li' && rng.chance(0.5)) ops[1] = rng.pick([...NUMBERS, '-2147483648', '0x12345678', '4294967295', String(rng.int(2 ** 32) - 2 ** 31), 'CONST', 'foo', '%hi(foo)', 'foo - bar']);
  return `${mnemonic}${ops.length ? ' ' + ops.join(rng.chance(0.95) ? ', ' : ' ') : ''}`;
}

function dataDirective(c: Ctx): string {
  const { rng } = c;
  const list = (f: () => string): string => Array.from({ length: rng.range(1, 5) }, f).join(', ');
  return rng.weighted<() => string>([
    [10, () => `${rng.pick(['.word', '.long', '.int', '.4byte', '.half', '.short', '.hword', '.2byte', '.byte', '.quad', '.dword', '.8byte'])} ${list(() => rng.chance(0.7) ? imm(c, 33) : label(c))}`],
    [6, () => `${rng.pick(['.ascii', '.asciz', '.string'])} ${list(() => rng.pick(STRINGS))}`],
    [4, () => `${rng.pick(['.space', '.skip', '.zero'])} ${rng.pick(['0', '1', '3', '4', '64', '-1', '4096', 'CONST', 'undefined_sym', '0x10000'])}${rng.chance(0.2) ? ', ' + rng.pick(['0', '0xff', '256', '-1']) : ''}`],
    [4, () => `${rng.pick(['.align', '.p2align', '.balign', '.balignw', '.balignl', '.p2alignw', '.p2alignl'])} ${rng.chance(0.01) ? rng.pick(['28', '31', '32']) : rng.pick(['0', '1', '2', '3', '4', '5', '8', '12', '16', '3,,', '3,0', '2,0x13,4', '4,,2', '-1', '3,0,0'])}`],
    [3, () => `.fill ${rng.pick(['0', '1', '3', '100', '-1'])}, ${rng.pick(['1', '2', '4', '8', '9', '0'])}, ${rng.pick(['0', '0x12345678', '-1', 'foo'])}`],
    [3, () => `${rng.pick(['.equ', '.set', '.equiv', '.eqv'])} ${rng.pick(['CONST', 'foo', 'bar', 'x', '.', ident(rng)])}, ${imm(c)}`],
    [2, () => `${rng.pick(['CONST', 'x', 'foo'])} = ${imm(c)}`],
    [3, () => `${rng.pick(['.globl', '.global', '.local', '.weak', '.hidden'])} ${label(c)}`],
    [2, () => `.type ${label(c)}, ${rng.pick(['@function', '%function', '@object', 'object', '@notype', '@bogus', ''])}`],
    [2, () => `.size ${label(c)}, ${rng.pick(['.-' + label(c), '4', '-1', 'foo'])}`],
    [2, () => `${rng.pick(['.comm', '.common', '.lcomm'])} ${rng.pick(['buf', 'foo', ident(rng)])}, ${rng.pick(['4', '16', '0', '-1', '1000000'])}${rng.chance(0.5) ? ', ' + rng.pick(['4', '8', '3', '0', '32']) : ''}`],
    [2, () => `.org ${rng.pick(['0', '16', '.+4', '.-4', 'foo', '0x100', '-1'])}${rng.chance(0.3) ? ', 0xff' : ''}`],
    [2, () => `${rng.pick(['.uleb128', '.sleb128'])} ${list(() => rng.pick(NUMBERS))}`],
    [1, () => `${rng.pick(['.error', '.warning', '.print'])} ${rng.pick([...STRINGS, ''])}`],
    [1, () => `.ident ${rng.pick(STRINGS)}`],
    [1, () => `.attribute ${rng.pick(['arch, "rv32im"', 'arch, "rv32i2p1_m2p0"', 'arch, "bogus"', 'stack_align, 16', 'Tag_RISCV_arch, "rv32imc"', 'unaligned_access, 1', '99, 3', 'foo, 1', '5', ''])}`],
    [1, () => `.option ${rng.pick(['push', 'pop', 'norelax', 'relax', 'rvc', 'norvc', 'pic', 'nopic', 'arch, +m', 'arch, rv32im', 'arch, -c', 'arch, +zbb', 'bogus', ''])}`],
    [1, () => `.insn ${rng.pick([
      `r ${rng.pick(Object.keys(INSN_OPCODES))}, ${rng.int(9)}, ${rng.int(130)}, ${reg(c)}, ${reg(c)}, ${reg(c)}`,
      `i OP_IMM, 0, ${reg(c)}, ${reg(c)}, ${imm(c)}`, `i LOAD, 2, ${reg(c)}, ${imm(c)}(${reg(c)})`, `s STORE, 2, ${reg(c)}, ${imm(c)}(${reg(c)})`,
      `b BRANCH, 0, ${reg(c)}, ${reg(c)}, ${label(c)}`, `u LUI, ${reg(c)}, ${imm(c, 21)}`, `j JAL, ${reg(c)}, ${label(c)}`,
      rng.pick(['0x13', '4, 0x13', '2, 0x0001', '8, 0x3f', '6, 0x1f', '0', '0xffffffff', '3, 1']), `r4 MADD, 0, 0, a0, a1, a2, a3`, `q 1`,
    ])}`],
    [1, () => rng.pick(['.cfi_startproc', '.cfi_endproc', '.cfi_def_cfa_offset 16', '.file "x.c"', '.loc 1 2 3', '.addrsig', '.altmacro', '.noaltmacro', '.end'])],
  ])();
}

function sectionDirective(c: Ctx): string {
  return c.rng.pick([
    '.text', '.data', '.bss', '.rodata', '.sdata', '.sbss', '.section .text', '.section .data', '.section .rodata', '.section .text.foo,"ax",@progbits',
    '.section .bss.x,"aw",@nobits', '.section .note.GNU-stack,"",@progbits', '.section .foo', '.section .rodata.str,"aMS",@progbits,1', '.section .x,"zz"', '.section .x,"a",@bogus',
    '.section', '.section "quoted",  "aw"', '.pushsection .data', '.popsection', '.previous', '.section .init_array,"aw"', '.section .tdata,"awT",@progbits',
  ]);
}

function statement(c: Ctx, out: string[]): void {
  const { rng } = c;
  const kind = rng.weighted<string>([[45, 'insn'], [14, 'data'], [8, 'label'], [6, 'section'], [5, 'macro'], [5, 'call'], [4, 'rept'], [4, 'cond'], [2, 'include'], [1, 'numlabel']]);
  switch (kind) {
    case 'insn':
      out.push(`\t${instruction(c)}`);
      return;
    case 'data':
      out.push(`\t${dataDirective(c)}`);
      return;
    case 'section':
      out.push(`\t${sectionDirective(c)}`);
      return;
    case 'label': {
      const name = rng.chance(0.8) ? rng.pick(['foo', 'bar', 'baz', 'loop', 'end', 'tab', '.L1', '.L2', 'data', 'x', ident(rng)]) : rng.pick(['_start', '1', '2', '.', 'a0', 'nop', 'CONST']);
      c.labels.push(name);
      out.push(`${name}:${rng.chance(0.5) ? ' ' + instruction(c) : ''}`);
      return;
    }
    case 'numlabel':
      out.push(`${rng.int(4)}:`);
      return;
    case 'macro': {
      if (c.depth > 2) return;
      const name = rng.chance(0.8) ? `m${rng.int(4)}` : rng.pick(['add', 'li', 'nop', '.word', 'm0.x', 'foo']);
      const params = rng.int(4);
      const plist = Array.from({ length: params }, (_, i) => `p${i}${rng.pick(['', '', '=1', ':req', ':vararg', '=', '=a0'])}`);
      out.push(`\t.macro ${name}${plist.length ? ' ' + plist.join(rng.chance(0.8) ? ', ' : ' ') : ''}`);
      c.macros.push({ name, params });
      c.depth++;
      const outer = c.current;
      c.current = name;
      let recursed = false;
      const n = rng.range(1, 6);
      for (let i = 0; i < n; i++) {
        if (rng.chance(0.3) && params) out.push(`\t${rng.pick(['addi', 'li', '.word', 'mv', 'beqz'])} \\p${rng.int(params)}${rng.chance(0.5) ? `, \\p${rng.int(params)}` : ''}${rng.chance(0.3) ? ', 1' : ''}`);
        else if (rng.chance(0.1)) out.push(`lab\\@_${rng.int(3)}:`);
        else if (rng.chance(0.05)) out.push(`\t.exitm`);
        else if (!recursed && rng.chance(0.08)) {
          recursed = true;
          out.push(`\t${name}${params ? ' ' + Array.from({ length: params }, () => rng.pick(['a0', '1', '(\\p0-1)', ''])).join(', ') : ''}`); // recursion
        } else statement(c, out);
      }
      c.current = outer;
      c.depth--;
      if (rng.chance(0.95)) out.push(rng.chance(0.95) ? '\t.endm' : '\t.endmacro');
      return;
    }
    case 'call': {
      const callable = c.macros.filter((m) => m.name !== c.current);
      if (!callable.length) return statement(c, out);
      const m = rng.pick(callable);
      const args = Array.from({ length: m.params + rng.range(-1, 1) }, () => rng.pick(['a0', 't1', '1', '-4', 'foo', '"a b"', 'p0=3', '', '(1 + 2)', '\\@', 'x y']));
      out.push(`\t${m.name} ${args.join(rng.chance(0.8) ? ', ' : ' ')}`);
      return;
    }
    case 'rept': {
      if (c.depth > 2) return;
      out.push(`\t${rng.weighted([
        [5, `.rept ${rng.pick(['0', '1', '2', '3', '5', '10', '-1', 'CONST', 'undefined_sym', '1+1', '20'])}`],
        [3, `.irp ${rng.pick(['r', 'x', 'reg'])}, ${rng.pick(['a0, a1, a2', '1 2 3', '', 'a0,,a1', '"x y"'])}`],
        [2, `.irpc ${rng.pick(['c', 'x'])}, ${rng.pick(['0123', 'abc', '', '"q"'])}`],
      ])}`);
      c.depth++;
      const n = rng.range(1, 4);
      for (let i = 0; i < n; i++) {
        if (rng.chance(0.3)) out.push(`\t${rng.pick(['addi', '.word', 'li'])} ${rng.pick(['\\r', '\\x', '\\c', '\\reg', 'a0'])}${rng.chance(0.5) ? ', a0, 1' : ''}`);
        else statement(c, out);
      }
      c.depth--;
      if (rng.chance(0.95)) out.push('\t.endr');
      return;
    }
    case 'cond': {
      if (c.depth > 3) return;
      out.push(`\t${rng.pick(['.if 1', '.if 0', '.if CONST', '.if CONST > 2', '.if foo - bar', '.ifdef foo', '.ifndef foo', '.ifeq 0', '.ifne CONST', '.ifgt 1', '.iflt -1', '.ifb', '.ifnb x', '.ifc a,a', '.ifnc a,b', '.ifeqs "a","a"', '.if undefined_sym', '.if 1 +', '.if (1'])}`);
      c.depth++;
      statement(c, out);
      if (rng.chance(0.3)) {
        out.push(`\t${rng.pick(['.else', '.elseif 1', '.elseif 0', '.elseif bogus'])}`);
        statement(c, out);
      }
      c.depth--;
      if (rng.chance(0.95)) out.push('\t.endif');
      return;
    }
    case 'include':
      out.push(`\t.include ${rng.pick(['"inc1.s"', '"inc2.s"', '"self.s"', '"missing.s"', '"../self.s"', '"./inc1.s"', 'inc1.s', '""', '"/abs/inc1.s"'])}`);
      return;
  }
}

function program(rng: Rng, statements: number): string[] {
  const c: Ctx = { rng, labels: [], macros: [], depth: 0 };
  const out: string[] = [];
  if (rng.chance(0.7)) out.push('\t.globl _start', '_start:');
  for (let i = 0; i < statements; i++) statement(c, out);
  return out;
}

/** Character-level damage: flips, insertions, deletions. */
function damage(rng: Rng, text: string, n: number): string {
  let s = text;
  for (let k = 0; k < n && s.length; k++) {
    const at = rng.int(s.length + 1);
    const op = rng.int(4);
    const ch = rng.chance(0.7) ? rng.pick(PUNCT) : String.fromCharCode(rng.int(0x80));
    if (op === 0) s = s.slice(0, at) + ch + s.slice(at);
    else if (op === 1) s = s.slice(0, at) + s.slice(at + 1);
    else if (op === 2) s = s.slice(0, at) + ch + s.slice(at + 1);
    else s = s.slice(0, at) + soupToken(rng) + ' ' + s.slice(at);
  }
  return s;
}

export function genStructured(rng: Rng): FuzzInput {
  const lines = program(rng, rng.size(50) + 1);
  let text = lines.join('\n') + (rng.chance(0.9) ? '\n' : '');
  if (rng.chance(0.25)) text = damage(rng, text, rng.range(1, 5));
  const files: Record<string, string> = {
    'inc1.s': program(rng, rng.range(0, 6)).join('\n') + '\n',
    'inc2.s': (rng.chance(0.3) ? '.include "inc1.s"\n' : '') + program(rng, rng.range(0, 4)).join('\n') + (rng.chance(0.2) ? '\n.include "inc2.s"\n' : '\n'),
  };
  return { name: 'structured', path: 'self.s', text, files, alsoFile: rng.chance(0.3) };
}

// ---- corpus mutations ----

export interface CorpusFile {
  path: string;
  text: string;
}

export function loadCorpus(): CorpusFile[] {
  const root = join(REPO, 'test/corpus');
  const out: CorpusFile[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(s|inc)$/.test(e.name)) out.push({ path: relative(REPO, p), text: readFileSync(p, 'utf8') });
    }
  };
  walk(root);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

function window(rng: Rng, f: CorpusFile): string[] {
  const lines = f.text.split('\n');
  if (lines.length <= 120 || rng.chance(0.03)) return lines;
  const len = rng.range(5, 150);
  const start = rng.int(Math.max(1, lines.length - len));
  return lines.slice(start, start + len);
}

export function genCorpus(rng: Rng, corpus: readonly CorpusFile[]): FuzzInput {
  const f = rng.pick(corpus);
  let lines = window(rng, f);
  const steps = rng.range(1, 6);
  for (let k = 0; k < steps; k++) {
    const i = rng.int(lines.length);
    const j = rng.int(lines.length);
    switch (rng.int(11)) {
      case 0: // delete lines
        lines.splice(i, rng.range(1, 5));
        break;
      case 1: // duplicate lines
        lines.splice(i, 0, ...lines.slice(j, j + rng.range(1, 10)));
        break;
      case 2: { // swap two lines
        const t = lines[i]!;
        lines[i] = lines[j]!;
        lines[j] = t;
        break;
      }
      case 3: { // splice in a window of another program
        const g = window(rng, rng.pick(corpus));
        const from = rng.int(g.length);
        lines.splice(i, rng.int(3), ...g.slice(from, from + rng.range(1, 60)));
        break;
      }
      case 4: // flip characters in a line
        lines[i] = damage(rng, lines[i] ?? '', rng.range(1, 3));
        break;
      case 5: // replace a word with a vocabulary word
        lines[i] = (lines[i] ?? '').replace(/[A-Za-z_.$][\w.$]*|\d+/g, (w) => (rng.chance(0.3) ? soupToken(rng) : w));
        break;
      case 6: // a token-soup line
        lines.splice(i, 0, soupLine(rng));
        break;
      case 7: // CR line ends or NULs
        lines[i] = (lines[i] ?? '') + rng.pick(['\r', '\0', '\r\r', '\u2028', '\t\v']);
        break;
      case 8: // a structured statement
        lines.splice(i, 0, ...program(rng, 1).slice(-1));
        break;
      case 9: // duplicate the whole thing (every label defined twice)
        if (lines.length < 400) lines = [...lines, ...lines];
        break;
      default: // swap a register or number for a bad one
        lines[i] = (lines[i] ?? '').replace(/\b(a[0-7]|t[0-6]|s\d+|x\d+|\d+)\b/, () => rng.pick([...BAD_REGISTERS, ...NUMBERS]));
    }
  }
  let text = lines.join('\n');
  if (rng.chance(0.15)) text = text.slice(0, rng.int(text.length + 1)); // cut at a random offset
  const dir = f.path.slice(0, f.path.lastIndexOf('/'));
  return { name: `corpus:${f.path}`, path: f.path, text, includePaths: [dir], alsoFile: rng.chance(0.15) };
}
