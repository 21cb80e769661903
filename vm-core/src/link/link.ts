// The linker: what GNU ld's default script does with these programs, byte for byte. Input
// sections are mapped to output sections, SHF_MERGE sections merged, common symbols allocated,
// sections laid out from 0x10000 + SIZEOF_HEADERS, linker symbols defined, relocations applied.

import { diagnostic, fileRange, type Diagnostic, type SourceRange } from '../diagnostics.js';
import type { ImageSection, ImageSymbol, SourceMapEntry } from '../image.js';
import { SHF, SHT, type ObjSymbol, type RelocTarget } from '../asm/object.js';
import type { LinkObject, LinkRelocation, LinkSection } from './input.js';
import { COMMONPAGESIZE, EHDR_SIZE, MAXPAGESIZE, PF_R, PF_W, PF_X, PHDR_SIZE, TEXT_SEGMENT_START } from '../elf/constants.js';
import { encodeAttributes } from '../elf/attributes.js';
import { headerSegmentStart, programHeaderCount, type ElfImage, type ElfImageSymbol } from '../elf/write.js';
import { mergeAttributes } from './attributes.js';
import { hashTraversalOrder } from './hash-order.js';
import { editEhFrames } from './eh-frame.js';
import { mergeSections, type MergeResult } from './merge.js';
import { GOT_ENTRY, GOT_PLT_HEADER, planGot, type GotPlan } from './got.js';
import { accumulate, VIS_RANK, type GlobalDef, type GlobalSym } from './globals.js';
import { applyReloc, isPcRelative } from './relocate.js';
import { BSS_SPECS, DATA_SPECS, DISCARDED, NONALLOC_SPECS, RODATA_SPECS, TEXT_SPECS, globMatch, initPriority, type OutputSpec } from './script.js';

export interface LinkOptions {
  /** Entry symbol (ld -e); `_start` by default. A number is taken as an address. */
  entry?: string;
}

export interface LinkResult {
  /** An Image; its global symbols may carry the visibility the writer puts in st_other. */
  image?: ElfImage;
  diagnostics: Diagnostic[];
}

interface InSec {
  obj: number;
  idx: number;
  sec: LinkSection;
  rank: number;
  sortKey: number | string;
  out?: OutSec;
  excluded: boolean;
  size: number;
  align: number;
  outOffset: number;
  data: Uint8Array;
  /** The section's relocations, offsets as in `data` (.eh_frame editing moves them). */
  relocs: LinkRelocation[];
  merge?: { group: MergeGroup; member: number };
  /** COMMON pseudo-section: the common symbols this object wins, allocated in hash order. */
  commons?: Array<{ name: string; size: number; align: number; offset: number }>;
}

interface MergeGroup {
  members: InSec[];
  result?: MergeResult;
}

interface OutSec {
  spec: OutputSpec;
  name: string;
  inputs: InSec[];
  orphan: boolean;
  /** Has a symbol assignment in the script, so ld creates it even without input. */
  hasAssignment: boolean;
  kept: boolean;
  addr: number;
  size: number;
  align: number;
  flags: number;
  type: number;
  entsize: number;
}

const SEC_ALLOC = 1, SEC_LOAD = 2, SEC_READONLY = 4, SEC_CODE = 8, SEC_TLS = 16;

function bfdFlags(type: number, flags: number): number {
  let f = 0;
  if (flags & SHF.ALLOC) f |= SEC_ALLOC;
  if (flags & SHF.ALLOC && type !== SHT.NOBITS) f |= SEC_LOAD;
  if (!(flags & SHF.WRITE)) f |= SEC_READONLY;
  if (flags & SHF.EXECINSTR) f |= SEC_CODE;
  if (flags & SHF.TLS) f |= SEC_TLS;
  return f;
}

const alignUp = (v: number, a: number): number => (a > 1 ? Math.ceil(v / a) * a : v);
const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
const basename = (p: string): string => p.replace(/^.*[\\/]/, '');
const isLocalLabel = (name: string): boolean => name.startsWith('.L');
const GOT_SYMBOL = '_GLOBAL_OFFSET_TABLE_';
const TPREL_KINDS = new Set<string>(['tprel_hi20', 'tprel_lo12_i', 'tprel_lo12_s', 'tprel_add']);

