// Comparisons between a Tessera Image and a GNU reference, producing readable reports.

import type { Image, ImageSection, ImageSymbol, SourceMapEntry } from '../../vm-core/src/image.js';
import { corpusName, refBytes, type RefSection, type RefSymbol, type Reference, SourceReader } from './corpus.js';

const SHF_ALLOC = 0x2;

export const hex = (n: number, width = 8): string => `0x${(n >>> 0).toString(16).padStart(width, '0')}`;

/** The little-endian word containing `offset` (aligned down to 4), or fewer bytes at the end. */
function wordAt(bytes: Uint8Array, offset: number): string {
  const start = offset & ~3;
  if (start >= bytes.length) return '(none)';
  const end = Math.min(start + 4, bytes.length);
  let v = '';
  for (let i = end - 1; i >= start; i--) v += bytes[i]!.toString(16).padStart(2, '0');
  return `0x${v}`;
}

function bytesAround(bytes: Uint8Array, offset: number): string {
  const start = Math.max(0, (offset & ~3) - 8);
  const end = Math.min(bytes.length, (offset & ~3) + 12);
  const parts: string[] = [];
  for (let i = start; i < end; i++) parts.push((i === offset ? '>' : '') + bytes[i]!.toString(16).padStart(2, '0'));
  return parts.join(' ');
}

/** Finds the source map entry covering `addr` (entries are sorted by address). */
export function sourceEntryAt(image: Image, addr: number): SourceMapEntry | undefined {
  const map = image.sourceMap ?? [];
  let lo = 0;
  let hi = map.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]!.addr <= addr) {
      best = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  // Entries may be empty or overlap; walk back to the nearest one that covers addr.
  for (let i = best; i >= 0; i--) {
    const e = map[i]!;
    if (e.addr <= addr && addr < e.addr + Math.max(e.size, 1)) return e;
    if (e.addr + 0x10000 < addr) break;
  }
  return undefined;
}

function displayPath(path: string): string {
  const name = corpusName(path);
  return name.startsWith('..') ? path : name;
}

export function describeSource(image: Image, addr: number, reader: SourceReader): string {
  const e = sourceEntryAt(image, addr);
  if (!e) return '  source: (no source map entry covers this address)';
  const { file, start } = e.range;
  const text = reader.line(file, start.line);
  let out = `  source: ${displayPath(reader.resolve(file))}:${start.line}:${start.col} (${e.kind} at ${hex(e.addr)}, ${e.size} bytes)` +
    (text !== undefined ? `\n          ${text.trim()}` : '');
  for (const r of e.expandedFrom ?? []) {
    const t = reader.line(r.file, r.start.line);
    out += `\n  expanded from ${displayPath(reader.resolve(r.file))}:${r.start.line}` + (t !== undefined ? `: ${t.trim()}` : '');
  }
  return out;
}

export function allocatedSections(image: Image): ImageSection[] {
  return image.sections.filter((s) => (s.flags & SHF_ALLOC) !== 0);
}

/** Compares one allocated section; returns problems (empty when identical). */
export function compareSection(ref: RefSection, got: ImageSection, image: Image, reader: SourceReader): string[] {
  const problems: string[] = [];
  const where = `section ${ref.name}`;
  if (got.addr !== ref.addr) problems.push(`${where}: address ${hex(got.addr)}, expected ${hex(ref.addr)}`);
  if (got.size !== ref.size) problems.push(`${where}: size ${got.size} (${hex(got.size, 1)}), expected ${ref.size} (${hex(ref.size, 1)})`);
  if (got.type !== ref.type) problems.push(`${where}: type ${got.type}, expected ${ref.type} (${ref.typeName})`);
  if (got.flags !== ref.flags) problems.push(`${where}: flags ${hex(got.flags, 1)}, expected ${hex(ref.flags, 1)} (${ref.flagLetters})`);
  const expected = refBytes(ref);
  const actual = got.data ?? new Uint8Array(0);
  if (ref.typeName === 'NOBITS') return problems;
  if (actual.length !== ref.size && got.size === ref.size) {
    problems.push(`${where}: data holds ${actual.length} bytes but size is ${got.size}`);
  }
  const n = Math.min(expected.length, actual.length);
  let first = -1;
  let differing = 0;
  const others: string[] = [];
  for (let i = 0; i < n; i++) {
    if (expected[i] !== actual[i]) {
      differing++;
      if (first < 0) first = i;
      else if (others.length < 6 && (i & ~3) !== (first & ~3) && !others.includes(hex(ref.addr + (i & ~3)))) others.push(hex(ref.addr + (i & ~3)));
    }
  }
  if (first < 0 && expected.length !== actual.length) first = n;
  if (first >= 0) {
    const addr = ref.addr + first;
    problems.push(
      [
        `${where}: first difference at offset ${hex(first, 1)}, address ${hex(addr)}` +
          (differing ? ` (${differing} differing byte${differing === 1 ? '' : 's'} in the common ${n} bytes)` : ` (lengths differ: ${actual.length} vs ${expected.length})`),
        `  expected word ${wordAt(expected, first)}, actual word ${wordAt(actual, first)}`,
        `  expected bytes ${bytesAround(expected, first)}`,
        `  actual bytes   ${bytesAround(actual, first)}`,
        describeSource(image, addr, reader),
        ...(others.length ? [`  further differing words at ${others.join(', ')}${differing > others.length + 1 ? ', …' : ''}`] : []),
      ].join('\n'),
    );
  }
  return problems;
}

