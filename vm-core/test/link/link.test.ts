import { describe, expect, it } from 'vitest';
import { link } from '../../src/link/index.js';
import { mergeSections } from '../../src/link/merge.js';
import { SHF, SHT, type ObjSection, type ObjSymbol, type ObjectFile, type Relocation } from '../../src/asm/object.js';
import type { LinkObject, LinkRelocation, LinkSection } from '../../src/link/index.js';
import type { SourceRange } from '../../src/diagnostics.js';

const at = (file: string, line: number, col = 1, len = 8): SourceRange => ({ file, start: { line, col }, end: { line, col: col + len } });

function words(ws: number[], extra = 0): Uint8Array {
  const b = new Uint8Array(ws.length * 4 + extra);
  const dv = new DataView(b.buffer);
  ws.forEach((w, i) => dv.setUint32(i * 4, w >>> 0, true));
  return b;
}

function text(data: Uint8Array, relocs: LinkRelocation[] = [], name = '.text'): LinkSection {
  return { name, type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.EXECINSTR, entsize: 0, align: 4, data, size: data.length, relocs, lines: [] };
}

function data(bytes: Uint8Array, relocs: Relocation[] = [], name = '.data'): ObjSection {
  return { name, type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.WRITE, entsize: 0, align: 4, data: bytes, size: bytes.length, relocs, lines: [] };
}

function obj(path: string, sections: LinkSection[], symbols: LinkObject['symbols'], extra: Partial<ObjectFile> = {}): LinkObject {
  return { path, sections, symbols, attributes: { arch: 'rv32i2p1_m2p0_zmmul1p0' }, idents: [], ...extra };
}

const gsym = (name: string, section: number, value: number, range?: SourceRange): ObjSymbol =>
  range ? { name, section, value, binding: 'global', type: 'notype', range } : { name, section, value, binding: 'global', type: 'notype' };

const NOP = 0x00000013;
const BEQ = 0x00000063;
const JAL = 0x0000006f;
const AUIPC_RA = 0x00000097;
const JALR_RA = 0x000080e7;
const AUIPC_A0 = 0x00000517;
const ADDI_A0 = 0x00050513;

const rd = (img: { sections: { name: string; data: Uint8Array }[] }, sec: string, off: number): number =>
  new DataView(img.sections.find((s) => s.name === sec)!.data.buffer).getUint32(off, true);

