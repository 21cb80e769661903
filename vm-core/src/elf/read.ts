// Reads ELF32 little-endian RISC-V files (executables and GNU as objects). Every field that
// points somewhere is checked before use: a malformed file yields diagnostics naming the
// problem and its byte offset, never an exception or a runaway loop.

import { diagnostic, fileRange, type Diagnostic } from '../diagnostics.js';
import { SHT } from '../asm/object.js';
import {
  EHDR_SIZE, ELFCLASS32, ELFDATA2LSB, EM_RISCV, ET_EXEC, ET_REL, PHDR_SIZE, RELA_SIZE, SHDR_SIZE, SHN_LORESERVE,
  SHN_XINDEX, SHT_REL, SHT_SYMTAB_SHNDX, SYM_SIZE,
} from './constants.js';

export interface ElfHeader {
  type: number;
  machine: number;
  version: number;
  entry: number;
  phoff: number;
  shoff: number;
  flags: number;
  ehsize: number;
  phentsize: number;
  phnum: number;
  shentsize: number;
  shnum: number;
  shstrndx: number;
}

export interface ElfProgramHeader {
  type: number;
  offset: number;
  vaddr: number;
  paddr: number;
  filesz: number;
  memsz: number;
  flags: number;
  align: number;
}

export interface ElfSection {
  index: number;
  name: string;
  type: number;
  flags: number;
  addr: number;
  offset: number;
  size: number;
  link: number;
  info: number;
  align: number;
  entsize: number;
  /** File contents; empty for NOBITS and for sections whose bytes lie outside the file. */
  data: Uint8Array;
}

export interface ElfSymbol {
  /** Index in the symbol table. */
  index: number;
  name: string;
  value: number;
  size: number;
  bind: number;
  type: number;
  other: number;
  /** st_shndx as written: SHN_XINDEX (0xffff) when the index is in `xindex`. */
  shndx: number;
  /** The section index from SHT_SYMTAB_SHNDX, for files with 65280 sections or more. */
  xindex?: number;
}

export interface ElfRela {
  offset: number;
  type: number;
  sym: number;
  addend: number;
}

export interface ElfRelocSection {
  /** Index of the SHT_RELA section itself. */
  index: number;
  /** Index of the section the relocations patch (sh_info). */
  target: number;
  entries: ElfRela[];
}

export interface ElfFile {
  path: string;
  header: ElfHeader;
  programHeaders: ElfProgramHeader[];
  sections: ElfSection[];
  symbols: ElfSymbol[];
  relocations: ElfRelocSection[];
}