export function link(objects: readonly LinkObject[], options: LinkOptions = {}): LinkResult {
  const diagnostics: Diagnostic[] = [];
  const objRange = (i: number): SourceRange => fileRange(objects[i]?.path ?? '<link>');
  if (!objects.length) {
    diagnostics.push(diagnostic('error', 'link/no-input', 'no input files', fileRange('<link>')));
    return { diagnostics };
  }

  // ---- Output sections in script order; orphans join after the section of their kind.
  const specs: OutputSpec[] = [...TEXT_SPECS, ...RODATA_SPECS, ...DATA_SPECS, ...BSS_SPECS];
  const outs: OutSec[] = specs.map((spec) => newOut(spec, spec.name, false));
  // Non-allocated ones: the script's (debug information) with orphans after .comment.
  const nonAllocOuts: OutSec[] = NONALLOC_SPECS.map((spec) => newOut(spec, spec.name, false));
  const commentOut = nonAllocOuts.find((o) => o.name === '.comment')!;
  for (const name of ['.data', '.sdata', '.bss']) outs.find((o) => o.name === name)!.hasAssignment = true;

  const inputs: InSec[][] = objects.map(() => []);
  const orphanAfter = new Map<string, OutSec>();
  // An orphan non-allocated section goes after .comment, after the orphans placed there before.
  const placeNonAllocOrphan = (out: OutSec): void => {
    const after = orphanAfter.get('.comment') ?? commentOut;
    nonAllocOuts.splice(nonAllocOuts.indexOf(after) + 1, 0, out);
    orphanAfter.set('.comment', out);
  };
  let attrOut: OutSec | undefined;
  objects.forEach((obj, oi) => {
    obj.sections.forEach((sec, si) => {
      const inp: InSec = {
        obj: oi, idx: si, sec, rank: 0, sortKey: 0, excluded: false, size: sec.size, align: Math.max(1, sec.align),
        outOffset: 0, data: sec.type === SHT.NOBITS ? new Uint8Array(0) : sec.data.slice(0, sec.size), relocs: sec.relocs,
      };
      inputs[oi]![si] = inp;
      if (DISCARDED.some((grp) => grp.some((p) => globMatch(p, sec.name)))) return;
      if (!(sec.flags & SHF.ALLOC)) {
        if (sec.type === SHT.NOBITS) return;
        const gi = (o: OutSec): number => o.spec.groups.findIndex((grp) => grp.some((p) => globMatch(p, sec.name)));
        let out = nonAllocOuts.find((o) => (o.orphan ? o.name === sec.name : gi(o) >= 0 && o !== commentOut));
        if (!out) {
          out = newOut({ name: sec.name, groups: [[sec.name]], data: false, nonAlloc: true }, sec.name, true);
          placeNonAllocOrphan(out);
        }
        inp.rank = out.orphan ? 0 : Math.max(0, gi(out));
        addInput(out, inp);
        return;
      }
      let placed = false;
      for (const out of outs) {
        if (out.orphan) continue;
        const gi = out.spec.groups.findIndex((grp) => grp.some((p) => p !== 'COMMON' && globMatch(p, sec.name)));
        if (gi < 0) continue;
        inp.rank = gi;
        inp.sortKey = out.spec.sorted?.has(gi) ? (out.name.endsWith('_array') ? initPriority(sec.name) : sec.name) : 0;
        addInput(out, inp);
        placed = true;
        break;
      }
      if (placed) return;
      // Orphan: its own output section, after the last one of the same kind (ldelf_place_orphan).
      let out = outs.find((o) => o.orphan && o.name === sec.name);
      if (!out) {
        // (ld puts allocated notes just after .interp, so that they sit right after the program headers)
        const anchorName = sec.type === SHT.NOTE ? '.interp'
          : sec.flags & SHF.TLS ? '.tdata'
          : sec.type === SHT.NOBITS ? '.bss'
            : sec.flags & SHF.WRITE ? '.data'
              : sec.flags & SHF.EXECINSTR ? '.text' : '.rodata';
        const anchorSpec = specs.find((s) => s.name === anchorName)!;
        const spec: OutputSpec = { name: sec.name, groups: [[sec.name]], data: anchorSpec.data };
        out = newOut(spec, sec.name, true);
        const after = orphanAfter.get(anchorName) ?? outs.find((o) => o.name === anchorName)!;
        outs.splice(outs.indexOf(after) + 1, 0, out);
        orphanAfter.set(anchorName, out);
      }
      addInput(out, inp);
    });
    // GNU as writes .riscv.attributes after all other sections: an orphan of its own.
    if (!attrOut && Object.keys(obj.attributes).length) {
      attrOut = newOut({ name: '.riscv.attributes', groups: [], data: false, nonAlloc: true }, '.riscv.attributes', true);
      attrOut.type = SHT.RISCV_ATTRIBUTES;
      placeNonAllocOrphan(attrOut);
    }
  });

  // ---- Global symbol resolution, in the order symbols enter ld's hash table.
  const globals = new Map<string, GlobalSym>();
  const globalOrder: string[] = [];
  const getGlobal = (name: string): GlobalSym => {
    let g = globals.get(name);
    if (!g) {
      g = { name, commonSize: 0, commonAlign: 1, referenced: false };
      globals.set(name, g);
      globalOrder.push(name);
    }
    return g;
  };
  const symRange = (oi: number, s: ObjSymbol): SourceRange => s.range ?? objRange(oi);
  objects.forEach((obj, oi) => {
    for (const s of obj.symbols) {
      if (s.binding === 'local') continue;
      const g = getGlobal(s.name);
      const oldWeak = g.def ? g.def.strength === 'weak' : g.undefWeak === true;
      const definition = s.section !== 'undef' && s.section !== 'common';
      // ld skips a weak definition of a symbol already defined: it changes nothing, size and type included.
      if (definition && s.binding === 'weak' && g.def && g.def.strength !== 'common') continue;
      // The most constraining visibility any file gives the symbol.
      if (s.visibility && s.visibility !== 'default' && VIS_RANK[s.visibility] < VIS_RANK[g.visibility ?? 'default']) g.visibility = s.visibility;
      if (s.section === 'undef') {
        g.referenced = true;
        if (!g.def) g.undefWeak = s.binding === 'weak' && g.undefWeak !== false;
        accumulate(g, s, false, oldWeak);
        continue;
      }
      const strength: GlobalDef['strength'] = s.section === 'common' ? 'common' : s.binding === 'weak' ? 'weak' : 'strong';
      const cur = g.def;
      if (strength === 'common') {
        g.commonSize = Math.max(g.commonSize, s.value);
        g.commonAlign = Math.max(g.commonAlign, s.commonAlign ?? 1);
      }
      if (!cur) {
        g.def = { obj: oi, sym: s, strength };
      } else if (cur.strength === 'strong' && strength === 'strong') {
        diagnostics.push(diagnostic('error', 'link/duplicate-symbol', `multiple definition of \`${s.name}'`, symRange(oi, s), [
          { message: 'first defined here', range: symRange(cur.obj, cur.sym) },
        ]));
      } else if (strength === 'strong' || (strength === 'common' && cur.strength === 'weak')) {
        g.def = { obj: oi, sym: s, strength };
      } else if (strength === 'common' && cur.strength === 'common' && s.value > cur.sym.value) {
        g.def = { obj: oi, sym: s, strength };
      }
      accumulate(g, s, definition, oldWeak);
    }
  });
  // Each object's own (local) definitions by name: a reference finds these before any global.
  const localDefs = objects.map((obj) => {
    const m = new Map<string, ObjSymbol>();
    for (const s of obj.symbols) {
      if (s.binding !== 'local' || s.type === 'section' || s.type === 'file' || s.section === 'undef' || s.section === 'common') continue;
      if (!m.has(s.name)) m.set(s.name, s);
    }
    return m;
  });
  // A symbol left undefined may be 0 only while every file that refers to it does so weakly.
  const weakUndef = new Set<string>();
  const strongUndef = new Set<string>();
  for (const obj of objects) for (const s of obj.symbols) if (s.section === 'undef') (s.binding === 'weak' ? weakUndef : strongUndef).add(s.name);
  for (const name of strongUndef) weakUndef.delete(name);
  // Which names objects reference through relocations (for PROVIDE).
  objects.forEach((obj, oi) => {
    for (const sec of obj.sections) for (const r of sec.relocs) {
      for (const t of [r.target, r.minus]) if (t?.kind === 'symbol' && !localDefs[oi]!.has(t.name)) getGlobal(t.name).referenced = true;
    }
  });
  const entryName = options.entry ?? '_start';
  if (!/^(0x[0-9a-f]+|\d+)$/i.test(entryName) && !globals.has(entryName)) getGlobal(entryName);

  // ---- COMMON symbols: into each defining object's COMMON section, in hash traversal order.
  const scriptNames = ['__global_pointer$', '__SDATA_BEGIN__', '__DATA_BEGIN__', '__BSS_END__', '__bss_start', '_edata', '_end'];
  const provideNames = ['__executable_start', '__etext', '_etext', 'etext', 'edata', 'end'];
  // PROVIDE_HIDDEN: hidden, so the executable lists them as locals.
  const arrayOuts = ['.preinit_array', '.init_array', '.fini_array'];
  const hiddenNames = [...arrayOuts.flatMap((n) => [`__${n.slice(1)}_start`, `__${n.slice(1)}_end`]), '__rela_iplt_start', '__rela_iplt_end'];
  // A GOT relocation makes ld create the GOT (and _GLOBAL_OFFSET_TABLE_) while it checks relocations.
  const wantsGot = objects.some((o) => o.sections.some((sec) => sec.relocs.some((r) => r.kind === 'got_hi20')));
  if (wantsGot) getGlobal(GOT_SYMBOL);
  for (const n of [...scriptNames]) getGlobal(n).script = true;
  let got: { plan: GotPlan; plt: InSec; table: InSec } | undefined;
  if (wantsGot) {
    let order: string[] | undefined;
    const plan = planGot(objects, (oi, name) => localDefs[oi]!.has(name), (names) => {
      order ??= hashTraversalOrder(globalOrder);
      const want = new Set(names);
      return order.filter((n) => want.has(n));
    })!;
    const synthetic = (name: string, data: Uint8Array, rank: number): InSec => ({
      obj: plan.owner, idx: Number.MAX_SAFE_INTEGER - 1 + rank / 2, rank, sortKey: 0, excluded: false, size: data.length, align: GOT_ENTRY, outOffset: 0, data, relocs: [],
      sec: { name, type: SHT.PROGBITS, flags: SHF.ALLOC | SHF.WRITE, entsize: 0, align: GOT_ENTRY, data, size: data.length, relocs: [], lines: [] },
    });
    got = { plan, plt: synthetic('.got.plt', GOT_PLT_HEADER.slice(), 0), table: synthetic('.got', new Uint8Array(plan.size * GOT_ENTRY), 2) };
    const gotOut = outs.find((o) => o.name === '.got' && !o.orphan)!;
    addInput(gotOut, got.plt);
    addInput(gotOut, got.table);
    getGlobal(GOT_SYMBOL).hidden = true;
  }
  const commonIns: InSec[] = objects.map((_obj, oi) => ({
    obj: oi, idx: -1, sec: { name: 'COMMON', type: SHT.NOBITS, flags: SHF.ALLOC | SHF.WRITE, entsize: 0, align: 1, data: new Uint8Array(0), size: 0, relocs: [], lines: [] },
    rank: 2, sortKey: 0, excluded: false, size: 0, align: 1, outOffset: 0, data: new Uint8Array(0), relocs: [], commons: [],
  }));
  for (const name of hashTraversalOrder(globalOrder)) {
    const g = globals.get(name)!;
    if (g.def?.strength !== 'common') continue;
    const ci = commonIns[g.def.obj]!;
    const align = g.commonAlign;
    ci.size = alignUp(ci.size, align);
    ci.commons!.push({ name, size: g.commonSize, align, offset: ci.size });
    ci.size += g.commonSize;
    ci.align = Math.max(ci.align, align);
  }
  const bssOut = outs.find((o) => o.name === '.bss')!;
  for (const ci of commonIns) if (ci.commons!.length) addInput(bssOut, ci);

  // ---- Order inputs within output sections; merge SHF_MERGE groups.
  for (const out of [...outs, ...nonAllocOuts]) {
    out.inputs.sort((a, b) => a.rank - b.rank || cmpKey(a.sortKey, b.sortKey) || a.obj - b.obj || a.idx - b.idx);
    // ld adds inputs in this order, and what the first one brings (type, .text's writability) sticks.
    const sorted = out.inputs;
    if (sorted.length) {
      out.inputs = [];
      out.flags = 0;
      out.entsize = 0;
      out.type = SHT.NOBITS;
      out.align = 1;
      for (const inp of sorted) addInput(out, inp);
    }
    if (got && out === got.table.out) out.entsize = GOT_ENTRY;
    const groups: MergeGroup[] = [];
    for (const inp of out.inputs) {
      const s = inp.sec;
      if (!(s.flags & SHF.MERGE) || !s.entsize || !inp.size || inp.size % s.entsize || s.relocs.length) continue;
      const strings = (s.flags & SHF.STRINGS) !== 0;
      if ((s.entsize < inp.align && ((s.entsize & (s.entsize - 1)) || !strings)) || (s.entsize > inp.align && s.entsize & (inp.align - 1))) continue;
      let grp = groups.find((gr) => {
        const r = gr.members[0]!.sec;
        return ((r.flags ^ s.flags) & (SHF.MERGE | SHF.STRINGS)) === 0 && r.entsize === s.entsize && gr.members[0]!.align === inp.align;
      });
      if (!grp) {
        grp = { members: [] };
        groups.push(grp);
      }
      inp.merge = { group: grp, member: grp.members.length };
      grp.members.push(inp);
    }
    for (const grp of groups) {
      const res = mergeSections(grp.members.map((m) => ({ data: m.data, align: m.align, entsize: m.sec.entsize, strings: (m.sec.flags & SHF.STRINGS) !== 0 })));
      grp.result = res;
      grp.members.forEach((m, i) => {
        m.data = res.data[i]!;
        m.size = m.data.length;
        m.excluded = !res.kept[i];
      });
    }
    out.kept = out.inputs.some((i) => !i.excluded && i.size > 0);
  }

  // .eh_frame: CIEs repeated across objects are output once.
  const fdePatches: Array<{ inp: InSec; idPos: number; cie: InSec; cieOffset: number }> = [];
  const ehOut = outs.find((o) => o.name === '.eh_frame' && !o.orphan)!;
  {
    const list = ehOut.inputs.filter((i) => !i.excluded && i.sec.type !== SHT.NOBITS);
    const edited = editEhFrames(list.map((i) => ({ data: i.data, relocs: i.relocs })));
    edited.forEach((e, k) => {
      const inp = list[k]!;
      inp.data = e.data;
      inp.size = e.data.length;
      inp.relocs = e.relocs;
      for (const f of e.fdes) fdePatches.push({ inp, idPos: f.idPos, cie: list[f.cie.input]!, cieOffset: f.cie.offset });
    });
    ehOut.kept = ehOut.inputs.some((i) => !i.excluded && i.size > 0);
  }

  // .comment: every object's .ident strings, merged like any SHF_MERGE|SHF_STRINGS section.
  const identInputs = objects.filter((o) => o.idents.length).map((o) => new TextEncoder().encode('\0' + o.idents.join('\0') + '\0'));
  let commentData: Uint8Array | undefined;
  if (identInputs.length) commentData = concat(mergeSections(identInputs.map((data) => ({ data, align: 1, entsize: 1, strings: true }))).data);
  commentOut.kept = commentData !== undefined;
  if (commentData) {
    commentOut.type = SHT.PROGBITS;
    commentOut.flags = SHF.MERGE | SHF.STRINGS;
    commentOut.entsize = 1;
    commentOut.size = commentData.length;
  }

  const merged = mergeAttributes(objects.map((o) => o.attributes));
  for (const c of merged.conflicts) diagnostics.push(diagnostic('error', 'link/attribute-conflict', c.message, objRange(0)));
  const attrData = encodeAttributes(merged.attrs);
  if (attrOut) {
    attrOut.kept = attrData !== undefined;
    attrOut.size = attrData?.length ?? 0;
  }
  // Non-allocated sections start at 0, their inputs one after the other.
  for (const out of nonAllocOuts) {
    if (out === commentOut || out === attrOut) continue;
    let at = 0;
    for (const inp of out.inputs) {
      if (inp.excluded) continue;
      at = alignUp(at, inp.align);
      inp.outOffset = at;
      at += inp.size;
    }
    out.size = at;
  }

  // ---- Layout.
  const keptAlloc = outs.filter((o) => o.kept);
  const hasData = keptAlloc.some((o) => o.spec.data);
  // An input's .note.GNU-stack makes ld describe the stack with PT_GNU_STACK (executable if any note is).
  let gnuStack: number | undefined;
  objects.forEach((obj, oi) => {
    for (const s of obj.sections) {
      if (s.name !== '.note.GNU-stack') continue;
      gnuStack = (gnuStack ?? PF_R | PF_W) | (s.flags & SHF.EXECINSTR ? PF_X : 0);
      if (s.flags & SHF.EXECINSTR) {
        diagnostics.push(diagnostic('warning', 'link/exec-stack', `${obj.path}: requires executable stack (because the .note.GNU-stack section is executable)`, objRange(oi)));
      }
    }
  });
  // SIZEOF_HEADERS: a first guess, then (below) as many headers as the laid-out sections need.
  let phnum = 1 + (hasData ? 1 : 0) + (attrData ? 1 : 0) + (gnuStack !== undefined ? 1 : 0);
  let headerSize = EHDR_SIZE + PHDR_SIZE * phnum;
  const symAt = new Map<string, { value: number; out: OutSec | 'abs'; rule: SectionRule }>();

  const layout = (adjustDataSegment: boolean): { base: number; end: number } => {
    let dot = TEXT_SEGMENT_START + headerSize;
    let base = 0;
    let lastWithSection: OutSec | undefined;
    const define = (name: string, value: number, rule: SectionRule): void => {
      symAt.set(name, { value, out: 'abs', rule });
    };
    let dataStarted = false;
    for (const out of outs) {
      if (out.spec.data && !dataStarted) {
        dataStarted = true;
        // DATA_SEGMENT_ALIGN(MAXPAGESIZE, COMMONPAGESIZE)
        base = adjustDataSegment ? alignUp(dot, MAXPAGESIZE) : alignUp(dot, MAXPAGESIZE) + (dot & (MAXPAGESIZE - 1));
        dot = base;
      }
      if (out.name === '.rodata' && !out.orphan) {
        for (const n of ['__etext', '_etext', 'etext']) define(n, dot, { after: lastWithSection });
      }
      if (out.name === '.sbss' && !out.orphan) {
        for (const n of ['_edata', 'edata']) define(n, dot, { after: lastWithSection });
        define('__bss_start', dot, { next: outs.indexOf(out), after: lastWithSection });
      }
      const isArray = !out.orphan && arrayOuts.includes(out.name);
      if (out.kept) {
        dot = alignUp(dot, out.align);
        out.addr = dot;
        for (const inp of out.inputs) {
          if (inp.excluded) continue;
          dot = alignUp(dot, inp.align);
          inp.outOffset = dot - out.addr;
          dot += inp.size;
        }
        if (out.name === '.bss' && !out.orphan && dot !== 0) dot = alignUp(dot, 4);
        out.size = dot - out.addr;
        // .tbss takes no room: what follows starts where it does (each thread gets its own copy).
        if (out.type === SHT.NOBITS && out.flags & SHF.TLS) dot = out.addr;
      } else {
        // A removed section still has an address: symbols defined in its empty inputs keep it.
        out.addr = dot;
        for (const inp of out.inputs) inp.outOffset = 0;
      }
      if (out.name === '.rela.plt' && !out.orphan) {
        define('__rela_iplt_start', out.kept ? out.addr : dot, { inside: out });
        define('__rela_iplt_end', dot, { inside: out });
      }
      if (isArray) {
        define(`__${out.name.slice(1)}_start`, out.kept ? out.addr : dot, { inside: out });
        define(`__${out.name.slice(1)}_end`, dot, { inside: out });
      }
      if (out.name === '.data' && !out.orphan) define('__DATA_BEGIN__', out.kept ? out.addr : dot, { inside: out });
      if (out.name === '.sdata' && !out.orphan) define('__SDATA_BEGIN__', out.kept ? out.addr : dot, { inside: out });
      if (out.kept || out.hasAssignment || out.inputs.length) lastWithSection = out;
    }
    if (!dataStarted) {
      base = adjustDataSegment ? alignUp(dot, MAXPAGESIZE) : alignUp(dot, MAXPAGESIZE) + (dot & (MAXPAGESIZE - 1));
      dot = base;
    }
    dot = alignUp(dot, 4);
    // Assignments after the last output section belong to it (ld's section_for_dot).
    const bssRule: SectionRule = { after: lastWithSection };
    define('__BSS_END__', dot, bssRule);
    const sdataBegin = symAt.get('__SDATA_BEGIN__')!.value;
    const dataBegin = symAt.get('__DATA_BEGIN__')!.value;
    define('__global_pointer$', Math.min(sdataBegin + 0x800, Math.max(dataBegin + 0x800, dot - 0x800)), 'abs');
    define('_end', dot, bssRule);
    define('end', dot, bssRule);
    // SEGMENT_START is an address, so the symbol belongs to the first output section that follows.
    define('__executable_start', TEXT_SEGMENT_START, { next: 0, after: undefined });
    return { base, end: dot };
  };
  const sizeSections = (): void => {
    const seg = layout(false);
    // ld's second DATA_SEGMENT_ALIGN variant, when it needs fewer common pages.
    const first = -seg.base & (COMMONPAGESIZE - 1);
    const last = seg.end & (COMMONPAGESIZE - 1);
    if (first && last && (seg.base & ~(COMMONPAGESIZE - 1)) !== (seg.end & ~(COMMONPAGESIZE - 1)) && first + last <= COMMONPAGESIZE) {
      layout(true);
    }
  };
  // ld lays out again while the segments the layout makes need another number of program headers.
  for (let tries = 0; tries < 8; tries++) {
    sizeSections();
    const laidOut: ImageSection[] = outs.filter((o) => o.kept).map((o) => ({
      name: o.name, type: o.type, flags: o.flags, addr: o.addr, size: o.size, align: o.align, entsize: 0, data: new Uint8Array(0),
    }));
    if (attrData) laidOut.push({ name: '.riscv.attributes', type: SHT.RISCV_ATTRIBUTES, flags: 0, addr: 0, size: 0, align: 1, entsize: 0, data: new Uint8Array(0) });
    const need = programHeaderCount(laidOut, gnuStack);
    if (need === phnum) break;
    phnum = need;
    headerSize = EHDR_SIZE + PHDR_SIZE * phnum;
  }

  // ---- Section attribution for symbols in removed output sections (_bfd_nearby_section).
  const order: OutSec[] = [...outs, ...nonAllocOuts];
  const outFlagsBfd = (o: OutSec): number => (o.inputs.length || o.kept ? bfdFlags(o.type, o.flags) : 0);
  const nearby = (s: OutSec, addr: number, allocOnly = false): OutSec | 'abs' => {
    const usable = (o: OutSec): boolean => o.kept && !(allocOnly && (o.spec.nonAlloc || o.flags & SHF.TLS));
    const i = order.indexOf(s);
    let prev: OutSec | undefined;
    for (let k = i - 1; k >= 0; k--) if (usable(order[k]!)) { prev = order[k]; break; }
    let next: OutSec | undefined;
    for (let k = i + 1; k < order.length; k++) if (usable(order[k]!)) { next = order[k]; break; }
    if (!prev) return next ?? 'abs';
    if (!next) return prev;
    const pf = outFlagsBfd(prev), nf = outFlagsBfd(next), sf = outFlagsBfd(s);
    if ((pf ^ nf) & (SEC_ALLOC | SEC_TLS | SEC_LOAD)) {
      return ((nf ^ sf) & (SEC_ALLOC | SEC_TLS)) || ((pf & SEC_LOAD) && !(nf & SEC_LOAD)) ? prev : next;
    }
    if ((pf ^ nf) & SEC_READONLY) return (nf ^ sf) & SEC_READONLY ? prev : next;
    if ((pf ^ nf) & SEC_CODE) return (nf ^ sf) & SEC_CODE ? prev : next;
    return addr < (next.kept ? next.addr : 0) ? prev : next;
  };
  const sectionFor = (s: OutSec | undefined, addr: number, allocOnly = false): OutSec | 'abs' => (!s ? 'abs' : s.kept ? s : nearby(s, addr, allocOnly));
  const ruleSection = (rule: SectionRule, addr: number): OutSec | 'abs' => {
    if (rule === 'abs') return 'abs';
    if ('inside' in rule) return sectionFor(rule.inside, addr);
    if ('next' in rule && rule.next !== undefined) {
      for (let k = rule.next; k < outs.length; k++) if (outs[k]!.kept) return outs[k]!;
    }
    // An assignment between output sections: with no allocated section kept at all, ld makes it
    // absolute; it never lands in a thread-local section (ld picks the nearest other one).
    const after = rule.after;
    if (after?.kept && after.flags & SHF.TLS) return nearby(after, addr, true);
    return sectionFor(after, addr, true);
  };

  // ---- Symbol values.
  const placeOf = (oi: number, si: number, off: number): { addr: number; out: OutSec } | undefined => {
    const inp = inputs[oi]?.[si];
    if (!inp || !inp.out) return undefined;
    if (inp.merge) {
      const m = inp.merge.group.result!.map(inp.merge.member, off);
      const home = inp.merge.group.members[m.member]!;
      return { addr: home.out!.addr + home.outOffset + m.offset, out: home.out! };
    }
    return { addr: inp.out.addr + inp.outOffset + off, out: inp.out };
  };
  for (const g of globals.values()) {
    const d = g.def;
    if (d) {
      g.binding = d.strength === 'weak' ? 'weak' : 'global';
      g.type = g.accType ?? d.sym.type;
      g.size = g.accSize ?? 0;
      if (d.strength === 'common') {
        const ci = commonIns[d.obj]!;
        const c = ci.commons!.find((x) => x.name === g.name)!;
        g.value = bssOut.addr + ci.outOffset + c.offset;
        g.section = '.bss';
      } else if (d.sym.section === 'abs') {
        g.value = d.sym.value;
        g.section = null;
      } else if (typeof d.sym.section === 'number') {
        const p = placeOf(d.obj, d.sym.section, d.sym.value);
        if (p) {
          g.value = p.addr;
          const o = sectionFor(p.out, p.addr);
          g.section = o === 'abs' ? null : o.name;
        }
      }
    }
    const sa = symAt.get(g.name);
    const isHidden = hiddenNames.includes(g.name);
    const isProvide = isHidden || provideNames.includes(g.name);
    if (sa && (g.script || (isProvide && !d && g.referenced))) {
      if (isHidden) g.hidden = true;
      g.value = sa.value;
      const o = ruleSection(sa.rule, sa.value);
      g.section = o === 'abs' ? null : o.name;
      g.binding = 'global';
      g.type = 'notype';
      g.size = 0;
      g.def ??= { obj: -1, sym: { name: g.name, section: 'abs', value: sa.value, binding: 'global', type: 'notype' }, strength: 'strong' };
    }
  }

  const lookup = (oi: number, t: RelocTarget): { value: number } | { undefined: string } | { discarded: string } => {
    if (t.kind === 'section') {
      const p = placeOf(oi, t.section, t.offset);
      if (!p) return { discarded: objects[oi]!.sections[t.section]?.name ?? `#${t.section}` };
      return { value: p.addr };
    }
    const local = localDefs[oi]!.get(t.name);
    if (local) {
      if (local.section === 'abs') return { value: local.value };
      const p = placeOf(oi, local.section as number, local.value);
      return p ? { value: p.addr } : { discarded: t.name };
    }
    const g = globals.get(t.name);
    if (g?.value !== undefined) return { value: g.value };
    if (g?.def === undefined && weakUndef.has(t.name)) return { value: 0 };
    return { undefined: t.name };
  };
  const targetName = (oi: number, t: RelocTarget): string => {
    if (t.kind === 'symbol') return `\`${t.name}'`;
    const s = objects[oi]!.symbols.find((x) => typeof x.section === 'number' && x.section === t.section && x.value === t.offset && x.type !== 'section' && x.type !== 'file');
    return s ? `\`${s.name}'` : `${objects[oi]!.sections[t.section]?.name ?? '?'}+0x${t.offset.toString(16)}`;
  };

  // ---- __start_SEC / __stop_SEC: ld defines them, protected, for an output section named like a C
  // identifier when something refers to them and nothing else defines them.
  for (const out of order) {
    if (!out.kept || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(out.name)) continue;
    for (const [name, value] of [[`__start_${out.name}`, out.addr], [`__stop_${out.name}`, out.addr + out.size]] as const) {
      const g = globals.get(name);
      if (!g || g.def || !g.referenced) continue;
      Object.assign(g, { value, section: out.name, type: 'notype', size: 0, binding: 'global', visibility: 'protected' });
      g.def = { obj: -1, sym: { name, section: 'abs', value, binding: 'global', type: 'notype' }, strength: 'strong' };
    }
  }

  // ---- __ehdr_start: the ELF header's address when the first segment maps it (hidden, so a local).
  {
    const g = globals.get('__ehdr_start');
    const first = outs.find((o) => o.kept);
    if (g && !g.def && g.referenced && first) {
      const alloc: ImageSection[] = outs.filter((o) => o.kept).map((o) => ({
        name: o.name, type: o.type, flags: o.flags, addr: o.addr, size: o.size, align: o.align, entsize: 0, data: new Uint8Array(0),
      }));
      const start = headerSegmentStart(alloc, headerSize);
      if (start !== undefined) {
        Object.assign(g, { value: start, section: first.name, type: 'notype', size: 0, binding: 'global', hidden: true });
        g.def = { obj: -1, sym: { name: g.name, section: 'abs', value: start, binding: 'global', type: 'notype' }, strength: 'strong' };
      }
    }
  }

  // ---- GOT entries: each symbol's address (0 for one left undefined).
  const gotEntry = (oi: number, name: string): number | undefined => {
    if (!got) return undefined;
    const slot = localDefs[oi]!.has(name) ? got.plan.locals[oi]!.get(name) : got.plan.globals.get(name);
    return slot === undefined ? undefined : got.table.out!.addr + got.table.outOffset + slot * GOT_ENTRY;
  };
  if (got) {
    const g = globals.get(GOT_SYMBOL)!;
    g.value = got.table.out!.addr + got.table.outOffset;
    g.section = got.table.out!.name;
    g.type = 'object';
    g.size = 0;
    g.binding = 'global';
    g.def ??= { obj: -1, sym: { name: GOT_SYMBOL, section: 'abs', value: g.value, binding: 'global', type: 'object' }, strength: 'strong' };
    const dv = new DataView(got.table.data.buffer);
    got.plan.slots.forEach((slot, i) => {
      if (!slot) return;
      const v = lookup('obj' in slot ? slot.obj : got!.plan.owner, { kind: 'symbol', name: slot.name });
      if ('value' in v) dv.setUint32(i * GOT_ENTRY, v.value >>> 0, true);
    });
  }

  // ---- TLS: offsets count from the start of the TLS segment (the first thread-local section).
  const tlsBase = outs.find((o) => o.kept && o.flags & SHF.TLS)?.addr;

  // ---- FDE CIE pointers: the distance back from the pointer to its (possibly shared) CIE.
  for (const f of fdePatches) {
    const at = ehOut.addr + f.inp.outOffset + f.idPos;
    const cie = ehOut.addr + f.cie.outOffset + f.cieOffset;
    new DataView(f.inp.data.buffer, f.inp.data.byteOffset).setUint32(f.idPos, (at - cie) >>> 0, true);
  }

  // ---- Relocations.
  for (const out of [...outs, ...nonAllocOuts]) {
    if (!out.kept) continue;
    for (const inp of out.inputs) {
      if (inp.excluded || inp.merge || !inp.relocs.length) continue;
      const base = out.addr + inp.outOffset;
      const his = new Map<number, number>();
      const los: LinkRelocation[] = [];
      for (const r of inp.relocs) {
        if (r.kind === 'pcrel_lo12_i' || r.kind === 'pcrel_lo12_s') {
          los.push(r);
          continue;
        }
        const s = lookup(inp.obj, r.target);
        if ('undefined' in s) {
          diagnostics.push(diagnostic('error', 'link/undefined-symbol', `undefined reference to \`${s.undefined}'`, r.range));
          // Its %pcrel_lo partner is then no error of its own (ld reports the symbol once per use).
          if (r.kind === 'pcrel_hi20') his.set(base + r.offset, 0);
          continue;
        }
        if ('discarded' in s) {
          diagnostics.push(diagnostic('error', 'link/discarded-reference', `reference to ${s.discarded}, which is not part of the linked program`, r.range));
          continue;
        }
        let value = s.value + r.addend;
        if (r.minus) {
          const m = lookup(inp.obj, r.minus);
          if (!('value' in m)) {
            diagnostics.push(diagnostic('error', 'undefined' in m ? 'link/undefined-symbol' : 'link/discarded-reference', 'undefined' in m ? `undefined reference to \`${m.undefined}'` : `reference to ${m.discarded}, which is not part of the linked program`, r.range));
            continue;
          }
          value -= m.value;
        }
        const P = base + r.offset;
        if (r.kind === 'got_hi20' && r.target.kind === 'symbol') value = (gotEntry(inp.obj, r.target.name) ?? 0) + r.addend;
        if (TPREL_KINDS.has(r.kind)) {
          if (tlsBase === undefined) {
            diagnostics.push(diagnostic('error', 'link/tls-without-segment', `thread-pointer relocation against ${targetName(inp.obj, r.target)}, but the program has no thread-local section`, r.range));
            continue;
          }
          value = (value - tlsBase) | 0;
        }
        if (isPcRelative(r.kind)) value = (value - P) | 0;
        if (r.kind === 'pcrel_hi20' || r.kind === 'got_hi20') his.set(P, value);
        const res = applyReloc(r.kind, inp.data, r.offset, value, () => targetName(inp.obj, r.target));
        if (!res.ok) diagnostics.push(diagnostic('error', res.code, res.message, r.range));
      }
      // %pcrel_lo(label) takes the value of the %pcrel_hi at the address the label marks.
      for (const r of los) {
        const s = lookup(inp.obj, r.target);
        if (!('value' in s)) {
          diagnostics.push(diagnostic('error', 'link/pcrel-lo-missing-hi', `%pcrel_lo refers to ${targetName(inp.obj, r.target)}, which is not defined`, r.range));
          continue;
        }
        const at = s.value + r.addend;
        const hi = his.get(at);
        if (hi === undefined) {
          diagnostics.push(diagnostic('error', 'link/pcrel-lo-missing-hi', `%pcrel_lo at 0x${hex(base + r.offset)} has no matching %pcrel_hi at 0x${hex(at)} (its label must mark an auipc with %pcrel_hi)`, r.range));
          continue;
        }
        const res = applyReloc(r.kind, inp.data, r.offset, hi, () => targetName(inp.obj, r.target));
        if (!res.ok) diagnostics.push(diagnostic('error', res.code, res.message, r.range));
      }
    }
  }

  // ---- Entry point.
  let entry: number | undefined;
  if (/^(0x[0-9a-f]+|\d+)$/i.test(entryName)) entry = Number(entryName);
  else entry = globals.get(entryName)?.value;
  if (entry === undefined) {
    // ld falls back on .text's address, which it has even when .text ends up empty and removed.
    const text = outs.find((o) => o.name === '.text' && !o.orphan && (o.kept || o.inputs.length));
    entry = text ? text.addr : 0;
    diagnostics.push(diagnostic('warning', 'link/no-entry', `cannot find entry symbol ${entryName}; defaulting to ${hex(entry)}`, objRange(0)));
  }

  // ---- Image.
  const sections: ImageSection[] = [];
  for (const out of outs) {
    if (!out.kept) continue;
    const data = out.type === SHT.NOBITS ? new Uint8Array(0) : new Uint8Array(out.size);
    if (out.type !== SHT.NOBITS) {
      for (const inp of out.inputs) if (!inp.excluded && inp.sec.type !== SHT.NOBITS) data.set(inp.data.subarray(0, inp.size), inp.outOffset);
    }
    sections.push({ name: out.name, type: out.type, flags: out.flags, addr: out.addr, size: out.size, align: out.align, entsize: out.entsize, data });
  }
  for (const out of nonAllocOuts) {
    if (!out.kept) continue;
    let data: Uint8Array;
    if (out === commentOut) data = commentData!;
    else if (out === attrOut) data = attrData!;
    else {
      data = new Uint8Array(out.size);
      for (const inp of out.inputs) if (!inp.excluded) data.set(inp.data.subarray(0, inp.size), inp.outOffset);
    }
    sections.push({ name: out.name, type: out.type, flags: out.flags, addr: 0, size: data.length, align: out.align, entsize: out.entsize, data });
  }

  const symbols: ElfImageSymbol[] = [];
  objects.forEach((obj, oi) => {
    let file: string | undefined = obj.symbols.find((s) => s.type === 'file')?.name;
    let fileEmitted = false;
    for (const s of obj.symbols) {
      if (s.binding !== 'local' || s.type === 'section' || s.temporary || s.section === 'undef' || s.section === 'common') continue;
      if (s.type === 'file') {
        file = s.name;
        fileEmitted = true;
        symbols.push({ name: s.name, value: 0, size: 0, binding: 'local', type: 'file', section: null });
        continue;
      }
      if (isLocalLabel(s.name)) continue;
      let value = s.value;
      let section: string | null = null;
      if (typeof s.section === 'number') {
        const p = placeOf(oi, s.section, s.value);
        if (!p || !p.out.kept) continue;
        value = p.addr;
        section = p.out.name;
      }
      if (!fileEmitted) {
        // ld names the file of a local symbol even when the object has no STT_FILE symbol.
        file = basename(obj.path);
        fileEmitted = true;
        symbols.push({ name: file, value: 0, size: 0, binding: 'local', type: 'file', section: null });
      }
      // (a thread-local symbol's value is its offset in the TLS segment)
      if (s.type === 'tls' && tlsBase !== undefined) value -= tlsBase;
      const out: ImageSymbol = { name: s.name, value, size: s.size ?? 0, binding: 'local', type: s.type, section };
      if (file !== undefined) out.file = file;
      if (s.range) out.range = s.range;
      symbols.push(out);
    }
  });
  const globalsInOrder = hashTraversalOrder(globalOrder);
  const hidden = globalsInOrder.map((n) => globals.get(n)!).filter((g) => g.hidden && g.value !== undefined);
  if (hidden.length) {
    // ld lists the symbols it made local after every file's own, under a nameless FILE symbol.
    symbols.push({ name: '', value: 0, size: 0, binding: 'local', type: 'file', section: null });
    for (const g of hidden) symbols.push({ name: g.name, value: g.value! >>> 0, size: 0, binding: 'local', type: g.type ?? 'notype', section: g.section ?? null });
  }
  for (const name of globalsInOrder) {
    const g = globals.get(name)!;
    if (g.hidden) continue;
    if (name === entryName && !g.def) {
      // ld lists the entry symbol it could not find as undefined.
      symbols.push({ name, value: 0, size: 0, binding: 'global', type: 'notype', section: null, undef: true });
      continue;
    }
    if (g.value === undefined || !g.binding) continue;
    const value = g.type === 'tls' && tlsBase !== undefined ? g.value - tlsBase : g.value;
    const s: ElfImageSymbol = { name, value: value >>> 0, size: g.size ?? 0, binding: g.binding, type: g.type ?? 'notype', section: g.section ?? null };
    if (g.visibility) s.visibility = g.visibility;
    const r = g.def && g.def.obj >= 0 ? g.def.sym.range : undefined;
    if (r) s.range = r;
    symbols.push(s);
  }

  const sourceMap: SourceMapEntry[] = [];
  objects.forEach((obj, oi) => {
    obj.sections.forEach((sec, si) => {
      for (const l of sec.lines) {
        const p = placeOf(oi, si, l.offset);
        if (!p || !p.out.kept) continue;
        const e: SourceMapEntry = { addr: p.addr, size: l.size, range: l.range, kind: l.kind };
        if (l.expandedFrom) e.expandedFrom = l.expandedFrom;
        sourceMap.push(e);
      }
    });
  });
  sourceMap.sort((a, b) => a.addr - b.addr);

  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const image: ElfImage = { entry: entry >>> 0, sections, symbols, sourceMap };
  if (gnuStack !== undefined) image.gnuStack = gnuStack;
  return { image, diagnostics };
}