describe('link: symbols and diagnostics', () => {
  it('reports an undefined symbol at the relocation that uses it', () => {
    const range = at('a.s', 3, 3, 8);
    const o = obj('a.s', [text(words([AUIPC_RA, JALR_RA]), [{ offset: 0, kind: 'call', target: { kind: 'symbol', name: 'foo' }, addend: 0, range }])], [gsym('_start', 0, 0)]);
    const r = link([o]);
    expect(r.image).toBeUndefined();
    expect(r.diagnostics).toEqual([{ severity: 'error', code: 'link/undefined-symbol', message: "undefined reference to `foo'", range }]);
  });

  it('leaves a symbol undefined (0) only when every reference to it is weak', () => {
    const use = (name: string) => [{ offset: 0, kind: 'hi20' as const, target: { kind: 'symbol' as const, name }, addend: 0, range: at('a.s', 1) }];
    const a = obj('a.s', [text(words([0x537]), use('w'))], [gsym('_start', 0, 0), { name: 'w', section: 'undef', value: 0, binding: 'weak', type: 'notype' }]);
    expect(link([a]).diagnostics).toEqual([]);
    const b = obj('b.s', [text(words([0x537]), use('w'))], [{ name: 'w', section: 'undef', value: 0, binding: 'global', type: 'notype' }]);
    expect(link([a, b]).diagnostics.map((d) => d.message)).toEqual(["undefined reference to `w'", "undefined reference to `w'"]);
  });

  it('reports a duplicate definition with both places', () => {
    const first = at('a.s', 2);
    const second = at('b.s', 5);
    const a = obj('a.s', [text(words([NOP]))], [gsym('_start', 0, 0), gsym('dup', 0, 0, first)]);
    const b = obj('b.s', [text(words([NOP]))], [gsym('dup', 0, 0, second)]);
    const r = link([a, b]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'link/duplicate-symbol', message: "multiple definition of `dup'", range: second });
    expect(r.diagnostics[0]!.related).toEqual([{ message: 'first defined here', range: first }]);
  });

  it('prefers a strong definition over a weak one and the larger common', () => {
    const a = obj('a.s', [text(words([NOP]))], [
      gsym('_start', 0, 0),
      { name: 'w', section: 0, value: 0, binding: 'weak', type: 'func' },
      { name: 'c', section: 'common', value: 4, binding: 'global', type: 'object', commonAlign: 4 },
    ]);
    const b = obj('b.s', [text(words([NOP, NOP]))], [
      gsym('w', 0, 4),
      { name: 'c', section: 'common', value: 16, binding: 'global', type: 'object', commonAlign: 8 },
    ]);
    const r = link([a, b]);
    expect(r.diagnostics).toEqual([]);
    const img = r.image!;
    const w = img.symbols.find((s) => s.name === 'w')!;
    expect(w).toMatchObject({ binding: 'global', value: img.sections[0]!.addr + 4 + 4, section: '.text' });
    const c = img.symbols.find((s) => s.name === 'c')!;
    expect(c).toMatchObject({ size: 16, section: '.bss', type: 'object' });
    expect(c.value % 8).toBe(0);
  });

  it('warns and uses the start of .text when there is no entry symbol', () => {
    const r = link([obj('a.s', [text(words([NOP]))], [gsym('main', 0, 0)])]);
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.message])).toEqual([
      ['warning', 'link/no-entry', 'cannot find entry symbol _start; defaulting to 00010074'],
    ]);
    expect(r.image!.entry).toBe(0x10074);
    const r2 = link([obj('a.s', [text(words([NOP, NOP]))], [gsym('main', 0, 4)])], { entry: 'main' });
    expect(r2.diagnostics).toEqual([]);
    expect(r2.image!.entry).toBe(0x10078);
    expect(link([obj('a.s', [text(words([NOP]))], [])], { entry: '0x10074' }).image!.entry).toBe(0x10074);
  });

  it('defines the script symbols', () => {
    const o = obj('a.s', [text(words([NOP])), data(words([1]))], [gsym('_start', 0, 0)]);
    const img = link([o]).image!;
    const v = (n: string) => img.symbols.find((s) => s.name === n);
    // Headers: ELF header + 3 program headers (attributes, text, data).
    expect(img.sections[0]).toMatchObject({ name: '.text', addr: 0x10000 + 52 + 3 * 32 });
    expect(v('__DATA_BEGIN__')!.value).toBe(0x11098);
    expect(v('__global_pointer$')).toMatchObject({ value: 0x11898, section: null });
    expect(v('_end')!.value).toBe(0x1109c);
    expect(v('end')).toBeUndefined();
  });
});

