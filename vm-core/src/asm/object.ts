// An assembled but unlinked file, the way GNU as leaves an ET_REL object: sections of bytes,
// relocations still to apply, symbols. The linker (src/link) turns a list of these into an Image.

import type { SourceRange } from '../diagnostics.js';

export const SHT = {
  NULL: 0,
  PROGBITS: 1,
  SYMTAB: 2,
  STRTAB: 3,
  RELA: 4,
  NOTE: 7,
  NOBITS: 8,
  INIT_ARRAY: 14,
  FINI_ARRAY: 15,
  PREINIT_ARRAY: 16,
  RISCV_ATTRIBUTES: 0x70000003,
} as const;

export const SHF = {
  WRITE: 0x1,
  ALLOC: 0x2,
  EXECINSTR: 0x4,
  MERGE: 0x10,
  STRINGS: 0x20,
  INFO_LINK: 0x40,
  GROUP: 0x200,
  TLS: 0x400,
} as const;

/**
 * How a relocation patches its place. The names follow the RISC-V psABI relocations they stand for.
 * - abs8/16/32/64: data words (`.byte sym` … `.quad sym`), S + A (minus the `minus` target if any)
 * - hi20 / lo12_i / lo12_s: `%hi(sym)` in lui, `%lo(sym)` in an I- or S-type immediate
 * - pcrel_hi20: `%pcrel_hi(sym)` in auipc; pcrel_lo12_i / _s: `%pcrel_lo(label)`, label marks the auipc
 * - branch / jal: B- and J-type targets;  call: an auipc + jalr pair (call, tail, jump)
 */
export type RelocKind =
  | 'abs8' | 'abs16' | 'abs32' | 'abs64'
  | 'hi20' | 'lo12_i' | 'lo12_s'
  | 'pcrel_hi20' | 'pcrel_lo12_i' | 'pcrel_lo12_s'
  | 'branch' | 'jal' | 'call';

/** What a relocation or symbol points at: a symbol resolved by name at link time, or a place in this file. */
export type RelocTarget =
  | { kind: 'symbol'; name: string }
  | { kind: 'section'; section: number; offset: number };

export interface Relocation {
  /** Byte offset of the patched field within its section. */
  offset: number;
  kind: RelocKind;
  target: RelocTarget;
  addend: number;
  /** For data relocations of a difference `a - b` across sections: b. */
  minus?: RelocTarget;
  /** The source text that produced it, for link errors ("undefined symbol", "out of range"). */
  range: SourceRange;
}

export type SymbolBinding = 'local' | 'global' | 'weak';
export type SymbolType = 'notype' | 'func' | 'object' | 'section' | 'file' | 'tls';

export interface ObjSymbol {
  name: string;
  /** Section index in `ObjectFile.sections`, or absolute / undefined / common (`.comm`). */
  section: number | 'abs' | 'undef' | 'common';
  /** Offset in the section; the value for 'abs'; the size for 'common'. */
  value: number;
  size?: number;
  binding: SymbolBinding;
  type: SymbolType;
  /** Alignment requested by `.comm`. */
  commonAlign?: number;
  /** `.L…` labels and numeric local labels: resolved, but never written to a symbol table. */
  temporary?: boolean;
  /** Where it was defined (labels, .equ, .comm) or first referenced (undefined symbols). */
  range?: SourceRange;
}

/** What one emitted thing came from: an instruction (after pseudo expansion, each word its own entry) or data. */
export interface LineEntry {
  offset: number;
  size: number;
  range: SourceRange;
  kind: 'insn' | 'data';
  /** When produced by a macro, .rept or .irp expansion, the invocation site(s), outermost last. */
  expandedFrom?: SourceRange[];
}

export interface ObjSection {
  name: string;
  type: number;
  flags: number;
  /** Entry size for SHF_MERGE sections (1 for .rodata.str1.*, 4 for .rodata.cst4 …). */
  entsize: number;
  /** Alignment in bytes (a power of two). */
  align: number;
  /** Contents (length = size) for PROGBITS; empty for NOBITS. */
  data: Uint8Array;
  size: number;
  relocs: Relocation[];
  lines: LineEntry[];
}

/** RISC-V build attributes (`.attribute`), written to .riscv.attributes. */
export interface RiscvAttributes {
  arch?: string;
  unalignedAccess?: number;
  stackAlign?: number;
  /** Other numeric or string tags by number. */
  other?: Array<{ tag: number; value: number | string }>;
}

export interface ObjectFile {
  path: string;
  sections: ObjSection[];
  symbols: ObjSymbol[];
  attributes: RiscvAttributes;
  /** `.ident` strings, which GNU as gathers in a .comment section. */
  idents: string[];
}
