// One program file → a runnable Program, for `tessera run` and `tessera trace`: an ELF executable
// (recognised by its magic number, whatever its name) is loaded as it is; anything else is read
// as assembly source and assembled and linked as `tessera asm` would. Errors come back as the
// text to print (GNU-style diagnostics with the source line and a caret), never as exceptions.

import type { CliIo } from './main.js';
import { assemble } from '../asm/assemble.js';
import { formatDiagnostic, type Diagnostic } from '../diagnostics.js';
import { programFromElf, programFromImage, type Program } from '../machine/loader.js';
import { includeReader, readBytes, readText } from './io.js';

export interface ProgramInputOptions {
  /** The command, for messages: `tessera run: error: …`. */
  command: string;
  /** `-I` folders for `.include`. */
  includePaths?: readonly string[];
  /** `-march=` for the assembler. */
  march?: string;
}

export interface LoadedProgram {
  program: Program;
  kind: 'elf' | 'assembly';
  /** The text of a source file the program's source map names (the file and its includes, or files on disk). */
  sourceText(file: string): string | undefined;
  /** Warnings to print before running (assembler warnings, ELF reader notes), already formatted. */
  warnings: string;
}

export type ProgramInputResult = { ok: true; loaded: LoadedProgram } | { ok: false; report: string };

const ELF_MAGIC = [0x7f, 0x45, 0x4c, 0x46];

export function isElf(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && ELF_MAGIC.every((b, i) => bytes[i] === b);
}

/** What `path` holds, loaded: an ELF executable, or assembly source assembled and linked. */
export function loadProgramFile(io: CliIo, path: string, options: ProgramInputOptions): ProgramInputResult {
  const r = readBytes(io, path);
  if (!r.ok) return { ok: false, report: `tessera ${options.command}: error: ${r.message}\n` };
  if (isElf(r.bytes) || /\.(elf|o)$/i.test(path)) return fromElf(io, path, r.bytes, options);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(r.bytes);
  } catch {
    text = '\0';
  }
  if (text.includes('\0')) {
    return { ok: false, report: `${path}: error: neither an ELF executable nor assembly source (the file holds binary data)\n` };
  }
  return fromAssembly(io, path, text, options);
}

function fromElf(io: CliIo, path: string, bytes: Uint8Array, options: ProgramInputOptions): ProgramInputResult {
  const { program, diagnostics } = programFromElf(bytes, path);
  // ELF diagnostics are about the file, not a line of it: `prog.elf: error: …`.
  const render = (d: Diagnostic): string => {
    const message = d.message.startsWith(`${path}: `) ? d.message.slice(path.length + 2) : d.message;
    return `${path}: ${d.severity}: ${message}\n`;
  };
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!program || errors.length) {
    const report = (errors.length ? errors : diagnostics).map(render).join('') || `${path}: error: not a runnable ELF executable\n`;
    return { ok: false, report: report + `tessera ${options.command}: cannot load '${path}'\n` };
  }
  const sourceText = (file: string): string | undefined => {
    const t = readText(io, file);
    return t.ok ? t.text : undefined;
  };
  return { ok: true, loaded: { program, kind: 'elf', sourceText, warnings: diagnostics.map(render).join('') } };
}

function fromAssembly(io: CliIo, path: string, text: string, options: ProgramInputOptions): ProgramInputResult {
  const texts = new Map<string, string>([[path, text]]);
  const read = includeReader(io);
  const readFile = (p: string): string | undefined => {
    const t = read(p);
    if (t !== undefined) texts.set(p, t);
    return t;
  };
  const result = assemble({ path, text }, {
    readFile,
    ...(options.includePaths?.length ? { includePaths: options.includePaths } : {}),
    ...(options.march ? { march: options.march } : {}),
  });
  const sourceText = (file: string): string | undefined => {
    const known = texts.get(file);
    if (known !== undefined) return known;
    const t = readText(io, file);
    return t.ok ? t.text : undefined;
  };
  let errors = 0;
  let report = '';
  for (const d of result.diagnostics) {
    if (d.severity === 'error') errors++;
    report += formatDiagnostic(d, sourceText);
  }
  if (errors > 0 || !result.image) {
    const count = errors ? `${errors} error${errors === 1 ? '' : 's'}` : 'errors';
    return { ok: false, report: report + `tessera ${options.command}: ${count} in '${path}'; not run\n` };
  }
  return { ok: true, loaded: { program: programFromImage(result.image, path), kind: 'assembly', sourceText, warnings: report } };
}