describe('link: what the assembler does not emit yet (LinkObject)', () => {
  const LW_A0 = 0x00052503;
  it('builds a GOT for got_hi20 (la under .option pic): locals first, then globals, _GLOBAL_OFFSET_TABLE_ local', () => {
    // auipc a0, %got_pcrel_hi(sym) / lw a0, %pcrel_lo(.L)(a0), once for a local and once for a global.
    const range = at('p.s', 1);
    const la = (off: number, name: string, label: string): LinkRelocation[] => [
      { offset: off, kind: 'got_hi20', target: { kind: 'symbol', name }, addend: 0, range },
      { offset: off + 4, kind: 'pcrel_lo12_i', target: { kind: 'symbol', name: label }, addend: 0, range },
    ];
    const o: LinkObject = obj('p.s', [
      text(words([AUIPC_A0, LW_A0, AUIPC_A0, LW_A0]), [...la(0, 'g', '.L1'), ...la(8, 'l', '.L2')]),
      data(words([5, 6])),
    ], [
      { name: '.L1', section: 0, value: 0, binding: 'local', type: 'notype', temporary: true },
      { name: '.L2', section: 0, value: 8, binding: 'local', type: 'notype', temporary: true },
      { name: 'l', section: 1, value: 4, binding: 'local', type: 'notype' },
      gsym('_start', 0, 0), gsym('g', 1, 0),
    ]);
    const r = link([o]);
    expect(r.diagnostics).toEqual([]);
    const img = r.image!;
    const gotSec = img.sections.find((x) => x.name === '.got')!;
    expect(gotSec).toMatchObject({ flags: SHF.ALLOC | SHF.WRITE, entsize: 4, size: 8 + 4 * 3 });
    const dataAddr = img.sections.find((x) => x.name === '.data')!.addr;
    const got = new DataView(gotSec.data.buffer);
    expect([0, 4, 8, 12, 16].map((k) => got.getUint32(k, true))).toEqual([0xffffffff, 0, 0, dataAddr + 4, dataAddr]);
    const gotSym = img.symbols.find((x) => x.name === '_GLOBAL_OFFSET_TABLE_')!;
    expect(gotSym).toMatchObject({ binding: 'local', type: 'object', section: '.got', value: gotSec.addr + 8 });
    // The auipc/lw pair reaches g's entry (slot 2).
    const textAddr = img.sections[0]!.addr;
    const hi = rd(img, '.text', 0) >>> 12;
    const lo = rd(img, '.text', 4) >> 20;
    expect(textAddr + hi * 4096 + lo).toBe(gotSym.value + 8);
  });

  it('patches the low 6 bits of a byte for set6 (DW_CFA_advance_loc)', () => {
    const range = at('f.s', 1);
    const frame: LinkSection = {
      name: '.debug_frame', type: SHT.PROGBITS, flags: 0, entsize: 0, align: 4, data: new Uint8Array([0x40, 0, 0, 0]), size: 4, lines: [],
      relocs: [{ offset: 0, kind: 'set6', target: { kind: 'section', section: 0, offset: 12 }, minus: { kind: 'section', section: 0, offset: 4 }, addend: 0, range }],
    };
    const img = link([obj('f.s', [text(words([NOP, NOP, NOP, NOP])), frame], [gsym('_start', 0, 0)])]).image!;
    expect(img.sections.find((x) => x.name === '.debug_frame')!.data[0]).toBe(0x48);
  });

  it('keeps the most constraining visibility of a global', () => {
    const a: LinkObject = obj('a.s', [text(words([NOP]))], [gsym('_start', 0, 0), { ...gsym('h', 0, 0), visibility: 'protected' }]);
    const b: LinkObject = obj('b.s', [text(words([NOP]))], [{ name: 'h', section: 'undef', value: 0, binding: 'global', type: 'notype', visibility: 'hidden' }]);
    const img = link([a, b]).image!;
    expect(img.symbols.find((x) => x.name === 'h')).toMatchObject({ binding: 'global', visibility: 'hidden' });
  });

  it('keeps non-allocated sections after .comment in the script order, debug sections resolved at 0', () => {
    const range = at('d.s', 1);
    const sec = (name: string, bytes: Uint8Array, relocs: LinkRelocation[] = []): LinkSection => ({
      name, type: SHT.PROGBITS, flags: 0, entsize: 0, align: 1, data: bytes, size: bytes.length, relocs, lines: [],
    });
    const o: LinkObject = obj('d.s', [
      text(words([NOP])),
      sec('.debug_line', new Uint8Array(4), [{ offset: 0, kind: 'abs32', target: { kind: 'section', section: 0, offset: 0 }, addend: 0, range }]),
      sec('.debug_info', new Uint8Array(4), [{ offset: 0, kind: 'abs32', target: { kind: 'section', section: 1, offset: 0 }, addend: 2, range }]),
      sec('.mynotes', new Uint8Array([1])),
    ], [gsym('_start', 0, 0)], { idents: ['GCC: x'] });
    const img = link([o]).image!;
    expect(img.sections.map((x) => x.name)).toEqual(['.text', '.comment', '.mynotes', '.riscv.attributes', '.debug_info', '.debug_line']);
    expect(new DataView(img.sections.find((x) => x.name === '.debug_line')!.data.buffer).getUint32(0, true)).toBe(img.sections[0]!.addr);
    expect(new DataView(img.sections.find((x) => x.name === '.debug_info')!.data.buffer).getUint32(0, true)).toBe(2);
  });
});

describe('link: thread-local storage (local-exec)', () => {
  it('lays out .tdata then .tbss in a PT_TLS template and resolves tprel offsets from its start', () => {
    const range = at('t.s', 1);
    const LUI_A0 = 0x537;
    const ADDI_A0 = 0x50513;
    const t = text(words([LUI_A0, ADDI_A0]), [
      { offset: 0, kind: 'tprel_hi20', target: { kind: 'symbol', name: 'tb' }, addend: 0, range },
      { offset: 4, kind: 'tprel_lo12_i', target: { kind: 'symbol', name: 'tb' }, addend: 0, range },
    ]);
    const tdata: LinkSection = { ...data(words([7, 8]), [], '.tdata'), flags: SHF.ALLOC | SHF.WRITE | SHF.TLS };
    const tbss: LinkSection = { name: '.tbss', type: SHT.NOBITS, flags: SHF.ALLOC | SHF.WRITE | SHF.TLS, entsize: 0, align: 4, data: new Uint8Array(0), size: 16, relocs: [], lines: [] };
    const r = link([obj('t.s', [t, tdata, tbss, data(words([1]))], [
      gsym('_start', 0, 0), { name: 'tb', section: 2, value: 4, binding: 'global', type: 'tls' },
    ])]);
    expect(r.diagnostics).toEqual([]);
    const img = r.image!;
    const sec = (n: string) => img.sections.find((x) => x.name === n)!;
    // .tbss takes no room: .data starts where it does.
    expect(sec('.tbss').addr).toBe(sec('.tdata').addr + 8);
    expect(sec('.data').addr).toBe(sec('.tbss').addr);
    // tb is 4 bytes into .tbss, which follows 8 bytes of .tdata: offset 12 from the TLS start.
    expect(rd(img, '.text', 4) >>> 20).toBe(12);
    expect(img.symbols.find((x) => x.name === 'tb')).toMatchObject({ value: 12, type: 'tls', section: '.tbss' });
  });
});

