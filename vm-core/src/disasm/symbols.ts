// The symbol table as objdump sees it while disassembling: which symbols it keeps, the order it
// sorts them in, and how it picks "the" symbol for an address. Which name a listing shows at a
// label or inside `<…>` follows from these rules, so they are reproduced step by step.

import type { ListingSymbolInput } from './input.js';

export interface ListingSymbol {
  readonly name: string;
  readonly value: number;
  readonly size: number;
  /** Index of its section in ListingInput.sections; -1 for absolute symbols. */
  readonly sectionIndex: number;
  readonly local: boolean;
  readonly global: boolean;
  readonly func: boolean;
  readonly object: boolean;
  /** RISC-V mapping symbol ($x, $d, $xrv32i…): marks code and data, never printed. */
  readonly mapping: 'code' | 'data' | undefined;
}

function mappingKind(name: string): ListingSymbol['mapping'] {
  if (name === '$d') return 'data';
  if (name === '$x' || name.startsWith('$xrv')) return 'code';
  return undefined;
}

// gas's placeholder for its own temporary labels; objdump's RISC-V backend refuses it too.
const FAKE_LABEL = '.L0 ';

/** objdump's riscv_symbol_is_valid: may this symbol be printed? */
export function isPrintable(s: ListingSymbol): boolean {
  return s.mapping === undefined && s.name !== FAKE_LABEL;
}

// Section and file symbols are "debugging" symbols to BFD and dropped, except names objdump needs.
const SIGNIFICANT = new Set(['.plt', '.got', '.plt.got']);

function keep(s: ListingSymbolInput): boolean {
  if (s.name === '' || s.section === 'undef' || s.section === 'common') return false;
  if ((s.type === 'section' || s.type === 'file') && !SIGNIFICANT.has(s.name)) return false;
  return true;
}

function isFileName(name: string): boolean {
  const n = name.length;
  return n > 2 && name[n - 2] === '.' && (name[n - 1] === 'o' || name[n - 1] === 'a');
}

const compiledMarker = (name: string): boolean => name.includes('gnu_compiled') || name.includes('gcc2_compiled');

// strcmp on UTF-8 bytes orders like code points (not like UTF-16 units, which `<` compares).
function byteCompare(a: string, b: string): number {
  const ac = [...a].map((c) => c.codePointAt(0)!);
  const bc = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(ac.length, bc.length); i++) if (ac[i] !== bc[i]) return ac[i]! - bc[i]!;
  return ac.length - bc.length;
}

/**
 * objdump's compare_symbols: by value, then functions, objects, globals, weak, locals, bigger
 * sizes, names not starting with '.', and finally the name. 2.40 does not order by section: a
 * .bss object beats ld's __DATA_BEGIN__ in .rodata at the same address.
 */
export function compareSymbols(a: ListingSymbol, b: ListingSymbol): number {
  if (a.value !== b.value) return a.value > b.value ? 1 : -1;
  const ac = compiledMarker(a.name);
  if (ac !== compiledMarker(b.name)) return ac ? 1 : -1;
  const af = isFileName(a.name);
  if (af !== isFileName(b.name)) return af ? 1 : -1;
  if (a.func !== b.func) return a.func ? -1 : 1;
  if (a.object !== b.object) return a.object ? -1 : 1;
  if (a.local !== b.local) return a.local ? 1 : -1;
  if (a.global !== b.global) return a.global ? -1 : 1;
  if (a.size !== b.size) return a.size > b.size ? -1 : 1;
  const ad = a.name.startsWith('.');
  if (ad !== b.name.startsWith('.')) return ad ? 1 : -1;
  return byteCompare(a.name, b.name);
}

/** Symbols filtered and sorted the way objdump prepares them for a disassembly. */
export function sortedSymbols(symbols: readonly ListingSymbolInput[]): ListingSymbol[] {
  const out: ListingSymbol[] = [];
  for (const s of symbols) {
    if (!keep(s)) continue;
    const sectionIndex = typeof s.section === 'number' ? s.section : -1;
    out.push({
      name: s.name,
      value: s.value >>> 0,
      size: s.size,
      sectionIndex,
      local: s.binding === 'local',
      global: s.binding === 'global',
      func: s.type === 'func',
      object: s.type === 'object',
      mapping: mappingKind(s.name),
    });
  }
  return out.sort(compareSymbols);
}

export interface SymbolQuery {
  /** Index of the section being disassembled. */
  section: number;
  sectionAddr: number;
  sectionSize: number;
  /** Only symbols of this section will do (objdump's require_sec). */
  requireSection: boolean;
  /** The file is relocatable (an .o): objdump then prefers the current section's symbols. */
  relocatable: boolean;
}

/** objdump's find_symbol_for_address: the index in `syms` of the symbol naming `vma`, or -1. */
export function findSymbol(syms: readonly ListingSymbol[], vma: number, q: SymbolQuery): number {
  const n = syms.length;
  if (n < 1) return -1;
  let min = 0;
  let max = n;
  while (min + 1 < max) {
    const t = Math.floor((max + min) / 2);
    const v = syms[t]!.value;
    if (v > vma) max = t;
    else if (v < vma) min = t;
    else {
      min = t;
      break;
    }
  }
  let place = min;
  while (place > 0 && syms[place]!.value === syms[place - 1]!.value) place--;
  // Among symbols with the same value, one in the current section wins.
  min = place;
  while (min < max && syms[min]!.value === syms[place]!.value) {
    if (syms[min]!.sectionIndex === q.section && isPrintable(syms[min]!)) return min;
    min++;
  }
  const wantSection = q.requireSection ||
    (q.relocatable && vma >= q.sectionAddr && vma < q.sectionAddr + q.sectionSize);
  const suitable = (s: ListingSymbol): boolean => (s.sectionIndex === q.section || !wantSection) && isPrintable(s);
  if (!suitable(syms[place]!)) {
    let found = -1;
    for (let i = min - 1; i >= 0; i--) {
      if (!suitable(syms[i]!)) continue;
      if (found === -1) found = i;
      if (syms[i]!.value !== syms[found]!.value) break;
      found = i;
    }
    if (found !== -1) place = found;
    else {
      for (let i = place + 1; i < n; i++) {
        if (suitable(syms[i]!)) {
          place = i;
          break;
        }
      }
    }
    if (!suitable(syms[place]!)) return -1;
  }
  return place;
}
