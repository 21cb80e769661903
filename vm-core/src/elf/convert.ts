// From a read ELF file to the project's own shapes: an executable to an Image, a GNU as
// relocatable object to the ObjectFile our linker consumes (as a non-relaxing assembler would
// have produced it).

import { diagnostic, fileRange, type Diagnostic } from '../diagnostics.js';
import type { ImageSection } from '../image.js';
import { SHF, SHT, type RelocTarget, type SymbolBinding, type SymbolType } from '../asm/object.js';
import type { ElfImage, ElfImageSymbol } from './write.js';
import type { SymbolVisibility, LinkSymbol, LinkObject as ObjectFile, LinkRelocKind as RelocKind, LinkRelocation as Relocation, LinkSection as ObjSection } from './linkable.js';
import {
  PT_GNU_STACK, R_RISCV, SHT_REL, SHN_ABS, SHN_XINDEX, SHN_COMMON, SHN_LORESERVE, SHN_UNDEF, STB_GLOBAL, STB_LOCAL, STB_WEAK, STT_FILE, STT_FUNC,
  STT_OBJECT, STT_SECTION, STT_TLS,
} from './constants.js';
import { decodeAttributes } from './attributes.js';
import type { ElfFile, ElfRela, ElfSection, ElfSymbol } from './read.js';

const KEPT_TYPES = new Set<number>([SHT.PROGBITS, SHT.NOBITS, SHT.NOTE, SHT.INIT_ARRAY, SHT.FINI_ARRAY, SHT.PREINIT_ARRAY]);

/** ELF st_info binding and type as the Image and ObjectFile spell them. */
export function bindingOf(b: number): SymbolBinding {
  return b === STB_GLOBAL ? 'global' : b === STB_WEAK ? 'weak' : 'local';
}

export function typeOf(t: number): SymbolType {
  switch (t) {
    case STT_FUNC: return 'func';
    case STT_OBJECT: return 'object';
    case STT_SECTION: return 'section';
    case STT_FILE: return 'file';
    case STT_TLS: return 'tls';
    default: return 'notype';
  }
}

const VISIBILITY: Array<SymbolVisibility | undefined> = [undefined, 'internal', 'hidden', 'protected'];

/** Tables the writer makes itself rather than carrying over. */
const WRITER_TYPES = new Set<number>([SHT.NULL, SHT.SYMTAB, SHT.STRTAB, SHT.RELA, SHT_REL]);

/** The linked program in an executable: its allocated sections, the non-allocated ones (.comment, .riscv.attributes, debug information) and symbols. */
export function imageFromElf(elf: ElfFile): ElfImage {
  const wanted = elf.sections.filter((s) => s.index !== 0 && ((s.flags & SHF.ALLOC) !== 0 || !WRITER_TYPES.has(s.type)));
  const alloc = wanted.filter((s) => s.flags & SHF.ALLOC).sort((a, b) => a.addr - b.addr || a.index - b.index);
  const other = wanted.filter((s) => !(s.flags & SHF.ALLOC));
  const sections: ImageSection[] = [...alloc, ...other].map((s) => ({
    name: s.name, type: s.type, flags: s.flags, addr: s.addr, size: s.size, align: s.align, entsize: s.entsize,
    data: s.type === SHT.NOBITS ? new Uint8Array(0) : s.data,
  }));
  const symbols: ElfImageSymbol[] = [];
  let file: string | undefined;
  for (const sym of elf.symbols) {
    if (sym.index === 0 || sym.type === STT_SECTION) continue;
    if (sym.type === STT_FILE) file = sym.name;
    const si = sectionIndexOf(sym);
    const sec = si === undefined ? undefined : elf.sections[si];
    const s: ElfImageSymbol = {
      name: sym.name, value: sym.value, size: sym.size, binding: bindingOf(sym.bind), type: typeOf(sym.type),
      section: sec ? sec.name : null,
    };
    const vis = VISIBILITY[sym.other & 3];
    if (vis) s.visibility = vis;
    if (sym.bind === STB_LOCAL && sym.type !== STT_FILE && file !== undefined) s.file = file;
    if (sym.shndx === SHN_UNDEF) s.undef = true;
    symbols.push(s);
  }
  const image: ElfImage = { entry: elf.header.entry, sections, symbols, sourceMap: [] };
  const stack = elf.programHeaders.find((p) => p.type === PT_GNU_STACK);
  if (stack) image.gnuStack = stack.flags;
  return image;
}