describe('link: unsupported input', () => {
  it('reports a thread-pointer relocation in a program without thread-local sections', () => {
    const range = at('t.s', 3);
    const t = text(words([0x537]), [{ offset: 0, kind: 'tprel_hi20', target: { kind: 'symbol', name: 'v' }, addend: 0, range }]);
    const r = link([obj('t.s', [t, data(words([1]))], [gsym('_start', 0, 0), gsym('v', 1, 0)])]);
    expect(r.diagnostics.map((d) => [d.code, d.range])).toEqual([['link/tls-without-segment', range]]);
  });
  it('reports a reference into a section that is not linked', () => {
    const note: ObjSection = { name: '.note.GNU-stack', type: SHT.PROGBITS, flags: 0, entsize: 0, align: 1, data: new Uint8Array(4), size: 4, relocs: [], lines: [] };
    const range = at('n.s', 2);
    const t = text(words([0]), [{ offset: 0, kind: 'abs32', target: { kind: 'section', section: 1, offset: 0 }, addend: 0, range }]);
    const r = link([obj('n.s', [t, note], [gsym('_start', 0, 0)])]);
    expect(r.diagnostics.map((d) => [d.code, d.range])).toEqual([['link/discarded-reference', range]]);
  });
  it('needs at least one object', () => {
    expect(link([]).diagnostics.map((d) => d.code)).toEqual(['link/no-input']);
  });
});

