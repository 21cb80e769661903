// `objdump -d` of a linked image, byte for byte: the header, one "Disassembly of section" per
// executable section, a `<symbol>:` block per label, and per instruction the address, the raw
// bytes in objdump's columns and the text from isa/disasm.ts. objdump's loop (disassemble_section
// and disassemble_bytes in binutils/objdump.c, print_insn_riscv in opcodes/riscv-dis.c) has
// quirks real files run into — data read across a label, `...` for zeros — and they are kept.

import type { Image } from '../image.js';
import type { ElfFile } from '../elf/read.js';
import { SHF, SHT } from '../asm/object.js';
import { DisassemblyState, disassembleAt, type DisasmOptions } from '../isa/disasm.js';
import { privSpecFromAttributes, type PrivSpec } from '../isa/csr.js';
import { parseArchString } from '../isa/arch.js';
import { decodeAttributes } from '../elf/attributes.js';
import { findSymbol, isPrintable, sortedSymbols, type ListingSymbol } from './symbols.js';
import { SourceInterleaver, type SourceTextProvider } from './source.js';
import { listingInputFromElf, listingInputFromImage, type ListingInput, type ListingSection } from './input.js';

export interface ListingOptions {
  /** The file name objdump prints in its header: the path as the user gave it. */
  fileName: string;
  /** Print aliases (`li`, `ret` …); false is `-M no-aliases`. Default true. */
  aliases?: boolean;
  /** List only these sections, whatever their flags (objdump -j). Default: executable sections with contents. */
  sections?: readonly string[];
  /** Name CSRs by this privileged spec instead of the one the file's attributes give (-M priv-spec=). */
  privSpec?: PrivSpec;
  /** Interleave source lines from the image's source map (objdump -S). */
  sourceText?: SourceTextProvider;
}

export interface Listing {
  text: string;
  /** Names in `sections` that no section has. */
  missingSections: string[];
}

const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
const hexTrim = (n: number): string => (n >>> 0).toString(16);

// binutils' dis-buf "out of bounds" result is EIO (5), and objdump then advances by those 5 bytes.
const EIO = 5;
const SKIP_ZEROES = 8;
const SKIP_ZEROES_AT_END = 3;

/** One thing print_insn_riscv printed. */
interface Unit {
  octets: number;
  text: string;
  /** Bytes per column group in the raw-bytes column; 0 leaves it to the previous value objdump keeps. */
  bytesPerChunk: number;
  /** Bytes per line it asks for; 0 keeps the block's current width. */
  bytesPerLine: number;
}

class SectionLister {
  private out = '';
  private readonly data: Uint8Array;
  private readonly isCode: boolean;
  private readonly mapping: ListingSymbol[];

  constructor(
    private readonly section: ListingSection,
    private readonly index: number,
    private readonly syms: readonly ListingSymbol[],
    private readonly shared: ListingState,
  ) {
    // NOBITS reads as zeros, as BFD gives objdump; so do bytes a damaged file does not hold.
    // They stay virtual (see byte()), so a huge .bss costs nothing.
    this.data = section.type === SHT.NOBITS ? new Uint8Array(0) : section.data.subarray(0, section.size);
    this.isCode = (section.flags & SHF.EXECINSTR) !== 0 && section.type !== SHT.NOBITS;
    this.mapping = syms.filter((s) => s.mapping !== undefined && s.sectionIndex === index);
  }

  private byte(offset: number): number {
    return this.data[offset] ?? 0;
  }

  private query(requireSection: boolean) {
    return {
      section: this.index,
      sectionAddr: this.section.addr,
      sectionSize: this.section.size,
      requireSection,
      relocatable: this.shared.relocatable,
    };
  }