interface SecState {
  elf: ElfSection;
  sec: ObjSection;
  rels: ElfRela[];
}

/**
 * A GNU as object as our assembler would have produced it. R_RISCV_RELAX is dropped; the nops an
 * R_RISCV_ALIGN covers beyond what the section-relative alignment needs are deleted, the way ld
 * deletes them even under --no-relax, shifting later bytes, symbols and relocations.
 */
export function objectFromElf(elf: ElfFile): { object: ObjectFile; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const where = fileRange(elf.path);
  const err = (code: string, message: string): void => {
    diagnostics.push(diagnostic('error', code, message, where));
  };
  const object: ObjectFile = { path: elf.path, sections: [], symbols: [], attributes: {}, idents: [] };
  const secMap = new Map<number, SecState>();
  const secIndex = new Map<number, number>();

  for (const s of elf.sections) {
    if (s.index === 0) continue;
    if (s.type === SHT.RISCV_ATTRIBUTES) {
      const d = decodeAttributes(s.data);
      object.attributes = d.attrs;
      if (d.error) err('elf/bad-attributes', `${d.error} (byte ${d.errorOffset ?? 0} of section '${s.name}' at file offset 0x${s.offset.toString(16)})`);
      continue;
    }
    if (s.name === '.comment' && !(s.flags & SHF.ALLOC)) {
      for (const id of new TextDecoder().decode(s.data).split('\0')) if (id !== '') object.idents.push(id);
      continue;
    }
    if (!KEPT_TYPES.has(s.type)) continue;
    const sec: ObjSection = {
      name: s.name, type: s.type, flags: s.flags, entsize: s.entsize, align: Math.max(1, s.align),
      data: s.type === SHT.NOBITS ? new Uint8Array(0) : s.data.slice(), size: s.size, relocs: [], lines: [],
    };
    secIndex.set(s.index, object.sections.length);
    secMap.set(s.index, { elf: s, sec, rels: [] });
    object.sections.push(sec);
  }
  for (const r of elf.relocations) {
    const st = secMap.get(r.target);
    // (a loop, not push(...entries): a large object would overflow the call stack)
    if (st) for (const e of r.entries) st.rels.push(e);
  }

  // Symbol values are adjusted in place while nops are deleted, so work on copies.
  const syms: ElfSymbol[] = elf.symbols.map((s) => ({ ...s }));
  for (const st of secMap.values()) {
    const bad = trimAlignNops(st, syms);
    if (bad) err('elf/bad-align-reloc', `R_RISCV_ALIGN at offset 0x${bad.offset.toString(16)} of '${st.sec.name}' covers ${bad.addend} bytes, past the end of the section`);
  }

  const secSym = (sym: ElfSymbol): number | undefined => {
    const i = sectionIndexOf(sym);
    return i === undefined ? undefined : secIndex.get(i);
  };
  for (const sym of syms) {
    if (sym.index === 0 || sym.type === STT_SECTION) continue;
    const o: LinkSymbol = { name: sym.name, section: 'abs', value: sym.value, binding: bindingOf(sym.bind), type: typeOf(sym.type) };
    if (sym.size) o.size = sym.size;
    const vis = VISIBILITY[sym.other & 3];
    if (vis) o.visibility = vis;
    if (sym.type === STT_FILE) o.section = 'abs';
    else if (sym.shndx === SHN_UNDEF) o.section = 'undef';
    else if (sym.shndx === SHN_ABS) o.section = 'abs';
    else if (sym.shndx === SHN_COMMON) {
      o.section = 'common';
      o.value = sym.size;
      o.commonAlign = Math.max(1, sym.value);
    } else {
      const idx = secSym(sym);
      if (idx === undefined) continue;
      o.section = idx;
    }
    object.symbols.push(o);
  }

  for (const [, st] of secMap) {
    const rels = st.rels;
    for (let i = 0; i < rels.length; i++) {
      const r = rels[i]!;
      if (r.type === R_RISCV.RELAX || r.type === R_RISCV.ALIGN || r.type === R_RISCV.NONE) continue;
      const sym = syms[r.sym]!;
      const target = targetOf(sym, secSym);
      if (!target) {
        err('elf/bad-reloc-symbol', `relocation at offset 0x${r.offset.toString(16)} of '${st.sec.name}' refers to symbol '${sym.name}' in a section that was not kept`);
        continue;
      }
      if (r.type === R_RISCV.R32_PCREL) {
        // S + A - P: a data word minus its own place (what .eh_frame uses for its pc_begin).
        const self = secIndex.get(st.elf.index)!;
        st.sec.relocs.push({ offset: r.offset, kind: 'abs32', target, addend: r.addend, minus: { kind: 'section', section: self, offset: r.offset }, range: where });
        continue;
      }
      if (r.type === R_RISCV.GOT_HI20) {
        // The GOT has an entry per symbol, a local one included: keep the symbol, not its place.
        st.sec.relocs.push({ offset: r.offset, kind: 'got_hi20', target: { kind: 'symbol', name: sym.name }, addend: r.addend, range: where });
        continue;
      }
      const simple = SIMPLE_KINDS.get(r.type);
      const base = { offset: r.offset, target, addend: r.addend, range: where };
      if (simple) {
        st.sec.relocs.push({ ...base, kind: simple });
        continue;
      }
      const pair = PAIRED_KINDS.get(r.type);
      if (pair) {
        // ADDn/SETn then SUBn at the same place: the difference of two symbols.
        const next = rels[i + 1];
        if (next && next.offset === r.offset && next.type === pair.sub) {
          const minus = targetOf(syms[next.sym]!, secSym);
          if (minus) {
            const rel: Relocation = { ...base, kind: pair.kind };
            if (pair.set) rel.addend = r.addend - next.addend;
            else rel.addend = r.addend - next.addend;
            rel.minus = minus;
            st.sec.relocs.push(rel);
            i++;
            continue;
          }
        }
        if (pair.set) {
          st.sec.relocs.push({ ...base, kind: pair.kind });
          continue;
        }
      }
      err('elf/unsupported-reloc', `relocation type ${r.type} at offset 0x${r.offset.toString(16)} of '${st.sec.name}' (against '${sym.name}') is not supported`);
    }
  }
  return { object, diagnostics };
}