describe('link: relocation checks', () => {
  it('reports a branch out of range with the allowed range', () => {
    const range = at('a.s', 4, 3, 12);
    const t = text(words([BEQ], 8192), [{ offset: 0, kind: 'branch', target: { kind: 'symbol', name: 'far' }, addend: 0, range }]);
    const r = link([obj('a.s', [t], [gsym('_start', 0, 0), gsym('far', 0, 8192)])]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: 'link/branch-out-of-range', range });
    expect(r.diagnostics[0]!.message).toContain('±4 KiB (-4096..4094)');
  });

  it('reports a jal out of range', () => {
    const range = at('a.s', 7);
    const t = text(words([JAL], 0x100000), [{ offset: 0, kind: 'jal', target: { kind: 'symbol', name: 'far' }, addend: 0, range }]);
    const r = link([obj('a.s', [t], [gsym('_start', 0, 0), gsym('far', 0, 0x100004)])]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['link/jal-out-of-range']);
    expect(r.diagnostics[0]!.message).toContain('±1 MiB');
  });

  it('reports misaligned branch targets', () => {
    const range = at('a.s', 2);
    const t = text(words([BEQ, NOP]), [{ offset: 0, kind: 'branch', target: { kind: 'section', section: 0, offset: 5 }, addend: 0, range }]);
    const r = link([obj('a.s', [t], [gsym('_start', 0, 0)])]);
    expect(r.diagnostics.map((d) => [d.code, d.range])).toEqual([['link/misaligned-target', range]]);
  });

  it('pairs %pcrel_lo with the %pcrel_hi at its label and reports a missing one', () => {
    const hi: Relocation = { offset: 0, kind: 'pcrel_hi20', target: { kind: 'symbol', name: 'v' }, addend: 0, range: at('a.s', 1) };
    const lo: Relocation = { offset: 4, kind: 'pcrel_lo12_i', target: { kind: 'section', section: 0, offset: 0 }, addend: 0, range: at('a.s', 2) };
    const t = text(words([AUIPC_A0, ADDI_A0]), [hi, lo]);
    const d = data(words([0x1234]));
    const ok = link([obj('a.s', [t, d], [gsym('_start', 0, 0), gsym('v', 1, 0)])]);
    expect(ok.diagnostics).toEqual([]);
    const img = ok.image!;
    const textAddr = img.sections[0]!.addr;
    const v = img.symbols.find((s) => s.name === 'v')!.value;
    const hiImm = rd(img, '.text', 0) >>> 12;
    const loImm = rd(img, '.text', 4) >> 20;
    expect(textAddr + hiImm * 4096 + loImm).toBe(v);

    const badLo: Relocation = { ...lo, target: { kind: 'section', section: 0, offset: 4 } };
    const bad = link([obj('a.s', [text(words([AUIPC_A0, ADDI_A0]), [hi, badLo]), d], [gsym('_start', 0, 0), gsym('v', 1, 0)])]);
    expect(bad.diagnostics.map((x) => [x.code, x.range])).toEqual([['link/pcrel-lo-missing-hi', lo.range]]);

    // An undefined %pcrel_hi target is reported once, not again at its %pcrel_lo.
    const undef = link([obj('a.s', [text(words([AUIPC_A0, ADDI_A0]), [{ ...hi, target: { kind: 'symbol', name: 'nope' } }, lo])], [gsym('_start', 0, 0)])]);
    expect(undef.diagnostics.map((x) => [x.code, x.range])).toEqual([['link/undefined-symbol', hi.range]]);
  });

  it('computes data words, differences and call pairs', () => {
    const t = text(words([AUIPC_RA, JALR_RA, NOP]), [{ offset: 0, kind: 'call', target: { kind: 'symbol', name: 'f' }, addend: 0, range: at('a.s', 1) }]);
    const d = data(new Uint8Array(12), [
      { offset: 0, kind: 'abs32', target: { kind: 'symbol', name: 'f' }, addend: 4, range: at('a.s', 5) },
      { offset: 4, kind: 'abs32', target: { kind: 'symbol', name: 'f' }, addend: 0, minus: { kind: 'section', section: 0, offset: 0 }, range: at('a.s', 6) },
      { offset: 8, kind: 'abs16', target: { kind: 'section', section: 1, offset: 8 }, addend: 0, range: at('a.s', 7) },
    ]);
    const r = link([obj('a.s', [t, d], [gsym('_start', 0, 0), gsym('f', 0, 8)])]);
    expect(r.diagnostics).toEqual([]);
    const img = r.image!;
    const f = img.symbols.find((s) => s.name === 'f')!.value;
    expect(rd(img, '.data', 0)).toBe(f + 4);
    expect(rd(img, '.data', 4)).toBe(8);
    const dataAddr = img.sections.find((s) => s.name === '.data')!.addr;
    expect(rd(img, '.data', 8) & 0xffff).toBe((dataAddr + 8) & 0xffff);
    expect(rd(img, '.text', 0)).toBe(AUIPC_RA);
    expect(rd(img, '.text', 4)).toBe((JALR_RA | (8 << 20)) >>> 0);
  });
});

