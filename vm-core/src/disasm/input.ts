// What a listing is made from, whether the program comes as an Image (just linked) or as a read
// ELF file. The ELF path keeps what objdump sees and an Image drops: every section in header
// order, and which symbols are undefined or common.

import type { Image, SourceMapEntry } from '../image.js';
import type { ElfFile } from '../elf/read.js';
import { bindingOf, typeOf } from '../elf/convert.js';
import { SHT, type SymbolBinding, type SymbolType } from '../asm/object.js';
import {
  ET_REL, SHN_ABS, SHN_COMMON, SHN_LORESERVE, SHN_UNDEF, SHT_GROUP, SHT_REL, SHT_SYMTAB_SHNDX, STB_GLOBAL, STB_WEAK,
  STT_FILE, STT_FUNC, STT_OBJECT, STT_SECTION, STT_TLS,
} from '../elf/constants.js';

export interface ListingSection {
  name: string;
  /** SHT_* */
  type: number;
  /** SHF_* */
  flags: number;
  addr: number;
  size: number;
  /** Contents; may be empty for NOBITS. */
  data: Uint8Array;
}

export interface ListingSymbolInput {
  name: string;
  value: number;
  size: number;
  /** Index into ListingInput.sections, or where BFD files symbols that belong to no section. */
  section: number | 'abs' | 'undef' | 'common';
  binding: SymbolBinding;
  type: SymbolType;
}

export interface ListingInput {
  sections: ListingSection[];
  symbols: ListingSymbolInput[];
  sourceMap: SourceMapEntry[];
  /** An ET_REL object: objdump prefers the current section's symbols when naming addresses. */
  relocatable: boolean;
}

export function listingInputFromImage(image: Image): ListingInput {
  const index = new Map(image.sections.map((s, i) => [s.name, i]));
  return {
    sections: image.sections.map(({ name, type, flags, addr, size, data }) => ({ name, type, flags, addr, size, data })),
    symbols: image.symbols.map((s) => ({
      name: s.name, value: s.value, size: s.size, binding: s.binding, type: s.type,
      section: s.undef ? 'undef' : s.section === null ? 'abs' : index.get(s.section) ?? 'undef',
    })),
    sourceMap: image.sourceMap,
    relocatable: false,
  };
}

// Sections BFD folds into others or keeps to itself; they never become something to disassemble.
const HIDDEN_TYPES = new Set<number>([SHT.NULL, SHT.SYMTAB, SHT.STRTAB, SHT.RELA, SHT_REL, SHT_GROUP, SHT_SYMTAB_SHNDX]);


export function listingInputFromElf(elf: ElfFile, sourceMap: SourceMapEntry[] = []): ListingInput {
  const position = new Map<number, number>();
  const sections: ListingSection[] = [];
  for (const s of elf.sections) {
    if (s.index === 0 || HIDDEN_TYPES.has(s.type)) continue;
    position.set(s.index, sections.length);
    sections.push({ name: s.name, type: s.type, flags: s.flags, addr: s.addr, size: s.size, data: s.data });
  }
  const symbols: ListingSymbolInput[] = [];
  for (const sym of elf.symbols) {
    if (sym.index === 0) continue;
    let section: ListingSymbolInput['section'];
    if (sym.shndx === SHN_UNDEF) section = 'undef';
    else if (sym.shndx === SHN_ABS) section = 'abs';
    else if (sym.shndx === SHN_COMMON) section = 'common';
    else if (sym.shndx >= SHN_LORESERVE) section = 'abs';
    else section = position.get(sym.shndx) ?? 'undef';
    symbols.push({ name: sym.name, value: sym.value, size: sym.size, section, binding: bindingOf(sym.bind), type: typeOf(sym.type) });
  }
  return { sections, symbols, sourceMap, relocatable: elf.header.type === ET_REL };
}
