// Serializes a linked Image as the ET_EXEC file GNU ld would write for it: the same headers,
// segments, file offsets, section order, symbol table and string tables.

import type { Image, ImageSection, ImageSymbol } from '../image.js';
import { SHF, SHT } from '../asm/object.js';
import {
  EHDR_SIZE, ELFCLASS32, ELFDATA2LSB, EM_RISCV, ET_EXEC, EV_CURRENT, MAXPAGESIZE, PF_R, PF_W, PF_X,
  PHDR_SIZE, PT_GNU_STACK, PT_LOAD, PT_NOTE, PT_TLS, PT_RISCV_ATTRIBUTES, SHDR_SIZE, SHN_ABS, SHN_UNDEF, STB_GLOBAL, STB_LOCAL, STB_WEAK, STT_FILE,
  STT_FUNC, STT_NOTYPE, STT_OBJECT, STT_SECTION, STT_TLS, SYM_SIZE,
} from './constants.js';
import { PlainStrtab, SuffixStrtab } from './strtab.js';
import type { SymbolVisibility } from './linkable.js';

/** A symbol as the writer takes it: an Image symbol, with the st_other visibility ld keeps for a global. */
export interface ElfImageSymbol extends ImageSymbol {
  visibility?: SymbolVisibility;
}

/** What writeElf serializes: an Image whose symbols may carry a visibility. Every Image is one. */
export interface ElfImage extends Omit<Image, 'symbols'> {
  symbols: ElfImageSymbol[];
}

const STV: Record<SymbolVisibility, number> = { default: 0, internal: 1, hidden: 2, protected: 3 };

export interface ProgramHeader {
  type: number;
  offset: number;
  vaddr: number;
  paddr: number;
  filesz: number;
  memsz: number;
  flags: number;
  align: number;
}

const isAlloc = (s: ImageSection): boolean => (s.flags & SHF.ALLOC) !== 0;
const isNobits = (s: ImageSection): boolean => s.type === SHT.NOBITS;
const isTls = (s: ImageSection): boolean => (s.flags & SHF.TLS) !== 0;
/** .tbss takes no room in the address space: only each thread's copy does. */
const memSize = (s: ImageSection): number => (isNobits(s) && isTls(s) ? 0 : s.size);
const alignUp = (v: number, a: number): number => (a > 1 ? Math.ceil(v / a) * a : v);
const mod = (v: number, m: number): number => ((v % m) + m) % m;

/**
 * Segments as ld 2.40 groups sections (_bfd_elf_map_sections_to_segments): a section joins the
 * current segment unless it overlaps it, would leave a whole page unmapped between them, follows
 * a section without file contents, or is the first writable one after read-only ones. Sections
 * that share a page with the previous one always join.
 */
function segmentsOf(alloc: ImageSection[]): ImageSection[][] {
  const segs: ImageSection[][] = [];
  let cur: ImageSection[] | undefined;
  let writable = false;
  let last: ImageSection | undefined;
  for (const s of alloc) {
    const w = (s.flags & SHF.WRITE) !== 0;
    let fresh = !cur;
    if (last) {
      const end = last.addr + memSize(last);
      const pageOf = (a: number): number => a - mod(a, MAXPAGESIZE);
      if (s.addr < end) fresh = true;
      else if (pageOf(end - 1) === pageOf(s.addr)) fresh = false;
      else if (alignUp(end, MAXPAGESIZE) + MAXPAGESIZE <= s.addr) fresh = true;
      else if (isNobits(last) && !isTls(last) && !isNobits(s)) fresh = true;
      else fresh = !writable && w;
    }
    if (fresh || !cur) {
      cur = [];
      segs.push(cur);
      writable = false;
    }
    if (w) writable = true;
    cur.push(s);
    last = s;
  }
  // ld makes no final PT_LOAD for a lone .tbss (it has nothing to load).
  const tail = segs[segs.length - 1];
  if (tail?.length === 1 && isNobits(tail[0]!) && isTls(tail[0]!)) segs.pop();
  return segs;
}

