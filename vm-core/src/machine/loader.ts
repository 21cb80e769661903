// From a program to a runnable memory image: the ELF's PT_LOAD segments (or the assembler's
// allocated sections) with their permissions, a heap above them that brk grows, and a stack
// laid out as Linux lays it out for a new process (argc, argv, envp, auxv, strings).

import { diagnostic, fileRange, type Diagnostic } from '../diagnostics.js';
import type { Image } from '../image.js';
import { SHF, SHT } from '../asm/object.js';
import { readElf } from '../elf/read.js';
import { ET_EXEC, PF_R, PF_W, PF_X, PT_LOAD } from '../elf/constants.js';
import { imageFromElf } from '../elf/convert.js';
import { sourceMapFromElf } from '../disasm/dwarf-line.js';
import { SourceMap } from '../sourcemap.js';
import { PAGE_SIZE, PERM, hex } from './memory.js';
import type { Machine } from './machine.js';

export interface LoadSegment {
  vaddr: number;
  memsz: number;
  data: Uint8Array;
  /** PERM bits. */
  perm: number;
}

export interface Program {
  path: string;
  entry: number;
  segments: LoadSegment[];
  /** Where the program headers are in memory (AT_PHDR), when a segment maps them. */
  phdr?: { addr: number; count: number };
  /** Address → source line: the assembler's map, or the ELF's .debug_line. */
  sourceMap: SourceMap;
  /** The image, for symbols and the disassembler. */
  image: Image;
}

/** Guest stack: 8 MiB below 0x80000000, as a 32-bit Linux process would see it. */
export const STACK_TOP = 0x8000_0000;
export const STACK_SIZE = 8 * 1024 * 1024;

export function programFromImage(image: Image, path = 'a.out'): Program {
  const segments: LoadSegment[] = [];
  for (const s of image.sections) {
    if (!(s.flags & SHF.ALLOC) || s.size === 0) continue;
    const perm = PERM.R | (s.flags & SHF.WRITE ? PERM.W : 0) | (s.flags & SHF.EXECINSTR ? PERM.X : 0);
    segments.push({ vaddr: s.addr, memsz: s.size, data: s.type === SHT.NOBITS ? new Uint8Array(0) : s.data, perm });
  }
  return { path, entry: image.entry, segments, sourceMap: SourceMap.of(image), image };
}

/** Reads an executable ELF; a malformed or unsuitable file yields diagnostics, never an exception. */
export function programFromElf(bytes: Uint8Array, path: string): { program?: Program; diagnostics: Diagnostic[] } {
  const { elf, diagnostics } = readElf(bytes, path);
  if (!elf) return { diagnostics };
  const fail = (message: string) => ({ diagnostics: [...diagnostics, diagnostic('error', 'elf-not-runnable', message, fileRange(path))] });
  if (elf.header.type !== ET_EXEC) {
    return fail(elf.header.type === 1 ? `${path}: a relocatable object, not an executable: link it first (tessera asm -o)` : `${path}: not a static executable (ELF type ${elf.header.type}); only ET_EXEC programs run`);
  }
  const segments: LoadSegment[] = [];
  let phdr: Program['phdr'];
  for (const ph of elf.programHeaders) {
    if (ph.type !== PT_LOAD || ph.memsz === 0) continue;
    if (ph.filesz > ph.memsz) return fail(`${path}: a PT_LOAD segment at 0x${hex(ph.vaddr)} has more file bytes (${ph.filesz}) than memory bytes (${ph.memsz})`);
    if (ph.offset + ph.filesz > bytes.length) return fail(`${path}: a PT_LOAD segment at 0x${hex(ph.vaddr)} extends past the end of the file`);
    if (ph.vaddr + ph.memsz > 0x1_0000_0000) return fail(`${path}: a PT_LOAD segment at 0x${hex(ph.vaddr)} extends past the 32-bit address space`);
    const perm = (ph.flags & PF_R ? PERM.R : 0) | (ph.flags & PF_W ? PERM.W : 0) | (ph.flags & PF_X ? PERM.X : 0);
    segments.push({ vaddr: ph.vaddr, memsz: ph.memsz, data: bytes.subarray(ph.offset, ph.offset + ph.filesz), perm });
    if (!phdr && elf.header.phoff >= ph.offset && elf.header.phoff < ph.offset + ph.filesz) {
      phdr = { addr: ph.vaddr + (elf.header.phoff - ph.offset), count: elf.header.phnum };
    }
  }
  if (segments.length === 0) return fail(`${path}: no loadable segments`);
  const image = imageFromElf(elf);
  const lines = sourceMapFromElf(elf);
  const program: Program = { path, entry: elf.header.entry, segments, sourceMap: new SourceMap(lines.sourceMap), image };
  if (phdr) program.phdr = phdr;
  return { program, diagnostics };
}

