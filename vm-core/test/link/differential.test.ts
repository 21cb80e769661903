// Differential test: GNU as objects linked by our linker and written by our ELF writer must match
// what GNU ld makes of the same objects.

import { describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readElf, objectFromElf, imageFromElf, writeElf } from '../../src/elf/index.js';
import type { ElfFile } from '../../src/elf/index.js';
import { link } from '../../src/link/index.js';
import { SHF } from '../../src/asm/object.js';
import { assemble, compileC, gnuLink, gnuMissing, qemuMissing, run, tool } from './gnu.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
/** The differential corpus's C programs, compiled here with more gcc options than the corpus uses. */
const CORPUS_C = join(import.meta.dirname, '../../../test/corpus/c');

interface Program {
  name: string;
  /** Fixture files (.s, or .c from the fixtures or the corpus, compiled with `cflags`), or generated text by file name. */
  sources: string[];
  cflags?: string[];
  generated?: Record<string, () => string>;
  /** Exit status under qemu (the program ends with ecall 93); 'gnu': whatever GNU's build exits with, and the same output. */
  exit?: number | 'gnu';
  /** Diagnostic codes our linker must report (GNU ld warns the same way). */
  warnings?: string[];
}

const PROGRAMS: Program[] = [
  { name: 'only_text', sources: ['only_text.s'], exit: 7 },
  { name: 'text_data', sources: ['text_data.s'], exit: 25 },
  { name: 'bss_only', sources: ['bss_only.s'], exit: 33 },
  { name: 'small_data', sources: ['small_data.s'], exit: 11 },
  { name: 'comm', sources: ['comm.s'], exit: 6 },
  { name: 'merge', sources: ['merge.s'], exit: 94 },
  { name: 'align_text', sources: ['align_text.s'], exit: 4 },
  { name: 'calls', sources: ['calls.s'], exit: 44 },
  { name: 'two', sources: ['two_main.s', 'two_lib.s'], exit: 26 },
  { name: 'sections', sources: ['sections.s'], exit: 12 },
  { name: 'page_cross', sources: ['page_cross.s'], exit: 9 },
  { name: 'weak_undef', sources: ['weak_undef.s'], exit: 1 },
  { name: 'merge2', sources: ['merge2.s'], exit: 208 },
  { name: 'bigdata', sources: ['bigdata.s'], exit: 17 },
  { name: 'c_two_O0', sources: ['c_main_O0.s', 'c_util_O0.s'], exit: 38 },
  { name: 'c_two_O2', sources: ['c_main_O2.s', 'c_util_O2.s'], exit: 38 },
  { name: 'c_two_mixed', sources: ['c_util_O2.s', 'c_main_O0.s'], exit: 38 },
  { name: 'merge3', sources: ['merge3.s'], exit: 115 },
  { name: 'no_start', sources: ['no_start.s'], exit: 5, warnings: ['link/no-entry'] },
  { name: 'prog_sections', sources: ['prog_sections.s'], exit: 73 },
  { name: 'c_two_O1_O2', sources: ['c_main_O1.s', 'c_util_O2.s'], exit: 38 },
  { name: 'bss_align64', sources: ['bss_align64.s'], exit: 3 },
  { name: 'bss_alignpage', sources: ['bss_alignpage.s'], exit: 3 },
  // Past 3/4 load ld's symbol hash table grows: the global symbol order changes with it.
  { name: 'many_globals', sources: ['many_globals.s'], generated: { 'many_globals.s': manyGlobals }, exit: 0 },
  { name: 'merge_realign', sources: ['merge_realign.s'], exit: 99 },
  { name: 'gnu_stack', sources: ['gnu_stack.s'], exit: 7 },
  { name: 'exec_stack', sources: ['exec_stack.s'], exit: 7, warnings: ['link/exec-stack'] },
  { name: 'eh_frame', sources: ['eh_frame.s'], exit: 7 },
  { name: 'eh_frame_two', sources: ['eh_frame.s', 'eh_helper.s'], exit: 7 },
  // Enough relocations that spreading them into a call would overflow the stack.
  { name: 'many_relocs', sources: ['many_relocs.s'], generated: { 'many_relocs.s': manyRelocs }, exit: 0 },
  { name: 'prog_O0', sources: ['prog_O0.s'], exit: 73 },
  { name: 'prog_O2', sources: ['prog_O2.s'], exit: 73 },
  // Each merged string or constant stays in the input section that brought it first.
  { name: 'merge_members', sources: ['merge_members.s', 'merge_members2.s'], exit: 110 },
  { name: 'structs_O2_sections', sources: ['structs.c'], cflags: ['-O2', '-ffunction-sections', '-fdata-sections'], exit: 'gnu' },
  { name: 'orphans', sources: ['orphans.s'], exit: 11 },
  { name: 'hugebss', sources: ['hugebss.s'], exit: 255 },
  { name: 'textalign', sources: ['textalign.s'], exit: 3 },
  { name: 'dataalign', sources: ['dataalign.s'], exit: 3 },
  { name: 'rodataalign', sources: ['rodataalign.s'], exit: 3 },
  { name: 'empty_secs', sources: ['empty_secs.s'], exit: 3 },
  { name: 'arrays', sources: ['arrays.s'], exit: 16 },
  { name: 'arr_empty', sources: ['arr_empty.s'], exit: 180 },
  { name: 'comm_two', sources: ['comm_a.s', 'comm_b.s'], exit: 136 },
  { name: 'pic', sources: ['pic.s'], exit: 16 },
  { name: 'pic_two', sources: ['pic.s', 'pic2.s'], exit: 16 },
  { name: 'pic_local_order', sources: ['pic_local_order.s'], exit: 'gnu' },
  { name: 'structs_O2_pic', sources: ['structs.c'], cflags: ['-O2', '-fPIC'], exit: 'gnu' },
  { name: 'globals_O0_pic', sources: ['globals.c'], cflags: ['-O0', '-fPIC'], exit: 'gnu' },
  { name: 'funcptr_Os_pic_sections', sources: ['funcptr.c'], cflags: ['-Os', '-fPIC', '-ffunction-sections', '-fdata-sections'], exit: 'gnu' },
  // Debug information: non-allocated sections at 0 in the script's order, .debug_str merged,
  // R_RISCV_32 / ADD-SUB / SET-SUB pairs (SET6 in DW_CFA_advance_loc) resolved.
  { name: 'structs_O2_g', sources: ['structs.c'], cflags: ['-O2', '-g'], exit: 'gnu' },
  { name: 'interp_O0_g', sources: ['interp.c'], cflags: ['-O0', '-g'], exit: 'gnu' },
  { name: 'sort_O2_g3_sections', sources: ['sort.c'], cflags: ['-O2', '-g3', '-ffunction-sections', '-fdata-sections'], exit: 'gnu' },
  { name: 'format_O1_dwarf4_unwind', sources: ['format.c'], cflags: ['-O1', '-gdwarf-4', '-fasynchronous-unwind-tables'], exit: 'gnu' },
  { name: 'c_two_O1_g', sources: ['c_main.c', 'c_util.c'], cflags: ['-O1', '-g', '-fcommon'], exit: 38 },
  { name: 'textsecs', sources: ['textsecs.s'], exit: 4 },
  { name: 'datasecs', sources: ['datasecs.s'], exit: 7 },
  { name: 'flags_first', sources: ['flags_first.s'], exit: 21 },
  { name: 'visibility', sources: ['vis.s'], exit: 2 },
  { name: 'comm_strong', sources: ['commstrong_a.s', 'commstrong_b.s'], exit: 0 },
  { name: 'comm_strong_reversed', sources: ['commstrong_b.s', 'commstrong_a.s'], exit: 0 },
  { name: 'size_type', sources: ['st_a.s', 'st_b.s'], exit: 0 },
  { name: 'size_type_reversed', sources: ['st_b.s', 'st_a.s'] },
  { name: 'nothing', sources: ['nothing.s'], warnings: ['link/no-entry'] },
  { name: 'bss_only_headers', sources: ['bssonly.s'] },
  { name: 'init_progbits', sources: ['initprog.s'], exit: 12 },
  { name: 'bigdata_2m', sources: ['bigdata2m.s'], exit: 42 },
  { name: 'gp', sources: ['gp.s'], exit: 0 },
  { name: 'noentry_data', sources: ['noentry_data.s'], warnings: ['link/no-entry'] },
  // Past 65280 sections an object numbers them through SHN_XINDEX and SHT_SYMTAB_SHNDX.
  { name: 'many_sections', sources: ['many_sections.s'], generated: { 'many_sections.s': manySections }, exit: 0 },
  { name: 'start_stop', sources: ['startstop.s'], exit: 12 },
  { name: 'ld_symbols', sources: ['ldsyms.s'], exit: 127 },
  { name: 'c_two_everything', sources: ['c_main.c', 'c_util.c', 'ssp_rt.s'], cflags: ['-O2', '-fPIC', '-g', '-fcommon', '-fstack-protector-all', '-fno-tree-loop-distribute-patterns', '-ffunction-sections', '-fdata-sections'], exit: 38 },
  { name: 'strings_O2_ssp', sources: ['strings.c', 'ssp_rt.s'], cflags: ['-O2', '-fstack-protector-all'], exit: 'gnu' },
  // Thread-local storage, local-exec (qemu starts with tp = 0, so these are not run).
  { name: 'tls_le', sources: ['tls_le.c'], cflags: ['-O2'] },
  { name: 'tls_le_data', sources: ['tls_le_data.c'], cflags: ['-O2', '-g'] },
  { name: 'tls_tbss_only', sources: ['tls_tbss_only.c'], cflags: ['-O2'] },
  { name: 'strings_Os_sections', sources: ['strings.c'], cflags: ['-Os', '-ffunction-sections', '-fdata-sections'], exit: 'gnu' },
];