/** The first segment's start when it maps the ELF and program headers (headerSize bytes), else undefined. */
export function headerSegmentStart(sections: readonly ImageSection[], headerSize: number): number | undefined {
  const alloc = sections.filter(isAlloc).sort((a, b) => a.addr - b.addr);
  const seg = segmentsOf(alloc)[0];
  const first = seg?.[0];
  if (!seg || !first || first.addr < headerSize) return undefined;
  const align = seg.reduce((a, s) => Math.max(a, s.align), MAXPAGESIZE);
  return first.addr - (headerSize + mod(first.addr - headerSize, align));
}

/** Runs of allocated notes that follow each other at their alignment: one PT_NOTE each. */
function noteRunsOf(alloc: ImageSection[]): ImageSection[][] {
  const runs: ImageSection[][] = [];
  let run: ImageSection[] | undefined;
  for (const s of alloc) {
    const prev = run?.[run.length - 1];
    if (s.type !== SHT.NOTE) {
      run = undefined;
      continue;
    }
    if (run && prev && prev.align === s.align && alignUp(prev.addr + prev.size, s.align) === s.addr) run.push(s);
    else runs.push((run = [s]));
  }
  return runs;
}

/** Number of program headers writeElf will emit for these sections (ld's SIZEOF_HEADERS depends on it). */
export function programHeaderCount(sections: readonly ImageSection[], gnuStack?: number): number {
  const alloc = sections.filter(isAlloc).sort((a, b) => a.addr - b.addr);
  const attrs = sections.some((s) => s.type === SHT.RISCV_ATTRIBUTES);
  return segmentsOf(alloc).length + noteRunsOf(alloc).length + (alloc.some(isTls) ? 1 : 0) + (attrs ? 1 : 0) + (gnuStack !== undefined ? 1 : 0);
}

