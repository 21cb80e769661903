// `tessera disasm`: objdump -d for RV32IM ELF files, byte for byte.

import type { CliIo } from './main.js';
import { readBytes, readText } from './io.js';
import { readElf } from '../elf/read.js';
import { listElf, type ListingOptions } from '../disasm/listing.js';
import { sourceMapFromElf } from '../disasm/dwarf-line.js';

export const DISASM_USAGE = `usage: tessera disasm [options] file.elf...
  --no-aliases, -M no-aliases  print canonical instructions only (addi, not li or mv)
  -S, --source                 interleave the source lines the file's line table names
  --section NAME, -j NAME      list only section NAME (repeatable; any section, not only code)
  -h, --help                   show this help`;

interface Parsed {
  files: string[];
  aliases: boolean;
  source: boolean;
  sections: string[];
}

function parse(args: string[], io: CliIo): Parsed | number {
  const p: Parsed = { files: [], aliases: true, source: false, sections: [] };
  const fail = (message: string): number => {
    io.stderr.write(`tessera disasm: ${message}\n${DISASM_USAGE}\n`);
    return 2;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = (): string | undefined => args[++i];
    if (a === '--no-aliases') p.aliases = false;
    else if (a === '-M' || a.startsWith('-M') || a.startsWith('--disassembler-options=')) {
      const v = a === '-M' ? value() : a.startsWith('-M') ? a.slice(2) : a.slice(a.indexOf('=') + 1);
      if (v === undefined) return fail(`option '-M' needs a value`);
      for (const opt of v.split(',')) {
        if (opt === 'no-aliases') p.aliases = false;
        else return fail(`unsupported disassembler option '${opt}' (only no-aliases)`);
      }
    } else if (a === '-S' || a === '--source') p.source = true;
    else if (a === '--section' || a === '-j') {
      const v = value();
      if (v === undefined) return fail(`option '${a}' needs a section name`);
      p.sections.push(v);
    } else if (a.startsWith('--section=')) p.sections.push(a.slice('--section='.length));
    else if (a.startsWith('-j') && a.length > 2) p.sections.push(a.slice(2));
    else if (a === '-d' || a === '--disassemble') continue; // objdump habit: listing is what disasm does
    else if (a === '-h' || a === '--help') {
      io.stdout.write(`${DISASM_USAGE}\n`);
      return 0;
    } else if (a.startsWith('-') && a !== '-') return fail(`unknown option '${a}'`);
    else p.files.push(a);
  }
  if (p.files.length === 0) return fail('no input files');
  return p;
}

export async function disasmCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parse(args, io);
  if (typeof parsed === 'number') return parsed;
  let status = 0;
  const seen = new Set<string>();
  for (const path of parsed.files) {
    const r = readBytes(io, path);
    if (!r.ok) {
      io.stderr.write(`${path}: error: ${r.message}\n`);
      status = 1;
      continue;
    }
    const { elf, diagnostics } = readElf(r.bytes, path);
    for (const d of diagnostics) io.stderr.write(`${path}: ${d.severity}: ${d.message}\n`);
    if (!elf || diagnostics.some((d) => d.severity === 'error')) {
      status = 1;
      continue;
    }
    const options: ListingOptions = { fileName: path, aliases: parsed.aliases };
    if (parsed.sections.length) options.sections = parsed.sections;
    let sourceMap: ReturnType<typeof sourceMapFromElf>['sourceMap'] = [];
    if (parsed.source) {
      const lines = sourceMapFromElf(elf);
      sourceMap = lines.sourceMap;
      if (lines.error) io.stderr.write(`${path}: warning: ${lines.error}\n`);
      options.sourceText = (file) => {
        const t = readText(io, file);
        return t.ok ? t.text : undefined;
      };
    }
    const listing = listElf(elf, options, sourceMap);
    io.stdout.write(listing.text);
    for (const name of parsed.sections) if (!listing.missingSections.includes(name)) seen.add(name);
  }
  // Like objdump, a section no input has is an error only once every file has been looked at.
  for (const name of parsed.sections) {
    if (seen.has(name)) continue;
    io.stderr.write(`tessera disasm: error: section '${name}' mentioned in --section, but not found in any input file\n`);
    status = 1;
  }
  return status;
}