/** Entry point and every allocated section: address, size, type, flags, bytes. */
export function compareImage(ref: Reference, image: Image, reader: SourceReader): string[] {
  const problems: string[] = [];
  if (image.entry !== ref.entry) problems.push(`entry point ${hex(image.entry)}, expected ${hex(ref.entry)}`);
  const got = allocatedSections(image);
  for (const r of ref.sections) {
    const s = got.find((g) => g.name === r.name);
    if (!s) {
      problems.push(`section ${r.name} (${hex(r.addr)}, ${r.size} bytes, ${r.typeName} ${r.flagLetters}) is missing`);
      continue;
    }
    problems.push(...compareSection(r, s, image, reader));
  }
  for (const s of got) {
    if (!ref.sections.some((r) => r.name === s.name)) {
      problems.push(`unexpected allocated section ${s.name} at ${hex(s.addr)}, ${s.size} bytes` + (s.size ? `\n${describeSource(image, s.addr, reader)}` : ''));
    }
  }
  return problems;
}

/** GNU's mapping symbols: `$x`, `$x<isa>` and `$d` mark code and data in the symbol table. */
export const isMappingSymbol = (name: string): boolean => /^\$[xd](\b|[a-z0-9_]|$)/.test(name);

function byName<T extends { name: string }>(list: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const s of list) {
    const l = m.get(s.name);
    if (l) l.push(s);
    else m.set(s.name, [s]);
  }
  return m;
}

/** Symbols of the reference (filtered) whose values Tessera's image does not reproduce. */
export function compareSymbolValues(refSymbols: readonly RefSymbol[], image: Image): string[] {
  const problems: string[] = [];
  const got = byName(image.symbols);
  for (const [name, refs] of byName(refSymbols)) {
    const mine = got.get(name) ?? [];
    const want = refs.map((s) => s.value >>> 0).sort((a, b) => a - b);
    const have = mine.map((s) => s.value >>> 0).sort((a, b) => a - b);
    if (!mine.length) {
      problems.push(`missing symbol ${name} = ${want.map((v) => hex(v)).join(', ')} (${refs[0]!.binding} ${refs[0]!.type} in ${refs[0]!.section ?? 'ABS'})`);
    } else if (want.length !== have.length || want.some((v, i) => v !== have[i])) {
      problems.push(`symbol ${name} = ${have.map((v) => hex(v)).join(', ')}, expected ${want.map((v) => hex(v)).join(', ')}`);
    }
  }
  return problems;
}

/** Size, type, binding and section of every uniquely named reference symbol. */
export function compareSymbolAttributes(refSymbols: readonly RefSymbol[], image: Image): string[] {
  const problems: string[] = [];
  const got = byName(image.symbols);
  for (const [name, refs] of byName(refSymbols)) {
    const mine = got.get(name);
    if (refs.length !== 1 || !mine || mine.length !== 1) continue;
    const r = refs[0]!;
    const s: ImageSymbol = mine[0]!;
    const diffs: string[] = [];
    if (s.size !== r.size) diffs.push(`size ${s.size} (expected ${r.size})`);
    if (s.type !== r.type) diffs.push(`type ${s.type} (expected ${r.type})`);
    if (s.binding !== r.binding) diffs.push(`binding ${s.binding} (expected ${r.binding})`);
    if ((s.section ?? null) !== r.section) diffs.push(`section ${s.section ?? 'ABS'} (expected ${r.section ?? 'ABS'})`);
    if (diffs.length) problems.push(`symbol ${name}: ${diffs.join(', ')}`);
  }
  return problems;
}

/** Joins problems into one failure message, capped so a broken build stays readable. */
export function report(title: string, problems: readonly string[], max = 25): string {
  const shown = problems.slice(0, max);
  const more = problems.length > max ? `\n… and ${problems.length - max} more` : '';
  return `${title}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${shown.join('\n')}${more}`;
}