export function writeElf(image: ElfImage): Uint8Array {
  const alloc = image.sections.filter(isAlloc).slice().sort((a, b) => a.addr - b.addr);
  const nonAlloc = image.sections.filter((s) => !isAlloc(s));
  const sections = [...alloc, ...nonAlloc];
  const attrSec = nonAlloc.find((s) => s.type === SHT.RISCV_ATTRIBUTES);
  const segs = segmentsOf(alloc);
  const notes = noteRunsOf(alloc);
  const tls = alloc.filter(isTls);
  const phnum = segs.length + notes.length + (tls.length ? 1 : 0) + (attrSec ? 1 : 0) + (image.gnuStack !== undefined ? 1 : 0);
  const headerSize = EHDR_SIZE + PHDR_SIZE * phnum;

  // File positions for allocated sections: each segment's offset is congruent to its address modulo
  // its alignment (the page size, or more for a section that wants more); NOBITS sections sit at
  // the file position reached so far, taking no room.
  const offsets = new Map<ImageSection, number>();
  const loads: ProgramHeader[] = [];
  let off = headerSize;
  segs.forEach((seg, i) => {
    const first = seg[0]!;
    const align = seg.reduce((a, s) => Math.max(a, s.align), MAXPAGESIZE);
    let vaddr: number;
    let segOff: number;
    const withHeadersAt = i === 0 ? headerSegmentStart(seg, headerSize) : undefined;
    if (withHeadersAt !== undefined) {
      // The first segment also maps the ELF and program headers: they fit below its first section.
      segOff = 0;
      vaddr = withHeadersAt;
    } else {
      segOff = off + mod(first.addr - off, align);
      vaddr = first.addr;
    }
    let pos = segOff + (first.addr - vaddr);
    // A segment that maps the headers has them as file contents even when its sections have none.
    let fileEnd = i === 0 && segOff === 0 && vaddr !== first.addr ? headerSize : pos;
    const withHeaders = fileEnd === headerSize && segOff === 0 && i === 0;
    let memEnd = vaddr;
    let flags = PF_R;
    for (const s of seg) {
      if (s.flags & SHF.WRITE) flags |= PF_W;
      if (s.flags & SHF.EXECINSTR) flags |= PF_X;
      if (isNobits(s)) {
        offsets.set(s, pos);
      } else {
        const o = segOff + (s.addr - vaddr);
        offsets.set(s, o);
        pos = o + s.size;
        fileEnd = pos;
      }
      memEnd = Math.max(memEnd, s.addr + memSize(s));
    }
    const filesz = withHeaders || seg.some((s) => !isNobits(s)) ? fileEnd - segOff : 0;
    // A segment without file contents gets the smallest offset congruent to its address (ld keeps
    // the alignment the gABI asks for without pointing past the end of the file).
    const pOffset = filesz ? segOff : mod(vaddr, align);
    loads.push({ type: PT_LOAD, offset: pOffset, vaddr, paddr: vaddr, filesz, memsz: memEnd - vaddr, flags, align });
    // A segment with no file contents (only .bss) leaves the file position where it was.
    if (filesz) off = Math.max(off, segOff + filesz);
  });

  // An allocated section in no segment (a lone .tbss): at the next offset congruent to its address.
  for (const s of alloc) if (!offsets.has(s)) offsets.set(s, off + mod(s.addr - off, MAXPAGESIZE));

  // Symbols: the null entry, one section symbol per output section, then the image's locals and globals.
  const secIndex = new Map<string, number>();
  sections.forEach((s, i) => {
    if (!secIndex.has(s.name)) secIndex.set(s.name, i + 1);
  });
  const locals = image.symbols.filter((s) => s.binding === 'local');
  const globals = image.symbols.filter((s) => s.binding !== 'local');
  const strtab = new SuffixStrtab();
  for (const s of [...locals, ...globals]) strtab.add(s.name);
  const strData = strtab.data();

  const shstr = new PlainStrtab();
  const shName = new Map<string, number>();
  for (const n of ['.symtab', '.strtab', '.shstrtab']) shName.set(n, shstr.add(n));
  for (const s of sections) shName.set(s.name, shstr.add(s.name));
  const shstrData = shstr.data();

  const nsyms = 1 + sections.length + locals.length + globals.length;
  const symtabSize = nsyms * SYM_SIZE;

  for (const s of nonAlloc) {
    off = alignUp(off, Math.max(1, s.align));
    offsets.set(s, off);
    if (!isNobits(s)) off += s.size;
  }
  off = alignUp(off, 4);
  const symtabOff = off;
  off += symtabSize;
  const strtabOff = off;
  off += strData.length;
  const shstrOff = off;
  off += shstrData.length;
  const shoff = alignUp(off, 4);
  const shnum = 1 + sections.length + 3;
  const total = shoff + shnum * SHDR_SIZE;

  const out = new Uint8Array(total);
  const dv = new DataView(out.buffer);
  const u8 = (o: number, v: number): void => dv.setUint8(o, v);
  const u16 = (o: number, v: number): void => dv.setUint16(o, v, true);
  const u32 = (o: number, v: number): void => dv.setUint32(o, v >>> 0, true);

  out.set([0x7f, 0x45, 0x4c, 0x46, ELFCLASS32, ELFDATA2LSB, EV_CURRENT], 0);
  u16(16, ET_EXEC);
  u16(18, EM_RISCV);
  u32(20, EV_CURRENT);
  u32(24, image.entry);
  u32(28, phnum ? EHDR_SIZE : 0);
  u32(32, shoff);
  u32(36, 0);
  u16(40, EHDR_SIZE);
  u16(42, PHDR_SIZE);
  u16(44, phnum);
  u16(46, SHDR_SIZE);
  u16(48, shnum);
  u16(50, shnum - 1);

  const phdrs: ProgramHeader[] = [];
  if (attrSec) {
    phdrs.push({ type: PT_RISCV_ATTRIBUTES, offset: offsets.get(attrSec)!, vaddr: 0, paddr: 0, filesz: attrSec.size, memsz: 0, flags: PF_R, align: 1 });
  }
  for (const p of loads) phdrs.push(p);
  for (const run of notes) {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    let flags = PF_R;
    for (const s of run) flags |= (s.flags & SHF.WRITE ? PF_W : 0) | (s.flags & SHF.EXECINSTR ? PF_X : 0);
    const size = last.addr + last.size - first.addr;
    phdrs.push({ type: PT_NOTE, offset: offsets.get(first)!, vaddr: first.addr, paddr: first.addr, filesz: size, memsz: size, flags, align: first.align });
  }
  if (tls.length) {
    // The TLS template: .tdata's contents, then .tbss's zeros.
    const first = tls[0]!;
    const last = tls[tls.length - 1]!;
    const filled = tls.filter((s) => !isNobits(s));
    const fileEnd = filled.length ? filled[filled.length - 1]!.addr + filled[filled.length - 1]!.size : first.addr;
    const align = tls.reduce((a, s) => Math.max(a, s.align), 1);
    phdrs.push({ type: PT_TLS, offset: offsets.get(first)!, vaddr: first.addr, paddr: first.addr, filesz: fileEnd - first.addr, memsz: last.addr + last.size - first.addr, flags: PF_R, align });
  }
  if (image.gnuStack !== undefined) {
    phdrs.push({ type: PT_GNU_STACK, offset: 0, vaddr: 0, paddr: 0, filesz: 0, memsz: 0, flags: image.gnuStack, align: 16 });
  }
  phdrs.forEach((p, i) => {
    const o = EHDR_SIZE + i * PHDR_SIZE;
    u32(o, p.type);
    u32(o + 4, p.offset);
    u32(o + 8, p.vaddr);
    u32(o + 12, p.paddr);
    u32(o + 16, p.filesz);
    u32(o + 20, p.memsz);
    u32(o + 24, p.flags);
    u32(o + 28, p.align);
  });

  for (const s of sections) {
    if (!isNobits(s)) out.set(s.data.subarray(0, s.size), offsets.get(s)!);
  }

  let so = symtabOff + SYM_SIZE;
  const putSym = (name: number, value: number, size: number, info: number, shndx: number, other = 0): void => {
    u32(so, name);
    u32(so + 4, value);
    u32(so + 8, size);
    u8(so + 12, info);
    u8(so + 13, other);
    u16(so + 14, shndx);
    so += SYM_SIZE;
  };
  sections.forEach((s, i) => putSym(0, isAlloc(s) ? s.addr : 0, 0, (STB_LOCAL << 4) | STT_SECTION, i + 1));
  for (const s of [...locals, ...globals]) {
    const shndx = s.undef ? SHN_UNDEF : s.section === null ? SHN_ABS : secIndex.get(s.section) ?? SHN_ABS;
    putSym(strtab.offset(s.name), s.value, s.size, (bindingCode(s) << 4) | typeCode(s), shndx, STV[s.visibility ?? 'default']);
  }
  out.set(strData, strtabOff);
  out.set(shstrData, shstrOff);

  let ho = shoff + SHDR_SIZE;
  const putShdr = (name: number, type: number, flags: number, addr: number, offset: number, size: number, link: number, info: number, align: number, entsize: number): void => {
    u32(ho, name);
    u32(ho + 4, type);
    u32(ho + 8, flags);
    u32(ho + 12, addr);
    u32(ho + 16, offset);
    u32(ho + 20, size);
    u32(ho + 24, link);
    u32(ho + 28, info);
    u32(ho + 32, align);
    u32(ho + 36, entsize);
    ho += SHDR_SIZE;
  };
  for (const s of sections) {
    putShdr(shName.get(s.name)!, s.type, s.flags, isAlloc(s) ? s.addr : 0, offsets.get(s)!, s.size, 0, 0, s.align, s.entsize);
  }
  const symtabIdx = 1 + sections.length;
  putShdr(shName.get('.symtab')!, SHT.SYMTAB, 0, 0, symtabOff, symtabSize, symtabIdx + 1, 1 + sections.length + locals.length, 4, SYM_SIZE);
  putShdr(shName.get('.strtab')!, SHT.STRTAB, 0, 0, strtabOff, strData.length, 0, 0, 1, 0);
  putShdr(shName.get('.shstrtab')!, SHT.STRTAB, 0, 0, shstrOff, shstrData.length, 0, 0, 1, 0);
  return out;
}

function bindingCode(s: ImageSymbol): number {
  return s.binding === 'local' ? STB_LOCAL : s.binding === 'weak' ? STB_WEAK : STB_GLOBAL;
}

function typeCode(s: ImageSymbol): number {
  switch (s.type) {
    case 'func': return STT_FUNC;
    case 'object': return STT_OBJECT;
    case 'section': return STT_SECTION;
    case 'file': return STT_FILE;
    case 'tls': return STT_TLS;
    default: return STT_NOTYPE;
  }
}
