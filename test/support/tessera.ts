// Loads Tessera's public API dynamically, so that the differential test can run (and skip
// with a clear message) while `assemble` / `writeElf` are still being written.
//
// Contract (vm-core/src/index.ts):
//   assemble(sources: SourceFile | SourceFile[], options?: { readFile?, includePaths? })
//     → { image?: Image; objects: ObjectFile[]; diagnostics: Diagnostic[] }
//   writeElf(image: Image) → Uint8Array

import type { Diagnostic } from '../../vm-core/src/diagnostics.js';
import type { Image } from '../../vm-core/src/image.js';

export interface SourceFile {
  path: string;
  text: string;
}

export interface AssembleOptions {
  readFile?: (path: string) => string | undefined;
  includePaths?: string[];
  /** -march of the reference build, e.g. rv32im_zicsr_zifencei. */
  march?: string;
}

export interface AssembleResult {
  image?: Image;
  objects: unknown[];
  diagnostics: Diagnostic[];
}

export type AssembleFn = (sources: SourceFile | SourceFile[], options?: AssembleOptions) => AssembleResult;
export type WriteElfFn = (image: Image) => Uint8Array;
export type FormatDiagnosticFn = (d: Diagnostic, sourceText?: (file: string) => string | undefined) => string;

export interface Tessera {
  assemble?: AssembleFn;
  writeElf?: WriteElfFn;
  formatDiagnostic?: FormatDiagnosticFn;
  /** Why `assemble` is unavailable (shown as the skip note). */
  assembleMissing?: string;
  /** Why `writeElf` is unavailable. */
  writeElfMissing?: string;
}

export async function loadTessera(): Promise<Tessera> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import('../../vm-core/src/index.js')) as unknown as Record<string, unknown>;
  } catch (e) {
    const why = `vm-core/src/index.ts failed to load: ${(e as Error).message.split('\n')[0]}`;
    return { assembleMissing: why, writeElfMissing: why };
  }
  const t: Tessera = {};
  if (typeof mod.assemble === 'function') t.assemble = mod.assemble as AssembleFn;
  else t.assembleMissing = 'vm-core/src/index.ts does not export assemble() yet';
  if (typeof mod.writeElf === 'function') t.writeElf = mod.writeElf as WriteElfFn;
  else t.writeElfMissing = 'vm-core/src/index.ts does not export writeElf() yet';
  if (typeof mod.formatDiagnostic === 'function') t.formatDiagnostic = mod.formatDiagnostic as FormatDiagnosticFn;
  return t;
}