  /** objdump_print_addr_with_sym */
  private addrWithSym(symIndex: number, vma: number, skipZeroes: boolean): string {
    const value = skipZeroes ? hexTrim(vma) : hex8(vma);
    if (symIndex < 0) {
      const base = this.section.addr;
      const off = vma < base ? `-0x${hexTrim(base - vma)}` : vma > base ? `+0x${hexTrim(vma - base)}` : '';
      return `${value} <${this.section.name}${off}>`;
    }
    const s = this.syms[symIndex]!;
    const off = s.value === vma ? '' : s.value > vma ? `-0x${hexTrim(s.value - vma)}` : `+0x${hexTrim(vma - s.value)}`;
    return `${value} <${s.name}${off}>`;
  }

  /** What objdump's print_address_func puts after a branch or in a comment, minus the bare `0x…` case. */
  readonly symbolize = (addr: number): string | undefined => {
    if (this.syms.length < 1) return undefined;
    const text = this.addrWithSym(findSymbol(this.syms, addr, this.query(false)), addr, true);
    return text.slice(text.indexOf('<') + 1, -1);
  };

  // riscv_search_mapping_symbol: the last mapping symbol at or before the address decides. One
  // that carries an ISA string ($xrv32i2p1_m2p0…) also switches the extensions, for good.
  private isDataAt(addr: number): boolean {
    const found = this.mapping[this.mappingAfter(addr) - 1];
    if (found?.name.startsWith('$xrv')) {
      const isa = found.name.slice(2).split('.')[0]!;
      if (isa !== this.shared.isa) {
        this.shared.isa = isa;
        const extensions = parseArchString(isa);
        if (extensions) this.shared.options.extensions = extensions;
      }
    }
    return found === undefined ? !this.isCode : found.mapping === 'data';
  }

  /** Index of the first mapping symbol above `addr` (they are sorted by value). */
  private mappingAfter(addr: number): number {
    let lo = 0;
    let hi = this.mapping.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mapping[mid]!.value <= addr) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  // riscv_data_length: up to a word, cut at the next mapping symbol or the section end.
  private dataLength(addr: number): number {
    let length = 4;
    const next = this.mapping[this.mappingAfter(addr)];
    if (next) length = Math.min(length, next.value - addr);
    else length = Math.min(length, this.section.addr + this.section.size - addr);
    return length === 3 ? 2 : length;
  }

  private outOfBounds(addr: number, bytesPerChunk: number): Unit {
    return { octets: EIO, text: `Address 0x${hexTrim(addr)} is out of bounds.\n`, bytesPerChunk, bytesPerLine: 0 };
  }

  /** print_insn_riscv at `addr`; reads may not pass `limit` (the next symbol in code, else the section end). */
  private printInsn(addr: number, limit: number): Unit {
    const offset = addr - this.section.addr;
    const end = limit - this.section.addr;
    if (this.isDataAt(addr)) {
      const size = this.dataLength(addr);
      if (offset + size > end) return this.outOfBounds(addr, size);
      let value = 0;
      for (let i = size - 1; i >= 0; i--) value = value * 256 + this.byte(offset + i);
      const [directive, digits] = size === 1 ? ['.byte', 2] : size === 2 ? ['.short', 4] : ['.word', 8];
      return {
        octets: size,
        text: `${directive}\t0x${value.toString(16).padStart(digits as number, '0')}`,
        bytesPerChunk: size,
        bytesPerLine: size === 1 ? 6 : 8,
      };
    }
    // Instructions come only from bytes the file holds; past them a read fails as past a section end.
    const insn = disassembleAt(this.data, offset, addr, this.shared.state, { ...this.shared.options, symbolize: this.symbolize }, Math.min(end, this.data.length));
    if (!insn) return this.outOfBounds(addr, 0);
    return { octets: insn.size, text: insn.text, bytesPerChunk: insn.size % 4 === 0 ? 4 : 2, bytesPerLine: 8 };
  }

  private addressPrefix(addr: number, skipChars: number): string {
    const digits = hex8(addr).slice(skipChars);
    const trimmed = digits.replace(/^0+/, '');
    return `${(trimmed || '0').padStart(digits.length, ' ')}:\t`;
  }

  private chunks(from: number, to: number, bpc: number, stop: number): string {
    let s = '';
    for (let j = from; j < to; j += bpc) {
      // objdump leaves out a group that would run past the block, but not its separator.
      if (j + bpc <= stop) {
        for (let k = bpc - 1; k >= 0; k--) s += this.byte(j + k).toString(16).padStart(2, '0');
      }
      s += ' ';
    }
    return s;
  }