function manyGlobals(): string {
  let s = '  .text\n  .globl _start\n_start:\n  li a0, 0\n  li a7, 93\n  ecall\n';
  for (let i = 0; i < 3300; i++) s += `  .globl g${i}\ng${i}: nop\n`;
  return s + '  .comm c1, 4, 4\n  .comm c2, 8, 8\n  .comm c3, 1, 1\n';
}

function manySections(): string {
  let s = '  .text\n  .globl _start\n_start:\n  la a0, d65999\n  lw a0, 0(a0)\n  li a1, 65999\n  sub a0, a0, a1\n  li a7, 93\n  ecall\n';
  for (let i = 0; i < 66000; i++) s += `  .section .data.d${i},"aw"\n  .globl d${i}\nd${i}: .word ${i}\n`;
  return s;
}

function manyRelocs(): string {
  const n = 40000;
  let s = '  .text\n  .globl _start\n_start:\n  li a0, 0\n  li a7, 93\n  ecall\n';
  for (let i = 0; i < n; i++) s += `f${i}:\n  la a0, d${i % 300}\n  call f${(i * 7) % n}\n  beqz a0, f${i}\n`;
  s += '  .data\n';
  for (let i = 0; i < 300; i++) s += `d${i}: .word f${i * 3}\n`;
  return s;
}

