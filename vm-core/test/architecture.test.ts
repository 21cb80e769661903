// The import rules of docs/ARCHITECTURE.md, checked: who may import whom inside vm-core, no editor
// package anywhere in it, and no I/O outside the CLI.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

interface Import {
  file: string;
  from: string;
  target: string;
}

function imports(): Import[] {
  const out: Import[] = [];
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
      out.push({ file: relative(SRC, file).split(sep).join('/'), from: relative(SRC, file).split(sep)[0]!, target: m[1]! });
    }
  }
  return out;
}

/** Folder (or top-level file) an import lands in, relative to src/. */
function layerOf(imp: Import): string | undefined {
  if (!imp.target.startsWith('.')) return undefined;
  const abs = join(SRC, imp.file, '..', imp.target);
  return relative(SRC, abs).split(sep)[0]!.replace(/\.js$/, '');
}

// Which top-level parts of src/ each part may use. Files at the top (diagnostics, image, index)
// are contracts everyone may read; index re-exports everything.
const ALLOWED: Record<string, readonly string[]> = {
  isa: ['isa'],
  asm: ['asm', 'isa', 'diagnostics', 'image', 'link'],
  link: ['link', 'asm', 'elf', 'isa', 'diagnostics', 'image'],
  elf: ['elf', 'asm', 'diagnostics', 'image'],
  disasm: ['disasm', 'isa', 'elf', 'asm', 'diagnostics', 'image'],
  machine: ['machine', 'isa', 'elf', 'disasm', 'asm', 'env', 'diagnostics', 'image', 'sourcemap'],
  env: ['env', 'machine', 'isa', 'diagnostics'],
  cli: ['cli', 'asm', 'elf', 'disasm', 'isa', 'link', 'machine', 'env', 'diagnostics', 'image', 'sourcemap'],
};

describe('vm-core architecture', () => {
  const all = imports();

  it('imports no editor package', () => {
    const editor = all.filter((i) => /^(vscode|vscode-|@vscode\/)/.test(i.target));
    expect(editor).toEqual([]);
  });

  it('does no I/O outside cli/: no node: modules elsewhere', () => {
    const io = all.filter((i) => (i.target.startsWith('node:') || ['fs', 'path', 'child_process', 'os'].includes(i.target)) && i.from !== 'cli');
    expect(io).toEqual([]);
  });

  it('keeps the layer rules', () => {
    const broken = all
      .map((i) => ({ ...i, layer: layerOf(i) }))
      .filter((i) => i.layer !== undefined && ALLOWED[i.from] !== undefined && !ALLOWED[i.from]!.includes(i.layer!))
      .map((i) => `${i.file} imports ${i.target}`);
    expect(broken).toEqual([]);
  });

  it('lets the assembler reach the linker only through assemble()', () => {
    const reach = all.filter((i) => i.from === 'asm' && layerOf(i) === 'link').map((i) => i.file);
    expect(reach).toEqual(['asm/assemble.ts']);
  });

  it('keeps the machine from depending on environments except where execute() resolves them', () => {
    const reach = all
      .filter((i) => i.from === 'machine' && layerOf(i) === 'env' && !i.target.endsWith('/env/types.js'))
      .map((i) => i.file);
    expect(reach).toEqual(['machine/execute.ts']);
  });

  it('lets environments use only the machine\'s extension contract (chips, extensions, faults)', () => {
    const reach = all
      .filter((i) => i.from === 'env' && layerOf(i) === 'machine' && !/\/machine\/(chip|extension|types)\.js$/.test(i.target))
      .map((i) => `${i.file} imports ${i.target}`);
    expect(reach).toEqual([]);
  });

  it('lets link, elf and disasm see the assembler only through its object-file contract', () => {
    const reach = all
      .filter((i) => ['link', 'elf', 'disasm'].includes(i.from) && layerOf(i) === 'asm' && !i.target.endsWith('/asm/object.js'))
      .map((i) => `${i.file} imports ${i.target}`);
    expect(reach).toEqual([]);
  });
});