  /** disassemble_bytes over [start, stop), offsets in the section. */
  private bytes(insns: boolean, start: number, stop: number): void {
    const { section } = this;
    // Leading zero digits common to every address are dropped in groups of four, keeping one.
    let skipChars = 0;
    const endText = hex8(section.addr + section.size);
    while (endText[skipChars] === '0') skipChars++;
    if (skipChars === endText.length && section.addr !== 0) skipChars = 0;
    if (skipChars !== 0) skipChars = (skipChars - 1) & -4;

    let octetsPerLine = insns ? 4 : 16;
    const limit = this.isCode ? section.addr + stop : section.addr + section.size;
    let at = start;
    while (at < stop) {
      let zeros = 0;
      const held = Math.min(stop, this.data.length);
      while (at + zeros < held && this.data[at + zeros] === 0) zeros++;
      if (at + zeros >= held) zeros = stop - at;
      if (zeros >= SKIP_ZEROES || (at + zeros === stop && zeros < SKIP_ZEROES_AT_END)) {
        if (at + zeros !== stop) zeros &= ~3;
        this.out += '\t...\n';
        at += zeros;
        continue;
      }
      const addr = (section.addr + at) >>> 0;
      if (this.shared.source) this.out += this.shared.source.linesBefore(addr, section.addr, section.addr + section.size);
      let line = this.addressPrefix(addr, skipChars);
      let octets: number;
      let text: string;
      let bpc: number;
      if (insns) {
        const unit = this.printInsn(addr, limit);
        if (unit.bytesPerLine !== 0) octetsPerLine = unit.bytesPerLine;
        this.shared.bytesPerChunk = unit.bytesPerChunk;
        octets = unit.octets;
        text = unit.text;
        bpc = unit.bytesPerChunk || 1;
      } else {
        octets = Math.min(octetsPerLine, stop - at);
        text = '';
        for (let j = at; j < at + octets; j++) {
          const c = this.byte(j);
          text += c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '.';
        }
        bpc = this.shared.bytesPerChunk || 1;
      }
      let pb = Math.min(octets, octetsPerLine);
      line += this.chunks(at, at + pb, bpc, stop);
      for (; pb < octetsPerLine; pb += bpc) line += `${'  '.repeat(bpc)} `;
      line += insns ? `\t${text}` : `    ${text}`;
      while (pb < octets) {
        const j = at + pb;
        line += `\n${this.addressPrefix(section.addr + j, skipChars)}`;
        pb = Math.min(pb + octetsPerLine, octets);
        line += this.chunks(j, at + pb, bpc, stop);
      }
      this.out += `${line}\n`;
      at += octets;
    }
  }

  /** disassemble_section */
  list(): string {
    const { section, syms } = this;
    const size = section.size;
    this.out = `\nDisassembly of section ${section.name}:\n`;
    let place = findSymbol(syms, section.addr, this.query(true));
    let sym = place;
    let at = 0;
    while (at < size) {
      const addr = (section.addr + at) >>> 0;
      this.out += `\n${this.addrWithSym(sym, addr, false)}:\n`;
      const s = sym >= 0 ? syms[sym]! : undefined;
      let next: number;
      if (s && s.value > addr) next = sym;
      else if (!s) next = -1;
      else {
        while (place < syms.length && !this.isNextSymbol(syms[place]!, s)) place++;
        next = place < syms.length ? place : -1;
      }
      let stop: number;
      if (s && s.value > addr) stop = s.value - section.addr;
      else if (next < 0) stop = size;
      else stop = syms[next]!.value - section.addr;
      if (stop > size || stop <= at) stop = size;
      // A symbol typed as an object is dumped as bytes, not disassembled.
      const insns = !s || s.sectionIndex !== this.index || s.value > addr ||
        (!s.object && !s.name.includes('gnu_compiled') && !s.name.includes('gcc2_compiled')) || s.func;
      this.bytes(insns, at, stop);
      at = stop;
      sym = next;
    }
    return this.out;
  }