const SIMPLE_KINDS = new Map<number, RelocKind>([
  [R_RISCV.R32, 'abs32'],
  [R_RISCV.R64, 'abs64'],
  [R_RISCV.HI20, 'hi20'],
  [R_RISCV.LO12_I, 'lo12_i'],
  [R_RISCV.LO12_S, 'lo12_s'],
  [R_RISCV.PCREL_HI20, 'pcrel_hi20'],
  [R_RISCV.PCREL_LO12_I, 'pcrel_lo12_i'],
  [R_RISCV.PCREL_LO12_S, 'pcrel_lo12_s'],
  [R_RISCV.BRANCH, 'branch'],
  [R_RISCV.JAL, 'jal'],
  [R_RISCV.CALL, 'call'],
  [R_RISCV.CALL_PLT, 'call'],
  [R_RISCV.TPREL_HI20, 'tprel_hi20'],
  [R_RISCV.TPREL_LO12_I, 'tprel_lo12_i'],
  [R_RISCV.TPREL_LO12_S, 'tprel_lo12_s'],
  [R_RISCV.TPREL_ADD, 'tprel_add'],
]);

const PAIRED_KINDS = new Map<number, { kind: RelocKind; sub: number; set: boolean }>([
  [R_RISCV.ADD8, { kind: 'abs8', sub: R_RISCV.SUB8, set: false }],
  [R_RISCV.ADD16, { kind: 'abs16', sub: R_RISCV.SUB16, set: false }],
  [R_RISCV.ADD32, { kind: 'abs32', sub: R_RISCV.SUB32, set: false }],
  [R_RISCV.ADD64, { kind: 'abs64', sub: R_RISCV.SUB64, set: false }],
  [R_RISCV.SET8, { kind: 'abs8', sub: R_RISCV.SUB8, set: true }],
  [R_RISCV.SET16, { kind: 'abs16', sub: R_RISCV.SUB16, set: true }],
  [R_RISCV.SET32, { kind: 'abs32', sub: R_RISCV.SUB32, set: true }],
  [R_RISCV.SET6, { kind: 'set6', sub: R_RISCV.SUB6, set: true }],
]);

