// The DWARF line table (.debug_line, versions 2–5) of a linked ELF file as a source map, so that
// `disasm -S` can show source lines for files built with `as -g`, as `objdump -S` does.

import type { SourceMapEntry } from '../image.js';
import type { ElfFile } from '../elf/read.js';
import { ET_REL } from '../elf/constants.js';

class LineTableError extends Error {}

class Reader {
  constructor(readonly data: Uint8Array, public pos = 0, readonly end = data.length) {}
  private need(n: number): void {
    if (this.pos + n > this.end) throw new LineTableError(`line table truncated at byte offset ${this.pos} of .debug_line`);
  }
  u8(): number {
    this.need(1);
    return this.data[this.pos++]!;
  }
  u16(): number {
    return this.u8() | (this.u8() << 8);
  }
  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }
  /** An offset or address of `size` bytes; values beyond 2^53 cannot occur in an RV32 file. */
  uN(size: number): number {
    let v = 0;
    for (let i = 0; i < size; i++) v += this.u8() * 2 ** (8 * i);
    return v;
  }
  uleb(): number {
    let v = 0;
    let scale = 1;
    for (;;) {
      const b = this.u8();
      v += (b & 0x7f) * scale;
      scale *= 128;
      if (!(b & 0x80)) return v;
    }
  }
  sleb(): number {
    let v = 0;
    let scale = 1;
    for (;;) {
      const b = this.u8();
      v += (b & 0x7f) * scale;
      scale *= 128;
      if (!(b & 0x80)) return b & 0x40 ? v - scale : v;
    }
  }
  cstring(): string {
    const z = this.data.indexOf(0, this.pos);
    if (z < 0 || z >= this.end) throw new LineTableError(`unterminated string at byte offset ${this.pos} of .debug_line`);
    const s = new TextDecoder().decode(this.data.subarray(this.pos, z));
    this.pos = z + 1;
    return s;
  }
}

function stringAt(section: Uint8Array | undefined, offset: number, name: string): string {
  if (!section || offset >= section.length) throw new LineTableError(`string offset ${offset} lies outside ${name}`);
  return new Reader(section, offset).cstring();
}

interface FileEntry {
  name: string;
  dir: number;
}

interface Row {
  addr: number;
  file: number;
  line: number;
  end: boolean;
}

// DW_FORM values that line-table entry formats use.
const FORM = { block: 0x09, block1: 0x0a, data1: 0x0b, data2: 0x05, data4: 0x06, data8: 0x07, data16: 0x1e, string: 0x08, strp: 0x0e, line_strp: 0x1f, udata: 0x0f, sdata: 0x0d } as const;
const LNCT_PATH = 1;
const LNCT_DIRECTORY_INDEX = 2;

function readForm(r: Reader, form: number, offsetSize: number, strings: { line?: Uint8Array; str?: Uint8Array }): string | number {
  switch (form) {
    case FORM.string: return r.cstring();
    case FORM.line_strp: return stringAt(strings.line, r.uN(offsetSize), '.debug_line_str');
    case FORM.strp: return stringAt(strings.str, r.uN(offsetSize), '.debug_str');
    case FORM.udata: return r.uleb();
    case FORM.sdata: return r.sleb();
    case FORM.data1: return r.u8();
    case FORM.data2: return r.u16();
    case FORM.data4: return r.u32();
    case FORM.data8: return r.uN(8);
    case FORM.data16: r.uN(8); r.uN(8); return 0;
    case FORM.block: r.pos += r.uleb(); return 0;
    case FORM.block1: r.pos += r.u8(); return 0;
    default: throw new LineTableError(`unsupported form 0x${form.toString(16)} in a .debug_line header at byte offset ${r.pos}`);
  }
}

function entryTable(r: Reader, offsetSize: number, strings: { line?: Uint8Array; str?: Uint8Array }): FileEntry[] {
  const formats: Array<[number, number]> = [];
  const count = r.u8();
  for (let i = 0; i < count; i++) formats.push([r.uleb(), r.uleb()]);
  const entries: FileEntry[] = [];
  const n = r.uleb();
  for (let i = 0; i < n; i++) {
    const e: FileEntry = { name: '', dir: 0 };
    for (const [type, form] of formats) {
      const v = readForm(r, form, offsetSize, strings);
      if (type === LNCT_PATH && typeof v === 'string') e.name = v;
      else if (type === LNCT_DIRECTORY_INDEX && typeof v === 'number') e.dir = v;
    }
    entries.push(e);
  }
  return entries;
}

function join(dir: string | undefined, name: string): string {
  if (name.startsWith('/') || !dir) return name;
  return `${dir}/${name}`;
}

