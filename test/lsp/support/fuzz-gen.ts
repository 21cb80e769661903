// Inputs for the language server's fuzz test: real programs (the differential corpus, the run
// corpus) cut into windows and mutated — byte flips, splices, truncation, random tokens, binary
// garbage — plus the pathological shapes the issue names: a 1 MB line, a 100k-line file,
// unbalanced .macro / .rept / .if, and .include chains and cycles. Everything is drawn from one
// seeded generator, so a failing seed replays exactly.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.js';

export interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: small, fast, and the same sequence on every platform for a seed. */
export function rng(seed: number): Rng {
  let s = seed >>> 0;
  const next = (): number => {
    let t = (s = (s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return { next, int, pick: (items) => items[int(items.length)]!, chance: (p) => next() < p };
}

/** Every .s of test/corpus/** and test/run-corpus/*.s, with its path. */
export function corpusSources(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(s|S|inc)$/.test(e.name)) out.push({ path: p, text: readFileSync(p, 'latin1') });
    }
  };
  walk(join(ROOT, 'test/corpus'));
  walk(join(ROOT, 'test/run-corpus'));
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

// Tokens the assembler knows, and some it must refuse: mutations that land on parser edges.
const TOKENS = [
  'addi', 'lui', 'auipc', 'jal', 'jalr', 'beq', 'lw', 'sw', 'li', 'la', 'call', 'tail', 'ret', 'nop', 'mv', 'ecall', 'ebreak',
  'fence', 'csrrw', 'mul', 'divu', '.text', '.data', '.bss', '.section', '.globl', '.word', '.half', '.byte', '.asciz', '.string',
  '.ascii', '.align', '.p2align', '.balign', '.space', '.zero', '.equ', '.set', '.macro', '.endm', '.rept', '.endr', '.irp',
  '.irpc', '.if', '.else', '.endif', '.ifdef', '.include', '.incbin', '.option', '.type', '.size', '.local', '.comm', '.insn',
  '.exitm', '.purgem', '.altmacro', '.err', '.error', '.print', '.org', '.skip', '.fill', '.attribute', '.cfi_startproc',
  'zero', 'ra', 'sp', 'gp', 'tp', 'a0', 'a7', 's11', 't6', 'x0', 'x31', 'x32', 'fp', '%hi', '%lo', '%pcrel_hi', '%pcrel_lo',
  '%tprel_add', '(', ')', ',', ':', ';', '#', '"', "'", '\\', '\\@', '\\()', '1f', '1b', '0x', '0b', '-', '~', '<<', '>>>', '/',
  '%', '&&', '||', '.', '..', '$', '@function', '@object', '"\\x', '\n', '\t', ' ', '\r\n', '\r', '\u00e9', '\u{1F600}',
  '\u2028', '\ufeff', '\u0000', '9999999999999999999999', '-2147483649', "'\\n'", '/*', '*/', '//',
];

export type Mutation = 'flip' | 'splice' | 'truncate' | 'tokens' | 'garbage' | 'delete-lines' | 'duplicate-lines' | 'swap-lines';
const MUTATIONS: Mutation[] = ['flip', 'splice', 'truncate', 'tokens', 'garbage', 'delete-lines', 'duplicate-lines', 'swap-lines'];

/** A window of whole lines: small enough that 10,000 inputs run in minutes, real enough to mean something. */
export function window(r: Rng, text: string, maxLines: number): string {
  const lines = text.split('\n');
  const len = 1 + r.int(Math.min(maxLines, lines.length));
  const start = r.int(Math.max(1, lines.length - len + 1));
  return lines.slice(start, start + len).join('\n');
}

function garbage(r: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(r.chance(0.8) ? r.int(256) : r.int(0x10000));
  return s;
}

export function mutate(r: Rng, text: string, other: string, kind: Mutation = r.pick(MUTATIONS)): string {
  const at = (): number => r.int(text.length + 1);
  switch (kind) {
    case 'flip': {
      const chars = [...text];
      for (let n = 1 + r.int(8); n > 0 && chars.length; n--) {
        const i = r.int(chars.length);
        chars[i] = String.fromCharCode(chars[i]!.charCodeAt(0) ^ (1 << r.int(8)));
      }
      return chars.join('');
    }
    case 'splice': {
      const a = at();
      const from = r.int(other.length + 1);
      return text.slice(0, a) + other.slice(from, from + r.int(400)) + text.slice(a + r.int(200));
    }
    case 'truncate':
      return text.slice(0, at());
    case 'tokens': {
      let s = text;
      for (let n = 1 + r.int(6); n > 0; n--) {
        const i = r.int(s.length + 1);
        s = s.slice(0, i) + (r.chance(0.5) ? ' ' : '') + r.pick(TOKENS) + (r.chance(0.5) ? ' ' : '') + s.slice(i);
      }
      return s;
    }
    case 'garbage': {
      const a = at();
      return text.slice(0, a) + garbage(r, 1 + r.int(300)) + text.slice(a);
    }
    case 'delete-lines': {
      const lines = text.split('\n');
      const i = r.int(lines.length);
      lines.splice(i, 1 + r.int(10));
      return lines.join('\n');
    }
    case 'duplicate-lines': {
      const lines = text.split('\n');
      const i = r.int(lines.length);
      lines.splice(i, 0, ...lines.slice(i, i + 1 + r.int(10)));
      return lines.join('\n');
    }
    case 'swap-lines': {
      const lines = text.split('\n');
      for (let n = 1 + r.int(5); n > 0; n--) {
        const i = r.int(lines.length);
        const j = r.int(lines.length);
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      }
      return lines.join('\n');
    }
  }
}

/** Programs made from scratch out of the token list: nonsense with assembly's shape. */
export function tokenSoup(r: Rng): string {
  const lines: string[] = [];
  for (let n = r.int(40); n > 0; n--) {
    const parts: string[] = [];
    if (r.chance(0.2)) parts.push(`l${r.int(20)}:`);
    for (let k = r.int(6); k > 0; k--) parts.push(r.pick(TOKENS));
    lines.push(parts.join(r.chance(0.7) ? ' ' : ', '));
  }
  return lines.join('\n');
}

/** Block openers without their closers (and closers without openers). */
export function unbalanced(r: Rng): string {
  const openers = ['.macro m a, b=1, c:vararg\n addi \\a, \\b, 1\n', '.rept 3\n nop\n', '.irp r, a0, a1\n mv \\r, zero\n', '.if 1\n nop\n', '.ifdef X\n', '.irpc c, 0123\n li a0, \\c\n'];
  const closers = ['.endm', '.endr', '.endif', '.else', '.exitm'];
  const parts: string[] = ['.text'];
  for (let n = 1 + r.int(6); n > 0; n--) parts.push(r.chance(0.7) ? r.pick(openers) : r.pick(closers));
  if (r.chance(0.3)) parts.push('.macro rec\n rec\n.endm\nrec'); // recursion without end: the assembler's depth limit
  return parts.join('\n');
}

/** One line of `bytes` characters: a long .byte list, a long string or plain garbage. */
export function hugeLine(r: Rng, bytes = 1 << 20): string {
  const kind = r.int(3);
  if (kind === 0) {
    const unit = '1, 2, 3, 255, ';
    return `.data\n.byte ${unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes)}0\n`;
  }
  if (kind === 1) return `.data\n.ascii "${'x'.repeat(bytes)}"\n`;
  return `\taddi a0, a0, ${'9'.repeat(bytes)}\n`;
}

/** `lines` lines of plausible code, with labels and branches the analysis must resolve. */
export function manyLines(lines = 100_000): string {
  const out: string[] = ['\t.text', '\t.globl _start', '_start:'];
  for (let i = 0; out.length < lines; i++) {
    if (i % 50 === 0) out.push(`L${i}:`);
    out.push(i % 7 === 0 ? `\tbnez a0, L${i - (i % 50)}` : `\taddi a${i % 8}, a${(i + 1) % 8}, ${i % 2048}`);
  }
  return out.slice(0, lines).join('\n') + '\n';
}

/** Files for .include chains and cycles, by name; `entry` includes the first. */
export function includeFiles(r: Rng, kind: 'chain' | 'cycle' | 'self' | 'missing' | 'garbage', depth: number): Map<string, string> {
  const files = new Map<string, string>();
  switch (kind) {
    case 'chain':
      for (let i = 0; i < depth; i++) files.set(`chain${i}.inc`, `\t.equ DEPTH${i}, ${i}\n\t.include "chain${i + 1}.inc"\n\taddi a0, a0, ${i}\n`);
      files.set(`chain${depth}.inc`, '\tnop\n');
      break;
    case 'cycle':
      for (let i = 0; i < depth; i++) files.set(`cycle${i}.inc`, `\t.include "cycle${(i + 1) % depth}.inc"\n\tnop\n`);
      break;
    case 'self':
      files.set('self.inc', '\t.include "self.inc"\n');
      break;
    case 'missing':
      files.set('missing.inc', `\t.include "does-not-exist-${r.int(1000)}.inc"\n\t.include ""\n\t.include "/"\n\t.include "."\n`);
      break;
    case 'garbage':
      files.set('garbage.inc', garbage(r, 2000));
      break;
  }
  return files;
}

/** The pathological inputs: iterations 0 … SPECIAL_COUNT-1 of every run, so even a short run meets them. */
const SPECIAL: ((r: Rng) => string)[] = [
  (r) => hugeLine(r),
  (r) => hugeLine(r),
  (r) => hugeLine(r),
  () => manyLines(100_000),
  () => Array.from({ length: 2000 }, (_, i) => `\t.macro m${i}\n`).join(''), // 2,000 unclosed macros
  () => `${'\t.rept 2\n'.repeat(30)}\tnop\n${'\t.endr\n'.repeat(30)}`, // 2^30 nops if nothing bounds it
  () => '\t.include "chain0.inc"\n\t.include "cycle0.inc"\n\t.include "self.inc"\n',
  (r) => String.fromCharCode(...Array.from({ length: 65536 }, () => r.int(256))),
  () => '\u0000'.repeat(10_000),
  () => '',
];
export const SPECIAL_COUNT = SPECIAL.length;

/** Source number `i` of a fuzz run: a special, or (by a roll of `r`) a mutated corpus window, soup, unbalanced blocks, an include, garbage. */
export function fuzzSource(r: Rng, i: number, corpus: readonly { text: string }[], includes: readonly string[]): string {
  if (i < SPECIAL.length) return SPECIAL[i]!(r);
  const roll = r.int(100);
  const base = (): string => window(r, r.pick(corpus).text, 60);
  if (roll < 70) {
    let text = base();
    for (let n = r.int(4); n > 0; n--) text = mutate(r, text, base());
    return text;
  }
  if (roll < 78) return tokenSoup(r);
  if (roll < 85) return unbalanced(r);
  if (roll < 92) return `\t.include "${r.pick(includes)}"\n${base()}`;
  return mutate(r, base(), base(), 'garbage');
}