export interface ProcessSetup {
  programName: string;
  args: readonly string[];
  envp: readonly string[];
}

// Linux's riscv HWCAP has one bit per single-letter extension, bit (letter - 'A'): I and M.
const HWCAP_IM = (1 << 8) | (1 << 12);

const AT = { NULL: 0, PHDR: 3, PHENT: 4, PHNUM: 5, PAGESZ: 6, BASE: 7, FLAGS: 8, ENTRY: 9, UID: 11, EUID: 12, GID: 13, EGID: 14, HWCAP: 16, CLKTCK: 17, SECURE: 23, RANDOM: 25, EXECFN: 31 } as const;

/** Maps the program, the heap start and the stack into a fresh machine and points pc and sp at them. Errors are messages. */
export function loadProgram(m: Machine, program: Program, setup: ProcessSetup): string | undefined {
  let end = 0;
  for (const s of program.segments) {
    if (s.vaddr < STACK_TOP && s.vaddr + s.memsz > STACK_TOP - STACK_SIZE) {
      return `${program.path}: the segment at 0x${hex(s.vaddr)} overlaps the stack (0x${hex(STACK_TOP - STACK_SIZE)}–0x${hex(STACK_TOP)})`;
    }
    m.memory.map(s.vaddr, s.vaddr + s.memsz, s.perm);
    end = Math.max(end, s.vaddr + s.memsz);
  }
  const total = program.segments.reduce((n, s) => n + Math.ceil(s.memsz / PAGE_SIZE) * PAGE_SIZE, 0);
  // The stack and heap are allocated page by page as they are touched; only the image must fit up front.
  if (total > m.memory.maxBytes) return `${program.path}: needs ${total} bytes of memory, more than the limit of ${m.memory.maxBytes}`;
  for (const s of program.segments) if (s.data.length) m.memory.poke(s.vaddr, s.data);
  m.brkStart = m.brkEnd = Math.ceil(end / PAGE_SIZE) * PAGE_SIZE;
  m.memory.map(STACK_TOP - STACK_SIZE, STACK_TOP, PERM.R | PERM.W);
  m.x[2] = buildStack(m, program, setup);
  m.pc = program.entry >>> 0;
  return undefined;
}

function buildStack(m: Machine, program: Program, setup: ProcessSetup): number {
  const enc = new TextEncoder();
  let sp = STACK_TOP;
  const pushBytes = (bytes: Uint8Array): number => {
    sp -= bytes.length;
    m.memory.poke(sp, bytes);
    return sp;
  };
  const pushString = (s: string): number => pushBytes(enc.encode(s + '\0'));
  const execfn = pushString(setup.programName);
  const envPtrs = [...setup.envp].reverse().map(pushString).reverse();
  const argPtrs = [setup.programName, ...setup.args].reverse().map(pushString).reverse();
  // AT_RANDOM's 16 bytes: fixed, so that runs are reproducible.
  const random = pushBytes(Uint8Array.from({ length: 16 }, (_, i) => (i * 37 + 11) & 0xff));
  const auxv: [number, number][] = [];
  if (program.phdr) auxv.push([AT.PHDR, program.phdr.addr], [AT.PHENT, 32], [AT.PHNUM, program.phdr.count]);
  auxv.push(
    [AT.PAGESZ, PAGE_SIZE], [AT.BASE, 0], [AT.FLAGS, 0], [AT.ENTRY, program.entry], [AT.UID, 1000], [AT.EUID, 1000],
    [AT.GID, 1000], [AT.EGID, 1000], [AT.HWCAP, HWCAP_IM], [AT.CLKTCK, 100],
    [AT.SECURE, 0], [AT.RANDOM, random], [AT.EXECFN, execfn], [AT.NULL, 0],
  );
  const words = [argPtrs.length, ...argPtrs, 0, ...envPtrs, 0, ...auxv.flat()];
  sp = (sp - words.length * 4) & ~15;
  const block = new Uint8Array(words.length * 4);
  const view = new DataView(block.buffer);
  words.forEach((w, i) => view.setUint32(i * 4, w >>> 0, true));
  m.memory.poke(sp >>> 0, block);
  return sp | 0;
}