export function readElf(bytes: Uint8Array, path: string): { elf?: ElfFile; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const err = (code: string, message: string): void => {
    diagnostics.push(diagnostic('error', code, message, fileRange(path)));
  };
  const warn = (code: string, message: string): void => {
    diagnostics.push(diagnostic('warning', code, message, fileRange(path)));
  };
  const hex = (n: number): string => `0x${n.toString(16)}`;
  const len = bytes.length;

  if (len < 16) {
    err('elf/truncated', `file is ${len} bytes, too short for an ELF identification (16 bytes)`);
    return { diagnostics };
  }
  if (bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) {
    err('elf/bad-magic', 'not an ELF file: bad magic number at byte offset 0');
    return { diagnostics };
  }
  if (bytes[4] !== ELFCLASS32) {
    err('elf/bad-class', `ELF class ${bytes[4]} at byte offset 4 is not ELFCLASS32 (1): only 32-bit files are supported`);
    return { diagnostics };
  }
  if (bytes[5] !== ELFDATA2LSB) {
    err('elf/bad-endian', `data encoding ${bytes[5]} at byte offset 5 is not ELFDATA2LSB (1): only little-endian files are supported`);
    return { diagnostics };
  }
  if (len < EHDR_SIZE) {
    err('elf/truncated', `file is ${len} bytes, too short for the ELF header (${EHDR_SIZE} bytes)`);
    return { diagnostics };
  }
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number): number => dv.getUint16(o, true);
  const u32 = (o: number): number => dv.getUint32(o, true);
  const header: ElfHeader = {
    type: u16(16),
    machine: u16(18),
    version: u32(20),
    entry: u32(24),
    phoff: u32(28),
    shoff: u32(32),
    flags: u32(36),
    ehsize: u16(40),
    phentsize: u16(42),
    phnum: u16(44),
    shentsize: u16(46),
    shnum: u16(48),
    shstrndx: u16(50),
  };
  if (header.machine !== EM_RISCV) {
    err('elf/bad-machine', `machine ${header.machine} at byte offset 18 is not EM_RISCV (243)`);
    return { diagnostics };
  }
  if (header.type !== ET_EXEC && header.type !== ET_REL) {
    err('elf/bad-type', `file type ${header.type} at byte offset 16 is neither ET_REL (1) nor ET_EXEC (2)`);
    return { diagnostics };
  }

  const programHeaders: ElfProgramHeader[] = [];
  if (header.phnum) {
    if (header.phentsize !== PHDR_SIZE) {
      err('elf/bad-header', `program header entry size ${header.phentsize} at byte offset 42 is not ${PHDR_SIZE}`);
    } else if (header.phoff + header.phnum * PHDR_SIZE > len) {
      err('elf/truncated', `program header table at byte offset ${hex(header.phoff)} (${header.phnum} entries) runs past the end of the file (${len} bytes)`);
    } else {
      for (let i = 0; i < header.phnum; i++) {
        const o = header.phoff + i * PHDR_SIZE;
        const p: ElfProgramHeader = {
          type: u32(o), offset: u32(o + 4), vaddr: u32(o + 8), paddr: u32(o + 12),
          filesz: u32(o + 16), memsz: u32(o + 20), flags: u32(o + 24), align: u32(o + 28),
        };
        if (p.filesz && p.offset + p.filesz > len) {
          err('elf/segment-out-of-bounds', `program header ${i} at byte offset ${hex(o)}: contents [${hex(p.offset)}, ${hex(p.offset + p.filesz)}) run past the end of the file (${len} bytes)`);
        }
        programHeaders.push(p);
      }
    }
  }

  // Extended section numbering (65280 sections or more): the count is section 0's sh_size and the
  // name table's index its sh_link.
  let shnum = header.shnum;
  let shstrndx = header.shstrndx;
  if (header.shoff && header.shentsize === SHDR_SIZE && header.shoff + SHDR_SIZE <= len) {
    if (shnum === 0) shnum = u32(header.shoff + 20);
    if (shstrndx === SHN_XINDEX) shstrndx = u32(header.shoff + 24);
  }
  const sections: ElfSection[] = [];
  if (shnum) {
    if (header.shentsize !== SHDR_SIZE) {
      err('elf/bad-header', `section header entry size ${header.shentsize} at byte offset 46 is not ${SHDR_SIZE}`);
    } else if (header.shoff + shnum * SHDR_SIZE > len) {
      err('elf/truncated', `section header table at byte offset ${hex(header.shoff)} (${shnum} entries) runs past the end of the file (${len} bytes)`);
    } else {
      for (let i = 0; i < shnum; i++) {
        const o = header.shoff + i * SHDR_SIZE;
        const s: ElfSection = {
          index: i, name: '', type: u32(o + 4), flags: u32(o + 8), addr: u32(o + 12), offset: u32(o + 16),
          size: u32(o + 20), link: u32(o + 24), info: u32(o + 28), align: u32(o + 32), entsize: u32(o + 36),
          data: new Uint8Array(0),
        };
        if (s.type !== SHT.NOBITS && s.type !== SHT.NULL) {
          if (s.offset + s.size > len) {
            err('elf/section-out-of-bounds', `section ${i} (header at byte offset ${hex(o)}): contents [${hex(s.offset)}, ${hex(s.offset + s.size)}) run past the end of the file (${len} bytes)`);
          } else {
            s.data = bytes.slice(s.offset, s.offset + s.size);
          }
        }
        sections.push(s);
      }
      // Names come from the section header string table, once every header is known.
      const shstr = shstrndx;
      const strSec = shstr !== 0 && shstr < sections.length ? sections[shstr] : undefined;
      if (shstr !== 0 && !strSec) {
        err('elf/bad-shstrndx', `section name table index ${shstr} at byte offset 50 is not a section (there are ${sections.length})`);
      } else if (strSec && strSec.type !== SHT.STRTAB) {
        err('elf/bad-shstrndx', `section name table index ${shstr} at byte offset 50 names a section of type ${strSec.type}, not SHT_STRTAB`);
      } else if (strSec) {
        for (const s of sections) {
          const o = header.shoff + s.index * SHDR_SIZE;
          const nameOff = u32(o);
          const n = cstring(strSec.data, nameOff);
          if (n === undefined) {
            err('elf/bad-string-index', `section ${s.index} (header at byte offset ${hex(o)}): name offset ${nameOff} is outside the section name table (${strSec.data.length} bytes)`);
            s.name = `<bad name ${nameOff}>`;
          } else s.name = n;
        }
      }
    }
  } else if (header.shoff) {
    warn('elf/bad-header', 'the header gives a section header offset but no sections (byte offset 48)');
  }

  // Symbols of the first SHT_SYMTAB, names from its sh_link string table.
  const symbols: ElfSymbol[] = [];
  const symtab = sections.find((s) => s.type === SHT.SYMTAB);
  if (symtab) {
    if (symtab.entsize !== SYM_SIZE) {
      err('elf/bad-symtab', `symbol table (section ${symtab.index}) has entry size ${symtab.entsize}, not ${SYM_SIZE}`);
    } else if (symtab.data.length === symtab.size) {
      const strs = symtab.link < sections.length ? sections[symtab.link] : undefined;
      if (!strs || strs.type !== SHT.STRTAB) {
        err('elf/bad-link', `symbol table (section ${symtab.index}) links to section ${symtab.link}, which is not a string table`);
      }
      if (symtab.size % SYM_SIZE) {
        err('elf/bad-symtab', `symbol table (section ${symtab.index}) size ${symtab.size} is not a multiple of ${SYM_SIZE}`);
      }
      const sdv = new DataView(symtab.data.buffer, symtab.data.byteOffset, symtab.data.byteLength);
      const count = Math.floor(symtab.size / SYM_SIZE);
      // Section indices that do not fit in st_shndx (SHN_XINDEX) are in the SHT_SYMTAB_SHNDX table.
      const xs = sections.find((x) => x.type === SHT_SYMTAB_SHNDX && x.link === symtab.index);
      const xdv = xs && xs.data.length === xs.size ? new DataView(xs.data.buffer, xs.data.byteOffset, xs.data.byteLength) : undefined;
      for (let i = 0; i < count; i++) {
        const o = i * SYM_SIZE;
        const nameOff = sdv.getUint32(o, true);
        const info = sdv.getUint8(o + 12);
        const sym: ElfSymbol = {
          index: i, name: '', value: sdv.getUint32(o + 4, true), size: sdv.getUint32(o + 8, true),
          bind: info >> 4, type: info & 15, other: sdv.getUint8(o + 13), shndx: sdv.getUint16(o + 14, true),
        };
        if (sym.shndx === SHN_XINDEX) {
          if (xdv && (i + 1) * 4 <= xdv.byteLength) sym.xindex = xdv.getUint32(i * 4, true);
          else err('elf/bad-symbol-section', `symbol ${i} (byte offset ${hex(symtab.offset + o)}) has an extended section index but no SHT_SYMTAB_SHNDX entry for it`);
        }
        if (strs && strs.type === SHT.STRTAB) {
          const n = cstring(strs.data, nameOff);
          if (n === undefined) {
            err('elf/bad-string-index', `symbol ${i} (byte offset ${hex(symtab.offset + o)}): name offset ${nameOff} is outside the string table (${strs.data.length} bytes)`);
            sym.name = `<bad name ${nameOff}>`;
          } else sym.name = n;
        }
        if (sym.xindex !== undefined && sym.xindex >= sections.length) {
          err('elf/bad-symbol-section', `symbol ${i} '${sym.name}' (byte offset ${hex(symtab.offset + o)}) is in section ${sym.xindex}, but there are ${sections.length} sections`);
        }
        if (sym.shndx !== 0 && sym.shndx < SHN_LORESERVE && sym.shndx >= sections.length) {
          err('elf/bad-symbol-section', `symbol ${i} '${sym.name}' (byte offset ${hex(symtab.offset + o)}) is in section ${sym.shndx}, but there are ${sections.length} sections`);
        }
        symbols.push(sym);
      }
    }
  }

  const relocations: ElfRelocSection[] = [];
  for (const s of sections) {
    if (s.type === SHT_REL) {
      err('elf/unsupported-rel', `section ${s.index} '${s.name}' holds SHT_REL relocations; RISC-V objects use SHT_RELA`);
      continue;
    }
    if (s.type !== SHT.RELA) continue;
    if (s.entsize !== RELA_SIZE) {
      err('elf/bad-rela', `relocation section ${s.index} '${s.name}' has entry size ${s.entsize}, not ${RELA_SIZE}`);
      continue;
    }
    if (s.data.length !== s.size) continue;
    if (s.info === 0 || s.info >= sections.length) {
      err('elf/bad-link', `relocation section ${s.index} '${s.name}' applies to section ${s.info}, which does not exist`);
      continue;
    }
    if (s.size % RELA_SIZE) {
      err('elf/bad-rela', `relocation section ${s.index} '${s.name}' size ${s.size} is not a multiple of ${RELA_SIZE}`);
    }
    const target = sections[s.info]!;
    const rdv = new DataView(s.data.buffer, s.data.byteOffset, s.data.byteLength);
    const entries: ElfRela[] = [];
    const count = Math.floor(s.size / RELA_SIZE);
    for (let i = 0; i < count; i++) {
      const o = i * RELA_SIZE;
      const info = rdv.getUint32(o + 4, true);
      const r: ElfRela = { offset: rdv.getUint32(o, true), type: info & 0xff, sym: info >>> 8, addend: rdv.getInt32(o + 8, true) };
      const at = hex(s.offset + o);
      if (r.sym >= symbols.length) {
        err('elf/bad-reloc-symbol', `relocation ${i} of '${s.name}' (byte offset ${at}) refers to symbol ${r.sym}, but there are ${symbols.length}`);
        continue;
      }
      if (r.offset > target.size) {
        err('elf/bad-reloc-offset', `relocation ${i} of '${s.name}' (byte offset ${at}) patches offset ${hex(r.offset)}, past the end of '${target.name}' (${target.size} bytes)`);
        continue;
      }
      entries.push(r);
    }
    relocations.push({ index: s.index, target: s.info, entries });
  }

  return { elf: { path, header, programHeaders, sections, symbols, relocations }, diagnostics };
}

const utf8 = new TextDecoder();

function cstring(data: Uint8Array, off: number): string | undefined {
  if (off >= data.length) return off === 0 ? '' : undefined;
  const end = data.indexOf(0, off);
  if (end < 0) return undefined;
  return utf8.decode(data.subarray(off, end));
}