const missing = gnuMissing();
const noQemu = qemuMissing();

function parse(bytes: Uint8Array, path: string): ElfFile {
  const r = readElf(bytes, path);
  expect(r.diagnostics).toEqual([]);
  return r.elf!;
}

describe.skipIf(missing)(`differential against GNU ld${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-link-'));

  for (const prog of PROGRAMS) {
    it(prog.name, () => {
      const objs = prog.sources.map((s) => {
        const o = join(dir, `${prog.name}-${s.replace(/\.[sc]$/, '.o')}`);
        if (s.endsWith('.c')) {
          const src = existsSync(join(FIXTURES, s)) ? join(FIXTURES, s) : join(CORPUS_C, s);
          compileC(src, o, [...(prog.cflags ?? []), '-I', CORPUS_C]);
          return o;
        }
        const gen = prog.generated?.[s];
        let src = join(FIXTURES, s);
        if (gen) {
          src = join(dir, s);
          writeFileSync(src, gen());
        }
        assemble(src, o);
        return o;
      });
      const gnuPath = join(dir, `${prog.name}.gnu.elf`);
      gnuLink(objs.map((o) => o.replace(/^.*\//, '')), gnuPath.replace(/^.*\//, ''), [], dir);
      // (linked from inside `dir` so that FILE symbols carry the bare object names)
      const objects = objs.map((o) => {
        const elf = parse(new Uint8Array(readFileSync(o)), o.replace(/^.*\//, ''));
        const r = objectFromElf(elf);
        expect(r.diagnostics).toEqual([]);
        return r.object;
      });
      const linked = link(objects);
      expect(linked.diagnostics.map((d) => d.code)).toEqual(prog.warnings ?? []);
      const ours = writeElf(linked.image!);
      const oursPath = join(dir, `${prog.name}.ours.elf`);
      writeFileSync(oursPath, ours);
      chmodSync(oursPath, 0o755);

      const gnuBytes = new Uint8Array(readFileSync(gnuPath));
      const gnu = parse(gnuBytes, gnuPath);
      const mine = parse(ours, oursPath);

      expect(mine.header.entry.toString(16)).toBe(gnu.header.entry.toString(16));
      expect(mine.header.flags).toBe(gnu.header.flags);
      expect(mine.programHeaders).toEqual(gnu.programHeaders);
      const alloc = (e: ElfFile) => e.sections.filter((s) => s.flags & SHF.ALLOC).map((s) => ({
        name: s.name, addr: s.addr.toString(16), size: s.size, type: s.type, flags: s.flags, align: s.align, entsize: s.entsize,
        data: Buffer.from(s.data).toString('hex'),
      }));
      expect(alloc(mine)).toEqual(alloc(gnu));
      const syms = (e: ElfFile) => e.symbols.map((s) => ({
        name: s.name, value: s.value.toString(16), size: s.size, bind: s.bind, type: s.type,
        section: s.shndx >= 0xff00 ? s.shndx : e.sections[s.shndx]?.name,
      }));
      expect(syms(mine)).toEqual(syms(gnu));
      // The whole file, headers, tables and all.
      expect(Buffer.from(ours).equals(Buffer.from(gnuBytes))).toBe(true);
      // And the writer alone reproduces GNU's file from what the reader recovers of it.
      expect(Buffer.from(writeElf(imageFromElf(gnu))).equals(Buffer.from(gnuBytes))).toBe(true);

      // GNU's own tools read it cleanly (the small programs; the generated ones only add volume).
      if (!prog.generated) {
        const re = tool('readelf', ['-a', '-W', oursPath]);
        expect(re).not.toMatch(/Error|Warning/);
        tool('objdump', ['-d', oursPath]);
      }

      if (prog.exit !== undefined && !noQemu) {
        const r = run(oursPath);
        if (prog.exit === 'gnu') expect(r).toEqual(run(gnuPath));
        else expect(r.status).toBe(prog.exit);
      }
    });
  }
});
