// Growing byte buffers for sections, and the ELF attributes GNU as gives a section by its name.

import { SHF, SHT, type LineEntry, type ObjSection, type Relocation } from './object.js';

interface SpecialSection {
  prefix: string;
  exact?: boolean;
  type: number;
  flags: number;
  entsize?: number;
}

// bfd's special sections (elf.c): a name matches when equal to the prefix or continuing it with '.'.
const SPECIAL: SpecialSection[] = [
  { prefix: '.text', type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.EXECINSTR },
  { prefix: '.data1', exact: true, type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.WRITE },
  { prefix: '.data', type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.WRITE },
  { prefix: '.bss', type: SHT.NOBITS, flags: SHF.ALLOC | SHF.WRITE },
  { prefix: '.rodata1', exact: true, type: SHT.PROGBITS, flags: SHF.ALLOC },
  { prefix: '.rodata', type: SHT.PROGBITS, flags: SHF.ALLOC },
  { prefix: '.tdata', type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.WRITE | SHF.TLS },
  { prefix: '.tbss', type: SHT.NOBITS, flags: SHF.ALLOC | SHF.WRITE | SHF.TLS },
  { prefix: '.init_array', type: SHT.INIT_ARRAY, flags: SHF.ALLOC | SHF.WRITE, entsize: 4 },
  { prefix: '.fini_array', type: SHT.FINI_ARRAY, flags: SHF.ALLOC | SHF.WRITE, entsize: 4 },
  { prefix: '.preinit_array', type: SHT.PREINIT_ARRAY, flags: SHF.ALLOC | SHF.WRITE, entsize: 4 },
  { prefix: '.init', exact: true, type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.EXECINSTR },
  { prefix: '.fini', exact: true, type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.EXECINSTR },
  { prefix: '.note', type: SHT.NOTE, flags: 0 },
];

export function defaultSectionAttributes(name: string): { type: number; flags: number; entsize: number } {
  for (const s of SPECIAL) {
    if (name === s.prefix || (!s.exact && name.startsWith(s.prefix + '.'))) return { type: s.type, flags: s.flags, entsize: s.entsize ?? 0 };
  }
  return { type: SHT.PROGBITS, flags: 0, entsize: 0 };
}

/** Parses the flag string of `.section name,"flags"`. Unknown letters are returned for a diagnostic. */
export function parseSectionFlags(text: string): { flags: number; unknown: string } {
  let flags = 0;
  let unknown = '';
  for (const ch of text) {
    switch (ch) {
      case 'a': flags |= SHF.ALLOC; break;
      case 'w': flags |= SHF.WRITE; break;
      case 'x': flags |= SHF.EXECINSTR; break;
      case 'M': flags |= SHF.MERGE; break;
      case 'S': flags |= SHF.STRINGS; break;
      case 'G': flags |= SHF.GROUP; break;
      case 'T': flags |= SHF.TLS; break;
      case 'o': case 'R': case 'e': case 'd': case '?': break;
      default: unknown += ch;
    }
  }
  return { flags, unknown };
}

export const SECTION_TYPES: Record<string, number> = {
  progbits: SHT.PROGBITS,
  nobits: SHT.NOBITS,
  note: SHT.NOTE,
  init_array: SHT.INIT_ARRAY,
  fini_array: SHT.FINI_ARRAY,
  preinit_array: SHT.PREINIT_ARRAY,
};

/** Contents a section may hold: far beyond any program, small enough to stay in memory. */
export const MAX_SECTION_BYTES = 256 * 1024 * 1024;

export class SectionTooLarge extends Error {
  constructor(
    readonly section: string,
    readonly size: number,
  ) {
    super(`section '${section}' would grow to ${size} bytes (more than ${MAX_SECTION_BYTES})`);
  }
}

export class SectionBuffer {
  readonly obj: ObjSection;
  private buf: Uint8Array;
  /** Bytes GNU as would have emitted for relaxed alignments beyond what ld keeps (see directives.ts align). */
  slack = 0;

  constructor(name: string, type: number, flags: number, entsize: number, align: number) {
    this.buf = new Uint8Array(type === SHT.NOBITS ? 0 : 256);
    this.obj = { name, type, flags, entsize, align, data: this.buf.subarray(0, 0), size: 0, relocs: [], lines: [] };
  }

