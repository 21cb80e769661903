// GNU ld's default riscv32 linker script (docs/notes/gnu-ld-elf32lriscv.x), as data: which
// output section takes which input sections, in what order, and where orphans go.

export interface OutputSpec {
  name: string;
  /** Groups of input-section patterns; each `*( … )` statement is one group, matched in order. */
  groups: string[][];
  /** Groups whose sections are sorted by name (SORT) or by init priority. */
  sorted?: Set<number>;
  /** In the data segment (after DATA_SEGMENT_ALIGN). */
  data: boolean;
  /** Not allocated (placed at address 0, after the segments). */
  nonAlloc?: boolean;
}

const g = (...p: string[]): string[] => p;

export const TEXT_SPECS: OutputSpec[] = [
  // (the script's dynamic-linking sections before .init are left out; .interp is where ld puts allocated notes)
  { name: '.interp', groups: [g('.interp')], data: false },
  // (PROVIDE_HIDDEN __rela_iplt_start / __rela_iplt_end live here)
  { name: '.rela.plt', groups: [g('.rela.plt'), g('.rela.iplt')], data: false },
  { name: '.init', groups: [g('.init')], data: false },
  { name: '.plt', groups: [g('.plt'), g('.iplt')], data: false },
  {
    name: '.text',
    groups: [
      g('.text.unlikely', '.text.*_unlikely', '.text.unlikely.*'),
      g('.text.exit', '.text.exit.*'),
      g('.text.startup', '.text.startup.*'),
      g('.text.hot', '.text.hot.*'),
      g('.text.sorted.*'),
      g('.text', '.stub', '.text.*', '.gnu.linkonce.t.*'),
      g('.gnu.warning'),
    ],
    sorted: new Set([4]),
    data: false,
  },
  { name: '.fini', groups: [g('.fini')], data: false },
];

export const RODATA_SPECS: OutputSpec[] = [
  { name: '.rodata', groups: [g('.rodata', '.rodata.*', '.gnu.linkonce.r.*')], data: false },
  { name: '.rodata1', groups: [g('.rodata1')], data: false },
  { name: '.sdata2', groups: [g('.sdata2', '.sdata2.*', '.gnu.linkonce.s2.*')], data: false },
  { name: '.sbss2', groups: [g('.sbss2', '.sbss2.*', '.gnu.linkonce.sb2.*')], data: false },
  { name: '.eh_frame_hdr', groups: [g('.eh_frame_hdr'), g('.eh_frame_entry', '.eh_frame_entry.*')], data: false },
  { name: '.eh_frame', groups: [g('.eh_frame'), g('.eh_frame.*')], data: false },
  { name: '.gcc_except_table', groups: [g('.gcc_except_table', '.gcc_except_table.*')], data: false },
];

export const DATA_SPECS: OutputSpec[] = [
  { name: '.tdata', groups: [g('.tdata', '.tdata.*', '.gnu.linkonce.td.*')], data: true },
  { name: '.tbss', groups: [g('.tbss', '.tbss.*', '.gnu.linkonce.tb.*'), g('.tcommon')], data: true },
  { name: '.preinit_array', groups: [g('.preinit_array')], data: true },
  { name: '.init_array', groups: [g('.init_array.*', '.ctors.*'), g('.init_array', '.ctors')], sorted: new Set([0]), data: true },
  { name: '.fini_array', groups: [g('.fini_array.*', '.dtors.*'), g('.fini_array', '.dtors')], sorted: new Set([0]), data: true },
  { name: '.jcr', groups: [g('.jcr')], data: true },
  { name: '.data.rel.ro', groups: [g('.data.rel.ro.local*', '.gnu.linkonce.d.rel.ro.local.*'), g('.data.rel.ro', '.data.rel.ro.*', '.gnu.linkonce.d.rel.ro.*')], data: true },
  { name: '.data', groups: [g('.data', '.data.*', '.gnu.linkonce.d.*')], data: true },
  { name: '.data1', groups: [g('.data1')], data: true },
  { name: '.got', groups: [g('.got.plt'), g('.igot.plt'), g('.got'), g('.igot')], data: true },
  {
    name: '.sdata',
    groups: [g('.srodata.cst16'), g('.srodata.cst8'), g('.srodata.cst4'), g('.srodata.cst2'), g('.srodata', '.srodata.*'), g('.sdata', '.sdata.*', '.gnu.linkonce.s.*')],
    data: true,
  },
];

export const BSS_SPECS: OutputSpec[] = [
  { name: '.sbss', groups: [g('.dynsbss'), g('.sbss', '.sbss.*', '.gnu.linkonce.sb.*'), g('.scommon')], data: true },
  { name: '.bss', groups: [g('.dynbss'), g('.bss', '.bss.*', '.gnu.linkonce.b.*'), g('COMMON')], data: true },
];

/** The non-allocated output sections after the segments, at address 0 (.comment is made from `.ident`s). */
export const NONALLOC_SPECS: OutputSpec[] = [
  ...['.stab', '.stabstr', '.stab.excl', '.stab.exclstr', '.stab.index', '.stab.indexstr', '.comment'].map((name) => ({ name, groups: [g(name)], data: false, nonAlloc: true })),
  { name: '.gnu.build.attributes', groups: [g('.gnu.build.attributes', '.gnu.build.attributes.*')], data: false, nonAlloc: true },
  ...[
    ['.debug'], ['.line'], ['.debug_srcinfo'], ['.debug_sfnames'], ['.debug_aranges'], ['.debug_pubnames'],
    ['.debug_info', '.gnu.linkonce.wi.*'], ['.debug_abbrev'], ['.debug_line', '.debug_line.*', '.debug_line_end'],
    ['.debug_frame'], ['.debug_str'], ['.debug_loc'], ['.debug_macinfo'], ['.debug_weaknames'], ['.debug_funcnames'],
    ['.debug_typenames'], ['.debug_varnames'], ['.debug_pubtypes'], ['.debug_ranges'], ['.debug_addr'], ['.debug_line_str'],
    ['.debug_loclists'], ['.debug_macro'], ['.debug_names'], ['.debug_rnglists'], ['.debug_str_offsets'], ['.debug_sup'],
    ['.gnu.attributes'],
  ].map((p) => ({ name: p[0]!, groups: [p], data: false, nonAlloc: true })),
];

/** Input sections the default script throws away. */
export const DISCARDED = [g('.note.GNU-stack', '.gnu_debuglink', '.gnu.lto_*')];

const globCache = new Map<string, RegExp>();

export function globMatch(pattern: string, name: string): boolean {
  if (!pattern.includes('*') && !pattern.includes('?')) return pattern === name;
  let re = globCache.get(pattern);
  if (!re) {
    re = new RegExp('^' + pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
    globCache.set(pattern, re);
  }
  return re.test(name);
}

/** Init priority of `.init_array.N` / `.ctors.N` for SORT_BY_INIT_PRIORITY (ctors count down). */
export function initPriority(name: string): number {
  const m = /\.(\d+)$/.exec(name);
  if (!m) return 0;
  const n = Number(m[1]);
  return name.startsWith('.ctors') || name.startsWith('.dtors') ? 65535 - n : n;
}
