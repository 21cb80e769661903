// assemble(): source files → objects (as GNU as would make them) → one linked image, with every
// diagnostic. It never throws on bad input.

import type { Diagnostic } from '../diagnostics.js';
import { hasErrors, diagnostic, fileRange } from '../diagnostics.js';
import type { Image } from '../image.js';
import type { ObjectFile } from './object.js';
import { FileAssembler } from './assembler.js';
import { branchesNeedingLongForm } from './fixups.js';
import { link } from '../link/link.js';
import type { AsmAnalysis } from './analysis.js';
import type { ParseCache } from './parse-cache.js';

export interface SourceFile {
  path: string;
  text: string;
}

export interface AssembleOptions {
  /** Reads an included file; undefined when it does not exist. The assembler itself does no I/O. */
  readFile?: (path: string) => string | undefined;
  /** Extra directories searched by `.include` after the including file's own. */
  includePaths?: readonly string[];
  /** Entry symbol (default `_start`). */
  entry?: string;
  /** ISA, as gcc's -march (default rv32im): names mapping symbols and the arch attribute. */
  march?: string;
  /** Also return what an editor needs (statements, definitions, references, includes) per source. */
  analysis?: boolean;
  /**
   * Kept by a caller that assembles the same file again and again (an editor): statements whose
   * text and place did not change are not parsed again. The result is the same with or without it.
   */
  parseCache?: ParseCache;
}

export interface AssembleResult {
  image?: Image;
  objects: ObjectFile[];
  diagnostics: Diagnostic[];
  /** With `analysis: true`: one per source, in order. */
  analyses?: AsmAnalysis[];
}

export interface AssembledFile {
  object: ObjectFile;
  diagnostics: Diagnostic[];
  /** With `analysis: true`. */
  analysis?: AsmAnalysis;
}

/**
 * One file to an object. Conditional branches start short; a pass that finds some must be long
 * (target in another section, undefined, weak or beyond ±4 KiB) runs again with those long, as
 * GNU as relaxes them, until nothing changes.
 */
export function assembleFile(source: SourceFile, options: AssembleOptions = {}): AssembledFile {
  const long = new Set<number>();
  for (let pass = 0; ; pass++) {
    const fa = new FileAssembler(source.path, source.text, {
      ...(options.readFile ? { readFile: options.readFile } : {}),
      ...(options.includePaths ? { includePaths: options.includePaths } : {}),
      longBranches: long,
      ...(options.march ? { march: options.march } : {}),
      ...(options.analysis ? { analysis: true } : {}),
      ...(options.parseCache ? { parseCache: options.parseCache } : {}),
    });
    let object: ObjectFile;
    try {
      object = fa.run();
    } catch (err) {
      // A bug must not take the caller down: report it where the file starts.
      const message = `internal assembler error: ${err instanceof Error ? err.message : String(err)}`;
      const failed: AssembledFile = { object: emptyObject(source.path), diagnostics: [diagnostic('error', 'asm/internal', message, fileRange(source.path))] };
      if (fa.analysis) failed.analysis = fa.analysis.finish([]);
      return failed;
    }
    const more = branchesNeedingLongForm(fa).filter((s) => !long.has(s));
    if (more.length === 0 || pass > 64) {
      return fa.analysis ? { object, diagnostics: fa.diagnostics, analysis: fa.analysis.finish(fa.sections.map((s) => s.name)) } : { object, diagnostics: fa.diagnostics };
    }
    for (const s of more) long.add(s);
  }
}

function emptyObject(path: string): ObjectFile {
  return { path, sections: [], symbols: [], attributes: {}, idents: [] };
}

export function assemble(sources: SourceFile | readonly SourceFile[], options: AssembleOptions = {}): AssembleResult {
  const list = Array.isArray(sources) ? (sources as readonly SourceFile[]) : [sources as SourceFile];
  const objects: ObjectFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const analyses: AsmAnalysis[] | undefined = options.analysis ? [] : undefined;
  for (const src of list) {
    const r = assembleFile(src, options);
    objects.push(r.object);
    for (const d of r.diagnostics) diagnostics.push(d);
    if (analyses && r.analysis) analyses.push(r.analysis);
  }
  options.parseCache?.rotate();
  const extra = analyses ? { analyses } : {};
  if (hasErrors(diagnostics)) return { objects, diagnostics, ...extra };
  try {
    const linked = link(objects, options.entry ? { entry: options.entry } : {});
    for (const d of linked.diagnostics) diagnostics.push(d);
    return linked.image && !hasErrors(linked.diagnostics) ? { image: linked.image, objects, diagnostics, ...extra } : { objects, diagnostics, ...extra };
  } catch (err) {
    const message = `internal linker error: ${err instanceof Error ? err.message : String(err)}`;
    diagnostics.push(diagnostic('error', 'link/internal', message, fileRange(list[0]?.path ?? '<input>')));
    return { objects, diagnostics, ...extra };
  }
}