  get name(): string {
    return this.obj.name;
  }
  get size(): number {
    return this.obj.size;
  }
  get isNobits(): boolean {
    return this.obj.type === SHT.NOBITS;
  }
  get isCode(): boolean {
    return (this.obj.flags & SHF.EXECINSTR) !== 0;
  }

  private grow(n: number): void {
    const need = this.obj.size + n;
    if (need > MAX_SECTION_BYTES) throw new SectionTooLarge(this.obj.name, need);
    if (!this.isNobits && need > this.buf.length) {
      let cap = this.buf.length * 2;
      while (cap < need) cap *= 2;
      const next = new Uint8Array(cap);
      next.set(this.buf.subarray(0, this.obj.size));
      this.buf = next;
    }
  }

  /** Appends bytes. Returns false when a NOBITS section was asked to hold non-zero data. */
  emit(bytes: ArrayLike<number>): boolean {
    let zero = true;
    if (this.isNobits) {
      if (this.obj.size + bytes.length > 0xffffffff) throw new SectionTooLarge(this.obj.name, this.obj.size + bytes.length);
      for (let i = 0; i < bytes.length; i++) if (bytes[i]) zero = false;
      this.obj.size += bytes.length;
      return zero;
    }
    this.grow(bytes.length);
    this.buf.set(bytes, this.obj.size);
    this.obj.size += bytes.length;
    return true;
  }

  emitWord(w: number): void {
    this.grow(4);
    if (!this.isNobits) {
      const o = this.obj.size;
      this.buf[o] = w & 0xff;
      this.buf[o + 1] = (w >>> 8) & 0xff;
      this.buf[o + 2] = (w >>> 16) & 0xff;
      this.buf[o + 3] = (w >>> 24) & 0xff;
    }
    this.obj.size += 4;
  }

  /** Appends `n` bytes repeating `pattern` (cheap for huge counts: no per-byte list). */
  fillPattern(n: number, pattern: readonly number[]): boolean {
    if (n <= 0) return true;
    if (this.isNobits) {
      this.obj.size += n;
      return pattern.every((b) => b === 0);
    }
    this.grow(n);
    const start = this.obj.size;
    for (let i = 0; i < Math.min(n, pattern.length); i++) this.buf[start + i] = pattern[i]!;
    for (let done = Math.min(n, pattern.length); done < n; done *= 2) this.buf.copyWithin(start + done, start, start + Math.min(done, n - done));
    this.obj.size += n;
    return true;
  }

  /** Appends `n` copies of a byte. */
  fill(n: number, byte = 0): boolean {
    if (n <= 0) return true;
    if (this.isNobits) {
      if (this.obj.size + n > 0xffffffff) throw new SectionTooLarge(this.obj.name, this.obj.size + n);
      this.obj.size += n;
      return byte === 0;
    }
    this.grow(n);
    this.buf.fill(byte & 0xff, this.obj.size, this.obj.size + n);
    this.obj.size += n;
    return true;
  }

  read32(offset: number): number {
    const b = this.buf;
    return (b[offset]! | (b[offset + 1]! << 8) | (b[offset + 2]! << 16) | (b[offset + 3]! << 24)) >>> 0;
  }

  write32(offset: number, w: number): void {
    if (this.isNobits) return;
    const b = this.buf;
    b[offset] = w & 0xff;
    b[offset + 1] = (w >>> 8) & 0xff;
    b[offset + 2] = (w >>> 16) & 0xff;
    b[offset + 3] = (w >>> 24) & 0xff;
  }

  /** Writes the low `n` bytes of a value, little-endian. */
  writeBytes(offset: number, value: bigint, n: number): void {
    if (this.isNobits) return;
    let v = BigInt.asUintN(64, value);
    for (let i = 0; i < n; i++) {
      this.buf[offset + i] = Number(v & 0xffn);
      v >>= 8n;
    }
  }

  zero(offset: number, n: number): void {
    if (!this.isNobits) this.buf.fill(0, offset, offset + n);
  }

  raiseAlignment(bytes: number): void {
    if (bytes > this.obj.align) this.obj.align = bytes;
  }

  addReloc(r: Relocation): void {
    this.obj.relocs.push(r);
  }

  addLine(e: LineEntry): void {
    this.obj.lines.push(e);
  }

  finish(): ObjSection {
    this.obj.data = this.isNobits ? new Uint8Array(0) : this.buf.slice(0, this.obj.size);
    return this.obj;
  }
}