type SectionRule = 'abs' | { inside: OutSec } | { after: OutSec | undefined; next?: number };

function newOut(spec: OutputSpec, name: string, orphan: boolean): OutSec {
  return { spec, name, inputs: [], orphan, hasAssignment: false, kept: false, addr: 0, size: 0, align: 1, flags: 0, type: SHT.NOBITS, entsize: 0 };
}

/** ld's lang_add_section: flags are the union, SHF_MERGE|SHF_STRINGS only while every input agrees. */
function addInput(out: OutSec, inp: InSec): void {
  const s = inp.sec;
  const mergeBits = SHF.MERGE | SHF.STRINGS;
  let flags = s.flags & (SHF.ALLOC | SHF.WRITE | SHF.EXECINSTR | SHF.TLS | mergeBits);
  // An output section is writable when any input is, except .text, which ld 2.40 keeps exactly as
  // writable as its first input (a later `.section .text.x,"awx"` leaves it read-only; observed).
  if (out.inputs.length && out.name === '.text' && !out.orphan) flags &= ~SHF.WRITE;
  if (!out.inputs.length) {
    out.entsize = flags & SHF.MERGE ? s.entsize : 0;
    out.type = s.type;
    // bfd gives pointer arrays their element size.
    if (s.type === SHT.INIT_ARRAY || s.type === SHT.FINI_ARRAY || s.type === SHT.PREINIT_ARRAY) out.entsize = 4;
  } else {
    if ((out.flags & mergeBits) !== (flags & mergeBits) || (flags & SHF.MERGE && out.entsize !== s.entsize)) {
      out.flags &= ~mergeBits;
      flags &= ~mergeBits;
      out.entsize = 0;
    }
    if (out.type === SHT.NOBITS && s.type !== SHT.NOBITS) out.type = s.type;
  }
  out.flags |= flags;
  out.align = Math.max(out.align, inp.align);
  inp.out = out;
  out.inputs.push(inp);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function cmpKey(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}
