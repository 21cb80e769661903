// Hand-made inputs at the assembler's limits: recursion, huge repeat counts, self-inclusion, huge
// lines, deep nesting, huge numbers and sizes. Each must come back, quickly, with sound
// diagnostics; some must come back with an error (expectError names what is wrong).

import type { FuzzInput } from './check.js';

const MB = 1 << 20;

function p(name: string, text: string, extra: Partial<FuzzInput> = {}): FuzzInput {
  return { name, path: 'patho.s', text, alsoFile: false, ...extra };
}

const start = '\t.globl _start\n_start:\n';
/** `.equ v0, v1 + 1` … `.equ vN, 0`. */
const chain = (n: number): string => `${Array.from({ length: n }, (_, i) => `.equ v${i}, v${i + 1} + 1`).join('\n')}\n.equ v${n}, 0\n`;

export const PATHOLOGICAL: FuzzInput[] = [
  // macros
  p('recursive macro', '.macro m\n m\n.endm\n m\n', { expectError: 'infinite macro recursion' }),
  p('recursive macro with an argument', '.macro m x\n addi a0, a0, \\x\n m \\x+1\n.endm\n m 1\n', { expectError: 'infinite macro recursion' }),
  p('doubly recursive macro (exponential)', '.macro m\n m\n m\n.endm\n m\n', { expectError: 'infinite macro recursion' }),
  p('triply recursive macro emitting code', '.macro m\n nop\n m\n m\n m\n.endm\n m\n', { expectError: 'infinite macro recursion' }),
  p('mutually recursive macros', '.macro a\n b\n.endm\n.macro b\n a\n.endm\n a\n', { expectError: 'infinite macro recursion' }),
  p('macro that redefines itself forever', '.macro m\n .purgem m\n .macro m\n m\n .endm\n m\n.endm\n m\n', { expectError: 'infinite macro recursion' }),
  p('recursive macro doubling its argument', '.macro m p0\n m \\p0\\p0\n.endm\n m 1\n', { expectError: 'expansion limit' }),
  p('recursive macro doubling its vararg argument', '.macro m p0:vararg\n m \\p0, \\p0\n.endm\n m 1\n', { expectError: 'expansion limit' }),
  p('.word redefined as a macro that doubles its arguments', '.macro .word p0:vararg\n .word \\p0, \\p0\n.endm\n .word 1\n', { expectError: 'expansion limit' }),
  p('.macro without .endm', '.macro m a\n addi a0, a0, \\a\n', { expectError: 'unterminated macro' }),
  p('.macro without .endm, then 10k lines', '.macro m\n' + 'nop\n'.repeat(10_000), { expectError: 'unterminated macro' }),
  p('10k nested .macro without .endm', '.macro m\n'.repeat(10_000), { expectError: 'unterminated macro' }),
  p('macro with 10k parameters', `.macro m ${Array.from({ length: 10_000 }, (_, i) => `p${i}`).join(', ')}\n .word \\p9999\n.endm\n m ${'1, '.repeat(9_999)}2\n`),
  p('\\@ and \\() outside macros', `${start} addi a0, a0, \\@\n lab\\():\n`),
  p('.exitm and .endm at top level', '.exitm\n.endm\n.endr\n.endif\n.else\n', { expectError: 'stray block ends' }),
  p('macro expanding to 1 MB', `.macro m\n .ascii "${'x'.repeat(MB)}"\n.endm\n${start} m\n`),
  // repeats
  p('.rept with a huge count', `${start}.rept 1000000000000\n nop\n.endr\n`, { expectError: 'count too large' }),
  p('.rept with count 2^64+1', `${start}.rept 18446744073709551617\n nop\n.endr\n`, { expectError: 'count too large' }),
  p('.rept 2^20 empty body', `${start}.rept 1048576\n.endr\n`),
  p('.rept 2^17 nops', `${start}.rept 131072\n nop\n.endr\n`),
  p('nested .rept 256 × 512 nops', `${start}.rept 256\n.rept 512\n nop\n.endr\n.endr\n`),
  p('nested .rept 2^20 × 2^20', `${start}.rept 1048576\n.rept 1048576\n nop\n.endr\n.endr\n`, { expectError: 'too much output' }),
  p('.rept without .endr', `${start}.rept 3\n nop\n`, { expectError: 'unterminated .rept' }),
  p('.irp with 30k values', `${start}.irp r, ${'a0, '.repeat(30_000)}a1\n mv \\r, zero\n.endr\n`),
  p('.irpc over 1 MB', `${start}.irpc c, ${'1'.repeat(MB)}\n.endr\n`),
  // includes
  p('.include of itself', `${start} nop\n.include "patho.s"\n`, { expectError: 'include cycle' }),
  p('.include cycle of two files', `.include "b.s"\n`, { files: { 'b.s': '.include "patho.s"\n' }, expectError: 'include cycle' }),
  p('.include of itself inside a macro', '.macro m\n .include "patho.s"\n.endm\n m\n', { expectError: 'include cycle' }),
  p('.include chain 200 deep', '.include "d0.s"\n', { files: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`d${i}.s`, `.include "d${i + 1}.s"\n`])), expectError: 'include depth' }),
  p('.include of itself in .rept', `.rept 1000\n.include "i.s"\n.endr\n`, { files: { 'i.s': '.include "i.s"\n' }, expectError: 'include cycle' }),
  p('.include fan-out 2^k', '.include "f.s"\n.include "f.s"\n', { files: { 'f.s': '.include "g.s"\n.include "g.s"\n', 'g.s': '.word 1\n' } }),
  // long lines and deep nesting
  p('256 KB line of nops (50k statements)', `${start}${' nop;'.repeat(MB / 20)}\n`),
  p('1 MB comment line', `# ${'x'.repeat(MB)}\n${start} nop\n`),
  p('1 MB identifier', `${'a'.repeat(MB)}:\n${start} j ${'a'.repeat(MB)}\n`),
  p('1 MB string', `${start}.ascii "${'\\x41'.repeat(MB / 4)}"\n`),
  p('1 MB unterminated string', `${start}.ascii "${'x'.repeat(MB)}\n`, { expectError: 'unterminated string' }),
  p('256 KB line of commas', `${start} .word ${','.repeat(MB / 4)}\n`),
  p('1 MB line of garbage bytes', `${start}${'\u0001\u00ff?`'.repeat(MB / 4)}\n`, { expectError: 'garbage' }),
  p('1 MB unterminated block comment', `${start} nop\n/* ${'x\n'.repeat(MB / 2)}`),
  p('1 MB expression a+a+…', `${start} li a0, ${'1+'.repeat(MB / 2)}1\n`),
  p('100k deep parentheses', `${start} li a0, ${'('.repeat(100_000)}1${')'.repeat(100_000)}\n`),
  p('100k unclosed parentheses', `${start} li a0, ${'('.repeat(100_000)}1\n`, { expectError: 'syntax' }),
  p('100k unary minus', `${start} li a0, ${'-'.repeat(100_000)}1\n`),
  p('100k nested %hi(', `${start} lui a0, ${'%hi('.repeat(100_000)}x${')'.repeat(100_000)}\n`),
  p('10k nested .if', `${start}${'.if 1\n'.repeat(10_000)} nop\n${'.endif\n'.repeat(10_000)}`),
  p('30k unclosed .if', `${start}${'.if 1\n'.repeat(30_000)}`, { expectError: 'missing .endif' }),
  p('.equ chain 3000 long', `${chain(3000)}${start} li a0, v0\n`),
  p('.equ chain 3000 long, forward use', `${start} li a0, v0\n${chain(3000)}`, { expectError: 'not constant yet' }),
  p('.equ chain 3000 long, data', `${start}.word v0\n${chain(3000)}`),
  p('circular .equ', `${start}.equ a, b\n.equ b, a\n.word a\n`, { expectError: 'circular' }),
  p('.set x, x+1 131072 times', `${start}.set x, 0\n.rept 131072\n.set x, x+1\n.endr\n.word x\n`),
  // numbers
  p('100k-digit decimal', `${start} li a0, ${'9'.repeat(100_000)}\n`),
  p('1M-digit decimal', `${start} li a0, ${'9'.repeat(MB)}\n`),
  p('100k-digit hex', `${start} .word 0x${'f'.repeat(100_000)}\n`),
  p('numeric label 10^30', `${start}${'1'.repeat(30)}:\n j ${'1'.repeat(30)}b\n`),
  p('numeric label 2^53+1', `${start}9007199254740993:\n j 9007199254740993b\n`),
  p('30k numeric labels', `${start}${'1: j 1b\n'.repeat(30_000)}`),
  p('30k forward numeric references', `${start}${'j 1f\n'.repeat(30_000)}1:\n`),
  p('uleb128 of 2^64-1 and huge', `${start}.data\n.uleb128 0xffffffffffffffff, ${'9'.repeat(1000)}\n.sleb128 -${'9'.repeat(1000)}\n`),
  // sizes
  p('.space 2^26', `${start}.data\n.space 0x4000000\n`),
  p('.space 2^28 four times (1 GiB)', `${start}.data\n.rept 4\n.space 0x10000000\n.endr\n`),
  p('.space 2^28 sixteen times (4 GiB, beyond RV32)', `${start}.data\n.rept 16\n.space 0x10000000\n.endr\n`, { expectError: 'section larger than 4 GiB' }),
  p('.bss of 2^28 × 17', `${start}.bss\n.rept 17\n.space 0x10000000\n.endr\n`, { expectError: 'section larger than 4 GiB' }),
  p('.align 31 in .data', `${start}.data\n.byte 1\n.align 31\n.byte 2\n`),
  p('.balign 2^28 in .text', `${start} nop\n.balign 0x10000000\n nop\n`),
  p('.fill 2^28 bytes', `${start}.data\n.fill 0x10000000, 1, 0xff\n`),
  p('.fill 2^27 × 8', `${start}.data\n.fill 0x8000000, 8, 1\n`, { expectError: 'too many bytes' }),
  p('.org far away', `${start}.data\n.org 0xfffffff0\n.word 1\n`, { expectError: 'beyond RV32' }),
  p('.org to 2^53', `${start}.data\n.org 9007199254740993\n`, { expectError: 'beyond RV32' }),
  p('.comm 2^32', `${start}.comm big, 0xffffffff, 4\n.comm big2, 0xffffffff, 4\n la a0, big\n`),
  p('10k sections', `${start}${Array.from({ length: 10_000 }, (_, i) => `.section .s${i},"a"\n.byte 1`).join('\n')}\n`),
  p('20k labels in one section', `${start}${Array.from({ length: 20_000 }, (_, i) => `l${i}: nop`).join('\n')}\n`),
  p('10k branches out of range', `${start}${'beq a0, a1, far\n'.repeat(10_000)}.space 8192\nfar: nop\n`),
  p('150k lines with an error each', '!\n'.repeat(150_000), { expectError: 'unexpected character' }),
  p('label minus undefined symbol minus label', 'foo: .word .-r-foo\n', { expectError: 'expression too complex' }),
  // text oddities
  p('empty file', ''),
  p('only NULs', '\0'.repeat(10_000)),
  p('only CRs', '\r'.repeat(10_000)),
  p('CR-only line ends', `\t.globl _start\r_start:\r nop\r.if 1\r nop\r.endif\r/* a\rb */ bogus\r`),
  p('lone surrogates', `${start} .ascii "\ud800\udfff\udc00"\n \ud800: nop\n`),
  p('BOM and U+2028', `\ufeff${start} nop\u2028 nop\n`),
  p('label named like a register and directive', `${start}a0: .word: nop: j a0\n`),
];