  private isNextSymbol(candidate: ListingSymbol, current: ListingSymbol): boolean {
    return candidate.sectionIndex === this.index && candidate.value > current.value && isPrintable(candidate);
  }
}

interface ListingState {
  state: DisassemblyState;
  options: DisasmOptions;
  /** The ISA string the extensions came from, to skip re-parsing the same mapping symbol. */
  isa: string | undefined;
  relocatable: boolean;
  source: SourceInterleaver | undefined;
  /** objdump's disassemble_info.bytes_per_chunk, which object dumps inherit from the last instruction. */
  bytesPerChunk: number;
}

const GLOBAL_POINTER = '__global_pointer$';
const Tag_RISCV_priv_spec = 8;
const Tag_RISCV_priv_spec_minor = 10;
const Tag_RISCV_priv_spec_revision = 12;

/**
 * What a file's .riscv.attributes tell objdump: the ISA string (without the section objdump
 * assumes rv64gc, which includes everything Tessera decodes) and the privileged spec for CSR names.
 */
function attributesOf(sections: readonly ListingSection[]): { isa?: string; privSpec?: PrivSpec } {
  const section = sections.find((s) => s.type === SHT.RISCV_ATTRIBUTES);
  if (!section) return {};
  const { attrs } = decodeAttributes(section.data);
  const tags = new Map((attrs.other ?? []).map((o) => [o.tag, o.value]));
  const num = (tag: number): number => {
    const v = tags.get(tag);
    return typeof v === 'number' ? v : 0;
  };
  const privSpec = privSpecFromAttributes(num(Tag_RISCV_priv_spec), num(Tag_RISCV_priv_spec_minor), num(Tag_RISCV_priv_spec_revision));
  return { ...(attrs.arch ? { isa: attrs.arch } : {}), ...(privSpec ? { privSpec } : {}) };
}

/** `objdump -d` (or -S, -j, -M no-aliases) of a program. */
export function listDisassembly(input: ListingInput, options: ListingOptions): Listing {
  const syms = sortedSymbols(input.symbols);
  // objdump takes the last `__global_pointer$` of its sorted table.
  const gp = syms.filter((s) => s.name === GLOBAL_POINTER).at(-1);
  const attributes = attributesOf(input.sections);
  const privSpec = options.privSpec ?? attributes.privSpec;
  const extensions = attributes.isa === undefined ? undefined : parseArchString(attributes.isa);
  const shared: ListingState = {
    state: new DisassemblyState(gp?.value),
    options: { aliases: options.aliases ?? true, ...(privSpec ? { privSpec } : {}), ...(extensions ? { extensions } : {}) },
    isa: attributes.isa,
    relocatable: input.relocatable,
    source: options.sourceText ? new SourceInterleaver(input.sourceMap, options.sourceText) : undefined,
    bytesPerChunk: 0,
  };
  const wanted = options.sections;
  let text = `\n${options.fileName}:     file format elf32-littleriscv\n\n`;
  const seen = new Set<string>();
  input.sections.forEach((section, index) => {
    if (wanted) {
      if (!wanted.includes(section.name)) return;
      seen.add(section.name);
    } else if ((section.flags & SHF.EXECINSTR) === 0 || section.type === SHT.NOBITS) return;
    if (section.size === 0) return;
    text += new SectionLister(section, index, syms, shared).list();
  });
  return { text, missingSections: (wanted ?? []).filter((n) => !seen.has(n)) };
}

/** The listing of a linked image (the image's source map feeds `sourceText`). */
export function listImage(image: Image, options: ListingOptions): Listing {
  return listDisassembly(listingInputFromImage(image), options);
}

/** The listing of a read ELF file, seeing its sections and symbols exactly as objdump does. */
export function listElf(elf: ElfFile, options: ListingOptions, sourceMap: Image['sourceMap'] = []): Listing {
  return listDisassembly(listingInputFromElf(elf, sourceMap), options);
}
