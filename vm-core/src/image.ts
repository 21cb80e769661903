// A linked program: what the ELF writer serializes, the ELF reader recovers, the disassembler
// lists and the machine loads.

import type { SourceRange } from './diagnostics.js';
import type { SymbolBinding, SymbolType } from './asm/object.js';

export interface ImageSection {
  name: string;
  /** ELF section type (SHT_*). */
  type: number;
  /** ELF section flags (SHF_*). */
  flags: number;
  addr: number;
  size: number;
  align: number;
  entsize: number;
  /** Contents; empty for NOBITS (.bss, .sbss). */
  data: Uint8Array;
}

export interface ImageSymbol {
  name: string;
  value: number;
  size: number;
  binding: SymbolBinding;
  type: SymbolType;
  /** Name of the output section it lies in; null for absolute symbols. */
  section: string | null;
  /** The source file, for local symbols (two files may each have a local `loop`). */
  file?: string;
  /** Defined nowhere: ld still lists an unresolved entry symbol (SHN_UNDEF, value 0). */
  undef?: boolean;
  range?: SourceRange;
}

export interface SourceMapEntry {
  addr: number;
  size: number;
  range: SourceRange;
  kind: 'insn' | 'data';
  expandedFrom?: SourceRange[];
}

export interface Image {
  entry: number;
  /** Allocated sections in address order, then the non-allocated ones the ELF keeps (.comment, .riscv.attributes). */
  sections: ImageSection[];
  symbols: ImageSymbol[];
  /** Source map entries sorted by address; see SourceMap for queries. */
  sourceMap: SourceMapEntry[];
  /**
   * Flags (PF_R|PF_W, plus PF_X for an executable stack) of the PT_GNU_STACK header ld writes
   * when an input has a .note.GNU-stack section; absent when there is none.
   */
  gnuStack?: number;
}