/** The section a symbol is defined in, past SHN_XINDEX; undefined for undefined, absolute and common ones. */
function sectionIndexOf(sym: ElfSymbol): number | undefined {
  if (sym.shndx === SHN_XINDEX) return sym.xindex;
  return sym.shndx !== SHN_UNDEF && sym.shndx < SHN_LORESERVE ? sym.shndx : undefined;
}

/**
 * Global symbols are found by name; locals become places in their section so that two files'
 * locals of the same name never meet. A section symbol's addend is the place itself (ld maps
 * section+addend through merged sections as one offset), a named local's addend stays an addend.
 */
function targetOf(sym: ElfSymbol, secSym: (s: ElfSymbol) => number | undefined): RelocTarget | undefined {
  if (sym.bind !== STB_LOCAL || sym.shndx === SHN_UNDEF || sym.shndx === SHN_ABS || sym.shndx === SHN_COMMON) {
    return { kind: 'symbol', name: sym.name };
  }
  const idx = secSym(sym);
  if (idx === undefined) return undefined;
  return { kind: 'section', section: idx, offset: sym.value };
}

/** Deletes the surplus alignment nops of one section, as riscv_relax_delete_bytes does. */
function trimAlignNops(st: SecState, syms: ElfSymbol[]): ElfRela | undefined {
  const rels = st.rels;
  rels.sort((a, b) => a.offset - b.offset);
  const sec = st.sec;
  const shndx = st.elf.index;
  for (const r of rels) {
    if (r.type !== R_RISCV.ALIGN) continue;
    let alignment = 1;
    while (alignment <= r.addend) alignment *= 2;
    const pos = r.offset;
    const nopBytes = (Math.ceil(pos / alignment) * alignment) - pos;
    const count = r.addend - nopBytes;
    if (count <= 0) continue;
    const addr = pos + nopBytes;
    const toaddr = sec.size;
    if (addr + count > toaddr || (sec.type !== SHT.NOBITS && addr + count > sec.data.length)) return r;
    if (sec.type !== SHT.NOBITS) {
      const d = new Uint8Array(sec.data.length - count);
      d.set(sec.data.subarray(0, addr), 0);
      d.set(sec.data.subarray(addr + count), addr);
      sec.data = d;
    }
    sec.size -= count;
    for (const other of rels) {
      if (other.offset > addr && other.offset < toaddr) other.offset -= count;
    }
    for (const sym of syms) {
      if (sectionIndexOf(sym) !== shndx || sym.type === STT_SECTION) continue;
      if (sym.value > addr && sym.value <= toaddr) sym.value -= count;
      else if (sym.value <= addr && sym.value + sym.size > addr && sym.value + sym.size <= toaddr) sym.size -= count;
    }
  }
  return undefined;
}
