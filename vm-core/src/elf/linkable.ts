// What the linker reads: the assembler's ObjectFile, widened by what the linker already handles
// but the assembler does not produce yet (GNU as objects bring it in through objectFromElf): more
// relocation kinds, symbol visibility. Every ObjectFile is a LinkObject. (Here rather than in
// link/ because the ELF reader makes these and the writer reads visibility; link/ re-exports them.)

import type { ObjSection, ObjSymbol, ObjectFile, RelocKind, Relocation } from '../asm/object.js';

/**
 * - got_hi20: `%got_pcrel_hi(sym)` in auipc (R_RISCV_GOT_HI20; `la` under `.option pic`): the
 *   distance to sym's GOT entry; its `%pcrel_lo` partner takes the low part as for pcrel_hi20
 * - set6: the low 6 bits of a byte (R_RISCV_SET6, with a `minus` for its SUB6 partner), as in
 *   DW_CFA_advance_loc of .debug_frame; the top two bits stay
 * - tprel_hi20 / tprel_lo12_i / tprel_lo12_s: `%tprel_hi(sym)` in lui, `%tprel_lo(sym)` in an I- or
 *   S-type immediate: sym's offset from the start of the TLS segment (local-exec thread-local access)
 * - tprel_add: `%tprel_add(sym)` on the `add rd, rs, tp` between them; it only marks the instruction
 */
export type ExtraRelocKind = 'got_hi20' | 'set6' | 'tprel_hi20' | 'tprel_lo12_i' | 'tprel_lo12_s' | 'tprel_add';
export type LinkRelocKind = RelocKind | ExtraRelocKind;

export interface LinkRelocation extends Omit<Relocation, 'kind'> {
  kind: LinkRelocKind;
}

export interface LinkSection extends Omit<ObjSection, 'relocs'> {
  relocs: LinkRelocation[];
}

/** ELF symbol visibility (st_other): `.hidden`, `.protected`, `.internal`. */
export type SymbolVisibility = 'default' | 'internal' | 'hidden' | 'protected';

export interface LinkSymbol extends ObjSymbol {
  /** A global's visibility; ld writes the most constraining one any file gives. */
  visibility?: SymbolVisibility;
}

export interface LinkObject extends Omit<ObjectFile, 'sections' | 'symbols'> {
  sections: LinkSection[];
  symbols: LinkSymbol[];
}