describe('link: outputs', () => {
  it('builds the source map from line entries, sorted by address', () => {
    const t = text(words([NOP, NOP]));
    t.lines = [
      { offset: 4, size: 4, range: at('a.s', 3), kind: 'insn' },
      { offset: 0, size: 4, range: at('a.s', 2), kind: 'insn', expandedFrom: [at('a.s', 9)] },
    ];
    const d = data(words([7]));
    d.lines = [{ offset: 0, size: 4, range: at('a.s', 5), kind: 'data' }];
    const img = link([obj('a.s', [t, d], [gsym('_start', 0, 0)])]).image!;
    expect(img.sourceMap.map((e) => [e.addr.toString(16), e.range.start.line, e.kind])).toEqual([
      ['10094', 2, 'insn'], ['10098', 3, 'insn'], ['1109c', 5, 'data'],
    ]);
    expect(img.sourceMap[0]!.expandedFrom).toEqual([at('a.s', 9)]);
  });

  it('merges .ident strings into one .comment and attributes into one section', () => {
    const a = obj('a.s', [text(words([NOP]))], [gsym('_start', 0, 0)], { idents: ['GCC: x'], attributes: { arch: 'rv32i2p1', stackAlign: 16 } });
    const b = obj('b.s', [text(words([NOP]))], [], { idents: ['GCC: x', 'mine'], attributes: { arch: 'rv32i2p1_m2p0', unalignedAccess: 1 } });
    const img = link([a, b]).image!;
    const comment = img.sections.find((s) => s.name === '.comment')!;
    expect(new TextDecoder().decode(comment.data)).toBe('GCC: x\0mine\0');
    expect(comment).toMatchObject({ flags: SHF.MERGE | SHF.STRINGS, entsize: 1 });
    const attrs = img.sections.find((s) => s.name === '.riscv.attributes')!;
    expect(new TextDecoder().decode(attrs.data)).toContain('rv32i2p1_m2p0');
    const c = link([a, obj('c.s', [text(words([NOP]))], [], { attributes: { stackAlign: 8 } })]);
    expect(c.diagnostics.map((d) => d.code)).toEqual(['link/attribute-conflict']);
  });

  it('keeps two files\' local symbols apart and names their files', () => {
    const a = obj('dir/a.o', [text(words([NOP]))], [gsym('_start', 0, 0), { name: 'loop', section: 0, value: 0, binding: 'local', type: 'notype' }]);
    const b = obj('b.o', [text(words([NOP]))], [
      { name: 'b.c', section: 'abs', value: 0, binding: 'local', type: 'file' },
      { name: 'loop', section: 0, value: 0, binding: 'local', type: 'notype' },
      { name: '.Ltmp', section: 0, value: 0, binding: 'local', type: 'notype' },
    ]);
    const img = link([a, b]).image!;
    const locals = img.symbols.filter((s) => s.binding === 'local').map((s) => [s.name, s.type, s.file ?? '', s.value.toString(16)]);
    expect(locals).toEqual([
      ['a.o', 'file', '', '0'], ['loop', 'notype', 'a.o', '10074'],
      ['b.c', 'file', '', '0'], ['loop', 'notype', 'b.c', '10078'],
    ]);
  });
});

describe('mergeSections', () => {
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  const text = (b: Uint8Array): string => new TextDecoder().decode(b);
  it('removes duplicate strings and shares tails, each string staying in the member that brought it', () => {
    const m = mergeSections([
      { data: enc('hello\0world\0lo\0'), align: 1, entsize: 1, strings: true },
      { data: enc('orld\0hello\0bye\0'), align: 1, entsize: 1, strings: true },
    ]);
    expect(m.data.map(text)).toEqual(['hello\0world\0', 'bye\0']);
    expect(m.kept).toEqual([true, true]);
    expect(m.map(0, 12)).toEqual({ member: 0, offset: 3 }); // "lo" is the tail of "hello"
    expect(m.map(1, 0)).toEqual({ member: 0, offset: 7 }); // "orld" is the tail of "world"
    expect(m.map(1, 5)).toEqual({ member: 0, offset: 0 });
    expect(m.map(1, 7)).toEqual({ member: 0, offset: 2 }); // into the middle of the second "hello"
    expect(m.map(1, 11)).toEqual({ member: 1, offset: 0 });
  });
  it('drops a member that brings nothing new', () => {
    const m = mergeSections([
      { data: enc('abc\0'), align: 1, entsize: 1, strings: true },
      { data: enc('bc\0abc\0'), align: 1, entsize: 1, strings: true },
    ]);
    expect(m.kept).toEqual([true, false]);
    expect(m.data.map(text)).toEqual(['abc\0', '']);
  });
  it('keeps aligned strings aligned', () => {
    // What GNU ld 2.40 makes of this .rodata.str1.4: "def" would sit at offset 3 inside "abcdef",
    // not 4-aligned, so it stays separate; the padding's empty string keeps an aligned slot.
    const m = mergeSections([{ data: enc('abcdef\0\0def\0\0\0\0\0'), align: 4, entsize: 1, strings: true }]);
    expect(Buffer.from(m.data[0]!).toString('hex')).toBe('61626364656600006465660000000000');
  });
  it('removes duplicate constants', () => {
    const m = mergeSections([
      { data: new Uint8Array([7, 0, 0, 0, 9, 0, 0, 0, 7, 0, 0, 0]), align: 4, entsize: 4, strings: false },
      { data: new Uint8Array([9, 0, 0, 0, 1, 0, 0, 0]), align: 4, entsize: 4, strings: false },
    ]);
    expect(m.data.map((d) => Array.from(d))).toEqual([[7, 0, 0, 0, 9, 0, 0, 0], [1, 0, 0, 0]]);
    expect(m.map(0, 8)).toEqual({ member: 0, offset: 0 });
    expect(m.map(1, 0)).toEqual({ member: 0, offset: 4 });
    expect(m.map(1, 4)).toEqual({ member: 1, offset: 0 });
  });
});
