// `tessera asm`: assemble and link source files into an ELF executable, GNU-style diagnostics.

import type { CliIo } from './main.js';
import { assemble, type SourceFile } from '../asm/assemble.js';
import { writeElf } from '../elf/write.js';
import { formatDiagnostic } from '../diagnostics.js';
import { readText, writeBytes, includeReader } from './io.js';

export const ASM_USAGE = `usage: tessera asm [options] file.s... [-o out.elf]
  -o FILE         write the executable to FILE (default: the first input with .elf)
  -I DIR          search DIR for .include files (after the including file's folder)
  --entry SYMBOL  entry point (default _start, else the start of .text)
  -march=ISA      ISA string as for gcc (default rv32im); names the arch attribute
  -W, --no-warn   do not print warnings
  --fatal-warnings  treat warnings as errors`;

export async function asmCommand(args: string[], io: CliIo): Promise<number> {
  const inputs: string[] = [];
  const includePaths: string[] = [];
  let output: string | undefined;
  let entry: string | undefined;
  let warnings = true;
  let fatalWarnings = false;
  let march: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string | undefined => {
      const v = args[++i];
      if (v === undefined) io.stderr.write(`tessera asm: option '${a}' needs a value\n${ASM_USAGE}\n`);
      return v;
    };
    if (a === '-o') {
      const v = value();
      if (v === undefined) return 2;
      output = v;
    } else if (a.startsWith('-o') && a.length > 2) output = a.slice(2);
    else if (a === '-I') {
      const v = value();
      if (v === undefined) return 2;
      includePaths.push(v);
    } else if (a.startsWith('-I') && a.length > 2) includePaths.push(a.slice(2));
    else if (a === '--entry' || a === '-e') {
      const v = value();
      if (v === undefined) return 2;
      entry = v;
    } else if (a.startsWith('-march=') || a.startsWith('--march=')) march = a.slice(a.indexOf('=') + 1);
    else if (a === '-W' || a === '--no-warn') warnings = false;
    else if (a === '--fatal-warnings') fatalWarnings = true;
    else if (a === '-h' || a === '--help') {
      io.stdout.write(ASM_USAGE + '\n');
      return 0;
    } else if (a.startsWith('-') && a !== '-') {
      io.stderr.write(`tessera asm: unknown option '${a}'\n${ASM_USAGE}\n`);
      return 2;
    } else inputs.push(a);
  }
  if (inputs.length === 0) {
    io.stderr.write(`tessera asm: no input files\n${ASM_USAGE}\n`);
    return 2;
  }
  const sources: SourceFile[] = [];
  const texts = new Map<string, string>();
  for (const path of inputs) {
    const r = readText(io, path);
    if (!r.ok) {
      io.stderr.write(`tessera asm: error: ${r.message}\n`);
      return 1;
    }
    sources.push({ path, text: r.text });
    texts.set(path, r.text);
  }
  const read = includeReader(io);
  const readFile = (p: string): string | undefined => {
    const t = read(p);
    if (t !== undefined) texts.set(p, t);
    return t;
  };
  const result = assemble(sources, { readFile, includePaths, ...(entry ? { entry } : {}), ...(march ? { march } : {}) });
  let errors = 0;
  for (const d of result.diagnostics) {
    if (d.severity === 'error' || (fatalWarnings && d.severity === 'warning')) errors++;
    if (d.severity === 'warning' && !warnings && !fatalWarnings) continue;
    io.stderr.write(formatDiagnostic(d, (f) => texts.get(f)));
  }
  if (errors > 0 || !result.image) {
    io.stderr.write(`tessera asm: ${errors || 'some'} error${errors === 1 ? '' : 's'}; no output written\n`);
    return 1;
  }
  const out = output ?? inputs[0]!.replace(/\.(s|S|asm|riscv)$/, '') + '.elf';
  const err = writeBytes(io, out, writeElf(result.image));
  if (err) {
    io.stderr.write(`tessera asm: error: ${err}\n`);
    return 1;
  }
  return 0;
}