/** One line-number program: its rows, with file names resolved against its directories. */
function unit(r: Reader, strings: { line?: Uint8Array; str?: Uint8Array }, out: Array<Row & { path: string }>): void {
  let length = r.u32();
  let offsetSize = 4;
  if (length === 0xffffffff) {
    length = r.uN(8);
    offsetSize = 8;
  }
  const end = r.pos + length;
  if (end > r.end) throw new LineTableError(`line table at byte offset ${r.pos} runs past the end of .debug_line`);
  const u = new Reader(r.data, r.pos, end);
  r.pos = end;
  const version = u.u16();
  if (version < 2 || version > 5) throw new LineTableError(`unsupported .debug_line version ${version}`);
  if (version >= 5) {
    u.u8(); // address size
    u.u8(); // segment selector size
  }
  const headerLength = u.uN(offsetSize);
  const programStart = u.pos + headerLength;
  const minInstLength = u.u8();
  if (version >= 4) u.u8(); // maximum operations per instruction (VLIW only)
  u.u8(); // default is_stmt: objdump shows every row
  const lineBase = (u.u8() << 24) >> 24;
  const lineRange = u.u8();
  const opcodeBase = u.u8();
  if (lineRange === 0) throw new LineTableError('.debug_line header has a line range of 0');
  const argCounts = [0];
  for (let i = 1; i < opcodeBase; i++) argCounts.push(u.u8());
  let dirs: string[];
  let files: FileEntry[];
  if (version >= 5) {
    dirs = entryTable(u, offsetSize, strings).map((e) => e.name);
    files = entryTable(u, offsetSize, strings);
  } else {
    // Before DWARF 5, index 0 means the compilation directory and tables count from 1.
    dirs = [''];
    for (let d = u.cstring(); d !== ''; d = u.cstring()) dirs.push(d);
    files = [{ name: '', dir: 0 }];
    for (let f = u.cstring(); f !== ''; f = u.cstring()) {
      const dir = u.uleb();
      u.uleb();
      u.uleb();
      files.push({ name: f, dir });
    }
  }
  const pathOf = (file: number): string => {
    const f = files[file];
    return f ? join(dirs[f.dir] || undefined, f.name) : '<unknown>';
  };
  u.pos = programStart;
  let addr = 0;
  let file = 1;
  let line = 1;
  const emit = (endSeq: boolean): void => {
    out.push({ addr: addr >>> 0, file, line, end: endSeq, path: pathOf(file) });
  };
  while (u.pos < end) {
    const op = u.u8();
    if (op >= opcodeBase) {
      const adjusted = op - opcodeBase;
      addr += Math.floor(adjusted / lineRange) * minInstLength;
      line += lineBase + (adjusted % lineRange);
      emit(false);
      continue;
    }
    switch (op) {
      case 0: {
        const len = u.uleb();
        const next = u.pos + len;
        const sub = len ? u.u8() : 0;
        if (sub === 1) {
          emit(true);
          addr = 0;
          file = 1;
          line = 1;
        } else if (sub === 2) addr = u.uN(len - 1);
        else if (sub === 3) {
          const name = u.cstring();
          const dir = u.uleb();
          files.push({ name, dir });
        }
        u.pos = next;
        break;
      }
      case 1: emit(false); break;
      case 2: addr += u.uleb() * minInstLength; break;
      case 3: line += u.sleb(); break;
      case 4: file = u.uleb(); break;
      case 8: addr += Math.floor((255 - opcodeBase) / lineRange) * minInstLength; break;
      case 9: addr += u.u16(); break;
      default:
        for (let i = 0; i < (argCounts[op] ?? 0); i++) u.uleb();
    }
  }
}

/** Rows to source-map entries: each row covers the bytes up to the next row of its sequence. */
function toSourceMap(rows: Array<Row & { path: string }>): SourceMapEntry[] {
  const out: SourceMapEntry[] = [];
  let seq: Array<Row & { path: string }> = [];
  const flush = (endAddr: number): void => {
    const sorted = seq.map((r, i) => [r, i] as const).sort((a, b) => a[0].addr - b[0].addr || a[1] - b[1]).map(([r]) => r);
    sorted.forEach((r, i) => {
      const next = i + 1 < sorted.length ? sorted[i + 1]!.addr : endAddr;
      if (next <= r.addr) return; // a later row at the same address wins
      const pos = { line: r.line, col: 1 };
      out.push({ addr: r.addr, size: next - r.addr, range: { file: r.path, start: pos, end: pos }, kind: 'insn' });
    });
    seq = [];
  };
  for (const r of rows) {
    if (r.end) flush(r.addr);
    else seq.push(r);
  }
  return out.sort((a, b) => a.addr - b.addr);
}

/** Source map from raw .debug_line bytes (and the string sections DWARF 5 names refer to). */
export function sourceMapFromDebugLine(debugLine: Uint8Array, lineStr?: Uint8Array, str?: Uint8Array): { sourceMap: SourceMapEntry[]; error?: string } {
  const rows: Array<Row & { path: string }> = [];
  const r = new Reader(debugLine);
  const strings: { line?: Uint8Array; str?: Uint8Array } = {};
  if (lineStr) strings.line = lineStr;
  if (str) strings.str = str;
  try {
    while (r.pos < r.end) unit(r, strings, rows);
  } catch (err) {
    if (!(err instanceof LineTableError)) throw err;
    return { sourceMap: toSourceMap(rows), error: err.message };
  }
  return { sourceMap: toSourceMap(rows) };
}

/**
 * The source map an executable's DWARF line table gives; empty when it has none. Relocatable
 * objects are left out: their line tables still need relocations applied.
 */
export function sourceMapFromElf(elf: ElfFile): { sourceMap: SourceMapEntry[]; error?: string } {
  if (elf.header.type === ET_REL) return { sourceMap: [] };
  const section = (name: string): Uint8Array | undefined => elf.sections.find((s) => s.name === name)?.data;
  const debugLine = section('.debug_line');
  if (!debugLine) return { sourceMap: [] };
  return sourceMapFromDebugLine(debugLine, section('.debug_line_str'), section('.debug_str'));
}
