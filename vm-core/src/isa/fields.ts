// Bit layout of the six base formats: how an immediate sits in a word and how to get it back.
// The encoder, the linker's relocations and the decoder all use these, so a layout lives once.

export const rdOf = (w: number): number => (w >>> 7) & 31;
export const rs1Of = (w: number): number => (w >>> 15) & 31;
export const rs2Of = (w: number): number => (w >>> 20) & 31;
export const funct3Of = (w: number): number => (w >>> 12) & 7;

export function immI(w: number): number {
  return w >> 20;
}
export function immS(w: number): number {
  return ((w >> 25) << 5) | ((w >>> 7) & 31);
}
export function immB(w: number): number {
  return ((w >> 31) << 12) | (((w >>> 7) & 1) << 11) | (((w >>> 25) & 63) << 5) | (((w >>> 8) & 15) << 1);
}
export function immU(w: number): number {
  return w >>> 12;
}
export function immJ(w: number): number {
  return ((w >> 31) << 20) | (((w >>> 12) & 255) << 12) | (((w >>> 20) & 1) << 11) | (((w >>> 21) & 1023) << 1);
}

export function setImmI(w: number, imm: number): number {
  return ((w & 0x000fffff) | ((imm & 0xfff) << 20)) >>> 0;
}
export function setImmS(w: number, imm: number): number {
  return ((w & 0x01fff07f) | (((imm >> 5) & 0x7f) << 25) | ((imm & 31) << 7)) >>> 0;
}
export function setImmB(w: number, imm: number): number {
  return (
    (w & 0x01fff07f) |
    (((imm >> 12) & 1) << 31) |
    (((imm >> 5) & 63) << 25) |
    (((imm >> 1) & 15) << 8) |
    (((imm >> 11) & 1) << 7)
  ) >>> 0;
}
export function setImmU(w: number, imm20: number): number {
  return ((w & 0xfff) | ((imm20 & 0xfffff) << 12)) >>> 0;
}
export function setImmJ(w: number, imm: number): number {
  return (
    (w & 0xfff) |
    (((imm >> 20) & 1) << 31) |
    (((imm >> 1) & 1023) << 21) |
    (((imm >> 11) & 1) << 20) |
    (((imm >> 12) & 255) << 12)
  ) >>> 0;
}

/** Upper 20 bits for a `lui`/`auipc` whose partner adds the sign-extended low 12 bits. */
export function hi20(value: number): number {
  return ((value + 0x800) >>> 12) & 0xfffff;
}
/** Sign-extended low 12 bits. */
export function lo12(value: number): number {
  return (value << 20) >> 20;
}

export function fitsSigned(value: number, bits: number): boolean {
  const lim = 2 ** (bits - 1);
  return value >= -lim && value < lim;
}
