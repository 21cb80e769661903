// Numbers from the ELF gABI and the RISC-V psABI that the reader, writer and linker share.

export const ELFCLASS32 = 1;
export const ELFDATA2LSB = 1;
export const EV_CURRENT = 1;

export const ET_REL = 1;
export const ET_EXEC = 2;

export const EM_RISCV = 243;

export const EHDR_SIZE = 52;
export const PHDR_SIZE = 32;
export const SHDR_SIZE = 40;
export const SYM_SIZE = 16;
export const RELA_SIZE = 12;

export const PT_NULL = 0;
export const PT_LOAD = 1;
export const PT_NOTE = 4;
export const PT_TLS = 7;
export const PT_GNU_STACK = 0x6474e551;
export const PT_RISCV_ATTRIBUTES = 0x70000003;

export const PF_X = 1;
export const PF_W = 2;
export const PF_R = 4;

export const SHT_REL = 9;
export const SHT_GROUP = 17;
export const SHT_SYMTAB_SHNDX = 18;

export const SHN_UNDEF = 0;
export const SHN_LORESERVE = 0xff00;
export const SHN_ABS = 0xfff1;
export const SHN_COMMON = 0xfff2;
export const SHN_XINDEX = 0xffff;

export const STB_LOCAL = 0;
export const STB_GLOBAL = 1;
export const STB_WEAK = 2;

export const STT_NOTYPE = 0;
export const STT_OBJECT = 1;
export const STT_FUNC = 2;
export const STT_SECTION = 3;
export const STT_FILE = 4;
export const STT_COMMON = 5;
export const STT_TLS = 6;

/** rv32im with the soft-float ilp32 ABI and no RVC: every flag bit is clear, as gcc gives it. */
export const EF_RISCV_RVC = 0x1;
export const EF_RISCV_FLOAT_ABI = 0x6;
export const EF_RISCV_RVE = 0x8;
export const EF_RISCV_TSO = 0x10;

/** Base address and page sizes of GNU ld's default riscv32 script (SEGMENT_START, MAXPAGESIZE, COMMONPAGESIZE). */
export const TEXT_SEGMENT_START = 0x10000;
export const MAXPAGESIZE = 0x1000;
export const COMMONPAGESIZE = 0x1000;

export const R_RISCV = {
  NONE: 0,
  R32: 1,
  R64: 2,
  BRANCH: 16,
  JAL: 17,
  CALL: 18,
  CALL_PLT: 19,
  GOT_HI20: 20,
  TLS_GOT_HI20: 21,
  TLS_GD_HI20: 22,
  PCREL_HI20: 23,
  PCREL_LO12_I: 24,
  PCREL_LO12_S: 25,
  HI20: 26,
  LO12_I: 27,
  LO12_S: 28,
  TPREL_HI20: 29,
  TPREL_LO12_I: 30,
  TPREL_LO12_S: 31,
  TPREL_ADD: 32,
  ADD8: 33,
  ADD16: 34,
  ADD32: 35,
  ADD64: 36,
  SUB8: 37,
  SUB16: 38,
  SUB32: 39,
  SUB64: 40,
  ALIGN: 43,
  RVC_BRANCH: 44,
  RVC_JUMP: 45,
  RELAX: 51,
  SUB6: 52,
  SET6: 53,
  SET8: 54,
  SET16: 55,
  SET32: 56,
  R32_PCREL: 57,
} as const;

/** Tags of the RISC-V attributes section; even tags carry a ULEB128, odd ones a string. */
export const Tag_File = 1;
export const Tag_RISCV_stack_align = 4;
export const Tag_RISCV_arch = 5;
export const Tag_RISCV_unaligned_access = 6;
