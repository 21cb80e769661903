// ISA strings (`rv32i2p1_m2p0_zicsr2p0`, as in Tag_RISCV_arch and `$xrv…` mapping symbols) as
// the set of extensions they enable, with the implications GNU tools apply, so a disassembly
// decodes only what the file says it uses.

/** Extension names as the table spells them ('I', 'M', 'Zicsr' …), plus any others the string names. */
export type ArchExtensions = ReadonlySet<string>;

// What naming one extension brings along (binutils' riscv_implicit_subsets, the part that
// reaches RV32IM, Zicsr and Zifencei).
const IMPLIES: Record<string, readonly string[]> = {
  g: ['i', 'm', 'a', 'f', 'd', 'zicsr', 'zifencei'],
  m: ['zmmul'],
  f: ['zicsr'],
  d: ['f', 'zicsr'],
  q: ['d', 'f', 'zicsr'],
};

function tableName(ext: string): string {
  return ext.length === 1 ? ext.toUpperCase() : ext[0]!.toUpperCase() + ext.slice(1);
}

/** The extensions an ISA string enables, or undefined when it is not an rv32/rv64 string. */
export function parseArchString(arch: string): ArchExtensions | undefined {
  const m = /^rv(32|64)(.*)$/i.exec(arch.trim());
  if (!m) return undefined;
  const names: string[] = [];
  const [single = '', ...multi] = m[2]!.toLowerCase().split('_');
  // Single-letter extensions run together, each with an optional version (2p1, 2).
  for (const [, letter] of single.matchAll(/([a-z])(?:\d+(?:p\d+)?)?/g)) names.push(letter!);
  for (const part of multi) {
    const name = /^([a-z]+?)(?:\d+(?:p\d+)?)?$/.exec(part)?.[1];
    if (name) names.push(name);
  }
  const out = new Set<string>();
  const add = (n: string): void => {
    if (out.has(tableName(n))) return;
    out.add(tableName(n));
    for (const implied of IMPLIES[n] ?? []) add(implied);
  };
  names.forEach(add);
  return out;
}
